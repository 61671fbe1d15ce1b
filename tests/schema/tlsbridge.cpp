// SPDX-License-Identifier: Apache-2.0
#include "tlsbridge.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Inspector::SchemaCheck {

namespace {
constexpr qsizetype MaxRequestBytes = 1024 * 1024;
// Hop-by-hop or recomputed headers: QNetworkAccessManager sets its own.
bool isForwardedHeader(const QByteArray &lowerName)
{
    return lowerName != "host" && lowerName != "connection" && lowerName != "content-length"
        && lowerName != "transfer-encoding" && lowerName != "keep-alive" && lowerName != "accept-encoding";
}
} // namespace

TlsBridge::TlsBridge(const QUrl &target, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_tls(tls)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_pending.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool TlsBridge::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = u"TLS bridge: "_s + m_server.errorString();
    return false;
}

QUrl TlsBridge::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void TlsBridge::onReadyRead(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return; // already forwarded; anything more is ignored
    it->append(socket->readAll());
    const QByteArray &data = *it;
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (data.size() > MaxRequestBytes)
            answer(socket, 431, "text/plain", "request head too large");
        return;
    }
    const QByteArray head = data.left(headEnd);
    qsizetype contentLength = 0;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (contentLength < 0 || contentLength > MaxRequestBytes) {
        answer(socket, 413, "text/plain", "request body too large");
        return;
    }
    if (data.size() < headEnd + 4 + contentLength)
        return; // more body to come
    const QByteArray body = data.mid(headEnd + 4, contentLength);
    m_pending.erase(it);
    forward(socket, head, body);
}

void TlsBridge::forward(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    if (requestLine.size() != 3) {
        answer(socket, 400, "text/plain", "malformed request line");
        return;
    }
    const QUrl relative = QUrl::fromEncoded(requestLine[1]);
    QUrl url = m_target;
    url.setPath(m_target.path() + relative.path());
    url.setQuery(relative.query(QUrl::FullyEncoded));

    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        if (isForwardedHeader(name.toLower()))
            request.setRawHeader(name, line.mid(colon + 1).trimmed());
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(request, requestLine[0], body);
    // The socket may go away first (Prism gave up): the answer is then dropped.
    connect(reply, &QNetworkReply::finished, this, [socket = QPointer<QTcpSocket>(socket), reply] {
        reply->deleteLater();
        if (!socket)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            answer(socket, 502, "text/plain", "TLS bridge: " + reply->errorString().toUtf8());
            return;
        }
        answer(socket, status, reply->rawHeader("Content-Type"), reply->readAll());
    });
}

void TlsBridge::answer(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Bridged\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace Inspector::SchemaCheck
