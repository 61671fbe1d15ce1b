// SPDX-License-Identifier: Apache-2.0
#include "data/lazyjsonobject.h"

#include <QJsonDocument>

#include <atomic>
#include <mutex>

namespace Inspector {

struct LazyJsonObject::State
{
    QByteArray json;
    qsizetype offset = 0;
    qsizetype length = -1; // all of json
    std::once_flag once;
    std::atomic<bool> built {false};
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
            s->object
                = QJsonDocument::fromJson(s->length < 0 ? s->json : s->json.sliced(s->offset, s->length))
                      .object();
            s->built = true;
        }
    });
    return m_state->object;
}

LazyJsonObject LazyJsonObject::fromJson(const QByteArray &json, qsizetype offset, qsizetype length)
{
    LazyJsonObject o = fromJson(json);
    o.m_state->offset = offset;
    o.m_state->length = length;
    return o;
}

bool LazyJsonObject::isBuilt() const
{
    return !m_state || m_state->built;
}

} // namespace Inspector
