// The main() of the suites that need nothing before Catch2 runs (homevisit_catch_main).
#include "catchrunner.h"

int main(int argc, char *argv[])
{
    return homevisit::test::runCatch(argc, argv);
}
