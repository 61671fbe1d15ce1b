// SPDX-License-Identifier: Apache-2.0
#include "services/sources.h"

#include "api/apiclient.h"
#include "archive/readthread.h"

#include "services/archiveservices.h"
#include "services/poddiagnostics.h"
#include "services/podmessagedetails.h"
#include "services/podmessagehistory.h"
#include "services/podstreamdirectory.h"
#include "services/poduserdirectory.h"

namespace Inspector {

Sources Sources::forPod(ApiClient *client, QObject *owner)
{
    if (!client)
        return {};
    if (!owner)
        owner = client;
    Sources sources;
    sources.streams = new PodStreamDirectory(client, owner);
    sources.users = new PodUserDirectory(client, owner);
    sources.history = new PodMessageHistory(client, owner);
    sources.details = new PodMessageDetails(client, owner);
    sources.diagnostics = new PodDiagnostics(client, owner);
    return sources;
}

Sources Sources::forArchive(Archive::ReadThread *reader, QObject *owner)
{
    if (!reader)
        return {};
    if (!owner)
        owner = reader;
    Sources sources;
    sources.streams = new ArchiveStreamDirectory(reader, owner);
    sources.users = new ArchiveUserDirectory(reader, owner);
    sources.history = new ArchiveMessageHistory(reader, owner);
    sources.details = new ArchiveMessageDetails(reader, owner);
    sources.diagnostics = new ArchiveDiagnostics(owner);
    return sources;
}

} // namespace Inspector
