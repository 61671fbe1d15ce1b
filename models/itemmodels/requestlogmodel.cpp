// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/requestlogmodel.h"

#include <QDateTime>
#include <QLocale>

#include "itemmodels/plaintooltip.h"

using namespace Qt::StringLiterals;

namespace Inspector {

namespace {

QString redact(QString text, const QByteArray &secret)
{
    if (secret.size() >= 8)
        text.replace(QString::fromUtf8(secret), u"\u2022\u2022\u2022"_s);
    return text;
}

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : FlatTableModel(ColumnCount, RowNumbers::Shown, parent)
{ }

RequestLogModel::~RequestLogModel() = default;

void RequestLogModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    disconnect(m_connection);
    m_client = client;
    if (client)
        m_connection = connect(client, &ApiClient::requestLogged, this, &RequestLogModel::append);
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (m_entries.size() > m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

RequestLogEntry RequestLogModel::sanitized(const RequestLogEntry &entry) const
{
    RequestLogEntry e = entry;
    QUrl url = e.url.adjusted(QUrl::RemoveUserInfo);
    if (m_client) {
        for (const QByteArray &token :
            {m_client->credentials().sessionToken, m_client->credentials().keyManagerToken}) {
            if (token.size() < 8)
                continue;
            const QString t = QString::fromUtf8(token);
            if (url.toString().contains(t))
                url = QUrl(redact(url.toString(), token));
            e.error = redact(e.error, token);
        }
    }
    e.url = url;
    return e;
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    // Bounded like a ring: remove the oldest first so a view never holds an index to a vanished row.
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    const RequestLogEntry clean = sanitized(entry);
    beginInsertRows({}, row, row);
    m_entries.append(clean);
    endInsertRows();
    Q_EMIT entryAdded(clean);
}

void RequestLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QList<RequestLogEntry> RequestLogModel::recentErrors(int max) const
{
    QList<RequestLogEntry> errors;
    for (auto it = m_entries.crbegin(); it != m_entries.crend() && errors.size() < max; ++it) {
        if (!it->error.isEmpty())
            errors.append(*it);
    }
    return errors;
}

int RequestLogModel::rowTotal() const
{
    return int(m_entries.size());
}

QString RequestLogModel::displayPath(const QUrl &url)
{
    QString text = url.path(QUrl::FullyDecoded);
    if (url.hasQuery())
        text += u'?' + url.query(QUrl::FullyDecoded);
    return text;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const RequestLogEntry &e = m_entries.at(index.row());
    if (role == ModelRole::IsError)
        return !e.error.isEmpty();
    if (role == Qt::ToolTipRole)
        return plainToolTip(e.url.toDisplayString(QUrl::RemoveUserInfo));
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case StatusColumn:
        case DurationColumn:
        case SizeColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != ModelRole::RawValue)
        return {};
    const bool raw = role == ModelRole::RawValue;
    switch (index.column()) {
    case TimeColumn:
        if (raw)
            return e.startedAtMs;
        return QDateTime::fromMSecsSinceEpoch(e.startedAtMs).toString(u"HH:mm:ss.zzz"_s);
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case PathColumn:
        return displayPath(e.url);
    case StatusColumn:
        if (raw)
            return e.status;
        return e.status == 0 ? tr("none") : QString::number(e.status);
    case DurationColumn:
        if (raw)
            return e.elapsedMs;
        return tr("%1 ms").arg(e.elapsedMs);
    case SizeColumn:
        if (raw)
            return e.bytes;
        return QLocale().formattedDataSize(e.bytes);
    case ErrorColumn:
        return e.error;
    default:
        return {};
    }
}

QStringList RequestLogModel::columnTitles() const
{
    return {tr("Time"), tr("Method"), tr("Path"), tr("Status"), tr("Duration"), tr("Size"), tr("Error")};
}

} // namespace Inspector
