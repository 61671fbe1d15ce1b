// SPDX-License-Identifier: Apache-2.0
#include "services/poddiagnostics.h"

#include <QPointer>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requests.h"
#include "data/parse.h"
#include "services/servicecall.h"

namespace Inspector {

namespace {

/// One request, one parsed value: @p parse returns the value or sets *error.
template<typename T, typename Parse>
ServiceCall *oneValue(ApiClient *client, const ApiRequest &request, Parse parse,
    const Diagnostics::Sink<T> &sink, QObject *parent)
{
    auto *call = new ServiceCall(parent);
    if (!client) {
        call->finishLater(ApiError::fromLocal(LocalError(PodDiagnostics::tr("Not connected to a pod."))));
        return call;
    }
    QPointer<ApiJob> job = client->send(request);
    QObject::connect(job, &ApiJob::finished, call, [call, parse, sink](ApiJob *finished) {
        if (!call->isActive())
            return;
        if (finished->error().isError())
            return call->finish(finished->error());
        QString problem;
        const T value = parse(finished->response().body, &problem);
        if (!problem.isEmpty())
            return call->finish(ApiError::badResponse(finished->request().description, problem));
        sink({value});
        call->finish({});
    });
    call->setCancelHandler([call, job] {
        if (job) {
            QObject::disconnect(job, nullptr, call, nullptr);
            job->cancel();
        }
    });
    return call;
}

template<typename T> T valueOf(const Parse::Result<T> &parsed, QString *problem)
{
    if (!parsed.ok())
        *problem = parsed.error;
    return parsed.value;
}

} // namespace

PodDiagnostics::PodDiagnostics(ApiClient *client, QObject *parent)
    : Diagnostics(parent)
    , m_client(client)
{ }

PodDiagnostics::~PodDiagnostics() = default;

ServiceCall *PodDiagnostics::health(Sink<Health> sink, QObject *parent)
{
    const auto parse = [](const QByteArray &body, QString *problem) {
        const auto parsed = Parse::health(body);
        if (parsed.ok() && parsed.value.status.isEmpty())
            *problem = tr("the report has no status.");
        return valueOf(parsed, problem);
    };
    return oneValue<Health>(m_client, Requests::healthExtended(), parse, sink, parent);
}

ServiceCall *PodDiagnostics::agentInfo(Sink<AgentInfo> sink, QObject *parent)
{
    const auto parse
        = [](const QByteArray &body, QString *problem) { return valueOf(Parse::agentInfo(body), problem); };
    return oneValue<AgentInfo>(m_client, Requests::agentInfo(), parse, sink, parent);
}

ServiceCall *PodDiagnostics::sessionUser(Sink<User> sink, QObject *parent)
{
    const auto parse
        = [](const QByteArray &body, QString *problem) { return valueOf(Parse::user(body), problem); };
    return oneValue<User>(m_client, Requests::sessionInfo(), parse, sink, parent);
}

std::optional<qint64> PodDiagnostics::sessionExpiresAtMs() const
{
    return m_client ? m_client->sessionExpiresAtMs() : std::nullopt;
}

} // namespace Inspector
