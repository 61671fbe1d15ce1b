// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reading the files under tests/fixtures: fixture keys, documents and captures that suites load.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Inspector::TestSupport {

/// A fixture file under tests/fixtures, e.g. fixture("parse/stream-list.json"); fails the test when
/// it is missing (an empty array would pass many assertions by accident).
inline QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(INSPECTOR_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s: %s", qPrintable(relativePath), qPrintable(file.errorString()));
    return file.readAll();
}

/// The path of a key or certificate under tests/fixtures/keys.
inline QString keyPath(const QString &name)
{
    return QString::fromUtf8(INSPECTOR_TEST_DATA "/keys/") + name;
}

/// A key or certificate file under tests/fixtures/keys; fails the test when it is missing.
inline QByteArray readKeyFile(const QString &name)
{
    return fixture(QStringLiteral("keys/") + name);
}

/// The passphrase of every encrypted key and PKCS#12 file under tests/fixtures/keys.
inline const QByteArray KeyPassphrase = QByteArrayLiteral("inspector-test");

} // namespace Inspector::TestSupport
