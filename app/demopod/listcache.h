// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCache>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

namespace Inspector::DemoPod {

/**
 * @brief The stream indexes listings answer from, made on the first request with a key and kept
 * (until a stream changes: clear()): a page then costs its own streams. Shared by the stream and admin
 * listings; lives on the server thread.
 */
class ListCache
{
public:
    ListCache();

    /** The list for @p key, made by @p make when not cached. */
    QList<int> get(const QString &key, const std::function<QList<int>()> &make);
    /** Forgets every list: a stream changed (members, name, state) and may enter or leave any. */
    void clear() { m_lists.clear(); }
    /** A key for a listing: the endpoint and every parameter that changes its answer. */
    static QString key(const QJsonArray &parts);

private:
    QCache<QString, QList<int>> m_lists;
};

} // namespace Inspector::DemoPod
