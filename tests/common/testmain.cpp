// SPDX-License-Identifier: Apache-2.0
// The main() of a test executable that holds several Qt Test suites (see inspector_add_test in
// tests/CMakeLists.txt). Each suite ends with INSPECTOR_TEST_MAIN (testsuite.h) instead of
// QTEST_MAIN and registers itself here; `tests_api tst_apiclient [Qt Test options]` runs one suite as if it
// were its own program, which is how CTest runs them.
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#include "common/testregistry.h"

namespace Inspector::Testing {

namespace {

std::map<std::string, SuiteMain> &suites()
{
    static std::map<std::string, SuiteMain> all;
    return all;
}

} // namespace

bool registerSuite(const char *sourceFile, SuiteMain main)
{
    std::string name(sourceFile);
    const auto slash = name.find_last_of("/\\");
    if (slash != std::string::npos)
        name.erase(0, slash + 1);
    const auto dot = name.find('.');
    if (dot != std::string::npos)
        name.erase(dot);
    return suites().emplace(name, main).second;
}

} // namespace Inspector::Testing

int main(int argc, char *argv[])
{
    const auto &suites = Inspector::Testing::suites();
    if (argc >= 2) {
        const auto it = suites.find(argv[1]);
        if (it != suites.end())
            return it->second(argc - 1, argv + 1); // the suite sees its own name as argv[0]
    }
    std::fprintf(stderr, "usage: %s SUITE [Qt Test options]\nsuites:\n", argv[0]);
    for (const auto &suite : suites)
        std::fprintf(stderr, "  %s\n", suite.first.c_str());
    return argc >= 2 && std::strcmp(argv[1], "--list") == 0 ? 0 : 2;
}
