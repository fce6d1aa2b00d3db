#include "democaseload.h"

#include "domain/examples.h"
#include "store/journalstore.h"

#include <QTimeZone>

#include <array>

namespace homevisit::demo {

using store::Child;
using store::FosterHome;
using store::Placement;

namespace {

struct HomeSeed
{
    const char *family;
    const char *address;
    const char *type;
};

constexpr std::array<HomeSeed, 12> Homes = {{
    {"Familjen Berglund", "Follingbo Kvie 214, 621 93 Visby", "own_recruited"},
    {"Familjen Hägg", "Hemsegatan 7, 623 30 Hemse", "own_recruited"},
    {"Familjen Lindqvist (mormor)", "Slitevägen 41, 624 48 Slite", "kinship"},
    {"Familjen Östman", "Roma Kloster 33, 622 54 Romakloster", "own_recruited"},
    {"Jourhemmet Dahl", "Klintehamnsvägen 12, 623 77 Klintehamn", "emergency"},
    {"Familjen Nygren", "Havdhem Norrgårde 9, 623 50 Havdhem", "agency_supported"},
    {"Familjen Wallin", "Stenkumla Bäcks 120, 621 94 Visby", "own_recruited"},
    {"Familjen Sjöberg (faster)", "Adelsgatan 18, 621 57 Visby", "kinship"},
    {"Familjen Karlström", "Ljugarn Strandvägen 3, 623 65 Ljugarn", "own_recruited"},
    {"Familjen Ahlgren", "Vibble Gräsvägen 22, 621 41 Visby", "agency_supported"},
    {"HVB Solbacken", "Solbergavägen 5, 621 53 Visby", "residential"},
    {"Familjen Ekström", "Fårösund Kyrkvägen 14, 624 66 Fårösund", "own_recruited"},
}};

struct ChildSeed
{
    const char *name;
    int age;
    int home; // index into Homes
    const char *basis;
    int placedDaysAgo;
    int lastVisitDaysAgo; // -1: no signed visit yet
};

// Exactly one child (Noah) is overdue: last visit 61 days ago with a 42-day interval.
constexpr std::array<ChildSeed, 17> Children = {{
    {"Elsa Berglund Andersson", 9, 0, "LVU", 900, 12},
    {"Liam Berglund Andersson", 6, 0, "LVU", 900, 12},
    {"Noah Hägg Karlsson", 13, 1, "SoL", 400, 61},
    {"Maja Lindqvist", 11, 2, "SoL", 700, 20},
    {"Alva Östman Persson", 4, 3, "LVU", 300, 30},
    {"Omar Hassan", 16, 3, "SoL", 520, 8},
    {"Wilma Dahl", 2, 4, "LVU", 25, -1},
    {"Hugo Nygren Svensson", 14, 5, "LVU", 1300, 35},
    {"Ella Wallin Johansson", 8, 6, "SoL", 610, 15},
    {"Lucas Sjöberg", 10, 7, "SoL", 1000, 27},
    {"Saga Karlström Nilsson", 15, 8, "LVU", 450, 5},
    {"Astrid Ahlgren Olsson", 12, 9, "SoL", 800, 40},
    {"Adam Ahlgren Olsson", 7, 9, "SoL", 800, 40},
    {"Leo Mäkinen", 17, 10, "LVU", 200, 18},
    {"Freja Ekström Lind", 5, 11, "SoL", 350, 22},
    {"Alice Ekström Lind", 3, 11, "SoL", 350, 22},
    {"Vincent Berg", 12, 6, "LVU", 12, -1},
}};

} // namespace

QString demoId(char kind, int n)
{
    // Fixed ids make the demo reproducible (and scriptable from the CLI docs).
    return QStringLiteral("0190d000-0000-7000-8%1%2-%3")
        .arg(QLatin1Char(kind))
        .arg(n / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

void seedDemoReferenceData(store::JournalStore &journal, const QDate &today,
                           const QString &homeSecretary, const QString &childSecretary,
                           DemoSummary &summary)
{
    for (int i = 0; i < int(Homes.size()); ++i) {
        journal.putFosterHome({demoId('a', i), QString::fromUtf8(Homes[size_t(i)].family),
                               QString::fromUtf8(Homes[size_t(i)].address),
                               QString::fromLatin1(Homes[size_t(i)].type), homeSecretary,
                               QStringLiteral("0498-20 %1 %2").arg(10 + i).arg(30 + i * 3)});
        ++summary.fosterHomes;
    }
    for (int i = 0; i < int(Children.size()); ++i) {
        const ChildSeed &c = Children[size_t(i)];
        journal.putChild(
            {demoId('b', i), QString::fromUtf8(c.name), today.year() - c.age, childSecretary, 42});
        journal.putPlacement({demoId('c', i),
                              demoId('b', i),
                              demoId('a', c.home),
                              QString::fromLatin1(c.basis),
                              today.addDays(-c.placedDaysAgo),
                              {}});
        ++summary.children;
    }
}

namespace {

QDateTime visitStart(const QDate &day, int seed)
{
    return QDateTime(day, QTime(9 + seed % 7, (seed * 17) % 4 * 15), QTimeZone("Europe/Stockholm"));
}

void seedVisits(store::JournalStore &journal, const QDate &today, DemoSummary &summary)
{
    for (int i = 0; i < int(Children.size()); ++i) {
        const ChildSeed &c = Children[size_t(i)];
        if (c.lastVisitDaysAgo < 0)
            continue;
        // Three earlier visits roughly every five weeks, then the latest one.
        for (int back = 3; back >= 0; --back) {
            const int daysAgo = c.lastVisitDaysAgo + back * 36;
            if (daysAgo > c.placedDaysAgo)
                continue;
            const QJsonObject body = domain::exampleChildVisitVariant(
                demoId('b', i), visitStart(today.addDays(-daysAgo), i + back), i * 7 + back);
            const QString id = journal.createDraft(domain::RecordKind::ChildVisit, body);
            journal.sign(id);
            ++summary.signedRecords;
        }
    }
    // A visit started today and not yet finished: the secretary's open draft.
    QJsonObject draft = domain::exampleChildVisitVariant(demoId('b', 3), visitStart(today, 3), 99);
    draft.remove(QStringLiteral("observations"));
    journal.createDraft(domain::RecordKind::ChildVisit, draft);
    ++summary.drafts;
}

void seedSupervision(store::JournalStore &journal, const QDate &today, DemoSummary &summary)
{
    for (int h = 0; h < int(Homes.size()); ++h) {
        if (QLatin1String(Homes[size_t(h)].type) == QLatin1String("residential"))
            continue; // an HVB is not a foster family: no supervision sessions
        const QDate day = today.addDays(-(7 + h * 5));
        const QString id =
            journal.createDraft(domain::RecordKind::SupervisionSession,
                                domain::exampleSupervisionSession(demoId('a', h), day));
        journal.sign(id);
        ++summary.signedRecords;
    }
}

} // namespace

DemoSummary seedDemoCaseload(store::JournalStore &journal, const QDate &today)
{
    if (!journal.children().isEmpty())
        throw store::JournalStoreError(
            store::JournalStoreError::Code::Invalid,
            "the store already holds a caseload; demo data is only added to "
            "an empty store");
    DemoSummary summary;
    const QString me = journal.identity().user;
    seedDemoReferenceData(journal, today, me, me, summary);
    seedVisits(journal, today, summary);
    seedSupervision(journal, today, summary);
    for (const store::CaseloadEntry &e : journal.caseload(today))
        summary.overdue += e.overdue ? 1 : 0;
    return summary;
}

} // namespace homevisit::demo
