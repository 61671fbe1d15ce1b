// SPDX-License-Identifier: Apache-2.0
#pragma once

// The demo pod program (DEMO_POD_EXECUTABLE) started as a user starts it, for the suites that test
// its command-line options.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace StandalonePod {

/// Starts the program with @p arguments and reads its first line, "listening on <URL>": the URL goes
/// to *base. The test fails when the program does not start or does not print that line in time.
inline void start(QProcess &process, const QStringList &arguments, QUrl *base)
{
    process.start(QString::fromLocal8Bit(DEMO_POD_EXECUTABLE), arguments);
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$")).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    *base = QUrl(match.captured(1));
}

} // namespace StandalonePod
