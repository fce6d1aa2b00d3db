// A signed record as a case-system journal entry: the text a reader in Procapita or
// Treserva relies on (every checklist answer in the tablet's own Swedish, in order; why a
// child was not heard alone; the child's words topic by topic; amendments and reviews
// naming the record they concern), and the entry's JSON, whose "record" is the wire
// record exactly as signed, so its signature verifies again at the other end. The records
// are the domain's example visits and sessions, signed with a real key.
#include "sync/integration/journalentry.h"

#include "domain/childvisit.h"
#include "domain/examples.h"
#include "domain/records.h"
#include "domain/recordsignature.h"
#include "domain/supervisionsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <map>

using namespace homevisit;
using namespace homevisit::integration;

namespace {

const QString ChildId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b");
const QString FosterHomeId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-1c2d3e4f0f0f");
const QString VisitId = QStringLiteral("0192f0c5-1111-7000-8000-000000000001");
const QString DeviceId = QStringLiteral("0192f0c5-1111-7000-8000-0000000000d1");
// 14:00 Swedish winter time.
const QDateTime VisitStart(QDate(2026, 11, 20), QTime(14, 0), Qt::OffsetFromUTC, 3600);
// 14:05 in Stockholm.
const QDateTime SignedAt(QDate(2026, 12, 3), QTime(13, 5), Qt::UTC);

const domain::signature::KeyPair &tabletKeys()
{
    static const domain::signature::KeyPair keys = domain::signature::generate();
    return keys;
}

QString publicKey()
{
    return QString::fromLatin1(tabletKeys().publicKey.toBase64());
}

domain::SignedContent contentOf(const sync::WireRecord &r)
{
    return {r.recordId, r.kind, r.revision, r.author, r.deviceId, r.createdAt, r.signedAt, r.body};
}

// A record as the gateway stores it after a pull-shaped round: signed by the tablet's key,
// received two minutes later, with the key the gateway holds for the device.
sync::WireRecord signedRecord(const QString &id, const QString &kind, const QJsonObject &body,
                              const QString &author = QStringLiteral("anna.lind"),
                              const domain::DomainSettings &settings = {})
{
    const auto recordKind = domain::kindFromName(kind);
    REQUIRE(recordKind);
    REQUIRE(domain::validateForSigning(*recordKind, body, settings).isEmpty());
    sync::WireRecord r;
    r.recordId = id;
    r.kind = kind;
    r.status = QStringLiteral("signed");
    r.author = author;
    r.deviceId = DeviceId;
    r.hlc = QStringLiteral("1795000000000000.000001");
    r.createdAt = SignedAt.addSecs(-3600);
    r.signedAt = SignedAt;
    r.receivedAt = SignedAt.addSecs(120);
    r.body = body;
    r.signature = domain::signature::sign(contentOf(r), tabletKeys().secretKey);
    REQUIRE_FALSE(r.signature.isEmpty());
    r.signingKey = publicKey();
    return r;
}

sync::WireRecord visitRecord(int seed = 0)
{
    return signedRecord(VisitId, QStringLiteral("child_visit"),
                        domain::exampleChildVisitVariant(ChildId, VisitStart, seed));
}

JournalSource childSource(const sync::WireRecord &record)
{
    JournalSource s;
    s.record = record;
    s.signingKey = publicKey();
    s.municipality = QStringLiteral("region-gotland");
    s.subjectType = QStringLiteral("child");
    s.subjectId = ChildId;
    s.caseId = QStringLiteral("P-1001");
    s.subjectName = QStringLiteral("Noah Hägg Karlsson");
    s.authorDisplayName = QStringLiteral("Anna Lind");
    return s;
}

// The tablet's Swedish for `source` in `context`, read from i18n/homevisit_sv.ts, so the
// entry is held to the words the social secretary saw on the tablet.
QMap<QPair<QString, QString>, QString> readTranslations()
{
    QFile file(QStringLiteral(HOMEVISIT_SOURCE_DIR "/i18n/homevisit_sv.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QPair<QString, QString>, QString> table;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation")
            table.insert({context, source},
                         xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    INFO(xml.errorString().toStdString());
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return table;
}

QString sv(const char *context, const char *source)
{
    static const auto table = readTranslations();
    const auto it = table.find({QString::fromUtf8(context), QString::fromUtf8(source)});
    INFO(context << ": " << source);
    REQUIRE(it != table.end());
    REQUIRE_FALSE(it->isEmpty());
    return *it;
}

QString capitalized(QString text)
{
    text[0] = text[0].toUpper();
    return text;
}

QString checklistLine(int number, const char *question, const QString &answer)
{
    return QStringLiteral("%1. %2: %3")
        .arg(number)
        .arg(sv("ParticipationChecklist", question), answer);
}

QString yes()
{
    return sv("ParticipationChecklist", "Yes");
}

// Every line of `expected` is a whole line of `text`, in this order.
bool linesInOrder(const QString &text, const QStringList &expected)
{
    const QStringList lines = text.split(u'\n');
    qsizetype from = 0;
    for (const QString &line : expected) {
        from = lines.indexOf(line, from);
        if (from < 0) {
            UNSCOPED_INFO("missing, or out of order: " << line.toStdString());
            UNSCOPED_INFO("in:\n" << text.toStdString());
            return false;
        }
        ++from;
    }
    return true;
}

const char *const TopicSources[] = {
    "living in the foster home", "safety",
    "school or preschool",       "health",
    "leisure and friends",       "contact with parents and siblings",
    "wishes for the future"};

} // namespace

TEST_CASE("a child visit reads as a journal entry: the checklist's answers in order",
          "[journal][visit]")
{
    const sync::WireRecord record = visitRecord();
    const QString text = journalText(childSource(record));
    const domain::ChildVisit visit = domain::ChildVisit::fromJson(record.body);

    CHECK(text.split(u'\n').first() ==
          QStringLiteral("Uppföljningsbesök – Noah Hägg Karlsson (P-1001)"));
    CHECK(linesInOrder(
        text,
        {QStringLiteral("Datum: 2026-11-20 14:00–15:20"),
         sv("RecordViewer", "Place") + ": " + sv("ChildVisitEditor", "The foster home"),
         QStringLiteral("Deltagare: Sara Lindqvist, barnsekreterare; Anna Berg, familjehemsmamma"),
         QStringLiteral("Skriven av: Anna Lind (anna.lind)"),
         QStringLiteral("Signerad: 2026-12-03 14:05"),
         sv("RecordViewer", "The child's participation"),
         checklistLine(1,
                       "The child was told, in an age-adapted way, why the visit happens and "
                       "what will be written down",
                       yes()),
         checklistLine(2, "Conversation with the child alone", yes()),
         checklistLine(3, "The child's own views, topic by topic",
                       QStringLiteral("samtal om 7 av 7 ämnen, se Barnets synpunkter")),
         checklistLine(4, "The child was asked whether they feel safe", yes()),
         checklistLine(5, "The child knows how to reach their social secretary between visits",
                       yes()),
         checklistLine(6, "The child was told how their views will be used", yes()),
         checklistLine(7, "Interpreter or communication aids used",
                       sv("ParticipationChecklist", "No")),
         checklistLine(8, "Method",
                       sv("ParticipationChecklist", "Conversation") + ", " +
                           sv("ParticipationChecklist", "Play or drawing")),
         sv("RecordViewer", "The child's views")}));
    // Spoken with alone: no reason line.
    CHECK_FALSE(text.contains(QStringLiteral("talades inte med enskilt")));

    SECTION("the child's words topic by topic, in the topics' order")
    {
        QStringList expected;
        const QStringList keys = domain::DomainSettings::defaultViewTopics();
        for (int i = 0; i < keys.size(); ++i) {
            const domain::TopicView view = visit.checklist.views.value(keys[i]);
            expected << capitalized(sv("ViewTopic", TopicSources[i]))
                     << QStringLiteral("Barnets egna ord: ”%1”").arg(view.childWords);
            if (!view.notes.isEmpty())
                expected << QStringLiteral("Socialsekreterarens anteckningar: ") + view.notes;
        }
        CHECK(linesInOrder(text, expected));
    }

    SECTION("then the child's answers, observations, actions, next visit and the concern flag")
    {
        CHECK(linesInOrder(
            text,
            {sv("RecordViewer", "The child's views"), sv("RecordViewer", "The child's own answers"),
             QStringLiteral("Hur trivs du i familjehemmet? – 5 av 5 (Jättebra)"),
             QStringLiteral("Barnets ord: ”Jättebra!”"),
             QStringLiteral("Hur är det med att träffa din familj? – 2 av 5 (Dåligt)"),
             sv("RecordViewer", "Observations"), visit.observations,
             sv("RecordViewer", "Agreed actions"), visit.agreedActions,
             QStringLiteral("Nästa planerade besök: 2027-01-01"), sv("RecordViewer", "Concern"),
             QStringLiteral("Ingen oro markerad.")}));
        CHECK_FALSE(text.contains(QStringLiteral("Övrigt")));
    }
}

TEST_CASE("a child not spoken with alone: the reason, in words, right after item 2",
          "[journal][visit]")
{
    // The example variants: 1 declined, 2 too young, 4 practical obstacle, 5 interpreter
    // missing, 6 not judged appropriate.
    const std::map<int, const char *> reasons{{1, "The child declined"},
                                              {2, "Too young (observation instead)"},
                                              {4, "Practical obstacle"},
                                              {5, "Interpreter missing"},
                                              {6, "Not judged appropriate"}};
    for (const auto &[seed, reason] : reasons) {
        const sync::WireRecord record = visitRecord(seed);
        const domain::ChildVisit visit = domain::ChildVisit::fromJson(record.body);
        REQUIRE(visit.checklist.spokenAlone == false);
        QString because = sv("ParticipationChecklist", reason);
        if (!visit.checklist.notAloneReasonText.isEmpty())
            because += QStringLiteral(" – ") + visit.checklist.notAloneReasonText;
        const QString text = journalText(childSource(record));
        INFO("seed " << seed);
        const QStringList lines = text.split(u'\n');
        const qsizetype item2 = lines.indexOf(checklistLine(2, "Conversation with the child alone",
                                                            sv("ParticipationChecklist", "No")));
        REQUIRE(item2 > 0);
        CHECK(lines.value(item2 + 1).toStdString() ==
              (QStringLiteral("Barnet talades inte med enskilt: ") + because).toStdString());
    }
}

TEST_CASE("the variants' other answers: a concern, another method, an interpreter missing",
          "[journal][visit]")
{
    SECTION("a concern: the child's answer, its description, and both reasons for the flag")
    {
        const sync::WireRecord record = visitRecord(3);
        const domain::ChildVisit visit = domain::ChildVisit::fromJson(record.body);
        CHECK(linesInOrder(journalText(childSource(record)),
                           {checklistLine(4, "The child was asked whether they feel safe",
                                          sv("ParticipationChecklist", "Partly")),
                            QStringLiteral("Beskrivning av oron: ") + visit.checklist.concernText,
                            sv("RecordViewer", "Concern"),
                            QStringLiteral("Socialsekreteraren markerade oro."),
                            QStringLiteral("Barnet sa inte att hen känner sig trygg (punkt 4).")}));
    }
    SECTION("another method, described")
    {
        CHECK(linesInOrder(journalText(childSource(visitRecord(4))),
                           {checklistLine(8, "Method",
                                          sv("ParticipationChecklist", "Conversation") + ", " +
                                              sv("ParticipationChecklist", "Other")),
                            QStringLiteral("Annan metod: Promenad med familjens hund.")}));
    }
    SECTION("communication aids, and topics not discussed with the secretary's note why")
    {
        CHECK(linesInOrder(
            journalText(childSource(visitRecord(5))),
            {checklistLine(7, "Interpreter or communication aids used",
                           sv("ParticipationChecklist", "No")),
             QStringLiteral("Kommunikationsstöd: Bildstöd och enkla frågor på svenska; tolken i "
                            "dari uteblev."),
             capitalized(sv("ViewTopic", "school or preschool")),
             sv("RecordViewer", "Not discussed"),
             QStringLiteral("Socialsekreterarens anteckningar: Kräver tolk; tas upp vid nästa "
                            "besök.")}));
    }
}

TEST_CASE("every field a child visit can hold reaches the text", "[journal][visit]")
{
    domain::ChildVisit v =
        domain::ChildVisit::fromJson(domain::exampleChildVisitVariant(ChildId, VisitStart, 5));
    v.place = domain::VisitPlace::Other;
    v.placeText = QStringLiteral("Stadsbiblioteket i Visby");
    v.checklist.concernText = QStringLiteral("Oro för sömnen efter umgänget.");
    v.checklist.feelsSafe = domain::FeelsSafe::No;
    v.checklist.methods = {domain::ParticipationMethod::Observation,
                           domain::ParticipationMethod::Other};
    v.checklist.methodOtherText = QStringLiteral("Vi byggde lego tillsammans.");
    v.checklist.views.insert(QStringLiteral("kultur_och_religion"),
                             {domain::TopicStatus::Discussed, QStringLiteral("Jag firar eid."),
                              QStringLiteral("Viktigt för flickan.")});
    v.childAnswers = {{QStringLiteral("Hur mycket lyssnar de vuxna?"), std::nullopt,
                       QStringLiteral("Vet inte.")}};
    v.concernRaised = true;
    domain::DomainSettings settings; // a municipality with a topic of its own
    settings.viewTopics << QStringLiteral("kultur_och_religion");
    const QString text =
        journalText(childSource(signedRecord(VisitId, QStringLiteral("child_visit"), v.toJson(),
                                             QStringLiteral("anna.lind"), settings)));

    CHECK(linesInOrder(
        text, {sv("RecordViewer", "Place") + ": " + sv("ChildVisitEditor", "Another place") +
                   " – Stadsbiblioteket i Visby",
               QStringLiteral("Beskrivning av oron: Oro för sömnen efter umgänget."),
               capitalized(sv("ViewTopic", "wishes for the future")),
               QStringLiteral("Kultur och religion"), // the municipality's own, after the defaults
               QStringLiteral("Barnets egna ord: ”Jag firar eid.”"),
               QStringLiteral("Hur mycket lyssnar de vuxna? – inget ansikte valt"),
               QStringLiteral("Barnets ord: ”Vet inte.”")}));
    // Every free text of the body, whatever field it came from.
    QStringList texts = v.participants;
    for (const auto &view : v.checklist.views)
        texts << view.childWords << view.notes;
    for (const auto &answer : v.childAnswers)
        texts << answer.question << answer.words;
    texts << v.placeText << v.checklist.notAloneReasonText << v.checklist.concernText
          << v.checklist.communicationAids << v.checklist.methodOtherText << v.observations
          << v.agreedActions;
    for (const QString &t : texts) {
        INFO(t.toStdString());
        CHECK(text.contains(t));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Övrigt")));
}

TEST_CASE("every choice reads in the tablet's words", "[journal][words]")
{
    // The texts only: the body is set directly, signed or not.
    const auto textOf = [](const QString &kind, const QJsonObject &body) {
        JournalSource source = childSource(visitRecord());
        source.record.kind = kind;
        source.record.body = body;
        return journalText(source);
    };
    const auto visitWith = [&](const QJsonObject &checklist, const QJsonObject &members = {}) {
        QJsonObject body = members;
        body.insert("checklist", checklist);
        return textOf(QStringLiteral("child_visit"), body);
    };
    const QStringList places{"The foster home", "School or preschool", "The office",
                             "Another place"};
    const char *const wirePlaces[] = {"foster_home", "school", "office", "other"};
    for (int i = 0; i < 4; ++i) {
        CHECK(visitWith({}, {{"place", wirePlaces[i]}})
                  .split(u'\n')
                  .contains(QStringLiteral("Plats: ") +
                            sv("ChildVisitEditor", places[i].toUtf8().constData())));
    }
    const std::map<QString, const char *> safe{
        {"yes", "Yes"}, {"partly", "Partly"}, {"no", "No"}, {"not_asked", "Not asked"}};
    for (const auto &[wire, source] : safe) {
        CHECK(visitWith({{"feels_safe", wire}})
                  .split(u'\n')
                  .contains(checklistLine(4, "The child was asked whether they feel safe",
                                          sv("ParticipationChecklist", source))));
    }
    CHECK(visitWith(
              {{"methods", QJsonArray{"conversation", "play_or_drawing", "observation", "other"}}})
              .split(u'\n')
              .contains(checklistLine(8, "Method",
                                      QStringList{sv("ParticipationChecklist", "Conversation"),
                                                  sv("ParticipationChecklist", "Play or drawing"),
                                                  sv("ParticipationChecklist", "Observation"),
                                                  sv("ParticipationChecklist", "Other")}
                                          .join(QStringLiteral(", ")))));
    const char *const faces[] = {"Very bad", "Bad", "In between", "Good", "Very good"};
    for (int score = 1; score <= 5; ++score) {
        const QJsonArray answers{QJsonObject{{"question", "Hur är det?"}, {"score", score}}};
        CHECK(visitWith({}, {{"child_answers", answers}})
                  .split(u'\n')
                  .contains(QStringLiteral("Hur är det? – %1 av 5 (%2)")
                                .arg(score)
                                .arg(sv("ChildMode", faces[score - 1]))));
    }
    const QJsonArray forms{"meeting",
                           "home_visit",
                           "phone",
                           "training",
                           "supervision",
                           "contact_with_parents_support",
                           "other_foster_homes",
                           "other_professionals"};
    const char *const formSources[] = {
        "Meetings",           "Home visit",         "Phone",
        "Training",           "Supervision",        "Support with contact with parents",
        "Other foster homes", "Other professionals"};
    QStringList formWords;
    for (const char *source : formSources)
        formWords << sv("SupportFormsModel", source);
    CHECK(textOf(QStringLiteral("supervision_session"), {{"support_forms", forms}})
              .split(u'\n')
              .contains(sv("RecordViewer", "Forms of support") + ": " +
                        formWords.join(QStringLiteral(", "))));
}

TEST_CASE("a supervision session reads with its own fields", "[journal][supervision]")
{
    const QJsonObject body = domain::exampleSupervisionSession(FosterHomeId, QDate(2026, 6, 10));
    const domain::SupervisionSession s = domain::SupervisionSession::fromJson(body);
    JournalSource source = childSource(signedRecord(VisitId, QStringLiteral("supervision_session"),
                                                    body, QStringLiteral("karin.holm")));
    source.subjectType = QStringLiteral("foster_home");
    source.subjectId = FosterHomeId;
    source.caseId = QStringLiteral("FH-201");
    source.subjectName = QStringLiteral("Familjen Berg");
    source.authorDisplayName = QStringLiteral("Karin Holm");
    const QString text = journalText(source);

    CHECK(text.split(u'\n').first() ==
          QStringLiteral("Handledningssamtal – Familjen Berg (FH-201)"));
    CHECK(linesInOrder(
        text,
        {QStringLiteral("Datum: 2026-06-10"),
         QStringLiteral("Tid: 2026-06-10 13:00–14:30"), // summer time, +02:00
         QStringLiteral("Deltagare: ") + s.participants.join(QStringLiteral("; ")),
         sv("RecordViewer", "Forms of support") + ": " + sv("SupportFormsModel", "Home visit") +
             ", " + sv("SupportFormsModel", "Supervision") + ", " +
             sv("SupportFormsModel", "Support with contact with parents"),
         QStringLiteral("Skriven av: Karin Holm (karin.holm)"), sv("RecordViewer", "Themes"),
         s.themes, sv("RecordViewer", "The family's needs"), s.familyNeeds,
         sv("RecordViewer", "Agreed actions"), s.agreedActions,
         sv("RecordViewer", "Next session") + ": 2026-07-08",
         sv("RecordViewer", "The family's rating of the support"), QStringLiteral("8 av 10"),
         QStringLiteral("Familjens kommentar: ”") + s.familyRating->comment + u'”'}));
}

TEST_CASE("an amendment reads as a correction of the record it names", "[journal][amendment]")
{
    const sync::WireRecord visit = visitRecord();
    const QJsonObject body{{"refers_to", VisitId},
                           {"text", "Rättelse: även familjehemspappan Johan Berg deltog."},
                           {"reason", "Deltagare saknades."}};
    JournalSource source = childSource(signedRecord(
        QStringLiteral("0192f0c5-1111-7000-8000-0000000000a1"), QStringLiteral("amendment"), body));
    source.corrected = visit;

    const QString text = journalText(source);
    CHECK(text.split(u'\n').first() == QStringLiteral("Rättelse – Noah Hägg Karlsson (P-1001)"));
    CHECK(linesInOrder(text,
                       {QStringLiteral("Skriven av: Anna Lind (anna.lind)"),
                        QStringLiteral("Rättelse av anteckning från 2026-11-20 (%1)").arg(VisitId),
                        QStringLiteral("Rättelse: även familjehemspappan Johan Berg deltog."),
                        QStringLiteral("Skäl: Deltagare saknades.")}));
    CHECK(journalEntry(source).value("corrects").toString() == VisitId);

    SECTION("without the corrected record at hand, the id alone, no date made up")
    {
        source.corrected.reset();
        CHECK(linesInOrder(journalText(source),
                           {QStringLiteral("Rättelse av anteckning (%1)").arg(VisitId)}));
        CHECK(journalEntry(source).value("corrects").toString() == VisitId);
    }
    SECTION("a corrected record that is another one lends it no date")
    {
        source.corrected->recordId = QStringLiteral("0192f0c5-1111-7000-8000-00000000ffff");
        CHECK_FALSE(journalText(source).contains(QStringLiteral("från 2026-11-20")));
    }
}

TEST_CASE("a review reads as the supervisor's decision on the record it names", "[journal][review]")
{
    const auto review = [](const char *decision, const QString &comment) {
        QJsonObject body{{"refers_to", VisitId}, {"decision", decision}};
        if (!comment.isEmpty())
            body.insert("comment", comment);
        JournalSource source =
            childSource(signedRecord(QStringLiteral("0192f0c5-1111-7000-8000-0000000000b1"),
                                     QStringLiteral("review"), body, QStringLiteral("bodil.ek")));
        source.authorDisplayName.clear(); // unknown: the user name stands in
        source.corrected = visitRecord();
        return source;
    };
    const QString reference =
        QStringLiteral("Granskning av anteckning från 2026-11-20 (%1): ").arg(VisitId);

    const JournalSource returned =
        review("returned", QStringLiteral("Skälet till att syskonumgänget inte utökats saknas."));
    CHECK(linesInOrder(journalText(returned),
                       {QStringLiteral("Granskning – Noah Hägg Karlsson (P-1001)"),
                        QStringLiteral("Skriven av: bodil.ek"),
                        reference + sv("RecordDelegate", "Returned for completion"),
                        QStringLiteral("Kommentar: Skälet till att syskonumgänget inte utökats "
                                       "saknas.")}));
    CHECK(journalEntry(returned).value("corrects").toString() == VisitId);

    const QString signedOff = journalText(review("signed_off", {}));
    CHECK(linesInOrder(signedOff, {reference + sv("RecordDelegate", "Signed off")}));
    CHECK_FALSE(signedOff.contains(QStringLiteral("Kommentar")));

    CHECK(linesInOrder(journalText(review("comment", QStringLiteral("Bra dokumenterat."))),
                       {reference + sv("RecordViewer", "Comment"),
                        QStringLiteral("Kommentar: Bra dokumenterat.")}));
}

TEST_CASE("the entry's JSON: its keys, ids, signature and the record as signed", "[journal][json]")
{
    const sync::WireRecord record = visitRecord();
    const QJsonObject entry = journalEntry(childSource(record));

    QStringList keys = entry.keys();
    keys.sort();
    CHECK(keys.join(u',').toStdString() ==
          "author,corrects,entry_id,entry_type,municipality,received_at,record,signature,"
          "signed_at,signing_key,subject,text");
    CHECK(entry.value("entry_id").toString() == VisitId);
    CHECK(entry.value("entry_type").toString() == QStringLiteral("child_visit"));
    CHECK(entry.value("municipality").toString() == QStringLiteral("region-gotland"));
    CHECK(entry.value("subject").toObject() ==
          QJsonObject{{"type", "child"},
                      {"id", ChildId},
                      {"case_id", "P-1001"},
                      {"name", QStringLiteral("Noah Hägg Karlsson")}});
    CHECK(entry.value("author").toObject() ==
          QJsonObject{{"user", "anna.lind"}, {"display_name", "Anna Lind"}});
    CHECK(entry.value("signed_at").toString() == QStringLiteral("2026-12-03T13:05:00.000Z"));
    CHECK(entry.value("received_at").toString() == QStringLiteral("2026-12-03T13:07:00.000Z"));
    CHECK(entry.value("corrects").isNull());
    CHECK(entry.value("signature").toString() == record.signature);
    CHECK(entry.value("signing_key").toString() == publicKey());
    CHECK(entry.value("text").toString() == journalText(childSource(record)));

    SECTION("the record decodes to the wire record as signed, and its signature verifies")
    {
        const QJsonObject wire = entry.value("record").toObject();
        CHECK_FALSE(wire.contains("signing_key"));
        const auto decoded = sync::decodeRecord(wire);
        REQUIRE(std::holds_alternative<sync::WireRecord>(decoded));
        sync::WireRecord expected = record;
        expected.signingKey.clear();
        CHECK(std::get<sync::WireRecord>(decoded) == expected);
        CHECK(domain::signature::verify(contentOf(std::get<sync::WireRecord>(decoded)),
                                        entry.value("signature").toString(),
                                        entry.value("signing_key").toString()));
    }
    SECTION("unknown case id, name and display name are null; the heading names the child")
    {
        JournalSource demo = childSource(record);
        demo.caseId.clear();
        demo.subjectName.clear();
        demo.authorDisplayName.clear();
        const QJsonObject e = journalEntry(demo);
        CHECK(e.value("subject").toObject().value("case_id").isNull());
        CHECK(e.value("subject").toObject().value("name").isNull());
        CHECK(e.value("subject").toObject().value("id").toString() == ChildId);
        CHECK(e.value("author").toObject().value("display_name").isNull());
        const QString text = e.value("text").toString();
        CHECK(text.split(u'\n').first() == QStringLiteral("Uppföljningsbesök – barn ") + ChildId);
        CHECK(text.split(u'\n').contains(QStringLiteral("Skriven av: anna.lind")));
    }
    SECTION("a legacy record without a signature: both null, and the text says so")
    {
        JournalSource legacy = childSource(record);
        legacy.record.signature.clear();
        legacy.signingKey.clear();
        const QJsonObject e = journalEntry(legacy);
        CHECK(e.value("signature").isNull());
        CHECK(e.value("signing_key").isNull());
        CHECK(e.value("record").toObject().value("signature").isUndefined());
        CHECK(e.value("text").toString().split(u'\n').contains(
            QStringLiteral("Signerad: 2026-12-03 14:05, innan elektroniska signaturer fanns")));
    }
}

TEST_CASE("Swedish text survives the entry's bytes, and the signature still verifies",
          "[journal][json]")
{
    domain::ChildVisit v =
        domain::ChildVisit::fromJson(domain::exampleChildVisit(ChildId, VisitStart));
    const QString words = QStringLiteral("Jag är glad – älgen åt äpplen på ön! 😀\n\"Öppet\" sa "
                                         "hon: ÅÄÖ åäö é ü");
    v.checklist.views[QStringLiteral("future_wishes")].childWords = words;
    v.observations = QStringLiteral("Flickan säger «tack» och ritar en 🐴.\nRad två: Ääh.");
    const sync::WireRecord record =
        signedRecord(VisitId, QStringLiteral("child_visit"), v.toJson());
    const QByteArray bytes =
        QJsonDocument(journalEntry(childSource(record))).toJson(QJsonDocument::Compact);

    const QJsonObject read = QJsonDocument::fromJson(bytes).object();
    const QString text = read.value("text").toString();
    CHECK(text.contains(QStringLiteral("Barnets egna ord: ”") + words + u'”'));
    CHECK(text.contains(v.observations));
    CHECK(text.startsWith(QStringLiteral("Uppföljningsbesök – Noah Hägg Karlsson")));
    const auto decoded = sync::decodeRecord(read.value("record").toObject());
    REQUIRE(std::holds_alternative<sync::WireRecord>(decoded));
    const sync::WireRecord &back = std::get<sync::WireRecord>(decoded);
    CHECK(back.body == record.body);
    CHECK(domain::signature::verify(contentOf(back), read.value("signature").toString(),
                                    read.value("signing_key").toString()));
}

TEST_CASE("what the format does not read is listed under Övrigt, not dropped", "[journal][visit]")
{
    QJsonObject body = domain::exampleChildVisit(ChildId, VisitStart);
    body.insert("favourite_colour", "blå");
    QJsonObject checklist = body.value("checklist").toObject();
    checklist.insert("pet", QJsonObject{{"name", "Sigge"}});
    body.insert("checklist", checklist);
    QJsonArray answers = body.value("child_answers").toArray();
    QJsonObject first = answers.at(0).toObject();
    first.insert("score", "fem");
    answers.replace(0, first);
    body.insert("child_answers", answers);
    JournalSource source = childSource(visitRecord());
    source.record.body = body; // as a gateway that did not check shapes would hold it

    const QStringList lines = journalText(source).split(u'\n');
    const qsizetype other = lines.indexOf(QStringLiteral("Övrigt"));
    REQUIRE(other > 0);
    QStringList rest = lines.mid(other + 1);
    rest.sort();
    CHECK(rest.join(u'|').toStdString() ==
          "checklist.pet: {\"name\":\"Sigge\"}|child_answers[0].score: fem|favourite_colour: blå");
    // The answer whose score does not read is still there, without a face.
    CHECK(lines.contains(QStringLiteral("Hur trivs du i familjehemmet? – inget ansikte valt")));
}

TEST_CASE("times read in Swedish local time, summer and winter", "[journal][time]")
{
    CHECK(swedishTime(QDateTime(QDate(2026, 11, 20), QTime(13, 5), Qt::UTC)) ==
          QStringLiteral("2026-11-20 14:05"));
    CHECK(swedishTime(QDateTime(QDate(2026, 6, 10), QTime(11, 0), Qt::UTC)) ==
          QStringLiteral("2026-06-10 13:00"));
    // Recorded at +00:00 late on the 20th: in Sweden it was already the 21st.
    CHECK(swedishTime(QDateTime(QDate(2026, 11, 20), QTime(23, 30), Qt::OffsetFromUTC, 0)) ==
          QStringLiteral("2026-11-21 00:30"));
    CHECK(swedishTime(QDateTime()).isEmpty());

    SECTION("the rule used without time-zone data: the switch at 01:00 UTC on the last Sundays")
    {
        const auto at = [](int month, int day, int h, int m) {
            return swedishOffsetByRule(QDateTime(QDate(2026, month, day), QTime(h, m), Qt::UTC));
        };
        CHECK(at(3, 29, 0, 59) == 3600);
        CHECK(at(3, 29, 1, 0) == 7200);
        CHECK(at(10, 25, 0, 59) == 7200);
        CHECK(at(10, 25, 1, 0) == 3600);
    }
    SECTION("and the rule agrees with the system's Europe/Stockholm, hour by hour, 2024-2032")
    {
        const QTimeZone stockholm("Europe/Stockholm");
        REQUIRE(stockholm.isValid());
        for (QDateTime t(QDate(2024, 1, 1), QTime(0, 30), Qt::UTC);
             t < QDateTime(QDate(2033, 1, 1), QTime(0, 0), Qt::UTC); t = t.addSecs(3600)) {
            if (swedishOffsetByRule(t) != stockholm.offsetFromUtc(t)) {
                FAIL("differs at " << t.toString(Qt::ISODate).toStdString());
            }
        }
    }
}
