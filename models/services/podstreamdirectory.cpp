// SPDX-License-Identifier: Apache-2.0
#include "services/podstreamdirectory.h"

#include "api/fetch.h"
#include "api/requests.h"
#include "data/parse.h"
#include "services/podcalls.h"
#include "services/streamdirectory.h"

namespace Inspector {

namespace {

Requests::StreamFilter everyStream()
{
    Requests::StreamFilter filter;
    filter.includeInactive = true;
    return filter;
}

} // namespace

using namespace PodCalls;

PodStreamDirectory::PodStreamDirectory(ApiClient *client, QObject *parent)
    : StreamDirectory(parent)
    , m_client(client)
{ }

PodStreamDirectory::~PodStreamDirectory() = default;

ServiceCall *PodStreamDirectory::myStreams(BatchSink<Stream> sink)
{
    if (!m_client)
        return notConnected(this);
    auto *call = new ServiceCall(this);
    return followed(call, Fetch::streams(m_client, everyStream(), nonEmpty(std::move(sink)), call));
}

ServiceCall *PodStreamDirectory::userStreams(qint64 userId, BatchSink<Stream> sink)
{
    if (!m_client)
        return notConnected(this);
    auto *call = new ServiceCall(this);
    return followed(
        call, Fetch::userStreams(m_client, userId, everyStream(), nonEmpty(std::move(sink)), call));
}

ServiceCall *PodStreamDirectory::enterpriseStreams(BatchSink<AdminStream> sink)
{
    if (!m_client)
        return notConnected(this);
    auto *call = new ServiceCall(this);
    return followed(call, Fetch::adminStreams(m_client, everyStream(), nonEmpty(std::move(sink)), call));
}

ServiceCall *PodStreamDirectory::userIdsByEmail(const QString &email, BatchSink<qint64> sink)
{
    if (!m_client)
        return notConnected(this);
    auto *call = new ServiceCall(this);
    auto toIds = [sink = std::move(sink)](const QList<UserList> &lists) {
        QList<qint64> ids;
        for (const UserList &list : lists)
            for (const User &u : list.users)
                ids.append(u.id);
        if (!ids.isEmpty())
            sink(ids);
    };
    return followed(call, Fetch::users(m_client, Requests::UserKey::Email, {email}, false, toIds, call));
}

ServiceCall *PodStreamDirectory::streamInfo(const QString &streamId, BatchSink<StreamInfo> sink)
{
    return single<StreamInfo>(
        m_client, this, Requests::streamInfo(streamId), tr("reading the stream's info"),
        [](const QByteArray &body, QList<StreamInfo> *items) {
            auto info = Parse::streamInfo(body);
            if (info.ok())
                items->append(std::move(info.value));
            return info.error;
        },
        std::move(sink));
}

ServiceCall *PodStreamDirectory::roomInfo(const QString &roomId, BatchSink<RoomDetail> sink)
{
    return single<RoomDetail>(
        m_client, this, Requests::roomInfo(roomId), tr("reading the room's info"),
        [](const QByteArray &body, QList<RoomDetail> *items) {
            auto room = Parse::roomDetail(body);
            if (room.ok())
                items->append(std::move(room.value));
            return room.error;
        },
        std::move(sink));
}

ServiceCall *PodStreamDirectory::roomMembers(const QString &roomId, BatchSink<RoomMember> sink)
{
    return single<RoomMember>(
        m_client, this, Requests::roomMembers(roomId), tr("reading the room's members"),
        [](const QByteArray &body, QList<RoomMember> *items) {
            auto list = Parse::roomMembers(body);
            if (list.ok())
                *items = std::move(list.value);
            return list.error;
        },
        std::move(sink));
}

} // namespace Inspector
