// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Inspector::Testing {

/// A test suite's main(), renamed (see inspector_add_test in tests/CMakeLists.txt).
using SuiteMain = int (*)(int argc, char *argv[]);

/// Called from a static initializer generated for each suite; false if the name was taken.
bool registerSuite(const char *name, SuiteMain main);

} // namespace Inspector::Testing
