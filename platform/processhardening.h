#pragma once

namespace homevisit {

// Keeps key material out of crash output: no core dumps, and the process is not
// dumpable (which also stops other processes of the same user from ptrace-reading
// its memory), and a umask of 077 so nothing it creates is open to other users. Call first thing in
// main() of every executable that unlocks a store. Returns false if the kernel refused; the caller
// logs that and carries on.
bool hardenProcess();

} // namespace homevisit
