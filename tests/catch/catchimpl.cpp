// Catch2's implementation, compiled once for every test binary: in a test's own file it
// costs about 25 s of compilation each (docs/testing.md, the CI budget). RUNNER, not
// MAIN: suites that need a QCoreApplication first write their own main().
#define CATCH_CONFIG_RUNNER
#include "catchrunner.h"

#include <catch2/catch.hpp>

int homevisit::test::runCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
