// SPDX-License-Identifier: Apache-2.0
#pragma once

// The end of every test file: INSPECTOR_TEST_MAIN(Class) instead of QTEST_MAIN(Class), and the
// GUILESS and APPLESS variants likewise. The suites of a folder share one executable (see
// inspector_add_test in tests/CMakeLists.txt); each registers its main() under its file's name,
// and `tests_api tst_apiclient [Qt Test options]` runs it exactly as QTEST_MAIN would.

#include <QTest>

#include "common/testregistry.h"

#define INSPECTOR_TEST_SUITE_IMPL(TestObject, ...)                                                           \
    namespace {                                                                                              \
    int runSuite(int argc, char *argv[])                                                                     \
    {                                                                                                        \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                   \
        __VA_ARGS__                                                                                          \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }                                                                                                        \
    [[maybe_unused]] const bool suiteRegistered = Inspector::Testing::registerSuite(__FILE__, &runSuite);    \
    }

/// QApplication, QGuiApplication or QCoreApplication, as QTEST_MAIN picks it.
#define INSPECTOR_TEST_MAIN(TestObject) INSPECTOR_TEST_SUITE_IMPL(TestObject, QTEST_MAIN_SETUP())
#define INSPECTOR_TEST_GUILESS_MAIN(TestObject)                                                              \
    INSPECTOR_TEST_SUITE_IMPL(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define INSPECTOR_TEST_APPLESS_MAIN(TestObject) INSPECTOR_TEST_SUITE_IMPL(TestObject)

/// QVERIFY for a Result (data/localresult.h): when it failed, the test fails with its message.
#define INSPECTOR_VERIFY_OK(expression)                                                                      \
    do {                                                                                                     \
        const auto &inspectorResult_ = (expression);                                                         \
        QVERIFY2(inspectorResult_.ok(), qPrintable(inspectorResult_.error().message()));                     \
    } while (false)
