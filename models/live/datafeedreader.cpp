// SPDX-License-Identifier: Apache-2.0
#include "live/datafeedreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "api/apijob.h"
#include "live/liverequests.h"

using namespace Qt::StringLiterals;

namespace Inspector::Live {

namespace {

/// Feeds recreated in a row without one good read before the reader gives up (a bad ackId loops).
constexpr int MaxRecreations = 3;

} // namespace

bool DatafeedInfo::isDatafeed() const
{
    static const QRegularExpression pattern(u"^[^\\s_]+_f(_[^\\s_]+)?$"_s);
    return type != "datahose"_L1 && pattern.match(id).hasMatch();
}

Result<QList<DatafeedInfo>> DatafeedInfo::parseList(const QByteArray &body)
{
    QList<DatafeedInfo> out;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return LocalError(
            QCoreApplication::translate("Inspector::Live", "the list of datafeeds is not a JSON array."));
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(u"id"_s).isString())
            return LocalError(
                QCoreApplication::translate("Inspector::Live", "a datafeed of the list has no text \"id\"."));
        out.append({o.value(u"id"_s).toString(), o.value(u"type"_s).toString(),
            o.value(u"createdAt"_s).toInteger(), o});
    }
    return out;
}

DatafeedReader::DatafeedReader(ApiClient *client, const QString &tag, QObject *parent)
    : EventReader(client, parent)
    , m_tag(tag)
{
    connect(this, &EventReader::batchReceived, this, [this] { m_recreations = 0; });
}

QString DatafeedReader::defaultTag(const QString &username)
{
    return QString(u"symphony-inspector-"_s + username).left(LiveRequests::MaxDatafeedTagLength);
}

Result<> DatafeedReader::validateTag(const QString &tag)
{
    if (tag.size() > LiveRequests::MaxDatafeedTagLength) {
        return LocalError(tr("A datafeed tag has at most %1 characters; this one has %2.")
                              .arg(LiveRequests::MaxDatafeedTagLength)
                              .arg(tag.size()));
    }
    return {};
}

void DatafeedReader::prepare()
{
    m_recreations = 0;
    if (const Result<> tag = validateTag(m_tag); !tag) {
        const ApiError error = ApiError::fromLocal(tag.error());
        // Never from inside start(): the caller connects to stopped() after it.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    listFeeds();
}

void DatafeedReader::listFeeds()
{
    send(LiveRequests::listDatafeeds(m_tag), [this](ApiJob *job) {
        if (!job->isSuccess()) {
            if (job->error().isTransient())
                backOff(job->error(), job->response().retryAfter, [this] { listFeeds(); });
            else
                finish(explain(job->error()));
            return;
        }
        const Result<QList<DatafeedInfo>> parsed = DatafeedInfo::parseList(job->response().body);
        if (!parsed) {
            finish(ApiError::badResponse(job->request().description, parsed.error().message()));
            return;
        }
        const QList<DatafeedInfo> &feeds = parsed.value();
        resetFailures();
        if (!m_feedId.isEmpty()) {
            for (const DatafeedInfo &f : feeds) {
                if (f.id == m_feedId) {
                    Q_EMIT feedReady(m_feedId, true);
                    beginReading();
                    return;
                }
            }
            Q_EMIT gapDetected(
                tr("The datafeed %1 no longer exists on the server (a datafeed expires when it is "
                   "not read for about 30 minutes): events sent since the last capture may be "
                   "lost. A new datafeed was created.")
                    .arg(m_feedId));
            m_feedId.clear();
            setAckId({});
            createFeed();
            return;
        }
        for (const DatafeedInfo &f : feeds) {
            if (f.isDatafeed()) {
                m_feedId = f.id;
                // A reused feed starts with an empty ackId: what it holds unacknowledged comes again.
                setAckId({});
                Q_EMIT feedReady(m_feedId, true);
                beginReading();
                return;
            }
        }
        createFeed();
    });
}

void DatafeedReader::createFeed()
{
    send(LiveRequests::createDatafeed(m_tag, m_includeInvisible), [this](ApiJob *job) {
        if (!job->isSuccess()) {
            if (job->error().isTransient())
                backOff(job->error(), job->response().retryAfter, [this] { createFeed(); });
            else
                finish(explain(job->error()));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(job->response().body).object();
        if (!o.value(u"id"_s).isString() || o.value(u"id"_s).toString().isEmpty()) {
            finish(ApiError::badResponse(job->request().description, tr("the new datafeed has no \"id\".")));
            return;
        }
        resetFailures();
        m_feedId = o.value(u"id"_s).toString();
        setAckId({});
        Q_EMIT feedReady(m_feedId, false);
        beginReading();
    });
}

ApiRequest DatafeedReader::readRequest(const QString &ackId) const
{
    return LiveRequests::readDatafeed(m_feedId, ackId, updatePresence());
}

void DatafeedReader::handleReadFailure(const ApiError &error)
{
    if (error.httpStatus == 400)
        recreate(error);
    else
        finish(explain(error));
}

void DatafeedReader::recreate(const ApiError &why)
{
    if (++m_recreations > MaxRecreations) {
        ApiError e = why;
        e.message
            = tr("The datafeed kept refusing reads (%1) even after it was recreated %2 times; stopping.")
                  .arg(why.serverMessage.isEmpty() ? why.message : why.serverMessage,
                      QString::number(MaxRecreations));
        finish(e);
        return;
    }
    const QString old = m_feedId;
    Q_EMIT gapDetected(
        tr("The datafeed %1 was refused by the server (%2): it expired or its ackId was no longer "
           "valid. It was recreated; events sent while it was gone may be lost.")
            .arg(old, why.serverMessage.isEmpty() ? why.message : why.serverMessage));
    // As BDK: delete the old feed (a 400 there is fine: it is gone already), then create a new one.
    send(LiveRequests::deleteDatafeed(old), [this](ApiJob *) {
        m_feedId.clear();
        setAckId({});
        createFeed();
    });
}

ApiError DatafeedReader::explain(const ApiError &error) const
{
    ApiError e = error;
    if (error.httpStatus == 403) {
        e.message
            = tr("The pod refused the datafeed (403%1): an account may have only a few active datafeeds "
                 "(20 at most). List them with \"feeds\" and delete stale ones with \"feeds --delete ID\".")
                  .arg(error.serverMessage.isEmpty() ? QString() : u": "_s + error.serverMessage);
    }
    return e;
}

} // namespace Inspector::Live
