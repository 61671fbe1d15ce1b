// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "export/deduplicator.h"
#include "output.h"

namespace Inspector {
struct UserRef;
}

/**
 * How messages look in the command-line client's output, shared by `messages`, `search` and
 * `message`. Pure functions.
 */
namespace Inspector::Cli::MessageFormat {

QList<Output::Column> columns();
QStringList row(const Export::Deduplicator::Item &item);
/** Export::messageJson(): the server's object unchanged, plus `_inspector` (Export::messageInspector). */
QJsonObject json(const Export::Deduplicator::Item &item);
/** The flags column: edited, replaced, external, duplicate, undecryptable. */
QStringList flags(const Export::Deduplicator::Item &item);
} // namespace Inspector::Cli::MessageFormat
