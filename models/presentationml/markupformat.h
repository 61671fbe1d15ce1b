// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/**
 * Pretty-printing for the Source and Data tabs. Pure functions, any thread.
 */
namespace Inspector::MarkupFormat {

/**
 * PresentationML (XHTML) re-indented by QXmlStreamWriter's auto-formatting; whitespace-only text
 * between elements is dropped, every other text is kept. When the markup is not well-formed XML,
 * returns a null string and sets *error to where and why.
 */
QString prettyXml(const QString &markup, QString *error = nullptr);

/**
 * JSON text indented; integers keep all their digits. Null with *error when it is not JSON.
 */
QString prettyJson(const QString &json, QString *error = nullptr);

} // namespace Inspector::MarkupFormat
