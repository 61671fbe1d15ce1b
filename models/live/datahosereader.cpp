// SPDX-License-Identifier: Apache-2.0
#include "live/datahosereader.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "data/parse.h"
#include "live/liverequests.h"

using namespace Qt::StringLiterals;

namespace Inspector::Live {

DatahoseReader::DatahoseReader(
    ApiClient *client, const QString &tag, const QStringList &eventTypes, QObject *parent)
    : EventReader(client, parent)
    , m_tag(tag)
    , m_types(eventTypes)
{
    connect(this, &EventReader::batchReceived, this, [this] { m_diagnosed = false; });
}

Result<QStringList> DatahoseReader::parseTypes(const QStringList &words)
{
    QStringList out;
    for (const QString &word : words) {
        for (const QString &part : word.split(u',', Qt::SkipEmptyParts)) {
            const QString t = part.trimmed().toUpper();
            if (t.isEmpty())
                continue;
            if (t == "ALL"_L1) {
                for (const QString &known : Event::realTimeTypes()) {
                    if (!out.contains(known))
                        out.append(known);
                }
                continue;
            }
            if (!Event::realTimeTypes().contains(t)) {
                return LocalError(tr("\"%1\" is not a real-time event type. Known types: %2, or \"all\".")
                                      .arg(part.trimmed(), Event::realTimeTypes().join(u", "_s)));
            }
            if (!out.contains(t))
                out.append(t);
        }
    }
    if (out.isEmpty())
        return LocalError(tr("The datahose needs at least one event type (or \"all\")."));
    return out;
}

Result<> DatahoseReader::validateTag(const QString &tag)
{
    if (tag.isEmpty() || tag.size() > LiveRequests::MaxDatahoseTagLength) {
        return LocalError(tr("A datahose tag has 1 to %1 characters; this one has %2.")
                              .arg(LiveRequests::MaxDatahoseTagLength)
                              .arg(tag.size()));
    }
    return {};
}

QString DatahoseReader::defaultTag(const QString &username)
{
    return QString(u"datahose-"_s + username).left(LiveRequests::MaxDatahoseTagLength);
}

QString DatahoseReader::ceserviceExplanation(const HealthComponent &ceservice)
{
    return tr(
        "The agent reports its ceservice account DOWN%1. %2 The reader keeps retrying until the agent's "
        "administrator fixes the ceservice credentials; reading only other event types works meanwhile.")
        .arg(ceservice.message.isEmpty() ? QString() : u" (\""_s + ceservice.message + u"\")"_s,
            ceservice.meaning());
}

void DatahoseReader::prepare()
{
    m_diagnosed = false;
    QStringList types;
    ApiError error;
    if (const Result<> tag = validateTag(m_tag); !tag)
        error = ApiError::fromLocal(tag.error());
    else if (const Result<QStringList> parsed = parseTypes(m_types); !parsed)
        error = ApiError::fromLocal(parsed.error());
    else
        types = parsed.value();
    if (error.isError()) {
        // Never from inside start(): the caller connects to stopped() after it.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_types = types;
    beginReading();
}

ApiRequest DatahoseReader::readRequest(const QString &ackId) const
{
    return LiveRequests::readDatahose(m_tag, m_types, m_scopes, ackId, updatePresence());
}

void DatahoseReader::handleReadFailure(const ApiError &error)
{
    ApiError e = error;
    if (error.httpStatus == 400) {
        e.message
            = tr("The datahose refused the read (400%1). Nothing can be recovered by retrying: check the "
                 "tag (1 to 80 characters) and the event types, and that the agent (22.5.1 or later) is "
                 "entitled to the datahose add-on.")
                  .arg(error.serverMessage.isEmpty() ? QString() : u": "_s + error.serverMessage);
    } else if (error.httpStatus == 403) {
        e.message
            = tr("The datahose refused this account (403%1): the datahose is an add-on that needs a contract "
                 "and an entitlement for the service account.")
                  .arg(error.serverMessage.isEmpty() ? QString() : u": "_s + error.serverMessage);
    }
    finish(e);
}

void DatahoseReader::onTransientFailure(const ApiError &error)
{
    if (m_diagnosed || error.kind != ApiError::Kind::Server)
        return;
    m_diagnosed = true;
    // A 5xx may be the agent failing to decrypt for the datahose: its extended health says why.
    ApiJob *job = client()->send(Requests::healthExtended());
    connect(job, &ApiJob::finished, this, [this](ApiJob *j) {
        if (!j->isSuccess() || state() == State::Stopped)
            return;
        const auto health = Parse::health(j->response().body);
        if (!health.ok())
            return;
        for (const HealthComponent &c : health.value.users) {
            if (c.name == "ceservice"_L1 && !c.isUp()) {
                Q_EMIT warning(ceserviceExplanation(c));
                return;
            }
        }
    });
}

} // namespace Inspector::Live
