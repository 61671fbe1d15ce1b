// SPDX-License-Identifier: Apache-2.0
#include "services/messagedetails.h"

#include "services/servicecall.h"

namespace Inspector {

ServiceCall *MessageDetails::revisions(const QString &messageId, Sink<MessageRevision> sink, QObject *parent)
{
    Q_UNUSED(messageId)
    Q_UNUSED(sink)
    auto *call = new ServiceCall(parent);
    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    error.message = tr("This source keeps no earlier versions of a message (an archive does).");
    call->finishLater(error);
    return call;
}

} // namespace Inspector
