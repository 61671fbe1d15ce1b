// SPDX-License-Identifier: Apache-2.0
// Internal to the pod's services (models/services/pod*.cpp): how one request or one pager becomes
// a ServiceCall.
#pragma once

#include <QCoreApplication>
#include <QPointer>

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/pager.h"
#include "services/batchsink.h"
#include "services/servicecall.h"

namespace Inspector::PodCalls {

template<typename T> BatchSink<T> nonEmpty(BatchSink<T> sink)
{
    return [sink = std::move(sink)](const QList<T> &batch) {
        if (!batch.isEmpty())
            sink(batch);
    };
}

/// A call that is over before it began: no client.
inline ServiceCall *notConnected(QObject *parent)
{
    auto *call = new ServiceCall(parent);
    call->finishLater(ApiError::fromLocal(
        LocalError(QCoreApplication::translate("Inspector::PodServices", "Not connected."))));
    return call;
}

inline ServiceCall *followed(ServiceCall *call, Pager *pager)
{
    call->follow(pager);
    pager->start();
    return call;
}

/// One request, one parse, one batch: @p read turns the body into the batch or an error message.
template<typename T>
ServiceCall *single(ApiClient *client, QObject *parent, const ApiRequest &request, const QString &what,
    std::function<QString(const QByteArray &body, QList<T> *items)> read, BatchSink<T> sink)
{
    if (!client)
        return notConnected(parent);
    auto *call = new ServiceCall(parent);
    QPointer<ApiJob> job = client->send(request);
    call->setCancelHandler([job] {
        if (job)
            job->cancel();
    });
    QObject::connect(job, &ApiJob::finished, call, [call, what, read, sink](ApiJob *job) {
        if (!call->isActive())
            return;
        if (!job->isSuccess()) {
            call->finish(job->error());
            return;
        }
        QList<T> items;
        const QString problem = read(job->response().body, &items);
        if (!problem.isEmpty()) {
            call->finish(ApiError::badResponse(what, problem));
            return;
        }
        const QPointer<ServiceCall> alive(call);
        if (!items.isEmpty())
            sink(items);
        if (alive && alive->isActive()) // the sink may have cancelled or deleted the call
            call->finish({});
    });
    return call;
}

} // namespace Inspector::PodCalls
