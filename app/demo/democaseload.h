// A realistic demo caseload for one social secretary: 17 placed children in 12 foster
// homes on Gotland, months of signed visits and supervision sessions, a few drafts and
// exactly one child whose next visit is overdue. Names and addresses are invented.
#pragma once

#include <QDate>
#include <QString>

namespace homevisit::store {
class JournalStore;
}

namespace homevisit::demo {

struct DemoSummary
{
    int children = 0;
    int fosterHomes = 0;
    int signedRecords = 0;
    int drafts = 0;
    int overdue = 0;
};

// The demo's reference data: the 12 foster homes and the 17 children placed in them,
// with `homeSecretary` as every home's foster-home secretary and `childSecretary` as
// every child's social secretary (user names). The ids are fixed (demoId).
void seedDemoReferenceData(store::JournalStore &journal, const QDate &today,
                           const QString &homeSecretary, const QString &childSecretary,
                           DemoSummary &summary);

// The fixed id of the demo's n:th foster home ('a'), child ('b') or placement ('c').
QString demoId(char kind, int n);

// Refuses (JournalStoreError Invalid) if the store already holds children: demo data never
// mixes with a real caseload.
DemoSummary seedDemoCaseload(store::JournalStore &journal, const QDate &today);

} // namespace homevisit::demo
