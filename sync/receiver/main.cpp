// homevisit-receiver: a reference receiver of journal entries (docs/receiver.md).
#include "sync/receiver/receivermain.h"

int main(int argc, char **argv)
{
    return homevisit::receiver::receiverMain(argc, argv);
}
