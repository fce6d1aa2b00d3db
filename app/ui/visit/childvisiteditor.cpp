#include "childvisiteditor.h"

#include "service/syncservice.h"
#include "session/usersession.h"

#include <QCoreApplication>

namespace homevisit::ui {

using namespace homevisit::domain;

// What a load or create job hands back to the UI thread.
struct LoadedVisit
{
    bool ok = false;
    QString recordId;
    QJsonObject body;
    DomainSettings settings;
    bool isSigned = false;
    bool editable = false; // a draft of this user's own
    QString childName;
    int birthYear = 0;
};

namespace {

constexpr auto context = "ChildVisitEditor";
const QString signPurpose = QStringLiteral("sign");

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

void readChild(store::JournalStore &journal, const QString &childId, LoadedVisit &out)
{
    if (const auto child = journal.child(childId)) {
        out.childName = child->name;
        out.birthYear = child->birthYear;
    }
}

LoadedVisit loadJob(UserSession *session, const QString &recordId)
{
    LoadedVisit out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    const auto record = journal.record(recordId);
    if (!record || record->kind != RecordKind::ChildVisit)
        return out;
    out.ok = true;
    out.recordId = recordId;
    out.body = record->body;
    out.settings = journal.domainSettings();
    out.isSigned = record->status == store::RecordStatus::Signed;
    // Drafts belong to their author (DOMAIN.md); the store refuses anyone else's save.
    out.editable = !out.isSigned && record->author == journal.identity().user;
    readChild(journal, record->facts.childId, out);
    return out;
}

LoadedVisit createJob(UserSession *session, const QJsonObject &body, const QString &childId)
{
    LoadedVisit out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    out.recordId = journal.createDraft(RecordKind::ChildVisit, body);
    out.ok = true;
    out.body = body;
    out.settings = journal.domainSettings();
    out.editable = true;
    readChild(journal, childId, out);
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

ChildVisitEditor::ChildVisitEditor(QObject *parent) : QObject(parent)
{
    // Members with this as parent: QML never takes them over, and they still go first.
    m_draft.setParent(this);
    m_checklist.setParent(this);
    m_topics.setParent(this);
    m_violations.setParent(this);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &ChildVisitEditor::saveNow);
    connect(&m_draft, &VisitDraft::edited, this, &ChildVisitEditor::afterEdit);
    connect(&m_draft, &VisitDraft::readOnlyChanged, this, &ChildVisitEditor::readOnlyChanged);
    connect(&m_draft, &VisitDraft::readOnlyChanged, this, &ChildVisitEditor::updateDerived);
}

ChildVisitEditor::~ChildVisitEditor()
{
    if (!m_dirty || m_recordId.isEmpty() || readOnly() || !unlocked())
        return;
    // The page is gone but the change is not lost: the job runs on the journal thread
    // with no one waiting for its answer.
    JournalThread &journal = m_session->journal();
    journal.run<StoreAnswer>(
        m_session,
        [&journal, id = m_recordId, body = m_draft.visit().toJson()] {
            return saveJob(journal.session(), id, body, false);
        },
        [](const StoreAnswer &) {});
}

bool ChildVisitEditor::unlocked() const
{
    return m_session && m_session->state() == SessionController::State::Unlocked;
}

void ChildVisitEditor::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    forget();
    m_session = session;
    if (m_session) {
        connect(m_session, &SessionController::stateChanged, this, [this] {
            if (!unlocked())
                forget(); // locked: no journal content stays in memory
            else if (m_recordId.isEmpty() && !m_pendingChildId.isEmpty())
                createDraft(m_pendingChildId);
            else
                load(); // the same screen again after unlocking
        });
        connect(m_session, &SessionController::pinChecked, this, &ChildVisitEditor::onPinChecked);
        connect(m_session, &SessionController::aboutToLock, this,
                &ChildVisitEditor::saveBeforeLock);
    }
    emit sessionChanged();
    load();
}

void ChildVisitEditor::setRecordId(const QString &recordId)
{
    if (recordId == m_recordId)
        return;
    forget();
    m_pendingChildId.clear();
    m_recordId = recordId;
    emit recordIdChanged();
    load();
}

void ChildVisitEditor::forget()
{
    ++m_epoch;
    m_autosave.stop();
    // A change typed in the last moment before the lock cannot reach the store any
    // more: the session closed the journal before telling us.
    // A draft being created still answers (created()); only its content is dropped.
    m_dirty = m_saving = m_awaitingPin = false;
    m_childName.clear();
    m_birthYear = 0;
    m_participantsText.clear();
    m_signed = false;
    m_editable = false;
    m_draft.clear();
    setReady(false);
    setSigning(false);
    setSaveState(SaveState::Saved);
    emitAllFields();
}

void ChildVisitEditor::load()
{
    if (!unlocked() || m_recordId.isEmpty() || m_ready)
        return;
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    journal.run<LoadedVisit>(
        this, [&journal, id = m_recordId] { return loadJob(journal.session(), id); },
        [this, epoch](const LoadedVisit &result) {
            if (epoch == m_epoch && unlocked())
                loaded(result);
        },
        [this](const QString &) {
            setMessage(translated(
                QT_TRANSLATE_NOOP("ChildVisitEditor", "The visit could not be opened.")));
        });
}

void ChildVisitEditor::loaded(const LoadedVisit &result)
{
    if (!result.ok) {
        setMessage(translated(QT_TRANSLATE_NOOP(
            "ChildVisitEditor", "This visit is not in the journal on this tablet.")));
        return;
    }
    m_childName = result.childName;
    m_birthYear = result.birthYear;
    m_signed = result.isSigned;
    m_participantsText.clear();
    m_draft.reset(ChildVisit::fromJson(result.body), result.settings, !result.editable);
    m_editable = result.editable;
    setMessage({});
    setReady(true);
    emitAllFields();
}

bool ChildVisitEditor::createDraft(const QString &childId)
{
    if (!m_recordId.isEmpty() || m_creating || childId.isEmpty())
        return false;
    // Remembered until the store has the draft: a lock may come first, and then the
    // draft is made after the next unlock instead of the page waiting for ever.
    m_pendingChildId = childId;
    if (!unlocked())
        return true;
    ChildVisit visit;
    visit.childId = childId;
    visit.startedAt = toMinute(QDateTime::currentDateTime());
    visit.place = VisitPlace::FosterHome;
    m_creating = true;
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    journal.run<LoadedVisit>(
        this,
        [&journal, body = visit.toJson(), childId] {
            return createJob(journal.session(), body, childId);
        },
        [this, epoch](const LoadedVisit &result) { created(result, epoch); },
        [this](const QString &) {
            m_creating = false;
            m_pendingChildId.clear();
            setMessage(translated(
                QT_TRANSLATE_NOOP("ChildVisitEditor", "A new visit could not be created.")));
        });
    return true;
}

void ChildVisitEditor::created(const LoadedVisit &result, int epoch)
{
    m_creating = false;
    if (!result.ok) {
        if (unlocked()) // unlocked again meanwhile: try now
            createDraft(m_pendingChildId);
        return;
    }
    m_pendingChildId.clear();
    // The id is no journal content: it is kept even if the tablet locked meanwhile, so
    // the visit opens again after unlocking.
    m_recordId = result.recordId;
    emit recordIdChanged();
    if (epoch == m_epoch && unlocked())
        loaded(result);
    else
        load();
}

void ChildVisitEditor::afterEdit()
{
    // Signing shows what the store refused until the next change revalidates; that
    // change is this one.
    m_dirty = true;
    setSaveState(SaveState::Unsaved);
    m_autosave.start();
    updateDerived();
}

void ChildVisitEditor::updateDerived()
{
    if (const bool can = canSign(); can != m_lastCanSign) {
        m_lastCanSign = can;
        emit canSignChanged();
    }
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

void ChildVisitEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_saving || m_recordId.isEmpty() || readOnly() || !unlocked())
        return;
    m_saving = true;
    m_dirty = false;
    setSaveState(SaveState::Saving);
    JournalThread &journal = m_session->journal();
    const int epoch = m_epoch;
    // The body is copied into the job: the worker keeps typing meanwhile.
    journal.run<StoreAnswer>(
        this,
        [&journal, id = m_recordId, body = m_draft.visit().toJson()] {
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
            if (m_message.size() && !m_signing)
                setMessage({});
            emit saved();
        },
        [this, epoch](const QString &) {
            if (epoch == m_epoch)
                saveFailed({}, true);
        });
}

void ChildVisitEditor::saveBeforeLock()
{
    if (!m_dirty || m_recordId.isEmpty() || readOnly())
        return;
    // Queued before the session closes the journal (jobs run in order), even while an
    // earlier save is in flight: the text typed since then must not be lost. No answer
    // is awaited; after unlocking the editor loads what was saved.
    JournalThread &journal = m_session->journal();
    journal.run<StoreAnswer>(
        this,
        [&journal, id = m_recordId, body = m_draft.visit().toJson()] {
            return saveJob(journal.session(), id, body, false);
        },
        [](const StoreAnswer &) {});
    m_dirty = false;
}

void ChildVisitEditor::saveFailed(const QString &why, bool retry)
{
    m_saving = false;
    m_dirty = true;
    setSaveState(SaveState::Failed);
    QString sentence = translated(QT_TRANSLATE_NOOP(
        "ChildVisitEditor", "Not saved yet: what you wrote is still here and is tried again."));
    if (!why.isEmpty())
        sentence = translated(QT_TRANSLATE_NOOP("ChildVisitEditor", "Not saved: %1")).arg(why);
    setMessage(sentence);
    // A refused shape stays refused until the worker changes the text; an I/O error
    // may pass, so it is tried again by itself.
    if (retry)
        m_autosave.start(retryAfterFailureMs);
}

bool ChildVisitEditor::canSign() const
{
    return m_ready && !m_signed && !readOnly() && !m_signing && !m_recordId.isEmpty() &&
           m_draft.violations().isEmpty();
}

void ChildVisitEditor::sign(const QString &pin)
{
    if (m_signing)
        return;
    if (!canSign()) {
        setMessage(translated(QT_TRANSLATE_NOOP(
            "ChildVisitEditor", "The visit cannot be signed yet: see what is missing.")));
        emit signFinished(false);
        return;
    }
    setSigning(true);
    setMessage({});
    m_awaitingPin = true;
    m_session->checkPin(pin, signPurpose);
}

void ChildVisitEditor::onPinChecked(const QString &purpose, bool ok)
{
    if (purpose != signPurpose || !m_awaitingPin)
        return; // another screen's PIN check
    m_awaitingPin = false;
    if (!ok) {
        // Session.message says it in full (attempts left, the delay).
        const QString why = m_session ? m_session->message() : QString();
        return signRefused(
            why.isEmpty() ? translated(QT_TRANSLATE_NOOP("ChildVisitEditor", "Wrong PIN.")) : why);
    }
    signAfterPin();
}

void ChildVisitEditor::signAfterPin()
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
        [&journal, id = m_recordId, body = m_draft.visit().toJson()] {
            return saveJob(journal.session(), id, body, true);
        },
        [this, epoch](const StoreAnswer &answer) {
            if (epoch != m_epoch)
                return;
            if (!answer.ok) {
                m_violations.showRefusal(answer.violations);
                m_dirty = true;
                return signRefused(translated(QT_TRANSLATE_NOOP(
                    "ChildVisitEditor", "The journal refused to sign: see what is missing.")));
            }
            m_signed = true;
            m_draft.setReadOnly(true);
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
            signRefused(translated(QT_TRANSLATE_NOOP("ChildVisitEditor",
                                                     "The visit could not be signed. Try again.")));
        });
}

void ChildVisitEditor::signRefused(const QString &message)
{
    if (m_ready && m_editable && !m_signed)
        m_draft.setReadOnly(false);
    setSigning(false);
    setMessage(message);
    if (m_dirty)
        m_autosave.start();
    emit signFinished(false);
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

void ChildVisitEditor::emitAllFields()
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
    emit signedChanged();
    updateDerived();
}

void ChildVisitEditor::setSaveState(SaveState state)
{
    if (state == m_saveState)
        return;
    m_saveState = state;
    emit saveStateChanged();
}

void ChildVisitEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void ChildVisitEditor::setSigning(bool signing)
{
    if (signing == m_signing)
        return;
    m_signing = signing;
    emit signingChanged();
    updateDerived();
}

void ChildVisitEditor::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    emit readyChanged();
    updateDerived();
}

} // namespace homevisit::ui
