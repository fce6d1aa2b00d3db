#include "demofosterhomes.h"

#include "domain/examples.h"
#include "domain/supervisionsession.h"
#include "store/journalstore.h"

#include <array>

namespace homevisit::demo {

using domain::SupervisionSession;
using domain::SupportForm;

namespace {

// The children's own social secretary: another user; she is not on this tablet.
const QString childSecretary = QStringLiteral("elin");
const QString me = QStringLiteral("Karin Holm, familjehemssekreterare");

constexpr int sessionsPerHome = 6; // about half a year of monthly sessions
constexpr int daysBetween = 28;    // what the example session plans as the next one

// Themes the sessions rotate through, written as a secretary writes them.
constexpr std::array<const char *, 5> Themes{
    "Vardagsrutiner och läxor. Barnen har kommit in i skolan och familjen upplever "
    "att kvällarna blivit lugnare.",
    "Umgänget med föräldrarna: oro före och efter träffarna. Hur familjen kan stötta "
    "barnen när de är ledsna efter umgänget.",
    "Familjens egen ork. Familjehemsmamman har varit sjukskriven och familjen behöver "
    "avlastning under några helger.",
    "Samarbetet med skolan och elevhälsan. Ett möte med mentorn har bokats.",
    "Sommarlovet: resa med familjen och hur kontakten med föräldrarna ska ske under tiden."};

constexpr std::array<const char *, 3> Needs{
    "Familjen önskar mer stöd kring umgänget och vill träffa andra familjehem.",
    "Avlastning en helg i månaden och hjälp att förbereda möten med skolan.",
    "Familjen vill gå familjehemsutbildningen i höst."};

// The same example session (domain/examples.h), varied by `seed` so the history reads
// like months of work rather than one copy.
QJsonObject sessionFor(const QString &homeId, const QDate &day, int seed)
{
    SupervisionSession s =
        SupervisionSession::fromJson(domain::exampleSupervisionSession(homeId, day));
    s.participants = {me, QStringLiteral("Familjehemsmamman"), QStringLiteral("Familjehemspappan")};
    s.themes = QString::fromUtf8(Themes[std::size_t(seed) % Themes.size()]);
    s.familyNeeds = QString::fromUtf8(Needs[std::size_t(seed) % Needs.size()]);
    static const QList<QList<SupportForm>> forms{
        {SupportForm::HomeVisit, SupportForm::Supervision},
        {SupportForm::Phone},
        {SupportForm::HomeVisit, SupportForm::ContactWithParentsSupport},
        {SupportForm::Meeting, SupportForm::OtherFosterHomes},
        {SupportForm::HomeVisit, SupportForm::Supervision, SupportForm::OtherProfessionals}};
    s.supportForms = forms[seed % forms.size()];
    if (seed % 3 == 2)
        s.familyRating.reset(); // not every family rates every session
    else
        s.familyRating->score = 6 + seed % 5;
    s.nextSession = day.addDays(daysBetween);
    return s.toJson();
}

void seedSessions(store::JournalStore &journal, const QDate &today, DemoSummary &summary)
{
    const QString user = journal.identity().user;
    const int total = int(journal.fosterHomes().size());
    for (int h = 0; h < total; ++h) {
        const QString homeId = demoId('a', h);
        const auto home = journal.fosterHome(homeId);
        if (!home || home->secretary != user)
            continue; // the HVB
        // The latest session a few days to three weeks ago, so only one home is due
        // before today: the overdue one, whose last session was six weeks ago.
        const int latest = h == overdueDemoHome ? 45 : 2 + h * 2;
        for (int back = sessionsPerHome - 1; back >= 0; --back) {
            const QDate day = today.addDays(-(latest + back * daysBetween));
            const QString id = journal.createDraft(domain::RecordKind::SupervisionSession,
                                                   sessionFor(homeId, day, h + back));
            journal.sign(id);
            ++summary.signedRecords;
        }
    }
    summary.overdue = 1;
}

// A session started today at the Berglunds' and not yet finished: the open draft, with
// the support forms still to choose, so signing is blocked until they are.
void seedDraft(store::JournalStore &journal, const QDate &today, DemoSummary &summary)
{
    SupervisionSession s = SupervisionSession::fromJson(sessionFor(demoId('a', 0), today, 0));
    s.supportForms.clear();
    s.agreedActions.clear();
    s.nextSession = {};
    s.familyRating.reset();
    journal.createDraft(domain::RecordKind::SupervisionSession, s.toJson());
    ++summary.drafts;
}

} // namespace

DemoSummary seedDemoFosterHomes(store::JournalStore &journal, const QDate &today)
{
    if (!journal.fosterHomes().isEmpty())
        throw store::JournalStoreError(
            store::JournalStoreError::Code::Invalid,
            "the store already holds foster homes; demo data is only added "
            "to an empty store");
    DemoSummary summary;
    seedDemoReferenceData(journal, today, journal.identity().user, childSecretary, summary);
    // A residential home (HVB) is no foster family: it gets no foster-home secretary
    // and no supervision sessions.
    for (store::FosterHome home : journal.fosterHomes()) {
        if (home.homeType == u"residential") {
            home.secretary = QLatin1String(""); // empty, not null: the column is NOT NULL
            journal.putFosterHome(home);
            --summary.fosterHomes;
        }
    }
    seedSessions(journal, today, summary);
    seedDraft(journal, today, summary);
    return summary;
}

} // namespace homevisit::demo
