// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>

#include "services/diagnostics.h"
#include "services/messagedetails.h"
#include "services/messagehistory.h"
#include "services/streamdirectory.h"
#include "services/userdirectory.h"

class QObject;

namespace Inspector {

class ApiClient;
namespace Archive {
class ReadThread;
}

/**
 * @brief The services of one source, built together: the one place that decides where the panes'
 * data comes from. The window builds the Sources of its connection and hands each pane the
 * interface it reads (StreamsPane the directories, MessagesPane the history, DetailTabs the
 * details, DiagnosticsPage the diagnostics); no pane knows which source is behind them.
 *
 * Ownership: every service is a child of the @p owner given to the factory and lives as long as
 * it; the struct only points at them (QPointer: a member reads nullptr once its service is gone).
 * Make the owner the object whose life the services share: for the pod, the ApiClient, so that the
 * services go with the connection. Hand the panes nullptr (a default Sources) before the owner is
 * deleted, so that they let go of their calls first. A default Sources means "disconnected".
 */
struct Sources
{
    QPointer<StreamDirectory> streams;
    QPointer<UserDirectory> users;
    QPointer<MessageHistory> history;
    QPointer<MessageDetails> details;
    QPointer<Diagnostics> diagnostics;

    /// The pod's services over @p client, children of @p owner, or of the client itself when
    /// none is given; a default Sources for a null client.
    static Sources forPod(ApiClient *client, QObject *owner = nullptr);
    /// The services of an archive read through @p reader (which must outlive them), children of
    /// @p owner, or of the reader itself when none is given; a default Sources for a null reader.
    static Sources forArchive(Archive::ReadThread *reader, QObject *owner = nullptr);
};

} // namespace Inspector
