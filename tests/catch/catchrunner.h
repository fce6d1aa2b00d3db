// Runs the Catch2 session (tests/catch/catchimpl.cpp): Catch::Session is declared only
// where the implementation is compiled, so a suite's own main() calls this instead.
#pragma once

namespace homevisit::test {

int runCatch(int argc, char *argv[]);

} // namespace homevisit::test
