// SPDX-License-Identifier: Apache-2.0
#include "data/stream.h"

#include "data/ids.h"

namespace Inspector {

QString Stream::key() const
{
    return Ids::normalized(id);
}

QString AdminStream::key() const
{
    return Ids::normalized(id);
}

QString StreamInfo::key() const
{
    return Ids::normalized(id);
}

QString RoomSystemInfo::key() const
{
    return Ids::normalized(id);
}

} // namespace Inspector
