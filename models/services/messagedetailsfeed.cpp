// SPDX-License-Identifier: Apache-2.0
#include "services/messagedetailsfeed.h"

#include "itemmodels/messagestatusmodel.h"
#include "itemmodels/receiptsmodel.h"
#include "services/servicecall.h"

namespace Inspector {

MessageDetailsFeed::MessageDetailsFeed(MessageDetails *details, QObject *parent)
    : QObject(parent)
{
    switchTo(details);
}

MessageDetailsFeed::~MessageDetailsFeed() = default;

void MessageDetailsFeed::feed(ReceiptsModel *model)
{
    m_receipts.append(model);
    connect(model, &ReceiptsModel::pagesWanted, this, [this, model](const ReceiptsQuery &query) {
        if (m_details)
            model->follow(m_details->receipts(query, model->sink(), model));
    });
}

void MessageDetailsFeed::feed(MessageStatusModel *model)
{
    m_statuses.append(model);
    connect(model, &MessageStatusModel::statusWanted, this, [this, model](const QString &messageId) {
        if (m_details)
            model->follow(m_details->status(messageId, model->sink(), model));
    });
}

void MessageDetailsFeed::setDetails(MessageDetails *details)
{
    if (m_details == details)
        return;
    switchTo(details);
}

void MessageDetailsFeed::switchTo(MessageDetails *details)
{
    disconnect(m_destroyed);
    m_details = details;
    if (details)
        m_destroyed = connect(details, &QObject::destroyed, this, [this] { switchTo(nullptr); });
    // After the switch: a model cleared here asks nothing, and a late request goes to the new source.
    for (const QPointer<ReceiptsModel> &model : std::as_const(m_receipts)) {
        if (model)
            model->clear();
    }
    for (const QPointer<MessageStatusModel> &model : std::as_const(m_statuses)) {
        if (model)
            model->clear();
    }
    Q_EMIT detailsChanged();
}

} // namespace Inspector
