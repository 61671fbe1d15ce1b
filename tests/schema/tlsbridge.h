// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Inspector::SchemaCheck {

/**
 * @brief A plain-HTTP front for an HTTPS server that needs a client certificate: it forwards each
 * request it receives to the same path on `target`, presenting the configured client
 * certificate, and writes the answer back unchanged (status, Content-Type, body).
 *
 * `prism proxy` cannot present a client certificate upstream, so the certificate authentication
 * calls go prism -> TlsBridge -> demo pod. Lives and works in the thread that created it (an
 * event loop must run there: the QTest waits do). One request per connection, then it closes.
 */
class TlsBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsBridge)

public:
    TlsBridge(const QUrl &target, const QSslConfiguration &tls, QObject *parent = nullptr);

    bool listen(QString *error);
    /** http://127.0.0.1:PORT */
    QUrl url() const;

private:
    void onReadyRead(QTcpSocket *socket);
    void forward(QTcpSocket *socket, const QByteArray &head, const QByteArray &body);
    static void answer(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body);

    QUrl m_target;
    QSslConfiguration m_tls;
    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace Inspector::SchemaCheck
