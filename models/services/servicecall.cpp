// SPDX-License-Identifier: Apache-2.0
#include "services/servicecall.h"

#include <QTimer>

#include "api/pager.h"

namespace Inspector {

ServiceCall::ServiceCall(QObject *parent)
    : QObject(parent)
{ }

ServiceCall::~ServiceCall()
{
    // Silent cancellation: the source's work stops, nobody is told.
    m_finished = true;
    if (m_pager) {
        Pager *pager = m_pager;
        m_pager = nullptr;
        QObject::disconnect(pager, nullptr, this, nullptr);
        delete pager;
    }
    if (m_onCancel) {
        const auto onCancel = std::move(m_onCancel);
        onCancel();
    }
}

void ServiceCall::cancel()
{
    if (m_finished)
        return;
    m_finished = true; // nothing is delivered from here on, even from the handlers below
    if (m_pager) {
        Pager *pager = m_pager;
        m_pager = nullptr;
        QObject::disconnect(pager, nullptr, this, nullptr);
        pager->cancel();
    }
    if (m_onCancel) {
        const auto onCancel = std::move(m_onCancel);
        onCancel();
    }
    m_finished = false;
    finish(ApiError::cancelled());
}

void ServiceCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onCancel = nullptr;
    m_error = error;
    Q_EMIT finished(m_error);
    deleteLater();
}

void ServiceCall::finishLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ServiceCall::deliverLater(std::function<void()> deliver)
{
    QTimer::singleShot(0, this, [this, deliver = std::move(deliver)] {
        if (!m_finished)
            deliver();
    });
}

void ServiceCall::follow(Pager *pager)
{
    m_pager = pager;
    connect(pager, &Pager::progress, this, [this](int items, int) {
        if (!m_finished)
            Q_EMIT progress(items);
    });
    connect(pager, &Pager::warning, this, [this](const QString &message) {
        if (!m_finished)
            Q_EMIT warning(message);
    });
    connect(pager, &Pager::finished, this, [this](const ApiError &error) {
        m_pager = nullptr;
        finish(error);
    });
}

} // namespace Inspector
