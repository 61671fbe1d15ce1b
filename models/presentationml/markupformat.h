// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "data/localresult.h"

#include <QString>

/**
 * Pretty-printing for the Source and Data tabs. Pure functions, any thread.
 */
namespace Inspector::MarkupFormat {

/**
 * PresentationML (XHTML) re-indented by QXmlStreamWriter's auto-formatting; whitespace-only text
 * between elements is dropped, every other text is kept. When the markup is not well-formed XML,
 * the error says where and why.
 */
Result<QString> prettyXml(const QString &markup);

/**
 * JSON text indented; integers keep all their digits. An error saying where when it is not JSON.
 */
Result<QString> prettyJson(const QString &json);

} // namespace Inspector::MarkupFormat
