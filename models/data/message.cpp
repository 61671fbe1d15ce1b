// SPDX-License-Identifier: Apache-2.0
#include "data/message.h"

#include "data/ids.h"

namespace Inspector {

QString StreamRef::key() const
{
    return Ids::normalized(streamId);
}

QString Message::key() const
{
    return Ids::normalized(messageId);
}

QString StreamAttachment::messageKey() const
{
    return Ids::normalized(messageId);
}

} // namespace Inspector
