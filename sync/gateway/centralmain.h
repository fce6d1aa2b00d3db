// The command line of homevisit-central; main.cpp only calls this.
#pragma once

namespace homevisit::gateway {

int centralMain(int argc, char **argv);

} // namespace homevisit::gateway
