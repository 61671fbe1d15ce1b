// SPDX-License-Identifier: Apache-2.0
#include "data/textdiff.h"

#include <QStringList>

#include <vector>

namespace Inspector::TextDiff {

namespace {

QStringList split(const QString &text)
{
    if (text.isEmpty())
        return {};
    return text.split(u'\n');
}

} // namespace

QList<Line> lines(const QString &before, const QString &after)
{
    const QStringList a = split(before);
    const QStringList b = split(after);
    QList<Line> out;
    if (a.size() > MaxLines || b.size() > MaxLines) {
        for (const QString &l : a)
            out.append({Line::Kind::Removed, l});
        for (const QString &l : b)
            out.append({Line::Kind::Added, l});
        return out;
    }
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    std::vector<int> common(size_t((n + 1) * (m + 1)), 0);
    auto at = [m, &common](qsizetype i, qsizetype j) -> int & { return common[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            out.append({Line::Kind::Same, a.at(i)});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            out.append({Line::Kind::Removed, a.at(i++)});
        } else {
            out.append({Line::Kind::Added, b.at(j++)});
        }
    }
    while (i < n)
        out.append({Line::Kind::Removed, a.at(i++)});
    while (j < m)
        out.append({Line::Kind::Added, b.at(j++)});
    return out;
}

QString unified(const QList<Line> &diff)
{
    QStringList out;
    for (const Line &l : diff) {
        switch (l.kind) {
        case Line::Kind::Same:
            out.append(QStringLiteral("  ") + l.text);
            break;
        case Line::Kind::Removed:
            out.append(QStringLiteral("- ") + l.text);
            break;
        case Line::Kind::Added:
            out.append(QStringLiteral("+ ") + l.text);
            break;
        }
    }
    return out.join(u'\n');
}

} // namespace Inspector::TextDiff
