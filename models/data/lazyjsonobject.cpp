// SPDX-License-Identifier: Apache-2.0
#include "data/lazyjsonobject.h"

#include <QJsonDocument>

#include <atomic>
#include <mutex>

namespace Inspector {

struct LazyJsonObject::State
{
    QByteArray json;
    std::once_flag once;
    std::atomic<bool> built{false};
    QJsonObject object;
};

LazyJsonObject::LazyJsonObject(const QJsonObject &object)
    : m_state(std::make_shared<State>())
{
    m_state->object = object;
    m_state->built = true;
}

LazyJsonObject LazyJsonObject::fromJson(const QByteArray &json)
{
    LazyJsonObject o;
    o.m_state = std::make_shared<State>();
    o.m_state->json = json;
    return o;
}

const QJsonObject &LazyJsonObject::object() const
{
    static const QJsonObject empty;
    if (!m_state)
        return empty;
    std::call_once(m_state->once, [s = m_state.get()] {
        if (!s->built) {
            s->object = QJsonDocument::fromJson(s->json).object();
            s->built = true;
        }
    });
    return m_state->object;
}

bool LazyJsonObject::isBuilt() const
{
    return !m_state || m_state->built;
}

} // namespace Inspector
