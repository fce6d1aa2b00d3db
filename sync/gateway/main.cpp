// homevisit-central: the sync gateway (docs/gateway.md).
#include "sync/gateway/centralmain.h"

int main(int argc, char **argv)
{
    return homevisit::gateway::centralMain(argc, argv);
}
