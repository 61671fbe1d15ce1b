// SPDX-License-Identifier: Apache-2.0
#include "demopodserver.h"

#include "backend.h"
#include "dataset.h"
#include "feedscript.h"
#include "httpengine.h"
#include "jwtverifier.h"
#include "sharedstate.h"

#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QList<QPair<Fault::Kind, QString>> &kindNames()
{
    static const QList<QPair<Fault::Kind, QString>> names {
        {Fault::Kind::Status, u"status"_s},
        {Fault::Kind::Expired, u"expired"_s},
        {Fault::Kind::Throttle, u"throttle"_s},
        {Fault::Kind::Delay, u"delay"_s},
        {Fault::Kind::Malformed, u"malformed"_s},
        {Fault::Kind::Truncated, u"truncated"_s},
        {Fault::Kind::Empty204, u"empty204"_s},
        {Fault::Kind::Drop, u"drop"_s},
        {Fault::Kind::StaleFeed, u"staleFeed"_s},
        {Fault::Kind::Redirect, u"redirect"_s},
    };
    return names;
}

const QList<QPair<Mutation::Kind, QString>> &mutationNames()
{
    static const QList<QPair<Mutation::Kind, QString>> names {
        {Mutation::Kind::AddMessage, u"addMessage"_s},
        {Mutation::Kind::EditMessage, u"editMessage"_s},
        {Mutation::Kind::ChangeContent, u"changeContent"_s},
        {Mutation::Kind::SuppressMessage, u"suppressMessage"_s},
        {Mutation::Kind::RemoveMessage, u"removeMessage"_s},
        {Mutation::Kind::AddMember, u"addMember"_s},
        {Mutation::Kind::RemoveMember, u"removeMember"_s},
        {Mutation::Kind::SetOwner, u"setOwner"_s},
        {Mutation::Kind::RenameRoom, u"renameRoom"_s},
        {Mutation::Kind::SetActive, u"setActive"_s},
    };
    return names;
}

} // namespace

QByteArray LoggedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject faultToJson(const Fault &fault)
{
    QString kind;
    for (const auto &[k, name] : kindNames()) {
        if (k == fault.kind)
            kind = name;
    }
    QJsonObject o {
        {u"kind"_s, kind},
        {u"method"_s, QString::fromLatin1(fault.method)},
        {u"pathPattern"_s, fault.pathPattern},
        {u"status"_s, fault.status},
        {u"count"_s, fault.count},
        {u"skip"_s, fault.skip},
        {u"retryAfterSeconds"_s, fault.retryAfterSeconds},
        {u"delayMs"_s, fault.delayMs},
    };
    if (!fault.retryAfterHttpDate.isEmpty())
        o.insert(u"retryAfterHttpDate"_s, fault.retryAfterHttpDate);
    if (!fault.body.isEmpty())
        o.insert(u"body"_s, QString::fromUtf8(fault.body));
    if (!fault.location.isEmpty())
        o.insert(u"location"_s, fault.location);
    return o;
}

Result<Fault> faultFromJson(const QJsonObject &json)
{
    Fault f;
    QString problem; // what text() or number() found wrong
    const QString kind = json.value(u"kind"_s).toString();
    bool known = false;
    for (const auto &[k, name] : kindNames()) {
        if (name.compare(kind, Qt::CaseInsensitive) == 0) {
            f.kind = k;
            known = true;
        }
    }
    if (!known)
        return LocalError(u"Unknown fault kind '"_s + kind + u"'"_s);
    auto text = [&json, &problem](const QString &key, QString *out) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString()) {
            problem = key + u" must be a string"_s;
            return false;
        }
        *out = v.toString();
        return true;
    };
    auto number = [&json, &problem](const QString &key, int *out) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            problem = key + u" must be an integer"_s;
            return false;
        }
        *out = v.toInt();
        return true;
    };
    QString method;
    QString body;
    if (!text(u"method"_s, &method) || !text(u"pathPattern"_s, &f.pathPattern)
        || !text(u"retryAfterHttpDate"_s, &f.retryAfterHttpDate) || !text(u"body"_s, &body)
        || !text(u"location"_s, &f.location) || !number(u"status"_s, &f.status)
        || !number(u"count"_s, &f.count) || !number(u"skip"_s, &f.skip)
        || !number(u"retryAfterSeconds"_s, &f.retryAfterSeconds) || !number(u"delayMs"_s, &f.delayMs))
        return LocalError(problem);
    f.method = method.toUpper().toLatin1();
    f.body = body.toUtf8();
    if (!QRegularExpression(f.pathPattern).isValid())
        return LocalError(u"pathPattern is not a valid regular expression"_s);
    if (f.count == 0 || f.count < -1 || f.skip < 0 || f.delayMs < 0)
        return LocalError(u"count must be positive or -1, skip and delayMs must not be negative"_s);
    if (f.kind == Fault::Kind::Redirect && f.location.isEmpty())
        return LocalError(u"a redirect fault needs a location"_s);
    if (f.kind == Fault::Kind::Status && !isKnownStatus(f.status))
        return LocalError(u"Unsupported status "_s + QString::number(f.status));
    return f;
}

QJsonObject loggedRequestToJson(const LoggedRequest &request)
{
    QJsonArray headers;
    for (const auto &[name, value] : request.headers)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonObject {
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, request.path},
        {u"query"_s, request.query.toString(QUrl::FullyEncoded)},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"status"_s, request.status},
    };
}

QJsonObject mutationToJson(const Mutation &mutation)
{
    QString kind;
    for (const auto &[k, name] : mutationNames()) {
        if (k == mutation.kind)
            kind = name;
    }
    QJsonObject o {{u"kind"_s, kind}};
    if (!mutation.streamId.isEmpty())
        o.insert(u"streamId"_s, mutation.streamId);
    if (!mutation.messageId.isEmpty())
        o.insert(u"messageId"_s, mutation.messageId);
    if (!mutation.text.isEmpty())
        o.insert(u"text"_s, mutation.text);
    if (mutation.timestamp != 0)
        o.insert(u"timestamp"_s, mutation.timestamp);
    if (mutation.userId != 0)
        o.insert(u"userId"_s, mutation.userId);
    o.insert(u"flag"_s, mutation.flag);
    return o;
}

Result<Mutation> mutationFromJson(const QJsonObject &json)
{
    Mutation m;
    const QString kind = json.value(u"kind"_s).toString();
    bool known = false;
    for (const auto &[k, name] : mutationNames()) {
        if (name.compare(kind, Qt::CaseInsensitive) == 0) {
            m.kind = k;
            known = true;
        }
    }
    if (!known)
        return LocalError(u"Unknown change kind '"_s + kind + u"'"_s);
    for (const auto &[key, out] : {qMakePair(u"streamId"_s, &m.streamId),
             qMakePair(u"messageId"_s, &m.messageId), qMakePair(u"text"_s, &m.text)}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString())
            return LocalError(key + u" must be a string"_s);
        *out = v.toString();
    }
    for (const auto &[key, out] :
        {qMakePair(u"timestamp"_s, &m.timestamp), qMakePair(u"userId"_s, &m.userId)}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0)
            return LocalError(key + u" must be an integer >= 0"_s);
        *out = v.toInteger();
    }
    const QJsonValue flag = json.value(u"flag"_s);
    if (!flag.isUndefined() && !flag.isNull() && !flag.isBool())
        return LocalError(u"flag must be a boolean"_s);
    m.flag = flag.toBool(false);
    return m;
}

/** @brief Server's state: the shared part (any thread) and the server thread's objects. */
class ServerPrivate
{
public:
    explicit ServerPrivate(const Config &c)
        : config(c)
        , data(std::make_shared<DataSet>(c))
    {
        shared.setLatencyMs(c.latencyMs);
    }

    /** Runs @p work where the data may be read and changed: the server thread while it runs. */
    template<typename Work> void onServerThread(Work work)
    {
        if (thread && QThread::currentThread() != thread)
            QMetaObject::invokeMethod(engine, work, Qt::BlockingQueuedConnection);
        else
            work();
    }

    Config config;
    std::shared_ptr<DataSet> data; // changed on the server thread only (apply())
    SharedState shared;
    QThread *thread = nullptr;
    HttpEngine *engine = nullptr;
    mutable QMutex mutex; // guards baseUrl
    QUrl baseUrl;
};

Server::Server(const Config &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ServerPrivate>(config))
{ }

Server::~Server()
{
    stop();
}

Result<> Server::start()
{
    if (d->thread)
        return LocalError(u"The demo pod is already running"_s);
    d->thread = new QThread;
    d->thread->setObjectName(u"demo-pod"_s);
    d->engine = new HttpEngine(d->config, &d->shared, d->data);
    d->engine->moveToThread(d->thread);
    // Runs on the server thread as it ends, before wait() returns: the engine, its sockets and timers are
    // deleted there, then the thread's OpenSSL state (JWT checks, TLS). Left to OpenSSL, that state is
    // freed only after wait() has returned, and lost when the process exits at that moment.
    HttpEngine *ownedEngine = d->engine;
    QObject::connect(
        d->thread, &QThread::finished, d->thread,
        [ownedEngine] {
            delete ownedEngine;
            OPENSSL_thread_stop();
        },
        Qt::DirectConnection);
    d->thread->start();

    Result<quint16> listening = LocalError(QString());
    HttpEngine *engine = d->engine;
    // Blocking is safe: the server thread never waits for this one.
    QMetaObject::invokeMethod(
        engine, [engine, &listening]() { listening = engine->startListening(); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return listening.error();
    }
    const quint16 port = listening.value();
    QUrl url;
    url.setScheme(d->config.tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    QMutexLocker lock(&d->mutex);
    d->baseUrl = url;
    return {};
}

void Server::stop()
{
    if (!d->thread)
        return;
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
    d->engine = nullptr;
    d->shared.resetHeldAnswers();
    QMutexLocker lock(&d->mutex);
    d->baseUrl.clear();
}

bool Server::isRunning() const
{
    return d->thread != nullptr;
}

QUrl Server::baseUrl() const
{
    QMutexLocker lock(&d->mutex);
    return d->baseUrl;
}

Config Server::config() const
{
    return d->config;
}

void Server::addFault(const Fault &fault)
{
    if (fault.count == 0)
        return;
    d->shared.addFault(fault);
}

void Server::clearFaults()
{
    d->shared.clearFaults();
}

QList<Fault> Server::faults() const
{
    return d->shared.faults();
}

QList<LoggedRequest> Server::requestLog() const
{
    return d->shared.log();
}

void Server::clearRequestLog()
{
    d->shared.clearLog();
}

Result<> Server::addUserPublicKey(const QString &username, const QByteArray &publicKeyPem)
{
    const DemoUser *user = d->data->userByUsername(username);
    if (!user)
        return LocalError(u"Unknown username: "_s + username);
    if (const Result<RsaPublicKey> key = RsaPublicKey::fromPem(publicKeyPem); !key)
        return key.error();
    d->shared.addUserKey(user->username, publicKeyPem);
    return {};
}

QList<QJsonObject> Server::feedEvents(bool datahose, qint64 generatedBatches) const
{
    // The script is a pure function of the data set: a private copy answers, where the data set
    // is read (it may change there).
    QList<QJsonObject> events;
    d->onServerThread([&] {
        FeedScript script(d->config, *d->data);
        events = script.distinctEvents(datahose, generatedBatches);
    });
    return events;
}

Result<QString> Server::apply(const Mutation &mutation)
{
    Result<QString> applied = LocalError(QString());
    d->onServerThread([&] {
        if (d->engine) {
            applied = d->engine->apply(mutation);
            return;
        }
        // No listing is cached before start(), so a changed stream needs no more.
        Result<MutationOutcome> outcome = applyMutation(*d->data, mutation);
        if (outcome.ok())
            applied = std::move(outcome).value().messageId;
        else
            applied = outcome.error();
    });
    return applied;
}

namespace {

Mutation mutation(Mutation::Kind kind, const QString &streamId, const QString &messageId, const QString &text,
    qint64 timestamp, qint64 userId, bool flag)
{
    Mutation m;
    m.kind = kind;
    m.streamId = streamId;
    m.messageId = messageId;
    m.text = text;
    m.timestamp = timestamp;
    m.userId = userId;
    m.flag = flag;
    return m;
}

} // namespace

QString Server::addMessage(const QString &streamId, qint64 timestamp, const QString &text, qint64 authorId)
{
    return apply(mutation(Mutation::Kind::AddMessage, streamId, {}, text, timestamp, authorId, false))
        .valueOr(QString());
}

QString Server::editMessage(const QString &messageId, const QString &text, qint64 timestamp)
{
    return apply(mutation(Mutation::Kind::EditMessage, {}, messageId, text, timestamp, 0, false))
        .valueOr(QString());
}

bool Server::changeMessageContent(const QString &messageId, const QString &text)
{
    return apply(mutation(Mutation::Kind::ChangeContent, {}, messageId, text, 0, 0, false)).ok();
}

bool Server::suppressMessage(const QString &messageId)
{
    return apply(mutation(Mutation::Kind::SuppressMessage, {}, messageId, {}, 0, 0, false)).ok();
}

bool Server::removeMessage(const QString &messageId)
{
    return apply(mutation(Mutation::Kind::RemoveMessage, {}, messageId, {}, 0, 0, false)).ok();
}

bool Server::addMember(const QString &streamId, qint64 userId, bool owner, qint64 joinDate)
{
    return apply(mutation(Mutation::Kind::AddMember, streamId, {}, {}, joinDate, userId, owner)).ok();
}

bool Server::removeMember(const QString &streamId, qint64 userId)
{
    return apply(mutation(Mutation::Kind::RemoveMember, streamId, {}, {}, 0, userId, false)).ok();
}

bool Server::setOwner(const QString &streamId, qint64 userId, bool owner)
{
    return apply(mutation(Mutation::Kind::SetOwner, streamId, {}, {}, 0, userId, owner)).ok();
}

bool Server::renameRoom(const QString &streamId, const QString &name)
{
    return apply(mutation(Mutation::Kind::RenameRoom, streamId, {}, name, 0, 0, false)).ok();
}

bool Server::setStreamActive(const QString &streamId, bool active)
{
    return apply(mutation(Mutation::Kind::SetActive, streamId, {}, {}, 0, 0, active)).ok();
}

void Server::setLatencyMs(int ms)
{
    d->shared.setLatencyMs(ms);
}

int Server::latencyMs() const
{
    return d->shared.latencyMs();
}

int Server::heldAnswers() const
{
    return d->shared.heldAnswers();
}

int Server::maxHeldAnswers() const
{
    return d->shared.maxHeldAnswers();
}

WorkCounts Server::workCounts() const
{
    return d->data->work().snapshot();
}

void Server::resetWorkCounts()
{
    d->data->work().reset();
}

bool Server::setComponentDown(const QString &component, const QString &message)
{
    return d->shared.setComponentDown(component, message);
}

QByteArray Server::botPrivateKeyPem()
{
    return readResource(u":/demopod/demo-bot-private.pem"_s);
}

QByteArray Server::botPublicKeyPem()
{
    return readResource(u":/demopod/demo-bot-public.pem"_s);
}

QString Server::botUsername()
{
    return u"export-bot"_s;
}

QSslCertificate Server::tlsCertificate()
{
    return QSslCertificate(readResource(u":/demopod/demo-tls-cert.pem"_s), QSsl::Pem);
}

} // namespace Inspector::DemoPod
