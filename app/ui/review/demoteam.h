// The supervisor's demo data: her team's signed records as the server sends them
// (docs/sync-protocol.md, pulled changes applied with JournalStore::applyPulled), so
// the review queue shows them exactly as it shows synced ones. Two caseworkers write
// child visits, a foster-home secretary supervision sessions; some visits carry the
// concern flag, older ones are already signed off, one is returned for completion and
// one has an amendment. Invented people; the bodies come from app/domain/examples.
// Each record carries the names the gateway adds to a pull (the author's display name,
// the child's or foster home's name), so the queue reads "Besök hos Noah Hägg Karlsson ·
// Anna Lind" although the supervisor's tablet holds none of the team's children.
//
// Lives in homevisit_ui, not app/demo: app/demo is part of homevisit_core.
#pragma once

#include <QDate>
#include <QString>

namespace homevisit::store {
class JournalStore;
}

namespace homevisit::ui {

struct DemoTeamSummary
{
    int records = 0; // child visits and supervision sessions
    int signedOff = 0;
    int returned = 0;
    int amendments = 0;
    int concerns = 0;
};

// Adds `count` team records (and the reviews and amendment that go with them) to the
// store of the supervisor whose identity the store has. Fast enough for a benchmark's
// 2000 rows: the changes are applied a page at a time, as a pull would.
DemoTeamSummary seedDemoTeam(store::JournalStore &journal, const QDate &today, int count);

// The team's authors, as the records name them.
inline constexpr const char *demoTeamCaseworkers[] = {"anna.lind", "johan.ek"};
inline constexpr const char *demoTeamFosterHomeSecretary = "lena.sund";
// Their display names, as the gateway sends them: "Anna Lind"; "" for anyone else.
QString demoTeamDisplayName(const QString &user);
// The names of the team's children and foster homes, as the records' subject_name
// carries them. The newest record is a visit with child 0 ("Noah Hägg Karlsson") by
// anna.lind; foster home 4 is "Familjen Berg".
QString demoTeamChildName(int n);
QString demoTeamFosterHomeName(int n);

} // namespace homevisit::ui
