#include "demoseed.h"

#include "demo/democaseload.h"
#include "demo/demofosterhomes.h"
#include "store/journalstore.h"
#include "sync/engine/syncengine.h"
#include "ui/review/demoteam.h"

#include <stdexcept>

namespace homevisit::ui {

QStringList demoRoles()
{
    return {QStringLiteral("caseworker"), QStringLiteral("foster_home_secretary"),
            QStringLiteral("supervisor")};
}

void seedDemo(store::JournalStore &journal, const QString &role, const QDate &today)
{
    if (!demoRoles().contains(role))
        throw std::invalid_argument("unknown demo role");
    journal.setSetting(sync::settingKey::Role, role);
    if (role == u"caseworker") {
        journal.setSetting(sync::settingKey::DisplayName, QStringLiteral("Elin Berg (demo)"));
        demo::seedDemoCaseload(journal, today);
    }
    if (role == u"foster_home_secretary") {
        journal.setSetting(sync::settingKey::DisplayName, QStringLiteral("Karin Holm (demo)"));
        demo::seedDemoFosterHomes(journal, today);
    }
    if (role == u"supervisor") {
        journal.setSetting(sync::settingKey::DisplayName, QStringLiteral("Maria Ekholm (demo)"));
        seedDemoTeam(journal, today, 24); // her team's synced records, some reviewed
    }
}

} // namespace homevisit::ui
