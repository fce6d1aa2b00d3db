#include "childvisiteditor.h"

#include "store/journalstore.h"

#include <QCoreApplication>

namespace homevisit::ui {

using namespace homevisit::domain;

namespace {

constexpr auto context = "ChildVisitEditor";

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Visits are recorded to the minute; seconds would only be noise in the journal.
QDateTime toMinute(const QDateTime &at)
{
    QDateTime minute = at;
    minute.setTime(QTime(at.time().hour(), at.time().minute()));
    return minute;
}

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

// On the journal thread: the child's name and birth year, and the municipality's
// settings the visit is checked against.
void readAbout(store::JournalStore &journal, const QString &childId, LoadedDraft &out)
{
    out.settings = journal.domainSettings();
    if (const auto child = journal.child(childId)) {
        out.subjectName = child->name;
        out.birthYear = child->birthYear;
    }
}

const RecordEditor::Kind visitKind{
    RecordKind::ChildVisit,
    context,
    "sign",
    &RecordFacts::childId,
    &readAbout,
    {
        QT_TRANSLATE_NOOP("ChildVisitEditor", "The visit could not be opened."),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "This visit is not in the journal on this tablet."),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "A new visit could not be created."),
        QT_TRANSLATE_NOOP("ChildVisitEditor",
                          "Not saved yet: what you wrote is still here and is tried again."),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "Not saved: %1"),
        QT_TRANSLATE_NOOP("ChildVisitEditor",
                          "The visit cannot be signed yet: see what is missing."),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "Wrong PIN."),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "The journal refused to sign: see what is missing."),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "The visit could not be signed. Try again."),
    },
};

} // namespace

ChildVisitEditor::ChildVisitEditor(QObject *parent) : RecordEditor(visitKind, parent)
{
    // Members with this as parent: QML never takes them over, and they still go first.
    m_draft.setParent(this);
    m_checklist.setParent(this);
    m_topics.setParent(this);
    m_violations.setParent(this);
    attachDraft(&m_draft);
}

ChildVisitEditor::~ChildVisitEditor()
{
    saveBeforeClosing();
}

QJsonObject ChildVisitEditor::newBody(const QString &childId) const
{
    ChildVisit visit;
    visit.childId = childId;
    visit.startedAt = toMinute(QDateTime::currentDateTime());
    visit.place = VisitPlace::FosterHome;
    return visit.toJson();
}

void ChildVisitEditor::applyLoaded(const LoadedDraft &loaded)
{
    m_childName = loaded.subjectName;
    m_birthYear = loaded.birthYear;
    m_participantsText.clear();
    m_draft.reset(ChildVisit::fromJson(loaded.body), loaded.settings, !loaded.editable);
}

void ChildVisitEditor::clearContent()
{
    m_childName.clear();
    m_birthYear = 0;
    m_participantsText.clear();
    m_draft.clear();
}

void ChildVisitEditor::updateDerived()
{
    RecordEditor::updateDerived();
    if (const bool flag = concernFlag(); flag != m_lastConcernFlag) {
        m_lastConcernFlag = flag;
        emit concernFlagChanged();
    }
    if (m_draft.visit().childAnswers != m_lastAnswers) {
        m_lastAnswers = m_draft.visit().childAnswers;
        emit childAnswersChanged();
    }
}

QVariantList ChildVisitEditor::childAnswers() const
{
    QVariantList answers;
    for (const ChildAnswer &a : m_draft.visit().childAnswers)
        answers.append(QVariantMap{{QStringLiteral("question"), a.question},
                                   {QStringLiteral("score"), a.score.value_or(0)},
                                   {QStringLiteral("words"), a.words}});
    return answers;
}

int ChildVisitEditor::childAge() const
{
    if (m_birthYear <= 0)
        return 0;
    const QDate day = startedAt().isValid() ? startedAt().date() : QDate::currentDate();
    return day.year() - m_birthYear; // birth year only: the age this year
}

template <typename T>
void ChildVisitEditor::setField(T ChildVisit::*field, T value, void (ChildVisitEditor::*notify)())
{
    if (m_draft.edit([&](ChildVisit &v) { v.*field = std::move(value); }))
        emit(this->*notify)();
}

QString ChildVisitEditor::visitDate() const
{
    return startedAt().isValid() ? startedAt().date().toString(Qt::ISODate) : QString();
}

void ChildVisitEditor::setVisitDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return;
    const bool endMoves = endedAt().isValid();
    const bool changed = m_draft.edit([&](ChildVisit &v) {
        const QTime start = v.startedAt.isValid() ? v.startedAt.time() : QTime(0, 0);
        v.startedAt = QDateTime(date, start);
        if (v.endedAt.isValid())
            v.endedAt = QDateTime(date, v.endedAt.time());
    });
    if (!changed)
        return;
    emit startedAtChanged();
    if (endMoves)
        emit endedAtChanged();
}

void ChildVisitEditor::setStartedAt(const QDateTime &at)
{
    setField(&ChildVisit::startedAt, at.isValid() ? toMinute(at) : QDateTime(),
             &ChildVisitEditor::startedAtChanged);
}

void ChildVisitEditor::setEndedAt(const QDateTime &at)
{
    setField(&ChildVisit::endedAt, at.isValid() ? toMinute(at) : QDateTime(),
             &ChildVisitEditor::endedAtChanged);
}

QString ChildVisitEditor::startTime() const
{
    return startedAt().isValid() ? startedAt().toString(QStringLiteral("HH:mm")) : QString();
}

void ChildVisitEditor::setStartTime(const QString &hhmm)
{
    const QTime time = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    if (!time.isValid())
        return;
    const QDate date = startedAt().isValid() ? startedAt().date() : QDate::currentDate();
    setStartedAt(QDateTime(date, time));
}

QString ChildVisitEditor::endTime() const
{
    return endedAt().isValid() ? endedAt().toString(QStringLiteral("HH:mm")) : QString();
}

void ChildVisitEditor::setEndTime(const QString &hhmm)
{
    if (hhmm.trimmed().isEmpty())
        return setEndedAt({});
    const QTime time = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    if (!time.isValid())
        return;
    const QDate date = startedAt().isValid() ? startedAt().date() : QDate::currentDate();
    setEndedAt(QDateTime(date, time));
}

void ChildVisitEditor::endNow()
{
    setEndedAt(QDateTime::currentDateTime());
}

QString ChildVisitEditor::place() const
{
    const auto &place = m_draft.visit().place;
    return place ? wireName(*place) : QString();
}

void ChildVisitEditor::setPlace(const QString &place)
{
    const auto chosen = fromWireName<VisitPlace>(place);
    if (!chosen && !place.isEmpty())
        return;
    setField(&ChildVisit::place, chosen, &ChildVisitEditor::placeChanged);
}

void ChildVisitEditor::setPlaceText(const QString &text)
{
    setField(&ChildVisit::placeText, text, &ChildVisitEditor::placeChanged);
}

QVariantList ChildVisitEditor::placeOptions()
{
    static constexpr std::array<const char *, 4> labels{
        QT_TRANSLATE_NOOP("ChildVisitEditor", "The foster home"),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "School or preschool"),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "The office"),
        QT_TRANSLATE_NOOP("ChildVisitEditor", "Another place")};
    QVariantList options;
    for (std::size_t i = 0; i < labels.size(); ++i)
        options.append(QVariantMap{{QStringLiteral("value"), wireName(VisitPlace(i))},
                                   {QStringLiteral("label"), translated(labels[i])}});
    return options;
}

void ChildVisitEditor::setParticipants(const QStringList &participants)
{
    m_participantsText.clear();
    setField(&ChildVisit::participants, linesOf(participants.join(u'\n')),
             &ChildVisitEditor::participantsChanged);
}

QString ChildVisitEditor::participantsText() const
{
    // What was typed (with its blank lines and trailing newline) while it still says
    // the same as the list, so the text area's cursor does not jump.
    if (linesOf(m_participantsText) == participants() && !m_participantsText.isEmpty())
        return m_participantsText;
    return participants().join(u'\n');
}

void ChildVisitEditor::setParticipantsText(const QString &text)
{
    if (readOnly())
        return;
    const bool textChanges = text != participantsText();
    m_participantsText = text;
    const bool listChanges = m_draft.edit([&](ChildVisit &v) { v.participants = linesOf(text); });
    if (textChanges || listChanges)
        emit participantsChanged();
}

void ChildVisitEditor::setObservations(const QString &text)
{
    setField(&ChildVisit::observations, text, &ChildVisitEditor::observationsChanged);
}

void ChildVisitEditor::setAgreedActions(const QString &text)
{
    setField(&ChildVisit::agreedActions, text, &ChildVisitEditor::agreedActionsChanged);
}

QString ChildVisitEditor::nextPlannedVisit() const
{
    const QDate &date = m_draft.visit().nextPlannedVisit;
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void ChildVisitEditor::setNextPlannedVisit(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!date.isValid() && !isoDate.trimmed().isEmpty())
        return; // not a date (yet): the field shows what is typed, the visit keeps its own
    setField(&ChildVisit::nextPlannedVisit, date, &ChildVisitEditor::nextPlannedVisitChanged);
}

void ChildVisitEditor::planNextVisitInWeeks(int weeks)
{
    const QDate from = startedAt().isValid() ? startedAt().date() : QDate::currentDate();
    setNextPlannedVisit(from.addDays(qint64(weeks) * 7).toString(Qt::ISODate));
}

void ChildVisitEditor::setConcernRaised(bool raised)
{
    setField(&ChildVisit::concernRaised, raised, &ChildVisitEditor::concernRaisedChanged);
}

void ChildVisitEditor::emitFields()
{
    emit childChanged();
    emit startedAtChanged();
    emit endedAtChanged();
    emit placeChanged();
    emit participantsChanged();
    emit observationsChanged();
    emit agreedActionsChanged();
    emit nextPlannedVisitChanged();
    emit concernRaisedChanged();
}

} // namespace homevisit::ui
