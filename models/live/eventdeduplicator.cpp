// SPDX-License-Identifier: Apache-2.0
#include "live/eventdeduplicator.h"

#include <algorithm>

namespace Inspector::Live {

EventDeduplicator::EventDeduplicator(int capacity)
    : m_capacity(std::max(1, capacity))
{ }

bool EventDeduplicator::accept(const Event &event)
{
    const QString key = event.key();
    if (m_keys.contains(key)) {
        ++m_dropped;
        ++m_droppedByType[event.type];
        return false;
    }
    remember(key);
    return true;
}

void EventDeduplicator::remember(const QString &key)
{
    if (m_keys.contains(key))
        return;
    m_keys.insert(key);
    m_order.enqueue(key);
    while (m_order.size() > m_capacity)
        m_keys.remove(m_order.dequeue());
}

QStringList EventDeduplicator::keys() const
{
    return QStringList(m_order.cbegin(), m_order.cend());
}

void EventDeduplicator::clear()
{
    m_keys.clear();
    m_order.clear();
    m_dropped = 0;
    m_droppedByType.clear();
}

} // namespace Inspector::Live
