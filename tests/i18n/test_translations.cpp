// The Swedish the UI shows: every sentence the core can produce is translated, its
// placeholders filled, and without a translator (the CLI) the same calls give English.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "crypto/pinpolicy.h"
#include "domain/participationchecklist.h"
#include "domain/records.h"
#include "domain/rulecodes.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>
#include <string>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};

} // namespace Catch

namespace {

using namespace homevisit;
using namespace homevisit::domain;

const QString childId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-1c2d3e4f5a6b");
const QString fosterHomeId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-aaaaaaaaaaaa");
const QString recordId = QStringLiteral("0192f0c4-7a1e-7c3b-9a41-bbbbbbbbbbbb");

// Removes every translator parented to the app (installTranslations puts its own there):
// the state the CLI runs in.
void useEnglish()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void useSwedish()
{
    REQUIRE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swedish)));
}

QJsonObject topics(const QJsonObject &answer)
{
    QJsonObject views;
    for (const QString &topic : DomainSettings::defaultViewTopics())
        views.insert(topic, answer);
    return views;
}

// The smallest child visit that can be signed; each case below breaks it in one way.
QJsonObject visit(const QJsonObject &checklist = {{"told_purpose", true}, {"spoken_alone", true}},
                  const QJsonObject &views = topics({{"status", "not_discussed"}}))
{
    return {{"child_id", childId},
            {"started_at", "2026-11-20T14:00:00+01:00"},
            {"checklist", checklist},
            {"views", views}};
}

QJsonObject with(QJsonObject body, const char *key, const QJsonValue &value)
{
    body.insert(QLatin1String(key), value);
    return body;
}

QJsonObject session()
{
    return {{"foster_home_id", fosterHomeId},
            {"date", "2026-11-20"},
            {"participants", QJsonArray{"Karin Holm"}},
            {"support_forms", QJsonArray{"phone"}}};
}

QJsonArray manyNames(int count)
{
    QJsonArray names;
    for (int i = 0; i < count; ++i)
        names.append(QStringLiteral("Deltagare %1").arg(i));
    return names;
}

// Bodies that, between them, provoke every rule of the domain (and every field-specific
// variant of a rule's sentence) through the same calls the store and the CLI make.
struct Provocation
{
    RecordKind kind;
    QJsonObject body;
};

// A plural message holds one <numerusform> per form; the singular one (the first) is what
// translate() without n returns, so that is the text compared.
QString translationText(QXmlStreamReader &xml)
{
    QString text, firstForm;
    bool inForm = false, sawForm = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numerusform") {
            inForm = !sawForm;
            sawForm = true;
        } else if (xml.isEndElement() && xml.name() == u"numerusform") {
            inForm = false;
        } else if (xml.isEndElement() && xml.name() == u"translation") {
            break;
        } else if (xml.isCharacters()) {
            (inForm ? firstForm : text) += xml.text();
        }
    }
    return sawForm ? firstForm : text;
}

QList<Provocation> provocations()
{
    const QJsonObject alone{{"told_purpose", true}, {"spoken_alone", true}};
    const QJsonObject notAlone{{"told_purpose", true}, {"spoken_alone", false}};
    return {
        // Empty: every required field and every topic unanswered.
        {RecordKind::ChildVisit, {}},
        {RecordKind::ChildVisit, visit(notAlone)},
        {RecordKind::ChildVisit, visit(with(notAlone, "not_alone_reason", "not_appropriate"))},
        {RecordKind::ChildVisit, visit(with(alone, "not_alone_reason", "too_young"))},
        {RecordKind::ChildVisit, visit(alone, topics({{"status", "discussed"}}))},
        {RecordKind::ChildVisit,
         visit(alone, with(topics({{"status", "not_discussed"}}), "pets",
                           QJsonObject{{"status", "discussed"}, {"child_words", "Katten."}}))},
        {RecordKind::ChildVisit, visit(with(alone, "feels_safe", "no"))},
        {RecordKind::ChildVisit, visit(with(alone, "methods", QJsonArray{"other"}))},
        {RecordKind::ChildVisit, with(visit(), "ended_at", "2026-11-20T13:00:00+01:00")},
        // Shape: each kind of malformed value.
        {RecordKind::ChildVisit, with(visit(), "colour", "blue")},
        {RecordKind::ChildVisit, with(visit(), "child_id", 1)},
        {RecordKind::ChildVisit, with(visit(), "place", "moon")},
        {RecordKind::ChildVisit, with(visit(), "child_id", "not-an-id")},
        {RecordKind::ChildVisit, with(visit(), "started_at", "yesterday")},
        {RecordKind::ChildVisit,
         visit(alone, with(topics({{"status", "not_discussed"}}), "Pets", QJsonObject{}))},
        {RecordKind::ChildVisit, with(visit(), "observations", QString(100001, u'a'))},
        {RecordKind::ChildVisit, with(visit(), "participants", manyNames(51))},
        {RecordKind::SupervisionSession, {}},
        {RecordKind::SupervisionSession, with(session(), "date", "20/11/2026")},
        {RecordKind::Amendment, {}},
        {RecordKind::Amendment, {{"refers_to", "x"}, {"text", "Rättelse."}}},
        {RecordKind::Review, {}},
        {RecordKind::Review, {{"refers_to", recordId}, {"decision", "returned"}}},
    };
}

// Each (field, code) the provocations produce, once, in the order found.
QList<RuleViolation> provokedViolations()
{
    QList<RuleViolation> found;
    for (const Provocation &p : provocations()) {
        for (const RuleViolation &v : validateForSigning(p.kind, p.body, DomainSettings{})) {
            if (!found.contains(v))
                found.append(v);
        }
    }
    return found;
}

struct Message
{
    std::string what;
    std::function<QString()> text;
};

// Every user-facing sentence of the core, each as a call that produces it.
QList<Message> allMessages()
{
    QList<Message> messages;
    for (const RuleViolation &v : provokedViolations())
        messages.append({"rule " + v.field.toStdString() + " " + v.code.toStdString(),
                         [v] { return v.message(); }});
    // The fallbacks: no rule produces them today, but a new field or code would.
    for (const RuleViolation &v : {RuleViolation{QStringLiteral("x"), QStringLiteral("required")},
                                   RuleViolation{QStringLiteral("x"), QStringLiteral("no_code")}})
        messages.append({"fallback " + v.code.toStdString(), [v] { return v.message(); }});
    for (PinProblem problem : {PinProblem::TooFewDigits, PinProblem::TooLong, PinProblem::TooCommon,
                               PinProblem::Sequence})
        messages.append({"pin problem " + std::to_string(static_cast<int>(problem)),
                         [problem] { return pinProblemMessage(problem); }});
    for (const QString &topic : DomainSettings::defaultViewTopics())
        messages.append(
            {"view topic " + topic.toStdString(), [topic] { return viewTopicLabel(topic); }});
    return messages;
}

QStringList texts(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages)
        out.append(m.text());
    return out;
}

QString ruleMessage(const char *field, QLatin1String code)
{
    return RuleViolation{QString::fromUtf8(field), code}.message();
}

// A placeholder .arg() should have filled: %1 .. %99, also in the %L1 form.
const QRegularExpression leftoverPlaceholder(QStringLiteral("%L?\\d"));

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.last().unfinished =
                xml.attributes().value(QLatin1String("type")) == u"unfinished";
            messages.last().translation = translationText(xml);
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : leftoverPlaceholder.globalMatch(text))
        found.insert(m.captured());
    return found;
}

} // namespace

TEST_CASE("the provocations reach every rule code", "[coverage]")
{
    QSet<QString> codes;
    for (const RuleViolation &v : provokedViolations())
        codes.insert(v.code);
    const QSet<QString> all{code::unknownField,
                            code::wrongType,
                            code::invalidValue,
                            code::invalidFormat,
                            code::tooLong,
                            code::required,
                            code::endsBeforeStart,
                            code::reasonRequired,
                            code::reasonTextRequired,
                            code::reasonNotApplicable,
                            code::topicUnanswered,
                            code::childWordsRequired,
                            code::unknownTopic,
                            code::concernTextRequired,
                            code::otherTextRequired,
                            code::commentRequired};
    CHECK(codes == all);
}

TEST_CASE("without a translator the messages are English", "[english]")
{
    useEnglish();
    CHECK(ruleMessage("checklist.spoken_alone", code::required) ==
          "Answer whether you spoke with the child alone.");
    CHECK(ruleMessage("views.leisure_and_friends", code::topicUnanswered) ==
          "Record the child's views on leisure and friends, or mark the topic as not discussed.");
    CHECK(pinProblemMessage(PinProblem::TooFewDigits) == "The PIN needs at least 6 digits.");
    CHECK(viewTopicLabel(QStringLiteral("contact_with_family")) ==
          "contact with parents and siblings");
    for (const Message &m : allMessages()) {
        INFO(m.what);
        const QString text = m.text();
        CHECK_FALSE(text.trimmed().isEmpty());
        CHECK_FALSE(text.contains(leftoverPlaceholder));
    }
}

TEST_CASE("every message is translated into Swedish", "[swedish]")
{
    const QList<Message> messages = allMessages();
    useEnglish();
    const QStringList english = texts(messages);
    useSwedish();
    const QStringList swedish = texts(messages);
    useEnglish();

    REQUIRE(swedish.size() == english.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        INFO(messages[i].what << ": " << english[i].toStdString());
        CHECK_FALSE(swedish[i].trimmed().isEmpty());
        CHECK(swedish[i] != english[i]);
        CHECK_FALSE(swedish[i].contains(leftoverPlaceholder));
    }
    // Two different English sentences must not become one Swedish sentence.
    CHECK(QSet<QString>(swedish.begin(), swedish.end()).size() ==
          QSet<QString>(english.begin(), english.end()).size());
}

TEST_CASE("Swedish sentences read naturally around the topic names", "[swedish]")
{
    useSwedish();
    CHECK(
        ruleMessage("views.leisure_and_friends", code::topicUnanswered) ==
        "Skriv barnets synpunkter om fritid och vänner eller markera att ni inte pratade om det.");
    CHECK(ruleMessage("views.contact_with_family.child_words", code::childWordsRequired) ==
          "Skriv ner barnets egna ord om umgänge med föräldrar och syskon.");
    CHECK(ruleMessage("views.living_in_foster_home", code::topicUnanswered)
              .contains(u"om att bo i familjehemmet eller"));
    // A municipality's own topic has no translation: its key is shown with spaces.
    CHECK(ruleMessage("views.eget_rum", code::topicUnanswered).contains(u"om eget rum eller"));
    CHECK(ruleMessage("views.pets", code::unknownTopic) ==
          "”pets” finns inte bland kommunens samtalsämnen.");
    CHECK(ruleMessage("checklist.spoken_alone", code::required) ==
          "Svara på om du pratade enskilt med barnet.");
    CHECK(pinProblemMessage(PinProblem::TooFewDigits) == "PIN-koden behöver minst 6 siffror.");
    useEnglish();
}

TEST_CASE("the Swedish .ts is complete and the embedded .qm matches it", "[swedish][ts]")
{
    const QList<TsMessage> ts = readTs(QStringLiteral(HOMEVISIT_TS_DIR "/homevisit_sv.ts"));
    REQUIRE(ts.size() >= 43);
    useSwedish();
    for (const TsMessage &m : ts) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        CHECK_FALSE(m.translation.trimmed().isEmpty());
        CHECK(placeholders(m.translation) == placeholders(m.source));
        // A stale .qm (the build did not rerun lrelease) would answer differently.
        CHECK(QCoreApplication::translate(m.context.toUtf8().constData(),
                                          m.source.toUtf8().constData()) == m.translation);
    }
    useEnglish();
}

TEST_CASE("installTranslations picks the language and replaces an earlier one", "[install]")
{
    QCoreApplication &app = *QCoreApplication::instance();
    const QString englishSource = ruleMessage("text", code::required);
    const auto translators = [&app] { return app.findChildren<QTranslator *>().size(); };
    useEnglish();

    // Finland-Swedish reads the same Swedish.
    CHECK(installTranslations(app, QLocale(QLocale::Swedish, QLocale::Finland)));
    CHECK(ruleMessage("text", code::required) == "Skriv rättelsen.");
    CHECK(translators() == 1);

    // English replaces Swedish: the core's sentences fall back to their sources, and the
    // QML, written in Swedish, gets its English.
    CHECK(installTranslations(app, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    CHECK(ruleMessage("text", code::required) == englishSource);
    CHECK(QCoreApplication::translate("Main", "Hembesök") == "Home visit");
    CHECK(translators() == 1);

    // No translation for German: nothing installed, and no Swedish left behind.
    CHECK(installTranslations(app, QLocale(QLocale::Swedish)));
    CHECK_FALSE(installTranslations(app, QLocale(QLocale::German)));
    CHECK(ruleMessage("text", code::required) == englishSource);
    CHECK(translators() == 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
