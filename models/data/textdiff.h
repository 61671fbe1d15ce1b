// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Inspector::TextDiff {

/// One line of a difference between two texts.
struct Line
{
    enum class Kind
    {
        Same, ///< in both texts
        Removed, ///< only in the earlier text
        Added ///< only in the later text
    };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const Line &other) const { return kind == other.kind && text == other.text; }
};

/// Texts of more lines than this (either of the two) are compared as wholes: every line of the
/// earlier one removed, every line of the later one added (the comparison grows with their product).
constexpr int MaxLines = 2000;

/**
 * @brief The difference between two plain texts, line by line: the lines of a longest common
 * subsequence are Same, the others Removed (from @p before) or Added (in @p after), in the order of
 * the texts, a change's removed lines before its added ones. An empty text has no line. Pure.
 */
QList<Line> lines(const QString &before, const QString &after);

/// The difference as text: each line prefixed by "  ", "- " or "+ ".
QString unified(const QList<Line> &diff);

} // namespace Inspector::TextDiff
