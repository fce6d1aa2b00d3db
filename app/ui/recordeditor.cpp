#include "recordeditor.h"

#include "session/usersession.h"
#include "sync/service/syncservice.h"

#include <QCoreApplication>

namespace homevisit::ui {

using namespace homevisit::domain;

// What a save or sign job hands back: the store's refusal, field by field, if any.
struct StoreAnswer
{
    bool ok = false;
    QList<RuleViolation> violations;
};

namespace {

LoadedDraft loadJob(UserSession *session, const QString &recordId, const RecordEditor::Kind &kind)
{
    LoadedDraft out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    const auto record = journal.record(recordId);
    if (!record || record->kind != kind.kind)
        return out;
    out.ok = true;
    out.recordId = recordId;
    out.body = record->body;
    out.isSigned = record->status == store::RecordStatus::Signed;
    // Drafts belong to their author (docs/domain.md); the store refuses anyone else's save.
    out.editable = !out.isSigned && record->author == journal.identity().user;
    kind.readAbout(journal, record->facts.*kind.subject, out);
    return out;
}

LoadedDraft createJob(UserSession *session, const QJsonObject &body, const QString &subjectId,
                      const RecordEditor::Kind &kind)
{
    LoadedDraft out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    out.recordId = journal.createDraft(kind.kind, body);
    out.ok = true;
    out.body = body;
    out.editable = true;
    kind.readAbout(journal, subjectId, out);
    return out;
}

StoreAnswer saveJob(UserSession *session, const QString &id, const QJsonObject &body,
                    bool signAfter)
{
    if (!session)
        throw store::JournalStoreError(store::JournalStoreError::Code::Io, "the journal is locked");
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

RecordEditor::RecordEditor(const Kind &kind, QObject *parent)
    : QObject(parent), m_kind(kind),
      m_link(this, {[this] { onUnlocked(); },
                    [this] { forget(); }, // locked: no journal content stays in memory
                    {},
                    [this](const QString &purpose, bool ok) { onPinChecked(purpose, ok); },
                    [this] { saveBeforeLock(); }})
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &RecordEditor::saveNow);
}

void RecordEditor::attachDraft(RecordDraft *draft)
{
    m_draft = draft;
    connect(m_draft, &RecordDraft::edited, this, &RecordEditor::afterEdit);
    connect(m_draft, &RecordDraft::readOnlyChanged, this, &RecordEditor::readOnlyChanged);
    connect(m_draft, &RecordDraft::readOnlyChanged, this, &RecordEditor::updateDerived);
}

QString RecordEditor::sentence(const char *source) const
{
    return QCoreApplication::translate(m_kind.context, source);
}

void RecordEditor::saveBeforeClosing()
{
    // The page is gone but the change is not lost: the job runs on the journal thread
    // with no one waiting for its answer.
    if (m_dirty && unlocked())
        saveInBackground();
}

bool RecordEditor::unlocked() const
{
    return m_link.unlocked();
}

void RecordEditor::setSession(SessionController *session)
{
    if (session == m_link.session())
        return;
    forget();
    m_link.setSession(session);
    emit sessionChanged();
    load();
}

void RecordEditor::onUnlocked()
{
    if (m_recordId.isEmpty() && !m_pendingSubjectId.isEmpty())
        createDraft(m_pendingSubjectId);
    else
        load(); // the same screen again after unlocking
}

void RecordEditor::setRecordId(const QString &recordId)
{
    if (recordId == m_recordId)
        return;
    forget();
    m_pendingSubjectId.clear();
    m_recordId = recordId;
    emit recordIdChanged();
    load();
}

void RecordEditor::forget()
{
    m_link.invalidate();
    m_autosave.stop();
    // Text typed after aboutToLock cannot reach the store any more: the session closed
    // the journal before telling us. A draft being created still answers (created()).
    m_dirty = m_saving = m_awaitingPin = false;
    m_signed = false;
    m_editable = false;
    clearContent();
    setReady(false);
    setSigning(false);
    setSaveState(SaveState::Saved);
    emitAllFields();
}

void RecordEditor::load()
{
    if (!unlocked() || m_recordId.isEmpty() || m_ready)
        return;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    journal.run<LoadedDraft>(
        this,
        [&journal, id = m_recordId, &kind = m_kind] {
            return loadJob(journal.session(), id, kind);
        },
        [this, ticket](const LoadedDraft &result) {
            if (m_link.isCurrent(ticket))
                loaded(result);
        },
        [this](const QString &) { setMessage(sentence(m_kind.texts.openFailed)); });
}

void RecordEditor::loaded(const LoadedDraft &result)
{
    if (!result.ok)
        return setMessage(sentence(m_kind.texts.notInJournal));
    // Before the draft changes: canSign, re-evaluated then, reads it.
    m_signed = result.isSigned;
    m_editable = result.editable;
    applyLoaded(result);
    setMessage({});
    setReady(true);
    emitAllFields();
}

bool RecordEditor::createDraft(const QString &subjectId)
{
    if (!m_recordId.isEmpty() || m_creating || subjectId.isEmpty())
        return false;
    // Remembered until the store has the draft: a lock may come first, and then the
    // draft is made after the next unlock instead of the page waiting for ever.
    m_pendingSubjectId = subjectId;
    if (!unlocked())
        return true;
    m_creating = true;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    journal.run<LoadedDraft>(
        this,
        [&journal, body = newBody(subjectId), subjectId, &kind = m_kind] {
            return createJob(journal.session(), body, subjectId, kind);
        },
        [this, ticket](const LoadedDraft &result) { created(result, ticket); },
        [this](const QString &) {
            m_creating = false;
            m_pendingSubjectId.clear();
            setMessage(sentence(m_kind.texts.createFailed));
        });
    return true;
}

void RecordEditor::created(const LoadedDraft &result, SessionLink::Ticket ticket)
{
    m_creating = false;
    if (!result.ok) {
        if (unlocked()) // unlocked again meanwhile: try now
            createDraft(m_pendingSubjectId);
        return;
    }
    m_pendingSubjectId.clear();
    // The id is no journal content: it is kept even if the tablet locked meanwhile, so
    // the record opens again after unlocking.
    m_recordId = result.recordId;
    emit recordIdChanged();
    if (m_link.isCurrent(ticket))
        loaded(result);
    else
        load();
}

void RecordEditor::afterEdit()
{
    // Signing shows what the store refused until the next change revalidates; that
    // change is this one.
    m_dirty = true;
    setSaveState(SaveState::Unsaved);
    m_autosave.start();
    updateDerived();
}

void RecordEditor::updateDerived()
{
    if (const bool can = canSign(); can != m_lastCanSign) {
        m_lastCanSign = can;
        emit canSignChanged();
    }
}

void RecordEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || m_saving || m_recordId.isEmpty() || readOnly() || !unlocked())
        return;
    m_saving = true;
    m_dirty = false;
    setSaveState(SaveState::Saving);
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    // The body is copied into the job: the user keeps typing meanwhile.
    journal.run<StoreAnswer>(
        this,
        [&journal, id = m_recordId, body = m_draft->body()] {
            return saveJob(journal.session(), id, body, false);
        },
        [this, ticket](const StoreAnswer &answer) {
            if (m_link.sameContent(ticket))
                saveAnswered(answer);
        },
        [this, ticket](const QString &) {
            if (m_link.sameContent(ticket))
                saveFailed({}, true);
        });
}

void RecordEditor::saveAnswered(const StoreAnswer &answer)
{
    m_saving = false;
    if (!answer.ok) // the store checks the shape (lengths, sizes) again
        return saveFailed(answer.violations.value(0).message(), false);
    if (m_dirty) { // typed while saving: that change waits for the next autosave
        setSaveState(SaveState::Unsaved);
        m_autosave.start();
        return;
    }
    setSaveState(SaveState::Saved);
    if (!m_message.isEmpty() && !m_signing)
        setMessage({});
    emit saved();
}

void RecordEditor::saveInBackground()
{
    if (m_recordId.isEmpty() || readOnly())
        return;
    // The session is the context: the job and its (empty) answer outlive this editor.
    JournalThread &journal = m_link.journal();
    journal.run<StoreAnswer>(
        m_link.session(),
        [&journal, id = m_recordId, body = m_draft->body()] {
            return saveJob(journal.session(), id, body, false);
        },
        [](const StoreAnswer &) {});
    m_dirty = false;
}

void RecordEditor::saveBeforeLock()
{
    // Queued before the session closes the journal (jobs run in order), even while an
    // earlier save is in flight: the text typed since then must not be lost. After
    // unlocking the editor loads what was saved.
    if (m_dirty)
        saveInBackground();
}

void RecordEditor::saveFailed(const QString &why, bool retry)
{
    m_saving = false;
    m_dirty = true;
    setSaveState(SaveState::Failed);
    setMessage(why.isEmpty() ? sentence(m_kind.texts.notSavedYet)
                             : sentence(m_kind.texts.notSavedBecause).arg(why));
    // A refused shape stays refused until the text changes; an I/O error may pass, so
    // it is tried again by itself.
    if (retry)
        m_autosave.start(retryAfterFailureMs);
}

bool RecordEditor::canSign() const
{
    return m_ready && !m_signed && !readOnly() && !m_signing && !m_recordId.isEmpty() &&
           m_draft->violations().isEmpty();
}

void RecordEditor::sign(const QString &pin)
{
    if (m_signing)
        return;
    if (!canSign()) {
        setMessage(sentence(m_kind.texts.cannotSignYet));
        emit signFinished(false);
        return;
    }
    setSigning(true);
    setMessage({});
    m_awaitingPin = true;
    m_link.session()->checkPin(pin, QString::fromLatin1(m_kind.signPurpose));
}

void RecordEditor::onPinChecked(const QString &purpose, bool ok)
{
    if (purpose != QLatin1String(m_kind.signPurpose) || !m_awaitingPin)
        return; // another screen's PIN check
    m_awaitingPin = false;
    if (!ok) {
        // Session.message says it in full (attempts left, the delay).
        const QString why = m_link.session() ? m_link.session()->message() : QString();
        return signRefused(why.isEmpty() ? sentence(m_kind.texts.wrongPin) : why);
    }
    signAfterPin();
}

void RecordEditor::signAfterPin()
{
    if (!unlocked())
        return signRefused({});
    m_autosave.stop();
    m_dirty = false;
    // Nothing typed from here on could be in what is signed.
    m_draft->setReadOnly(true);
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    // Saved and signed in one job, so what is signed is exactly what is on the screen.
    journal.run<StoreAnswer>(
        this,
        [&journal, id = m_recordId, body = m_draft->body()] {
            return saveJob(journal.session(), id, body, true);
        },
        [this, ticket](const StoreAnswer &answer) {
            if (m_link.sameContent(ticket))
                signAnswered(answer);
        },
        [this, ticket](const QString &) {
            if (!m_link.sameContent(ticket))
                return;
            m_dirty = true;
            signRefused(sentence(m_kind.texts.signFailed));
        });
}

void RecordEditor::signAnswered(const StoreAnswer &answer)
{
    if (!answer.ok) {
        showRefusal(answer.violations);
        m_dirty = true;
        return signRefused(sentence(m_kind.texts.journalRefusedSign));
    }
    m_signed = true;
    m_draft->setReadOnly(true);
    setSaveState(SaveState::Saved);
    setSigning(false);
    emit signedChanged();
    updateDerived();
    // The signed record is what the sync service sends first.
    if (auto *sync = m_link.session()->syncService())
        sync->recordSigned();
    emit signFinished(true);
}

void RecordEditor::signRefused(const QString &message)
{
    if (m_ready && m_editable && !m_signed)
        m_draft->setReadOnly(false);
    setSigning(false);
    setMessage(message);
    if (m_dirty)
        m_autosave.start();
    emit signFinished(false);
}

void RecordEditor::emitAllFields()
{
    emitFields();
    emit signedChanged();
    updateDerived();
}

void RecordEditor::setSaveState(SaveState state)
{
    if (state == m_saveState)
        return;
    m_saveState = state;
    emit saveStateChanged();
}

void RecordEditor::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void RecordEditor::setSigning(bool signing)
{
    if (signing == m_signing)
        return;
    m_signing = signing;
    emit signingChanged();
    updateDerived();
}

void RecordEditor::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    emit readyChanged();
    updateDerived();
}

} // namespace homevisit::ui
