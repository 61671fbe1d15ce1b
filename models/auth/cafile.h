// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Inspector::Auth {

/**
 * Reads a PEM bundle of CA certificates (for pods behind a private CA). Every certificate block must
 * parse: a bundle with a damaged or truncated certificate, an empty file, or a file without any
 * certificate is an error (empty list, @p error set) rather than a shorter trust list.
 */
QList<QSslCertificate> loadCaFile(const QString &path, QString *error);

} // namespace Inspector::Auth
