// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include "data/health.h"
#include "data/localresult.h"
#include "live/eventreader.h"

namespace Inspector::Live {

/**
 * @brief Reads the datahose (`POST /agent/v5/events/read`, type "datahose") with the ackId protocol.
 *
 * The datahose has no create, list or delete: the service account, the tag (1 to 80 characters)
 * and the event types name the feed, and readers sharing all three share (load-balance) it.
 * eventTypes needs at least one type; "all" is the full list of Event::realTimeTypes().
 * A 400 cannot be recovered (there is no feed to recreate): the reader stops with a sentence that
 * says what to check. 5xx and network faults back off and resume; on a 5xx the reader asks the
 * agent's extended health once per outage and, when ceservice is DOWN, warns that the agent
 * cannot decrypt messages for the datahose (the read fails until its ceservice account works).
 */
class DatahoseReader final : public EventReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatahoseReader)

public:
    DatahoseReader(
        ApiClient *client, const QString &tag, const QStringList &eventTypes, QObject *parent = nullptr);

    QString tag() const { return m_tag; }
    QStringList eventTypes() const { return m_types; }
    /** INTERNAL, EXTERNAL, FEDERATED (agent 25.8+); empty = every scope. */
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    QStringList scopes() const { return m_scopes; }

    /**
     * Turns a user's list ("all", or types separated by commas, any case) into the eventTypes to send:
     * "all" gives every real-time type. An error for an empty list or an unknown type.
     */
    static Result<QStringList> parseTypes(const QStringList &words);
    /** An error unless the tag has 1 to 80 characters. */
    static Result<> validateTag(const QString &tag);
    /** The default tag: "datahose-" + the bot's username, at most 80 characters (as BDK). */
    static QString defaultTag(const QString &username);
    /** The warning shown when the agent reports @p ceservice DOWN: its meaning (HealthComponent::meaning,
     *  as on the diagnostics board), the agent's message, and what the reader does about it. */
    static QString ceserviceExplanation(const HealthComponent &ceservice);

protected:
    void prepare() override;
    ApiRequest readRequest(const QString &ackId) const override;
    void handleReadFailure(const ApiError &error) override;
    void onTransientFailure(const ApiError &error) override;

private:
    QString m_tag;
    QStringList m_types;
    QStringList m_scopes;
    bool m_diagnosed = false; ///< the extended health was asked during the current outage
};

} // namespace Inspector::Live
