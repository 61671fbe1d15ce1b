// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointer>

#include "api/apiclient.h"
#include "itemmodels/flattablemodel.h"
#include "itemmodels/modelroles.h"

namespace Inspector {

/**
 * @brief The last requests of an ApiClient (method, path, status, time, size, error), newest last,
 * bounded: when full, the oldest row is removed before a new one is inserted, so views never see
 * rows that are gone.
 *
 * Entries come from ApiClient::requestLogged, which never carries a token or a body. As a second
 * guard, any text equal to the client's current session or key-manager token is replaced by "•••"
 * before it is stored, and user info is stripped from URLs. Lives on the client's thread.
 */
class RequestLogModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        ErrorColumn,
        ColumnCount
    };

    static constexpr int DefaultCapacity = 1000;

    explicit RequestLogModel(QObject *parent = nullptr);
    ~RequestLogModel() override;

    /// Follows @p client's requests from now on (nullptr: none). Earlier rows stay.
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void append(const RequestLogEntry &entry);
    void clear();
    RequestLogEntry entry(int row) const { return m_entries.at(row); }
    /// The newest failed requests, newest first, at most @p max.
    QList<RequestLogEntry> recentErrors(int max) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "/agent/v4/stream/X/message?since=…": the URL's path and query, without host or user info.
    static QString displayPath(const QUrl &url);

Q_SIGNALS:
    void entryAdded(const Inspector::RequestLogEntry &entry);

private:
    RequestLogEntry sanitized(const RequestLogEntry &entry) const;

    QList<RequestLogEntry> m_entries;
    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_connection;
    int m_capacity = DefaultCapacity;

protected:
    int rowTotal() const override;
    QStringList columnTitles() const override;
};

} // namespace Inspector
