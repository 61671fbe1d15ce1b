// SPDX-License-Identifier: Apache-2.0
#include "services/sources.h"

#include "api/apiclient.h"

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

} // namespace Inspector
