#include "examples.h"

#include "domain/childvisit.h"
#include "domain/supervisionsession.h"

#include <QTime>

#include <array>

namespace homevisit::domain {

namespace {

constexpr int visitMinutes = 80;
constexpr int weeksToNextVisit = 6;

TopicView discussed(const QString &childWords, const QString &notes = {})
{
    return {TopicStatus::Discussed, childWords, notes};
}

TopicView notDiscussed(const QString &notes)
{
    return {TopicStatus::NotDiscussed, {}, notes};
}

QMap<QString, TopicView> footballGirlViews()
{
    return {
        {QStringLiteral("living_in_foster_home"),
         discussed(QStringLiteral("Jag trivs. Anna gör världens bästa pannkakor och jag har "
                                  "ett eget rum med blå väggar."),
                   QStringLiteral("Berättar spontant och med glädje om vardagen i familjen."))},
        {QStringLiteral("safety"),
         discussed(QStringLiteral("Jag känner mig trygg här. Om jag är ledsen kan jag prata "
                                  "med Anna eller Johan."))},
        {QStringLiteral("school"),
         discussed(QStringLiteral("Matte är kul men svenska är svårt. Min fröken är snäll."),
                   QStringLiteral("Har extra lästräning två gånger i veckan."))},
        {QStringLiteral("health"),
         discussed(QStringLiteral("Jag sover bra nu. Ibland har jag ont i magen på söndagar."),
                   QStringLiteral("Magontet kan hänga ihop med umgänget på söndagar; följs "
                                  "upp med familjehemmet."))},
        {QStringLiteral("leisure_and_friends"),
         discussed(QStringLiteral("Jag spelar fotboll två gånger i veckan och min bästa kompis "
                                  "heter Maja. Jag är back!"))},
        {QStringLiteral("contact_with_family"),
         discussed(QStringLiteral("Jag saknar Elias jättemycket. Jag vill träffa honom oftare "
                                  "än en gång i månaden."),
                   QStringLiteral("Storebror Elias, 12 år, är placerad i ett annat familjehem. "
                                  "Tydligt önskemål om tätare syskonumgänge."))},
        {QStringLiteral("future_wishes"),
         discussed(QStringLiteral("Jag vill bli fotbollsproffs eller veterinär. Och bo kvar "
                                  "här."))},
    };
}

QList<ChildAnswer> footballGirlAnswers()
{
    return {
        {QStringLiteral("Hur trivs du i familjehemmet?"), 5, QStringLiteral("Jättebra!")},
        {QStringLiteral("Hur känns det i skolan?"), 3, QStringLiteral("Svenskan är svår.")},
        {QStringLiteral("Hur är det med att träffa din familj?"), 2,
         QStringLiteral("Jag får träffa Elias för sällan.")},
    };
}

ChildVisit footballGirlVisit(const QString &childId, const QDateTime &start)
{
    ChildVisit v;
    v.childId = childId;
    v.startedAt = start;
    v.endedAt = start.addSecs(visitMinutes * 60);
    v.place = VisitPlace::FosterHome;
    v.participants = {QStringLiteral("Sara Lindqvist, barnsekreterare"),
                      QStringLiteral("Anna Berg, familjehemsmamma")};
    v.checklist.toldPurpose = true;
    v.checklist.spokenAlone = true;
    v.checklist.views = footballGirlViews();
    v.checklist.feelsSafe = FeelsSafe::Yes;
    v.checklist.knowsHowToReach = true;
    v.checklist.toldHowViewsUsed = true;
    v.checklist.interpreterUsed = false;
    v.checklist.methods = {ParticipationMethod::Conversation, ParticipationMethod::PlayOrDrawing};
    v.childAnswers = footballGirlAnswers();
    v.observations = QStringLiteral(
        "Flickan, 9 år, möter upp i hallen och visar gärna sitt rum och sina fotbollsmedaljer. "
        "Hon verkar avslappnad och har en varm och naturlig kontakt med familjehemsmamman. "
        "Under samtalet på tu man hand ritar hon sin familj och placerar storebror Elias "
        "bredvid sig själv. Hon blir tyst och ledsen när hon berättar att de träffas så "
        "sällan, men återhämtar sig snabbt när vi pratar om fotbollen.");
    v.agreedActions = QStringLiteral(
        "Barnsekreteraren undersöker med Elias socialsekreterare om syskonumgänget kan utökas "
        "till varannan vecka. Familjehemmet stämmer av med skolan hur lästräningen fungerar. "
        "Magontet på söndagar följs upp vid nästa besök.");
    v.nextPlannedVisit = start.date().addDays(weeksToNextVisit * 7);
    return v;
}

// The boy did not want to talk without his foster father; two topics were left for
// the next visit.
void childDeclined(ChildVisit &v)
{
    v.place = VisitPlace::School;
    v.participants = {QStringLiteral("Sara Lindqvist, barnsekreterare"),
                      QStringLiteral("Johan Berg, familjehemspappa")};
    v.checklist.spokenAlone = false;
    v.checklist.notAloneReason = NotAloneReason::ChildDeclined;
    v.checklist.notAloneReasonText =
        QStringLiteral("Pojken ville att familjehemspappan skulle vara med hela tiden.");
    v.checklist.views[QStringLiteral("health")] =
        notDiscussed(QStringLiteral("Hann inte; tas upp vid nästa besök."));
    v.checklist.views[QStringLiteral("future_wishes")] =
        notDiscussed(QStringLiteral("Pojken ville inte prata mer idag."));
    v.childAnswers.clear();
    v.observations = QStringLiteral(
        "Pojken, 11 år, är blyg i början men tinar upp när vi pratar om hans Lego. Han söker "
        "ofta blickkontakt med familjehemspappan innan han svarar.");
    v.agreedActions = QStringLiteral(
        "Nästa besök läggs i familjehemmet en eftermiddag, så att pojken kan visa sitt rum; "
        "ett kortare enskilt samtal prövas då. Syskonumgänget med Elias tas upp med hans "
        "socialsekreterare.");
}

// A three-year-old: observation and play instead of a conversation.
void tooYoung(ChildVisit &v)
{
    v.checklist.spokenAlone = false;
    v.checklist.notAloneReason = NotAloneReason::TooYoung;
    v.checklist.methods = {ParticipationMethod::Observation, ParticipationMethod::PlayOrDrawing};
    const QString young = QStringLiteral("Barnet är 3 år; se observationer.");
    for (auto it = v.checklist.views.begin(); it != v.checklist.views.end(); ++it)
        *it = notDiscussed(young);
    v.checklist.views[QStringLiteral("living_in_foster_home")] = discussed(
        QStringLiteral("Min katt heter Sigge!"), QStringLiteral("Visar stolt familjens katt."));
    v.checklist.feelsSafe = FeelsSafe::NotAsked;
    v.checklist.knowsHowToReach = false;
    v.childAnswers.clear();
    v.observations = QStringLiteral(
        "Pojken leker med duplo på golvet och hämtar familjehemsmamman när han vill visa något. "
        "Han tröstar sig hos henne när han slår i knät och lugnar sig snabbt. Trygg anknytning "
        "till familjehemsmamman.");
    v.agreedActions = QStringLiteral(
        "Familjehemmet för dagbok över sömn och humör inför och efter umgänget. BVC-besöket i "
        "nästa månad följs upp vid nästa besök.");
}

// The girl does not feel fully safe: a concern that reaches the supervisor first.
void concern(ChildVisit &v)
{
    v.checklist.feelsSafe = FeelsSafe::Partly;
    v.checklist.concernText = QStringLiteral(
        "Berättar att hon blir rädd när familjehemspappan skriker på kvällarna. Det har hänt "
        "två gånger den senaste månaden.");
    v.checklist.views[QStringLiteral("safety")] =
        discussed(QStringLiteral("Oftast är det bra, men jag blir rädd när Johan skriker."));
    v.concernRaised = true;
    v.agreedActions = QStringLiteral(
        "Samtal med familjehemmet inom en vecka tillsammans med familjehemssekreteraren. "
        "Tas upp med 1:e socialsekreterare i morgon. Nästa besök om två veckor.");
    v.nextPlannedVisit = v.startedAt.date().addDays(14);
}

// No room to talk alone; a walk with the dog instead, and a new visit at school.
void practicalObstacle(ChildVisit &v)
{
    v.checklist.spokenAlone = false;
    v.checklist.notAloneReason = NotAloneReason::PracticalObstacle;
    v.checklist.notAloneReasonText = QStringLiteral(
        "Lägenheten har bara ett rum utöver köket och syskonen var sjuka hemma. Nytt samtal "
        "enskilt bokas på skolan.");
    v.checklist.methods = {ParticipationMethod::Conversation, ParticipationMethod::Other};
    v.checklist.methodOtherText = QStringLiteral("Promenad med familjens hund.");
    v.observations = QStringLiteral(
        "Flickan, 9 år, pratar mest om fotbollen och om hunden under promenaden. Hon verkar "
        "glad och avslappnad och skrattar ofta. Syskonen var hemma och det gick inte att sitta "
        "ostört inomhus.");
    v.agreedActions = QStringLiteral(
        "Enskilt samtal bokas på skolan om två veckor. Syskonumgänget med Elias tas upp med "
        "hans socialsekreterare.");
}

// The Dari interpreter did not come; picture support and simple Swedish instead.
void interpreterMissing(ChildVisit &v)
{
    v.checklist.spokenAlone = false;
    v.checklist.notAloneReason = NotAloneReason::InterpreterMissing;
    v.checklist.interpreterUsed = false;
    v.checklist.communicationAids =
        QStringLiteral("Bildstöd och enkla frågor på svenska; tolken i dari uteblev.");
    const QString later = QStringLiteral("Kräver tolk; tas upp vid nästa besök.");
    v.checklist.views = {
        {QStringLiteral("living_in_foster_home"),
         discussed(QStringLiteral("Bra. Maten god."), QStringLiteral("Pekar på glad bild."))},
        {QStringLiteral("safety"),
         discussed(QStringLiteral("Ja, lugn här."), QStringLiteral("Pekar på glad bild."))},
        {QStringLiteral("school"), notDiscussed(later)},
        {QStringLiteral("health"), discussed(QStringLiteral("Sover bra."))},
        {QStringLiteral("leisure_and_friends"), discussed(QStringLiteral("Fotboll! Varje dag."))},
        {QStringLiteral("contact_with_family"),
         discussed(QStringLiteral("Saknar bror."), QStringLiteral("Blir ledsen, pekar på "
                                                                  "ledsen bild."))},
        {QStringLiteral("future_wishes"), notDiscussed(later)},
    };
    v.childAnswers.clear();
    v.observations = QStringLiteral(
        "Flickan, 9 år, talar dari och lite svenska. Hon deltar gärna med bildstöd och visar "
        "sina fotbollsskor. Familjehemsmamman fanns med för att stötta kommunikationen.");
    v.agreedActions = QStringLiteral(
        "Ny tid bokas med tolk i dari inom två veckor; tolkförmedlingen kontaktas om "
        "uteblivandet. Samtal om skolan och framtiden tas upp då.");
    v.nextPlannedVisit = v.startedAt.date().addDays(14);
}

// Not judged appropriate: the child needed her foster mother beside her that day.
void notAppropriate(ChildVisit &v)
{
    v.checklist.spokenAlone = false;
    v.checklist.notAloneReason = NotAloneReason::NotAppropriate;
    v.checklist.notAloneReasonText = QStringLiteral(
        "Flickan hade samma morgon fått veta att umgänget med mamma ställts in och behövde "
        "familjehemsmammans stöd under samtalet.");
    v.observations = QStringLiteral(
        "Flickan, 9 år, är ledsen och sitter tätt intill familjehemsmamman, som tröstar henne "
        "på ett lugnt och lyhört sätt. Hon vill ändå visa sina fotbollsmedaljer och berättar om "
        "Elias.");
    v.agreedActions = QStringLiteral(
        "Barnsekreteraren kontaktar mamma om ett nytt datum för umgänget och meddelar flickan "
        "via familjehemmet. Enskilt samtal vid nästa besök.");
}

using Variation = void (*)(ChildVisit &);
constexpr std::array<Variation, 7> variations{nullptr,       childDeclined,     tooYoung,
                                              concern,       practicalObstacle, interpreterMissing,
                                              notAppropriate};

// The usual Swedish UTC offset at daytime: summer time from the last Sunday of March
// to the last Sunday of October. Computed here rather than read from the system's
// time-zone data, so the examples are the same on every machine.
int swedishOffsetSeconds(QDate date)
{
    const auto lastSunday = [&](int month) {
        const QDate last(date.year(), month, QDate(date.year(), month, 1).daysInMonth());
        return last.addDays(-(last.dayOfWeek() % 7));
    };
    const bool summer = date >= lastSunday(3) && date < lastSunday(10);
    return (summer ? 2 : 1) * 3600;
}

} // namespace

QJsonObject exampleChildVisit(const QString &childId, const QDateTime &start)
{
    return footballGirlVisit(childId, start).toJson();
}

QJsonObject exampleChildVisitVariant(const QString &childId, const QDateTime &start, int seed)
{
    const auto count = static_cast<int>(variations.size());
    const int index = ((seed % count) + count) % count;
    ChildVisit v = footballGirlVisit(childId, start);
    if (variations[index])
        variations[index](v);
    return v.toJson();
}

QJsonObject exampleSupervisionSession(const QString &fosterHomeId, const QDate &date)
{
    SupervisionSession s;
    s.fosterHomeId = fosterHomeId;
    s.date = date;
    const int offset = swedishOffsetSeconds(date);
    s.startedAt = QDateTime(date, QTime(13, 0), Qt::OffsetFromUTC, offset);
    s.endedAt = QDateTime(date, QTime(14, 30), Qt::OffsetFromUTC, offset);
    s.participants = {QStringLiteral("Karin Holm, familjehemssekreterare"),
                      QStringLiteral("Anna Berg, familjehemsmamma"),
                      QStringLiteral("Johan Berg, familjehemspappa")};
    s.supportForms = {SupportForm::HomeVisit, SupportForm::Supervision,
                      SupportForm::ContactWithParentsSupport};
    s.themes = QStringLiteral(
        "Hur familjen hanterar flickans oro inför umgänget med mamma på söndagar. Att sätta "
        "gränser i vardagen utan att flickan upplever det som ett hot mot placeringen.");
    s.familyNeeds = QStringLiteral(
        "Familjen vill ha mer stöd kring umgänget och önskar gå familjehemsutbildningen i "
        "höst. Behöver avlastning en helg i månaden.");
    s.agreedActions = QStringLiteral(
        "Familjehemssekreteraren tar upp frågan om avlastning med enhetschefen och anmäler "
        "familjen till höstens utbildning. Umgängesfrågan stäms av med barnsekreteraren.");
    s.nextSession = date.addDays(28);
    s.familyRating = FamilyRating{
        8, QStringLiteral("Skönt att få prata om umgänget. Vi skulle vilja träffas oftare.")};
    return s.toJson();
}

} // namespace homevisit::domain
