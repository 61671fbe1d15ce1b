// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Inspector::Testing {

/// A test suite's main() (see testsuite.h).
using SuiteMain = int (*)(int argc, char *argv[]);

/// Called from each suite's static initializer with its source file's path: the suite is named
/// after the file (tst_apiclient for .../tst_apiclient.cpp). False if the name was taken.
bool registerSuite(const char *sourceFile, SuiteMain main);

} // namespace Inspector::Testing
