// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

/**
 * @brief Symphony message and stream ids: binary values shown as Base64.
 *
 * The REST API uses URL-safe Base64 without padding (`WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA`), the
 * Symphony client and some API fields (receipts, attachment lists, events) use standard Base64 with
 * padding (`WM4HarJ2K+cuwJqoNJVsgH///mSGkin/dA==`). The tool keys everything by normalized().
 *
 * Pure functions, safe on any thread. Every function trims surrounding whitespace first.
 */
namespace Inspector::Ids {

/** Usual decoded size of an id (34 URL-safe characters). Other sizes are accepted: pods vary. */
inline constexpr int TypicalLength = 25;

/**
 * Textual conversion to URL-safe Base64 without padding: `+` -> `-`, `/` -> `_`, trailing `=`
 * dropped. It does not validate; call validate() first for input typed by a person.
 */
QString toUrlSafe(QStringView id);

/**
 * The standard Base64 form of a valid id (`-` -> `+`, `_` -> `/`, `=` added to a multiple of 4);
 * an empty string when @p id is not valid (see validate()). This is the one place that decides
 * whether a `standardId` is shown: a value that is not an id (`test-message1`) has no standard
 * form, and none is made up for it.
 */
QString toStandard(QStringView id);

/** toStandard() for the `standardId` values of JSON output: null when @p id is not valid. */
QJsonValue toStandardJson(QStringView id);

/**
 * True when @p id is a well-formed id in either form: not empty, only one alphabet (URL-safe
 * `-_` or standard `+/`, never both), padding only at the end and consistent with the length, a
 * length that Base64 can produce, and canonical (re-encoding gives back the same text).
 * On failure the error is one sentence saying what is wrong.
 */
Result<> validate(QStringView id);

/** Number of bytes the id decodes to, or -1 when it is not valid. */
int decodedLength(QStringView id);

/** The canonical key (URL-safe, no padding), so that both forms of one id compare equal. */
QString normalized(QStringView id);

/** The id's bytes; empty with @p ok false when the id is not valid. */
QByteArray decode(QStringView id, bool *ok = nullptr);

} // namespace Inspector::Ids
