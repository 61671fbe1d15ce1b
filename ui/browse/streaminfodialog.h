// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include "api/apierror.h"

class QFormLayout;
class QLabel;
class QTableWidget;

namespace Inspector {
class ServiceCall;
class StreamDirectory;
class UserDirectory;
} // namespace Inspector

namespace Inspector::Ui {

/**
 * @brief A small window with one stream's info (stream info, and room info for rooms) and its
 * members with their names, from a StreamDirectory and a UserDirectory. GUI thread; its calls are
 * cancelled when it closes.
 */
class StreamInfoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamInfoDialog)

public:
    StreamInfoDialog(Inspector::StreamDirectory *streams, Inspector::UserDirectory *users,
        const QString &streamId, const QString &type, const QString &title, QWidget *parent = nullptr);
    ~StreamInfoDialog() override;

    QTableWidget *membersTable() const { return m_members; }
    /// True once every call has ended.
    bool isComplete() const { return m_pending == 0; }

Q_SIGNALS:
    void errorOccurred(const Inspector::ApiError &error);
    void completed();

private:
    /// Keeps @p call with the dialog, shows its error, and counts it until it ends.
    void track(ServiceCall *call);
    void addRow(const QString &label, const QString &value);
    void setMembers(const QList<qint64> &ids, const QHash<qint64, QPair<bool, qint64>> &details);
    void lookUpNames(const QList<qint64> &ids);
    void done();

    QPointer<StreamDirectory> m_streams;
    QPointer<UserDirectory> m_users;
    QString m_streamId;
    QFormLayout *m_form;
    QTableWidget *m_members;
    QLabel *m_status;
    QList<QPointer<ServiceCall>> m_calls;
    int m_pending = 0;
};

} // namespace Inspector::Ui
