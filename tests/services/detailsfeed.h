// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/receiptsmodel.h"
#include "services/messagedetails.h"

/**
 * What DetailTabs does for the detail models, for the tests: each request of a model is answered
 * by @p details, and the call feeds the model.
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

} // namespace Inspector::DetailsFeed
