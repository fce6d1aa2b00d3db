// A realistic demo for one foster-home secretary: the demo's foster homes on Gotland
// (democaseload.h) assigned to her, the children placed there, months of signed
// supervision sessions, one draft from today and exactly one foster home whose next
// session is overdue. Names and addresses are invented.
#pragma once

#include "demo/democaseload.h"

namespace homevisit::demo {

// The foster home whose session is overdue (Familjen Hägg), by its demo index.
constexpr int overdueDemoHome = 1;

// Refuses (JournalStoreError Invalid) if the store already holds foster homes: demo data
// never mixes with real assignments.
DemoSummary seedDemoFosterHomes(store::JournalStore &journal, const QDate &today);

} // namespace homevisit::demo
