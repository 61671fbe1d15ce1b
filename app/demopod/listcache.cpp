// SPDX-License-Identifier: Apache-2.0
#include "listcache.h"

#include <QJsonDocument>

namespace Inspector::DemoPod {

ListCache::ListCache()
{
    // Costs are list entries: a few MB at most.
    m_lists.setMaxCost(2000000);
}

QList<int> ListCache::get(const QString &key, const std::function<QList<int>()> &make)
{
    if (const QList<int> *list = m_lists.object(key))
        return *list;
    QList<int> list = make();
    m_lists.insert(key, new QList<int>(list), qMax<qsizetype>(1, list.size()));
    return list;
}

QString ListCache::key(const QJsonArray &parts)
{
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

} // namespace Inspector::DemoPod
