// A closed peer must make the test servers' writes fail, not kill the test with SIGPIPE.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include <csignal>

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    return homevisit::test::runCatch(argc, argv);
}
