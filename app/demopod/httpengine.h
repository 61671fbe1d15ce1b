// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backend.h"
#include "httptypes.h"
#include "localresult.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace Inspector::DemoPod {

class SharedState;

/**
 * @brief The HTTP side of the demo pod: turns QHttpServerRequest into HttpRequest, applies
 * fault rules, asks the Backend, logs, and writes the bytes itself (so that it can delay,
 * truncate or drop an answer). Lives on the server thread; every member runs there.
 */
class HttpEngine final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEngine)

public:
    HttpEngine(const Config &config, SharedState *shared, std::shared_ptr<DataSet> data);
    ~HttpEngine() override;

    /** Changes the data (Server::apply, POST /__mock/mutations). */
    Result<QString> apply(const Mutation &mutation) { return m_backend.apply(mutation); }
    /** Listens on 127.0.0.1:port (TLS when configured); returns the port, or an error saying why not. */
    Result<quint16> startListening();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class SendMode
    {
        Normal,
        Truncated,
        Drop
    };

    HttpReply control(const HttpRequest &request);
    HttpReply faultReply(const Fault &fault, const HttpRequest &request, SendMode *mode);
    void respond(QTcpSocket *socket, const HttpReply &reply, SendMode mode, int delayMs);
    static void writeNow(QTcpSocket *socket, const HttpReply &reply, SendMode mode);

    Config m_config;
    SharedState *m_shared;
    Backend m_backend;
};

} // namespace Inspector::DemoPod
