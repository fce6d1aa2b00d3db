#include "processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace homevisit {

bool hardenProcess()
{
    const rlimit noCore{0, 0};
    const bool coreOff = ::setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return coreOff && notDumpable;
}

} // namespace homevisit
