#include "processhardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace homevisit {

bool hardenProcess()
{
    const rlimit noCore{0, 0};
    const bool coreOff = ::setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    // Everything this process creates (stores, keys, directories, temporary files) is
    // the user's alone unless it says otherwise.
    ::umask(077);
    return coreOff && notDumpable;
}

} // namespace homevisit
