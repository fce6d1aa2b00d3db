#include "supervisionsessioneditor.h"

#include "store/journalstore.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace homevisit::ui {

using namespace homevisit::domain;

namespace {

constexpr auto context = "SupervisionSessionEditor";

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

// The session's own fields, in body order.
const std::array<std::pair<const char *, const char *>, 11> sessionFields{{
    {"foster_home_id", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Foster home")},
    {"date", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Date of the session")},
    {"started_at", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Start of the session")},
    {"ended_at", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "End of the session")},
    {"participants", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Participants")},
    {"support_forms", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Form of support")},
    {"themes", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Themes")},
    {"family_needs", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "The family's needs")},
    {"agreed_actions", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Agreed actions")},
    {"next_session", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Next session")},
    {"family_rating", QT_TRANSLATE_NOOP("SupervisionSessionEditor", "The family's rating")},
}};

// Sessions are recorded to the minute; seconds would only be noise in the journal.
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

// On the journal thread: the foster family's name.
void readAbout(store::JournalStore &journal, const QString &fosterHomeId, LoadedDraft &out)
{
    const auto home = journal.fosterHome(fosterHomeId);
    out.subjectName = home ? home->familyName : QString();
}

const RecordEditor::Kind sessionKind{
    RecordKind::SupervisionSession,
    context,
    "sign_supervision",
    &RecordFacts::fosterHomeId,
    &readAbout,
    {
        QT_TRANSLATE_NOOP("SupervisionSessionEditor", "The session could not be opened."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                          "This session is not in the journal on this tablet."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor", "A new session could not be created."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                          "Not saved yet: what you wrote is still here and is tried again."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Not saved: %1"),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                          "The session cannot be signed yet: see what is missing."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Wrong PIN."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                          "The journal refused to sign: see what is missing."),
        QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                          "The session could not be signed. Try again."),
    },
};

} // namespace

QString SupervisionSessionEditor::fieldLabel(const QString &field)
{
    const QString head = field.section(u'.', 0, 0).section(u'[', 0, 0);
    for (const auto &[name, label] : sessionFields)
        if (head == QLatin1String(name))
            return translated(label);
    return field;
}

SupervisionSessionEditor::SupervisionSessionEditor(QObject *parent)
    : RecordEditor(sessionKind, parent)
{
    // Members with this as parent: QML never takes them over, and they still go first.
    m_draft.setParent(this);
    m_forms.setParent(this);
    m_violations.setParent(this);
    // Connected before attachDraft(): a refusal shown after signing stays until a change
    // revalidates, and the list is current before the editor reacts to the change.
    connect(&m_draft, &SupervisionDraft::edited, this,
            [this] { m_violations.setViolations(m_draft.violations()); });
    connect(&m_draft, &SupervisionDraft::wasReset, this,
            [this] { m_violations.setViolations(m_draft.violations()); });
    attachDraft(&m_draft);
    m_violations.setViolations(m_draft.violations());
}

SupervisionSessionEditor::~SupervisionSessionEditor()
{
    saveBeforeClosing();
}

QJsonObject SupervisionSessionEditor::newBody(const QString &fosterHomeId) const
{
    SupervisionSession s;
    s.fosterHomeId = fosterHomeId;
    s.startedAt = toMinute(QDateTime::currentDateTime());
    s.date = s.startedAt.date();
    return s.toJson();
}

void SupervisionSessionEditor::applyLoaded(const LoadedDraft &loaded)
{
    m_familyName = loaded.subjectName;
    m_participantsText.clear();
    m_draft.reset(SupervisionSession::fromJson(loaded.body), !loaded.editable);
}

void SupervisionSessionEditor::clearContent()
{
    m_familyName.clear();
    m_participantsText.clear();
    m_draft.clear();
}

void SupervisionSessionEditor::updateDerived()
{
    RecordEditor::updateDerived();
    if (m_draft.session().familyRating != m_lastRating) {
        m_lastRating = m_draft.session().familyRating;
        emit familyRatingChanged();
    }
}

template <typename T>
void SupervisionSessionEditor::setField(T SupervisionSession::*field, T value,
                                        void (SupervisionSessionEditor::*notify)())
{
    if (m_draft.edit([&](SupervisionSession &s) { s.*field = std::move(value); }))
        emit(this->*notify)();
}

QString SupervisionSessionEditor::date() const
{
    const QDate &d = m_draft.session().date;
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void SupervisionSessionEditor::setDate(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!day.isValid() && !isoDate.trimmed().isEmpty())
        return; // not a date (yet): the field shows what is typed
    // The times of day move with the date, so they stay on the session's day.
    const bool changed = m_draft.edit([&](SupervisionSession &s) {
        s.date = day;
        for (QDateTime *at : {&s.startedAt, &s.endedAt})
            if (at->isValid() && day.isValid())
                *at = QDateTime(day, at->time());
    });
    if (!changed)
        return;
    emit dateChanged();
    emit timesChanged();
}

QString SupervisionSessionEditor::startTime() const
{
    const QDateTime &at = m_draft.session().startedAt;
    return at.isValid() ? at.toString(QStringLiteral("HH:mm")) : QString();
}

QString SupervisionSessionEditor::endTime() const
{
    const QDateTime &at = m_draft.session().endedAt;
    return at.isValid() ? at.toString(QStringLiteral("HH:mm")) : QString();
}

void SupervisionSessionEditor::setStartTime(const QString &hhmm)
{
    setTime(&SupervisionSession::startedAt, hhmm);
}

void SupervisionSessionEditor::setEndTime(const QString &hhmm)
{
    setTime(&SupervisionSession::endedAt, hhmm);
}

void SupervisionSessionEditor::setTime(QDateTime SupervisionSession::*field, const QString &hhmm)
{
    QDateTime at; // an empty field removes the time: both are optional
    if (!hhmm.trimmed().isEmpty()) {
        const QTime time = QTime::fromString(hhmm.trimmed(), QStringLiteral("HH:mm"));
        if (!time.isValid())
            return;
        const QDate &day = m_draft.session().date;
        at = QDateTime(day.isValid() ? day : QDate::currentDate(), time);
    }
    setField(field, at, &SupervisionSessionEditor::timesChanged);
}

void SupervisionSessionEditor::setParticipants(const QStringList &participants)
{
    m_participantsText.clear();
    setField(&SupervisionSession::participants, linesOf(participants.join(u'\n')),
             &SupervisionSessionEditor::participantsChanged);
}

QString SupervisionSessionEditor::participantsText() const
{
    // What was typed (with its blank lines and trailing newline) while it still says
    // the same as the list, so the text area's cursor does not jump.
    if (!m_participantsText.isEmpty() && linesOf(m_participantsText) == participants())
        return m_participantsText;
    return participants().join(u'\n');
}

void SupervisionSessionEditor::setParticipantsText(const QString &text)
{
    if (readOnly())
        return;
    const bool textChanges = text != participantsText();
    m_participantsText = text;
    const bool listChanges =
        m_draft.edit([&](SupervisionSession &s) { s.participants = linesOf(text); });
    if (textChanges || listChanges)
        emit participantsChanged();
}

void SupervisionSessionEditor::setThemes(const QString &text)
{
    setField(&SupervisionSession::themes, text, &SupervisionSessionEditor::themesChanged);
}

void SupervisionSessionEditor::setFamilyNeeds(const QString &text)
{
    setField(&SupervisionSession::familyNeeds, text, &SupervisionSessionEditor::familyNeedsChanged);
}

void SupervisionSessionEditor::setAgreedActions(const QString &text)
{
    setField(&SupervisionSession::agreedActions, text,
             &SupervisionSessionEditor::agreedActionsChanged);
}

QString SupervisionSessionEditor::nextSession() const
{
    const QDate &d = m_draft.session().nextSession;
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void SupervisionSessionEditor::setNextSession(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!day.isValid() && !isoDate.trimmed().isEmpty())
        return; // not a date (yet): the field shows what is typed
    setField(&SupervisionSession::nextSession, day, &SupervisionSessionEditor::nextSessionChanged);
}

void SupervisionSessionEditor::planNextSessionInWeeks(int weeks)
{
    const QDate &day = m_draft.session().date;
    const QDate from = day.isValid() ? day : QDate::currentDate();
    setNextSession(from.addDays(qint64(weeks) * 7).toString(Qt::ISODate));
}

int SupervisionSessionEditor::familyScore() const
{
    const auto &rating = m_draft.session().familyRating;
    return rating ? rating->score.value_or(0) : 0;
}

QString SupervisionSessionEditor::familyComment() const
{
    const auto &rating = m_draft.session().familyRating;
    return rating ? rating->comment : QString();
}

void SupervisionSessionEditor::setFamilyScore(int score)
{
    if (score >= 0 && score <= FamilyRating::maxScore)
        writeRating(score, familyComment());
}

void SupervisionSessionEditor::setFamilyComment(const QString &comment)
{
    writeRating(familyScore(), comment);
}

void SupervisionSessionEditor::writeRating(int score, const QString &comment)
{
    const std::optional<int> value =
        score >= FamilyRating::minScore ? std::optional<int>(score) : std::nullopt;
    // Emptied entirely, the rating is no rating (as the domain reads it back).
    m_draft.edit([&](SupervisionSession &s) {
        s.familyRating = value || !comment.isEmpty()
                             ? std::optional<FamilyRating>(FamilyRating{value, comment})
                             : std::nullopt;
    });
}

void SupervisionSessionEditor::emitFields()
{
    emit fosterHomeChanged();
    emit dateChanged();
    emit timesChanged();
    emit participantsChanged();
    emit themesChanged();
    emit familyNeedsChanged();
    emit agreedActionsChanged();
    emit nextSessionChanged();
}

} // namespace homevisit::ui
