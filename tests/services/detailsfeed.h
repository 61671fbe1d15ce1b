// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include "itemmodels/healthmodel.h"
#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/receiptsmodel.h"
#include "services/diagnostics.h"
#include "services/messagedetails.h"

/**
 * What DetailTabs and DiagnosticsPage do for their models, for the tests: each request of a model
 * is answered by the source, and the call feeds the model.
 */
namespace Inspector::DetailsFeed {

inline QMetaObject::Connection connect(ReceiptsModel &model, MessageDetails &details)
{
    return QObject::connect(
        &model, &ReceiptsModel::pagesWanted, &details, [&model, &details](const ReceiptsQuery &query) {
            model.follow(details.receipts(query, model.sink(), &model));
        });
}

inline QMetaObject::Connection connect(MessageStatusModel &model, MessageDetails &details)
{
    return QObject::connect(
        &model, &MessageStatusModel::statusWanted, &details, [&model, &details](const QString &messageId) {
            model.follow(details.status(messageId, model.sink(), &model));
        });
}

/// DiagnosticsPage::refresh(): the three values of @p source, into @p model.
inline void refresh(HealthModel &model, Diagnostics &source)
{
    model.beginRefresh();
    model.follow(source.health(model.healthSink(), &model));
    model.follow(source.agentInfo(model.agentInfoSink(), &model));
    model.follow(source.sessionUser(model.sessionUserSink(), &model));
}

} // namespace Inspector::DetailsFeed
