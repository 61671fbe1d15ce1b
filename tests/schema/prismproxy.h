// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Inspector::SchemaCheck {

/**
 * @brief One `prism proxy --errors SPEC UPSTREAM` child process on a loopback port of its choosing.
 *
 * Prism forwards every request to UPSTREAM + the request path, validates the request and the
 * upstream's response against SPEC, and with --errors answers a response that violates an Error
 * rule with 500 application/problem+json (type .../errors#VIOLATIONS) instead of the response;
 * every violation, also a warning, is listed in the `sl-violations` response header.
 *
 * Lives in the thread that created it (the test's main thread); its output is collected while
 * that thread runs an event loop (QTest waits). The destructor ends the process.
 */
class PrismProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrismProxy)

public:
    /** @p node: the Node.js executable; @p prismScript: prism-cli's dist/index.js. */
    PrismProxy(const QString &name, const QString &node, const QString &prismScript, const QString &spec,
        const QUrl &upstream, QObject *parent = nullptr);
    ~PrismProxy() override;

    void start();
    /** The port Prism printed in "Prism is listening on http://127.0.0.1:PORT"; 0 before. */
    quint16 port() const { return m_port; }
    bool isListening() const { return m_port != 0; }
    /** The process ended (it failed to start, or stopped); output() tells why. */
    bool hasEnded() const { return m_ended; }
    QString name() const { return m_name; }
    /** The last part of what Prism printed (stdout and stderr merged), for failure messages. */
    QString output() const;

private:
    void collect();

    QString m_name;
    QString m_node;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    bool m_ended = false;
};

} // namespace Inspector::SchemaCheck
