// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

#include "itemmodels/messagetablemodel.h"

/**
 * The order MessageFilterProxy sorts message rows in, apart from the proxy so that it can be tested
 * on rows of any kind. `Rows` gives `row(int)` (a MessageRow), `senderName(qint64)` and
 * `plainText(int)` for a source row. Ties keep ascending source order (the model's order).
 */
namespace Inspector::MessageSort {

inline bool isTextColumn(int column)
{
    return column == MessageTableModel::SenderColumn || column == MessageTableModel::TextColumn;
}

inline qint64 numberKey(const MessageRow &row, int column)
{
    switch (column) {
    case MessageTableModel::AttachmentsColumn:
        return row.attachments;
    case MessageTableModel::FlagsColumn:
        return row.flags & MessageTableModel::ShownFlags;
    default:
        return row.timestamp;
    }
}

/// The whole text a text column sorts by: case-folded; a sender without a name by its user id.
template<typename Rows> QString fullTextKey(const Rows &rows, int i, int column)
{
    if (column == MessageTableModel::SenderColumn) {
        const qint64 id = rows.row(i).senderId;
        const QString name = rows.senderName(id);
        return (name.isEmpty() ? QString::number(id) : name).toCaseFolded();
    }
    return rows.plainText(i).toCaseFolded();
}

/// Text keys are held as a prefix, so that sorting a million messages does not copy all their text;
/// rows whose prefixes tie are then ordered by their whole text.
inline constexpr qsizetype TextPrefix = 64;

/// Sorts the source rows `out` by `column`; ties keep ascending source order (the model's order).
template<typename Rows>
void sortRows(const Rows &rows, int column, Qt::SortOrder order, std::vector<int> &out)
{
    const bool ascending = order == Qt::AscendingOrder;
    if (!isTextColumn(column)) {
        std::vector<std::pair<qint64, int>> keyed;
        keyed.reserve(out.size());
        for (int r : out)
            keyed.emplace_back(numberKey(rows.row(r), column), r);
        std::sort(keyed.begin(), keyed.end(), [ascending](const auto &a, const auto &b) {
            if (a.first != b.first)
                return ascending ? a.first < b.first : b.first < a.first;
            return a.second < b.second;
        });
        for (size_t i = 0; i < out.size(); ++i)
            out[i] = keyed[i].second;
        return;
    }
    struct Keyed
    {
        QString prefix;
        bool truncated;
        int row;
    };
    auto before = [ascending](const QString &a, int ra, const QString &b, int rb) {
        if (a != b)
            return ascending ? a < b : b < a;
        return ra < rb;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(out.size());
    for (int r : out) {
        QString text = fullTextKey(rows, r, column);
        const bool truncated = text.size() > TextPrefix;
        if (truncated)
            text.truncate(TextPrefix);
        text.squeeze();
        keyed.push_back({std::move(text), truncated, r});
    }
    std::sort(keyed.begin(), keyed.end(),
        [&before](const Keyed &a, const Keyed &b) { return before(a.prefix, a.row, b.prefix, b.row); });
    // Runs of one truncated prefix: order them by their whole text.
    for (size_t i = 0; i < keyed.size();) {
        size_t j = i + 1;
        bool anyTruncated = keyed[i].truncated;
        for (; j < keyed.size() && keyed[j].prefix == keyed[i].prefix; ++j)
            anyTruncated = anyTruncated || keyed[j].truncated;
        if (j - i > 1 && anyTruncated) {
            std::vector<std::pair<QString, int>> whole;
            for (size_t k = i; k < j; ++k)
                whole.emplace_back(
                    keyed[k].truncated ? fullTextKey(rows, keyed[k].row, column) : keyed[k].prefix,
                    keyed[k].row);
            std::sort(whole.begin(), whole.end(), [&before](const auto &a, const auto &b) {
                return before(a.first, a.second, b.first, b.second);
            });
            for (size_t k = i; k < j; ++k)
                keyed[k].row = whole[k - i].second;
        }
        i = j;
    }
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = keyed[i].row;
}

/// The same order as sortRows(), one comparison at a time (for merging a page into sorted rows).
template<typename Rows> bool sortsBefore(const Rows &rows, int column, Qt::SortOrder order, int a, int b)
{
    const bool ascending = order == Qt::AscendingOrder;
    if (!isTextColumn(column)) {
        const qint64 ka = numberKey(rows.row(a), column);
        const qint64 kb = numberKey(rows.row(b), column);
        if (ka != kb)
            return ascending ? ka < kb : kb < ka;
        return a < b;
    }
    const QString ka = fullTextKey(rows, a, column);
    const QString kb = fullTextKey(rows, b, column);
    if (ka != kb)
        return ascending ? ka < kb : kb < ka;
    return a < b;
}

} // namespace Inspector::MessageSort
