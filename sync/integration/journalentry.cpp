#include "journalentry.h"

#include "domain/amendment.h"
#include "domain/childvisit.h"
#include "domain/jsonfields.h"
#include "domain/records.h"
#include "domain/review.h"
#include "domain/rulecodes.h"
#include "domain/supervisionsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace homevisit::integration {

using namespace homevisit::domain;

namespace {

// --- the tablet's words ----------------------------------------------------------------
// Copied from the tablet's Swedish translation (i18n/homevisit_sv.ts) rather than looked
// up: the gateway loads no translations, and the case system's reader should meet the
// same questions and answers the social secretary saw on the tablet.

constexpr std::array<const char *, 4> placeLabels{"Familjehemmet", "Skolan eller förskolan",
                                                  "Kontoret", "Annan plats"};
constexpr std::array<const char *, 5> reasonLabels{
    "Barnet ville inte", "För ungt (observation i stället)", "Bedömdes inte lämpligt",
    "Praktiskt hinder", "Tolk saknades"};
constexpr std::array<const char *, 4> safeLabels{"Ja", "Delvis", "Nej", "Inte tillfrågat"};
constexpr std::array<const char *, 4> methodLabels{"Samtal", "Lek eller teckning", "Observation",
                                                   "Annat"};
constexpr std::array<const char *, 8> supportFormLabels{
    "Möten",       "Hembesök",           "Telefon",          "Utbildning",
    "Handledning", "Stöd kring umgänge", "Andra familjehem", "Andra professionella"};
constexpr std::array<const char *, 3> decisionLabels{"Kvitterat", "Återfört för komplettering",
                                                     "Kommentar"};
// The faces of child mode, score 1 to 5.
constexpr std::array<const char *, 5> faceLabels{"Jättedåligt", "Dåligt", "Mittemellan", "Bra",
                                                 "Jättebra"};

// The participation checklist's questions (ParticipationChecklist context), items 1-8.
constexpr std::array<const char *, 8> checklistQuestions{
    "Barnet har fått veta, på ett sätt som passar åldern, varför besöket görs och vad som "
    "skrivs ner",
    "Samtal med barnet enskilt",
    "Barnets egna synpunkter, ämne för ämne",
    "Barnet har fått frågan om hen känner sig trygg",
    "Barnet vet hur hen når sin socialsekreterare mellan besöken",
    "Barnet har fått veta hur hens synpunkter kommer att användas",
    "Tolk eller kommunikationsstöd användes",
    "Metod"};

const char *const notAnswered = "Inte besvarat";

template <typename Enum, std::size_t N>
QString labelOf(Enum value, const std::array<const char *, N> &labels)
{
    static_assert(N == WireNames<Enum>::names.size(), "one label per wire name");
    return QString::fromUtf8(labels[static_cast<std::size_t>(value)]);
}

template <typename Enum, std::size_t N>
QString labelOf(const std::optional<Enum> &value, const std::array<const char *, N> &labels)
{
    return value ? labelOf(*value, labels) : QString();
}

template <typename Enum, std::size_t N>
QString labelsOf(const QList<Enum> &values, const std::array<const char *, N> &labels)
{
    QStringList words;
    for (const Enum value : values)
        words << labelOf(value, labels);
    return words.join(QStringLiteral(", "));
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("Ja") : QStringLiteral("Nej");
}

// The ViewTopic context's words; a municipality's own topic reads as its key.
QString topicLabel(const QString &key)
{
    static const QMap<QString, QString> labels{
        {"living_in_foster_home", "Att bo i familjehemmet"},
        {"safety", "Trygghet"},
        {"school", "Skola eller förskola"},
        {"health", "Hälsa"},
        {"leisure_and_friends", "Fritid och vänner"},
        {"contact_with_family", "Umgänge med föräldrar och syskon"},
        {"future_wishes", "Önskningar inför framtiden"}};
    QString label = labels.value(key, QString(key).replace(u'_', u' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

// --- times -----------------------------------------------------------------------------

QDateTime swedishLocal(const QDateTime &instant)
{
    static const QTimeZone stockholm("Europe/Stockholm");
    if (stockholm.isValid())
        return instant.toTimeZone(stockholm);
    return instant.toOffsetFromUtc(swedishOffsetByRule(instant));
}

QString swedishDay(const QDateTime &instant)
{
    return instant.isValid() ? swedishLocal(instant).date().toString(Qt::ISODate) : QString();
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// "2026-11-20 14:00–15:20"; the end's date is written only when it is another day.
QString period(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return end.isValid() ? QStringLiteral("till ") + swedishTime(end) : QString();
    QString text = swedishTime(start);
    if (end.isValid()) {
        const QDateTime localEnd = swedishLocal(end);
        text += QStringLiteral("–") + (localEnd.date() == swedishLocal(start).date()
                                           ? localEnd.toString(QStringLiteral("HH:mm"))
                                           : swedishTime(end));
    }
    return text;
}

// --- the text under construction -------------------------------------------------------

class Lines
{
public:
    void line(const QString &text) { m_lines.append(text); }
    // A heading, set off from what comes before by an empty line.
    void section(const QString &title)
    {
        m_lines.append(QString());
        m_lines.append(title);
    }
    // "Label: value"; a field without a value says nothing and is left out.
    void field(const QString &label, const QString &value)
    {
        if (!json::isBlank(value))
            m_lines.append(label + QStringLiteral(": ") + value);
    }
    // A free text under its own heading.
    void textSection(const QString &title, const QString &text)
    {
        if (json::isBlank(text))
            return;
        section(title);
        line(text);
    }
    // A one-line field set off as its own section ("Nästa planerade besök: ...").
    void fieldSection(const QString &label, const QString &value)
    {
        if (json::isBlank(value))
            return;
        m_lines.append(QString());
        field(label, value);
    }
    QString text() const { return m_lines.join(u'\n'); }

private:
    QStringList m_lines;
};

// The child's and the family's own words stand in quotation marks, as in the journal.
QString quoted(const QString &words)
{
    return words.isEmpty() ? QString() : QStringLiteral("”") + words + QStringLiteral("”");
}

// --- heading and signature -------------------------------------------------------------

QString kindTitle(const QString &kind)
{
    if (kind == u"child_visit")
        return QStringLiteral("Uppföljningsbesök");
    if (kind == u"supervision_session")
        return QStringLiteral("Handledningssamtal");
    if (kind == u"amendment")
        return QStringLiteral("Rättelse");
    if (kind == u"review")
        return QStringLiteral("Granskning");
    return QStringLiteral("Anteckning (%1)").arg(kind);
}

// "Noah Hägg Karlsson (P-1001)"; without a name, "barn P-1001" (or the gateway's id).
QString subjectText(const JournalSource &s)
{
    if (!s.subjectName.isEmpty())
        return s.caseId.isEmpty() ? s.subjectName : s.subjectName + " (" + s.caseId + ')';
    const QString id = s.caseId.isEmpty() ? s.subjectId : s.caseId;
    if (id.isEmpty())
        return {};
    return (s.subjectType == u"foster_home" ? QStringLiteral("familjehem ")
                                            : QStringLiteral("barn ")) +
           id;
}

QString headingOf(const JournalSource &source)
{
    const QString subject = subjectText(source);
    const QString title = kindTitle(source.record.kind);
    return subject.isEmpty() ? title : title + QStringLiteral(" – ") + subject;
}

void writeAuthor(Lines &out, const JournalSource &source)
{
    const QString user = source.record.author;
    out.field(QStringLiteral("Skriven av"), source.authorDisplayName.isEmpty()
                                                ? user
                                                : source.authorDisplayName + " (" + user + ')');
    QString signedText = swedishTime(source.record.signedAt);
    // A reader must not take a record from before signatures for an electronically
    // signed one.
    if (source.record.signature.isEmpty())
        signedText += QStringLiteral(", innan elektroniska signaturer fanns");
    else if (source.signingKey.isEmpty())
        signedText += QStringLiteral(" (signaturen är inte kontrollerad)");
    out.field(QStringLiteral("Signerad"), signedText);
}

// --- child visit -----------------------------------------------------------------------

QString item(int number, const QString &answer)
{
    return QStringLiteral("%1. %2: %3")
        .arg(number)
        .arg(QString::fromUtf8(checklistQuestions[number - 1]),
             answer.isEmpty() ? QString::fromUtf8(notAnswered) : answer);
}

// IVO asks why a child was not heard alone, so the reason always has a line of its own.
void writeNotAloneReason(Lines &out, const ParticipationChecklist &c)
{
    QString reason = labelOf(c.notAloneReason, reasonLabels);
    if (!c.notAloneReasonText.isEmpty())
        reason += (reason.isEmpty() ? QString() : QStringLiteral(" – ")) + c.notAloneReasonText;
    if (c.spokenAlone == false)
        out.line(QStringLiteral("Barnet talades inte med enskilt: ") +
                 (reason.isEmpty() ? QStringLiteral("inget skäl angivet") : reason));
    else
        out.field(QStringLiteral("Angivet skäl till att inte tala med barnet enskilt"), reason);
}

QString topicsSummary(const QMap<QString, TopicView> &views)
{
    if (views.isEmpty())
        return {};
    const auto discussed = std::count_if(views.begin(), views.end(), [](const TopicView &v) {
        return v.status == TopicStatus::Discussed;
    });
    return QStringLiteral("samtal om %1 av %2 ämnen, se Barnets synpunkter")
        .arg(discussed)
        .arg(views.size());
}

void writeChecklist(Lines &out, const ParticipationChecklist &c)
{
    out.section(QStringLiteral("Barnets delaktighet"));
    out.line(item(1, yesNo(c.toldPurpose)));
    out.line(item(2, yesNo(c.spokenAlone)));
    writeNotAloneReason(out, c);
    out.line(item(3, topicsSummary(c.views)));
    out.line(item(4, labelOf(c.feelsSafe, safeLabels)));
    out.field(QStringLiteral("Beskrivning av oron"), c.concernText);
    out.line(item(5, yesNo(c.knowsHowToReach)));
    out.line(item(6, yesNo(c.toldHowViewsUsed)));
    out.line(item(7, yesNo(c.interpreterUsed)));
    out.field(QStringLiteral("Kommunikationsstöd"), c.communicationAids);
    out.line(item(8, labelsOf(c.methods, methodLabels)));
    out.field(QStringLiteral("Annan metod"), c.methodOtherText);
}

// The municipality's topics are not known here: the default topics in their order, then
// any others by key.
QStringList topicOrder(const QMap<QString, TopicView> &views)
{
    QStringList order;
    for (const QString &topic : DomainSettings::defaultViewTopics()) {
        if (views.contains(topic))
            order << topic;
    }
    for (const QString &topic : views.keys()) {
        if (!order.contains(topic))
            order << topic;
    }
    return order;
}

void writeTopic(Lines &out, const QString &key, const TopicView &view)
{
    out.line(topicLabel(key));
    if (view.status != TopicStatus::Discussed)
        out.line(view.status ? QStringLiteral("Inte samtalat om") : QString::fromUtf8(notAnswered));
    else if (view.childWords.isEmpty() && view.notes.isEmpty())
        out.line(QStringLiteral("Samtalat om"));
    out.field(QStringLiteral("Barnets egna ord"), quoted(view.childWords));
    out.field(QStringLiteral("Socialsekreterarens anteckningar"), view.notes);
}

void writeViews(Lines &out, const QMap<QString, TopicView> &views)
{
    if (views.isEmpty())
        return;
    out.section(QStringLiteral("Barnets synpunkter"));
    const QStringList order = topicOrder(views);
    for (const QString &topic : order) {
        if (topic != order.first()) // each topic its own paragraph under the heading
            out.line(QString());
        writeTopic(out, topic, views.value(topic));
    }
}

QString scoreText(const ChildAnswer &answer)
{
    if (!answer.score)
        return QStringLiteral("inget ansikte valt");
    const int score = *answer.score;
    QString text = QStringLiteral("%1 av %2").arg(score).arg(ChildAnswer::maxScore);
    if (score >= ChildAnswer::minScore && score <= ChildAnswer::maxScore)
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(faceLabels[score - 1]));
    return text;
}

void writeChildAnswers(Lines &out, const QList<ChildAnswer> &answers)
{
    if (answers.isEmpty())
        return;
    out.section(QStringLiteral("Barnets egna svar"));
    for (const ChildAnswer &answer : answers) {
        const QString question =
            answer.question.isEmpty() ? QStringLiteral("(frågan saknas)") : answer.question;
        out.line(question + QStringLiteral(" – ") + scoreText(answer));
        out.field(QStringLiteral("Barnets ord"), quoted(answer.words));
    }
}

// The flag that reaches the supervisor first, and why it is up.
void writeConcern(Lines &out, const ChildVisit &visit)
{
    out.section(QStringLiteral("Oro"));
    if (visit.concernRaised)
        out.line(QStringLiteral("Socialsekreteraren markerade oro."));
    if (visit.checklist.raisesConcern())
        out.line(QStringLiteral("Barnet sa inte att hen känner sig trygg (punkt 4)."));
    if (!visit.concernFlag())
        out.line(QStringLiteral("Ingen oro markerad."));
}

QString placeText(const ChildVisit &visit)
{
    const QString place = labelOf(visit.place, placeLabels);
    if (visit.placeText.isEmpty())
        return place;
    return place.isEmpty() ? visit.placeText : place + QStringLiteral(" – ") + visit.placeText;
}

void writeChildVisit(Lines &out, const JournalSource &source)
{
    const ChildVisit visit = ChildVisit::fromJson(source.record.body);
    out.field(QStringLiteral("Datum"), period(visit.startedAt, visit.endedAt));
    out.field(QStringLiteral("Plats"), placeText(visit));
    out.field(QStringLiteral("Deltagare"), visit.participants.join(QStringLiteral("; ")));
    writeAuthor(out, source);
    writeChecklist(out, visit.checklist);
    writeViews(out, visit.checklist.views);
    writeChildAnswers(out, visit.childAnswers);
    out.textSection(QStringLiteral("Observationer"), visit.observations);
    out.textSection(QStringLiteral("Överenskomna åtgärder"), visit.agreedActions);
    out.fieldSection(QStringLiteral("Nästa planerade besök"), dateText(visit.nextPlannedVisit));
    writeConcern(out, visit);
}

// --- supervision session ---------------------------------------------------------------

void writeFamilyRating(Lines &out, const std::optional<FamilyRating> &rating)
{
    if (!rating)
        return;
    out.section(QStringLiteral("Familjens bedömning av stödet"));
    out.line(rating->score
                 ? QStringLiteral("%1 av %2").arg(*rating->score).arg(FamilyRating::maxScore)
                 : QStringLiteral("Inget betyg angivet"));
    out.field(QStringLiteral("Familjens kommentar"), quoted(rating->comment));
}

void writeSupervision(Lines &out, const JournalSource &source)
{
    const SupervisionSession s = SupervisionSession::fromJson(source.record.body);
    out.field(QStringLiteral("Datum"), dateText(s.date));
    out.field(QStringLiteral("Tid"), period(s.startedAt, s.endedAt));
    out.field(QStringLiteral("Deltagare"), s.participants.join(QStringLiteral("; ")));
    out.field(QStringLiteral("Stödformer"), labelsOf(s.supportForms, supportFormLabels));
    writeAuthor(out, source);
    out.textSection(QStringLiteral("Teman"), s.themes);
    out.textSection(QStringLiteral("Familjens behov"), s.familyNeeds);
    out.textSection(QStringLiteral("Överenskomna åtgärder"), s.agreedActions);
    out.fieldSection(QStringLiteral("Nästa handledning"), dateText(s.nextSession));
    writeFamilyRating(out, s.familyRating);
}

// --- amendment and review --------------------------------------------------------------

// The day a reader finds a record under: the visit's or the session's, else the signing day.
QString recordDay(const sync::WireRecord &record)
{
    if (record.kind == u"child_visit") {
        const QDateTime start = ChildVisit::fromJson(record.body).startedAt;
        if (start.isValid())
            return swedishDay(start);
    }
    if (record.kind == u"supervision_session") {
        const QDate date = SupervisionSession::fromJson(record.body).date;
        if (date.isValid())
            return dateText(date);
    }
    return swedishDay(record.signedAt);
}

// "<what> från 2026-11-20 (<id>)": the day only when the gateway sent the record referred to.
QString referenceText(const QString &what, const QString &refersTo,
                      const std::optional<sync::WireRecord> &corrected)
{
    QString text = what;
    if (corrected && corrected->recordId == refersTo && !recordDay(*corrected).isEmpty())
        text += QStringLiteral(" från ") + recordDay(*corrected);
    if (!refersTo.isEmpty())
        text += QStringLiteral(" (%1)").arg(refersTo);
    return text;
}

void writeAmendment(Lines &out, const JournalSource &source)
{
    const Amendment a = Amendment::fromJson(source.record.body);
    writeAuthor(out, source);
    out.section(
        referenceText(QStringLiteral("Rättelse av anteckning"), a.refersTo, source.corrected));
    if (!a.text.isEmpty())
        out.line(a.text);
    out.field(QStringLiteral("Skäl"), a.reason);
}

void writeReview(Lines &out, const JournalSource &source)
{
    const Review r = Review::fromJson(source.record.body);
    writeAuthor(out, source);
    const QString decision = labelOf(r.decision, decisionLabels);
    out.section(
        referenceText(QStringLiteral("Granskning av anteckning"), r.refersTo, source.corrected) +
        QStringLiteral(": ") + (decision.isEmpty() ? QStringLiteral("inget beslut") : decision));
    out.field(QStringLiteral("Kommentar"), r.comment);
}

// --- what the format does not read ------------------------------------------------------

// The value at a shape check's field path ("views.safety.notes", "child_answers[0].score").
// A member whose own name holds '.' or '[' is matched whole before the path is split.
QJsonValue valueAt(const QJsonValue &value, QStringView path)
{
    if (path.isEmpty())
        return value;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        if (close < 0)
            return {};
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        return valueAt(value.toArray().at(index), rest.startsWith(u'.') ? rest.mid(1) : rest);
    }
    const QJsonObject object = value.toObject();
    if (object.contains(path))
        return object.value(path);
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    const QStringView rest = path.mid(end);
    return valueAt(object.value(path.left(end)), rest.startsWith(u'.') ? rest.mid(1) : rest);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without the [ ]
}

// Whatever the typed record does not read: members the format does not name, and values of
// the wrong type or outside the choices (the shape check's findings). A record the gateway
// accepted has none, but nothing signed may vanish on the way to the case system.
QStringList leftovers(const sync::WireRecord &record)
{
    QStringList lines;
    const auto kind = kindFromName(record.kind);
    if (!kind) {
        for (auto it = record.body.begin(); it != record.body.end(); ++it)
            lines << it.key() + QStringLiteral(": ") + jsonText(it.value());
        return lines;
    }
    for (const RuleViolation &v : checkShape(*kind, record.body)) {
        if (v.code != code::tooLong) // a long text is still read, and shown above
            lines << v.field + QStringLiteral(": ") + jsonText(valueAt(record.body, v.field));
    }
    return lines;
}

void writeLeftovers(Lines &out, const sync::WireRecord &record)
{
    const QStringList lines = leftovers(record);
    if (lines.isEmpty())
        return;
    out.section(QStringLiteral("Övrigt"));
    for (const QString &line : lines)
        out.line(line);
}

// --- the entry -------------------------------------------------------------------------

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(sync::formatTimestamp(time)) : QJsonValue();
}

} // namespace

QString swedishTime(const QDateTime &instant)
{
    return instant.isValid() ? swedishLocal(instant).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : QString();
}

int swedishOffsetByRule(const QDateTime &instant)
{
    const int year = instant.toUTC().date().year();
    const auto lastSundayAt1Utc = [year](int month) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return QDateTime(last.addDays(-(last.dayOfWeek() % 7)), QTime(1, 0), Qt::UTC);
    };
    const bool summer = instant >= lastSundayAt1Utc(3) && instant < lastSundayAt1Utc(10);
    return (summer ? 2 : 1) * 3600;
}

QString correctedRecordId(const sync::WireRecord &record)
{
    if (record.kind == u"amendment")
        return Amendment::fromJson(record.body).refersTo;
    if (record.kind == u"review")
        return Review::fromJson(record.body).refersTo;
    return {};
}

QString journalText(const JournalSource &source)
{
    Lines out;
    out.line(headingOf(source));
    const QString &kind = source.record.kind;
    if (kind == u"child_visit")
        writeChildVisit(out, source);
    else if (kind == u"supervision_session")
        writeSupervision(out, source);
    else if (kind == u"amendment")
        writeAmendment(out, source);
    else if (kind == u"review")
        writeReview(out, source);
    else
        writeAuthor(out, source);
    writeLeftovers(out, source.record);
    return out.text();
}

QJsonObject journalEntry(const JournalSource &source)
{
    // The wire record exactly as signed: the key it verified against is the entry's own
    // member, not part of what the author signed.
    sync::WireRecord asSigned = source.record;
    asSigned.signingKey.clear();
    return {
        {"entry_id", source.record.recordId},
        {"entry_type", source.record.kind},
        {"municipality", orNull(source.municipality)},
        {"subject", QJsonObject{{"type", orNull(source.subjectType)},
                                {"id", orNull(source.subjectId)},
                                {"case_id", orNull(source.caseId)},
                                {"name", orNull(source.subjectName)}}},
        {"author", QJsonObject{{"user", source.record.author},
                               {"display_name", orNull(source.authorDisplayName)}}},
        {"signed_at", timeOrNull(source.record.signedAt)},
        {"received_at", timeOrNull(source.record.receivedAt)},
        {"corrects", orNull(correctedRecordId(source.record))},
        {"signature", orNull(source.record.signature)},
        {"signing_key", orNull(source.signingKey)},
        {"record", sync::encodeRecord(asSigned)},
        {"text", journalText(source)},
    };
}

} // namespace homevisit::integration
