// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "data/localresult.h"

namespace Inspector::Export::OutputName {

/// What the fields of an `--output` template stand for, for one stream and one format.
struct Fields
{
    QString streamName; ///< %N (the stream id when empty)
    QString streamId; ///< %I
    QString streamType; ///< %T ("stream" when empty)
    QDate exportDate; ///< %d
    std::optional<QDate> first; ///< %f ("none" for a stream without messages)
    std::optional<QDate> last; ///< %l
    QString suffix; ///< %x
};

/// True when @p output is a template: it has a `%`.
bool isTemplate(const QString &output);
/// A usage error when @p output has an unknown field (`%q`), a `%` at its end, or a `%` in its folder.
Result<> check(const QString &output);
/// True when the template names the last message's date (%l), known only at the end.
bool usesLast(const QString &output);
/// True when the template names the format (%x).
bool usesSuffix(const QString &output);

/**
 * The path of @p output with its fields replaced: each value made a safe file name part as an
 * attachment's name is (Files::safeFileName: no separator, control, bidi control or leading dot),
 * then the whole file name again; the folder is the template's own, so a name from the server
 * never leads out of it. Dates are yyyy-MM-dd.
 */
QString expand(const QString &output, const Fields &fields);

} // namespace Inspector::Export::OutputName
