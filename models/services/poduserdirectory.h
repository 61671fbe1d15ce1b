// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "services/userdirectory.h"

namespace Inspector {

class ApiClient;

/// UserDirectory over the pod's REST API (`/pod/v3/users`, `/pod/v2/sessioninfo`).
class PodUserDirectory final : public UserDirectory
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodUserDirectory)

public:
    explicit PodUserDirectory(ApiClient *client, QObject *parent = nullptr);
    ~PodUserDirectory() override;

protected:
    ServiceCall *fetchUsers(const QList<qint64> &ids, BatchSink<User> sink) override;
    ServiceCall *fetchSelf(BatchSink<User> sink) override;

private:
    QPointer<ApiClient> m_client;
};

} // namespace Inspector
