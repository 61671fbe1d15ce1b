// SPDX-License-Identifier: Apache-2.0
#include "prismproxy.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Inspector::SchemaCheck {

namespace {
// Prism logs every request; only the tail is worth showing when something fails.
constexpr qsizetype MaxKeptOutput = 256 * 1024;
} // namespace

PrismProxy::PrismProxy(const QString &name, const QString &node, const QString &prismScript,
    const QString &spec, const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_node(node)
    , m_arguments({prismScript, u"proxy"_s, u"--errors"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
          spec, upstream.toString()})
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_COLOR"_s, u"1"_s); // plain log lines, so the port can be read off them
    env.insert(u"FORCE_COLOR"_s, u"0"_s);
    m_process.setProcessEnvironment(env);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PrismProxy::collect);
    connect(&m_process, &QProcess::finished, this, [this] {
        collect();
        m_ended = true;
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_output
                += "failed to start " + m_node.toLocal8Bit() + ": " + m_process.errorString().toLocal8Bit();
            m_ended = true;
        }
    });
}

PrismProxy::~PrismProxy()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void PrismProxy::start()
{
    m_process.start(m_node, m_arguments);
}

void PrismProxy::collect()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (m_port == 0) {
        // The line may arrive in pieces: look at the whole output so far.
        static const QRegularExpression listening(u"Prism is listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output + chunk));
        if (match.hasMatch())
            m_port = match.captured(1).toUShort();
    }
    m_output += chunk;
    if (m_output.size() > MaxKeptOutput)
        m_output = m_output.right(MaxKeptOutput);
}

QString PrismProxy::output() const
{
    return QString::fromUtf8(m_output.right(8000));
}

} // namespace Inspector::SchemaCheck
