#include "supervisionsessioneditor.h"

#include "service/syncservice.h"
#include "session/usersession.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace homevisit::ui {

using namespace homevisit::domain;

// What a load or create job hands back to the UI thread.
struct LoadedSession
{
    bool ok = false;
    QString recordId;
    QJsonObject body;
    bool isSigned = false;
    bool editable = false; // a draft of this user's own
    QString familyName;
};

namespace {

constexpr auto context = "SupervisionSessionEditor";
const QString signPurpose = QStringLiteral("sign_supervision");

// What a save or sign job hands back: the store's refusal, field by field, if any.
struct StoreAnswer
{
    bool ok = false;
    QList<RuleViolation> violations;
};

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

QString familyNameOf(store::JournalStore &journal, const QString &fosterHomeId)
{
    const auto home = journal.fosterHome(fosterHomeId);
    return home ? home->familyName : QString();
}

LoadedSession loadJob(UserSession *session, const QString &recordId)
{
    LoadedSession out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    const auto record = journal.record(recordId);
    if (!record || record->kind != RecordKind::SupervisionSession)
        return out;
    out.ok = true;
    out.recordId = recordId;
    out.body = record->body;
    out.isSigned = record->status == store::RecordStatus::Signed;
    // Drafts belong to their author (DOMAIN.md); the store refuses anyone else's save.
    out.editable = !out.isSigned && record->author == journal.identity().user;
    out.familyName = familyNameOf(journal, record->facts.fosterHomeId);
    return out;
}

LoadedSession createJob(UserSession *session, const QJsonObject &body, const QString &homeId)
{
    LoadedSession out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    out.recordId = journal.createDraft(RecordKind::SupervisionSession, body);
    out.ok = true;
    out.body = body;
    out.editable = true;
    out.familyName = familyNameOf(journal, homeId);
    return out;
}

StoreAnswer saveJob(UserSession *session, const QString &id, const QJsonObject &body,
                    bool signAfter)
{
    if (!session)
        throw store::StoreError(store::StoreError::Code::Io, "the journal is locked");
    try {
        session->journal().saveDraft(id, body);
        if (signAfter)
            session->journal().sign(id);
        return {true, {}};
    } catch (const store::RuleError &e) {
        return {false, e.violations()};
    }
}

} // namespace

QString SupervisionSessionEditor::fieldLabel(const QString &field)
{
    const QString head = field.section(u'.', 0, 0).section(u'[', 0, 0);
    for (const auto &[name, label] : sessionFields)
        if (head == QLatin1String(name))
            return translated(label);
    return field;
}

SupervisionSessionEditor::SupervisionSessionEditor(QObject *parent) : QObject(parent)
{
    // Members with this as parent: QML never takes them over, and they still go first.
    m_draft.setParent(this);
    m_forms.setParent(this);
    m_violations.setParent(this);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &SupervisionSessionEditor::saveNow);
    connect(&m_draft, &SupervisionDraft::edited, this, &SupervisionSessionEditor::afterEdit);
    connect(&m_draft, &SupervisionDraft::wasReset, this,
            [this] { m_violations.setViolations(m_draft.violations()); });
    connect(&m_draft, &SupervisionDraft::readOnlyChanged, this,
            &SupervisionSessionEditor::readOnlyChanged);
    connect(&m_draft, &SupervisionDraft::readOnlyChanged, this,
            &SupervisionSessionEditor::updateDerived);
    m_violations.setViolations(m_draft.violations());
}

SupervisionSessionEditor::~SupervisionSessionEditor()
{
    // The page is gone but the change is not lost: the job runs on the journal thread
    // with no one waiting for its answer.
    if (m_dirty && unlocked())
        saveInBackground();
}

bool SupervisionSessionEditor::unlocked() const
{
    return m_session && m_session->state() == SessionController::State::Unlocked;
}

void SupervisionSessionEditor::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    forget();
    m_session = session;
    if (m_session) {
        connect(m_session, &SessionController::stateChanged, this,
                &SupervisionSessionEditor::onSessionState);
        connect(m_session, &SessionController::pinChecked, this,
                &SupervisionSessionEditor::onPinChecked);
        connect(m_session, &SessionController::aboutToLock, this,
                &SupervisionSessionEditor::saveBeforeLock);
    }
    emit sessionChanged();
    load();
}

void SupervisionSessionEditor::onSessionState()
{
    if (!unlocked())
        forget(); // locked: no journal content stays in memory
    else if (m_recordId.isEmpty() && !m_pendingHomeId.isEmpty())
        createDraft(m_pendingHomeId);
    else
        load(); // the same screen again after unlocking
}

void SupervisionSessionEditor::setRecordId(const QString &recordId)
{
    if (recordId == m_recordId)
        return;
    forget();
    m_pendingHomeId.clear();
    m_recordId = recordId;
    emit recordIdChanged();
    load();
}

void SupervisionSessionEditor::forget()
{
    ++m_epoch;
    m_autosave.stop();
    // Text typed after aboutToLock cannot reach the store any more: the session closed
    // the journal before telling us. A draft being created still answers (created()).
    m_dirty = m_saving = m_awaitingPin = false;
    m_familyName.clear();
    m_participantsText.clear();
    m_signed = false;
    m_editable = false;
    m_draft.clear();
    setReady(false);
    setSigning(false);
    setSaveState(SaveState::Saved);
    emitAllFields();
}

void SupervisionSessionEditor::load()
{
    if (!unlocked() || m_recordId.isEmpty() || m_ready)
        return;
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    journal.run<LoadedSession>(
        this, [&journal, id = m_recordId] { return loadJob(journal.session(), id); },
        [this, epoch](const LoadedSession &result) {
            if (epoch == m_epoch && unlocked())
                loaded(result);
        },
        [this](const QString &) {
            setMessage(translated(
                QT_TRANSLATE_NOOP("SupervisionSessionEditor", "The session could not be opened.")));
        });
}

void SupervisionSessionEditor::loaded(const LoadedSession &result)
{
    if (!result.ok) {
        setMessage(translated(QT_TRANSLATE_NOOP(
            "SupervisionSessionEditor", "This session is not in the journal on this tablet.")));
        return;
    }
    m_familyName = result.familyName;
    m_signed = result.isSigned;
    m_participantsText.clear();
    m_editable = result.editable;
    m_draft.reset(SupervisionSession::fromJson(result.body), !result.editable);
    setMessage({});
    setReady(true);
    emitAllFields();
}

bool SupervisionSessionEditor::createDraft(const QString &fosterHomeId)
{
    if (!m_recordId.isEmpty() || m_creating || fosterHomeId.isEmpty())
        return false;
    // Remembered until the store has the draft: a lock may come first, and then the
    // draft is made after the next unlock instead of the page waiting for ever.
    m_pendingHomeId = fosterHomeId;
    if (!unlocked())
        return true;
    SupervisionSession s;
    s.fosterHomeId = fosterHomeId;
    s.startedAt = toMinute(QDateTime::currentDateTime());
    s.date = s.startedAt.date();
    m_creating = true;
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    journal.run<LoadedSession>(
        this,
        [&journal, body = s.toJson(), fosterHomeId] {
            return createJob(journal.session(), body, fosterHomeId);
        },
        [this, epoch](const LoadedSession &result) { created(result, epoch); },
        [this](const QString &) {
            m_creating = false;
            m_pendingHomeId.clear();
            setMessage(translated(QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                                                    "A new session could not be created.")));
        });
    return true;
}

void SupervisionSessionEditor::created(const LoadedSession &result, int epoch)
{
    m_creating = false;
    if (!result.ok) {
        if (unlocked()) // unlocked again meanwhile: try now
            createDraft(m_pendingHomeId);
        return;
    }
    m_pendingHomeId.clear();
    // The id is no journal content: it is kept even if the tablet locked meanwhile, so
    // the session opens again after unlocking.
    m_recordId = result.recordId;
    emit recordIdChanged();
    if (epoch == m_epoch && unlocked())
        loaded(result);
    else
        load();
}

void SupervisionSessionEditor::afterEdit()
{
    // A refusal shown after signing stays until this change revalidates.
    m_violations.setViolations(m_draft.violations());
    m_dirty = true;
    setSaveState(SaveState::Unsaved);
    m_autosave.start();
    updateDerived();
}

void SupervisionSessionEditor::updateDerived()
{
    if (const bool can = canSign(); can != m_lastCanSign) {
        m_lastCanSign = can;
        emit canSignChanged();
    }
    if (m_draft.session().familyRating != m_lastRating) {
        m_lastRating = m_draft.session().familyRating;
        emit familyRatingChanged();
    }
}

void SupervisionSessionEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_saving || m_recordId.isEmpty() || readOnly() || !unlocked())
        return;
    m_saving = true;
    m_dirty = false;
    setSaveState(SaveState::Saving);
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    // The body is copied into the job: the secretary keeps typing meanwhile.
    journal.run<StoreAnswer>(
        this,
        [&journal, id = m_recordId, body = m_draft.session().toJson()] {
            return saveJob(journal.session(), id, body, false);
        },
        [this, epoch](const StoreAnswer &answer) {
            if (epoch != m_epoch)
                return;
            m_saving = false;
            if (!answer.ok) // the store checks the shape (lengths, sizes) again
                return saveFailed(answer.violations.value(0).message(), false);
            if (m_dirty) {
                setSaveState(SaveState::Unsaved);
                m_autosave.start();
                return;
            }
            setSaveState(SaveState::Saved);
            if (!m_message.isEmpty() && !m_signing)
                setMessage({});
            emit saved();
        },
        [this, epoch](const QString &) {
            if (epoch == m_epoch)
                saveFailed({}, true);
        });
}

void SupervisionSessionEditor::saveInBackground()
{
    if (m_recordId.isEmpty() || readOnly())
        return;
    JournalThread &journal = m_session->journal();
    journal.run<StoreAnswer>(
        m_session,
        [&journal, id = m_recordId, body = m_draft.session().toJson()] {
            return saveJob(journal.session(), id, body, false);
        },
        [](const StoreAnswer &) {});
    m_dirty = false;
}

void SupervisionSessionEditor::saveBeforeLock()
{
    // Queued before the session closes the journal (jobs run in order), even while an
    // earlier save is in flight: the text typed since then must not be lost. After
    // unlocking the editor loads what was saved.
    if (m_dirty)
        saveInBackground();
}

void SupervisionSessionEditor::saveFailed(const QString &why, bool retry)
{
    m_saving = false;
    m_dirty = true;
    setSaveState(SaveState::Failed);
    QString sentence = translated(
        QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                          "Not saved yet: what you wrote is still here and is tried again."));
    if (!why.isEmpty())
        sentence =
            translated(QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Not saved: %1")).arg(why);
    setMessage(sentence);
    // A refused shape stays refused until the text changes; an I/O error may pass.
    if (retry)
        m_autosave.start(retryAfterFailureMs);
}

bool SupervisionSessionEditor::canSign() const
{
    return m_ready && !m_signed && !readOnly() && !m_signing && !m_recordId.isEmpty() &&
           m_draft.violations().isEmpty();
}

void SupervisionSessionEditor::sign(const QString &pin)
{
    if (m_signing)
        return;
    if (!canSign()) {
        setMessage(translated(QT_TRANSLATE_NOOP(
            "SupervisionSessionEditor", "The session cannot be signed yet: see what is missing.")));
        emit signFinished(false);
        return;
    }
    setSigning(true);
    setMessage({});
    m_awaitingPin = true;
    m_session->checkPin(pin, signPurpose);
}

void SupervisionSessionEditor::onPinChecked(const QString &purpose, bool ok)
{
    if (purpose != signPurpose || !m_awaitingPin)
        return; // another screen's PIN check
    m_awaitingPin = false;
    if (!ok) {
        // Session.message says it in full (attempts left, the delay).
        const QString why = m_session ? m_session->message() : QString();
        return signRefused(
            why.isEmpty() ? translated(QT_TRANSLATE_NOOP("SupervisionSessionEditor", "Wrong PIN."))
                          : why);
    }
    signAfterPin();
}

void SupervisionSessionEditor::signAfterPin()
{
    if (!unlocked())
        return signRefused({});
    m_autosave.stop();
    m_dirty = false;
    // Nothing typed from here on could be in what is signed.
    m_draft.setReadOnly(true);
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    // Saved and signed in one job, so what is signed is exactly what is on the screen.
    journal.run<StoreAnswer>(
        this,
        [&journal, id = m_recordId, body = m_draft.session().toJson()] {
            return saveJob(journal.session(), id, body, true);
        },
        [this, epoch](const StoreAnswer &answer) {
            if (epoch != m_epoch)
                return;
            if (!answer.ok) {
                m_violations.showRefusal(answer.violations);
                m_dirty = true;
                return signRefused(translated(
                    QT_TRANSLATE_NOOP("SupervisionSessionEditor",
                                      "The journal refused to sign: see what is missing.")));
            }
            m_signed = true;
            setSaveState(SaveState::Saved);
            setSigning(false);
            emit signedChanged();
            updateDerived();
            if (auto *sync = m_session->syncService())
                sync->recordSigned();
            emit signFinished(true);
        },
        [this, epoch](const QString &) {
            if (epoch != m_epoch)
                return;
            m_dirty = true;
            signRefused(translated(QT_TRANSLATE_NOOP(
                "SupervisionSessionEditor", "The session could not be signed. Try again.")));
        });
}

void SupervisionSessionEditor::signRefused(const QString &message)
{
    if (m_ready && m_editable && !m_signed)
        m_draft.setReadOnly(false);
    setSigning(false);
    setMessage(message);
    if (m_dirty)
        m_autosave.start();
    emit signFinished(false);
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

void SupervisionSessionEditor::emitAllFields()
{
    emit fosterHomeChanged();
    emit dateChanged();
    emit timesChanged();
    emit participantsChanged();
    emit themesChanged();
    emit familyNeedsChanged();
    emit agreedActionsChanged();
    emit nextSessionChanged();
    emit signedChanged();
    updateDerived();
}

void SupervisionSessionEditor::setSaveState(SaveState state)
{
    if (state == m_saveState)
        return;
    m_saveState = state;
    emit saveStateChanged();
}

void SupervisionSessionEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void SupervisionSessionEditor::setSigning(bool signing)
{
    if (signing == m_signing)
        return;
    m_signing = signing;
    emit signingChanged();
    updateDerived();
}

void SupervisionSessionEditor::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    emit readyChanged();
    updateDerived();
}

} // namespace homevisit::ui
