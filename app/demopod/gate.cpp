// SPDX-License-Identifier: Apache-2.0
#include "gate.h"

#include "endpointcontext.h"
#include "idcodec.h"

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

Gate::Gate(EndpointContext &context, const HttpRequest &request, Component component)
    : m_data(context.dataSet())
{
    m_caller = context.sessions.authorize(request, component, &m_error);
    m_failed = m_caller == 0;
}

Gate &Gate::fail(const HttpReply &reply)
{
    m_failed = true;
    m_error = reply;
    return *this;
}

Gate &Gate::require(bool condition, const HttpReply &reply)
{
    if (!m_failed && !condition)
        fail(reply);
    return *this;
}

Gate &Gate::admin()
{
    if (m_failed)
        return *this;
    const DemoUser *u = m_data.user(m_caller);
    return require(u && u->system, notEntitled());
}

Gate &Gate::stream(const QString &id, int *index)
{
    if (m_failed)
        return *this;
    *index = resolveStream(m_data, id, &m_error);
    m_failed = *index < 0;
    return *this;
}

Gate &Gate::room(const QString &id, int *index)
{
    if (!stream(id, index))
        return *this;
    if (m_data.streams().at(*index).kind != StreamKind::Room)
        return fail(HttpReply::error(400, u"Stream "_s + id + u" is not a room."_s));
    return *this;
}

Gate &Gate::message(const QString &id, int missingStatus, const QString &missingMessage, MessageRef *ref)
{
    if (m_failed)
        return *this;
    QByteArray raw;
    if (id.isEmpty() || IdCodec::looksStandard(id) || !IdCodec::fromUrlSafe(id, &raw))
        return fail(HttpReply::error(400, u"Invalid message id: "_s + id));
    *ref = m_data.findMessage(raw);
    if (!ref->isValid())
        return fail(
            missingStatus == 204 ? HttpReply::noContent() : HttpReply::error(missingStatus, missingMessage));
    return *this;
}

Gate &Gate::canView(int index)
{
    if (m_failed)
        return *this;
    return require(m_data.streams().at(index).canView(m_caller), forbidden(m_caller));
}

Gate &Gate::member(int index)
{
    if (m_failed)
        return *this;
    return require(m_data.streams().at(index).isMember(m_caller), forbidden(m_caller));
}

int Gate::resolveStream(const DataSet &data, const QString &id, HttpReply *error)
{
    QByteArray raw;
    if (id.isEmpty() || IdCodec::looksStandard(id) || !IdCodec::fromUrlSafe(id, &raw)) {
        *error = HttpReply::error(400, u"Stream not found."_s);
        return -1;
    }
    const int index = data.streamIndex(id);
    if (index < 0)
        *error = HttpReply::error(400, u"Stream not found."_s);
    return index;
}

HttpReply Gate::forbidden(qint64 userId)
{
    return HttpReply::error(403,
        u"User "_s + QString::number(userId) + u" is neither an admin nor a member of the specified rooms"_s);
}

HttpReply Gate::notEntitled()
{
    return HttpReply::error(403, u"The user lacks the required entitlement to perform this operation"_s);
}

} // namespace Inspector::DemoPod
