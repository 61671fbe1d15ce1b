// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Inspector::Auth {

/**
 * Reads a PEM bundle of CA certificates (for pods behind a private CA). Every certificate block must
 * parse: a bundle with a damaged or truncated certificate, an empty file, or a file without any
 * certificate is an error rather than a shorter trust list: on success the list is never empty.
 */
Result<QList<QSslCertificate>> loadCaFile(const QString &path);

} // namespace Inspector::Auth
