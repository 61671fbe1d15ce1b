// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "services/streamdirectory.h"

namespace Inspector {

class ApiClient;

/// StreamDirectory over the pod's REST API.
class PodStreamDirectory final : public StreamDirectory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodStreamDirectory)

public:
    explicit PodStreamDirectory(ApiClient *client, QObject *parent = nullptr);
    ~PodStreamDirectory() override;

    ServiceCall *myStreams(BatchSink<Stream> sink) override;
    ServiceCall *userStreams(qint64 userId, BatchSink<Stream> sink) override;
    ServiceCall *enterpriseStreams(BatchSink<AdminStream> sink) override;
    ServiceCall *userIdsByEmail(const QString &email, BatchSink<qint64> sink) override;
    ServiceCall *streamInfo(const QString &streamId, BatchSink<StreamInfo> sink) override;
    ServiceCall *roomInfo(const QString &roomId, BatchSink<RoomDetail> sink) override;
    ServiceCall *roomMembers(const QString &roomId, BatchSink<RoomMember> sink) override;

private:
    QPointer<ApiClient> m_client;
};

} // namespace Inspector
