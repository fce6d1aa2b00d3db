// What the record editors (ChildVisitEditor, SupervisionSessionEditor) share: opening a
// draft on the journal thread (or creating one for a subject, a child or a foster home),
// autosaving a moment after the last change (the "Sparat" indicator follows saveState)
// and again after a failure, saving before the session locks, forgetting the content on
// lock and reading it again after the next unlock, and signing with the user's PIN.
// The kind supplies its draft, a new record's body, what it shows beside the record,
// its sentences and its own properties (the hooks below).
#pragma once

#include "ui/recorddraft.h"
#include "ui/sessioncontroller.h"
#include "ui/sessionlink.h"
#include "ui/violationsmodel.h"

#include <QObject>
#include <QTimer>

namespace homevisit::store {
class JournalStore;
}

namespace homevisit::ui {

// What a load or create job hands back to the UI thread.
struct LoadedDraft
{
    bool ok = false;
    QString recordId;
    QJsonObject body;
    bool isSigned = false;
    bool editable = false; // a draft of this user's own
    // What the kind reads beside the record (RecordEditor::Kind::readAbout).
    QString subjectName;             // the child's or the foster family's
    int birthYear = 0;               // the child's, 0 when unknown
    domain::DomainSettings settings; // the municipality's, for kinds checked against them
};

struct StoreAnswer; // recordeditor.cpp

class RecordEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    // The record being edited; empty until createDraft() has made one.
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    // The record is loaded (or created) and shown.
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)

    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(bool canSign READ canSign NOTIFY canSignChanged)
    // Named isSigned: moc cannot parse a property called "signed" (a C++ keyword).
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY signedChanged)
    // Signed, another author's, or not loaded: nothing can be changed.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(bool signing READ signing NOTIFY signingChanged)
    // One sentence about the last problem (saving, the PIN, signing), or empty.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // What blocks signing, field by field with the rule's sentence (the sign dialog's list).
    Q_PROPERTY(homevisit::ui::ViolationsModel *violations READ violations CONSTANT)

public:
    enum class SaveState
    {
        Saved,   // what is shown is in the store ("Sparat")
        Unsaved, // a change waits for the autosave
        Saving,
        Failed // the last save failed; the text is still here and is tried again
    };
    Q_ENUM(SaveState)

    // The sentences the user sees, as sources in the kind's translation context.
    struct Texts
    {
        const char *openFailed;
        const char *notInJournal;
        const char *createFailed;
        const char *notSavedYet;
        const char *notSavedBecause; // %1: the store's reason
        const char *cannotSignYet;
        const char *wrongPin;
        const char *journalRefusedSign;
        const char *signFailed;
    };
    // What differs between the kinds and is fixed for each: a static of the subclass,
    // public because the jobs on the journal thread read it.
    struct Kind
    {
        domain::RecordKind kind;
        const char *context;     // the subclass's translation context
        const char *signPurpose; // Session.checkPin's purpose, so other PIN checks pass by
        QString domain::RecordFacts::*subject; // the child or foster home it is about
        // Runs on the journal thread: what the page shows beside the record.
        void (*readAbout)(store::JournalStore &journal, const QString &subjectId, LoadedDraft &out);
        Texts texts;
    };

    static constexpr int defaultAutosaveMs = 800;
    static constexpr int retryAfterFailureMs = 5000;

    SessionController *session() const { return m_link.session(); }
    void setSession(SessionController *session);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &recordId);

    // Makes a new draft for the subject (a child, a foster home); recordId follows
    // when it exists.
    Q_INVOKABLE bool createDraft(const QString &subjectId);
    // Saves a pending change now instead of after the debounce.
    Q_INVOKABLE void saveNow();
    // Checks the PIN (Session.checkPin with the kind's purpose), then saves and signs on
    // the journal thread; signFinished tells how it went.
    Q_INVOKABLE void sign(const QString &pin);

    bool ready() const { return m_ready; }
    SaveState saveState() const { return m_saveState; }
    bool canSign() const;
    bool isSigned() const { return m_signed; }
    bool readOnly() const { return m_draft->readOnly(); }
    bool signing() const { return m_signing; }
    QString message() const { return m_message; }
    // The kind's list: the domain rules of its draft, or what the store refused.
    virtual ViolationsModel *violations() = 0;

    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); } // tests

signals:
    void sessionChanged();
    void recordIdChanged();
    void readyChanged();
    void saveStateChanged();
    void canSignChanged();
    void signedChanged();
    void readOnlyChanged();
    void signingChanged();
    void messageChanged();
    void saved(); // a save reached the store
    void signFinished(bool ok);

protected:
    RecordEditor(const Kind &kind, QObject *parent);
    // Called by the subclass's constructor once its draft (a member) exists.
    void attachDraft(RecordDraft *draft);

    // The hooks. A new record's body for the subject.
    virtual QJsonObject newBody(const QString &subjectId) const = 0;
    // Shows a loaded record: the draft's content and what was read beside it.
    virtual void applyLoaded(const LoadedDraft &loaded) = 0;
    // Drops the content (the session locks, another record opens).
    virtual void clearContent() = 0;
    // Tells QML every field of the kind may have changed.
    virtual void emitFields() = 0;
    // Shows what the store refused when signing, field by field.
    virtual void showRefusal(const QList<domain::RuleViolation> &refused)
    {
        violations()->showRefusal(refused);
    }
    // Emits the change signals of values derived from the draft; subclasses add theirs.
    virtual void updateDerived();

    // For the subclass's destructor (the draft is its member): a change still pending
    // is saved with no one waiting for the answer.
    void saveBeforeClosing();

private:
    QString sentence(const char *source) const; // translated in the kind's context
    bool unlocked() const;
    void onUnlocked();
    void load();
    void loaded(const LoadedDraft &result);
    void created(const LoadedDraft &result, SessionLink::Ticket ticket);
    void forget();
    void saveBeforeLock(); // the session is about to close the journal
    void saveInBackground();
    void saveAnswered(const StoreAnswer &answer);
    void afterEdit();
    void setSaveState(SaveState state);
    void setMessage(const QString &message);
    void setSigning(bool signing);
    void setReady(bool ready);
    void emitAllFields();
    void onPinChecked(const QString &purpose, bool ok);
    void signAfterPin();
    void signAnswered(const StoreAnswer &answer);
    void signRefused(const QString &message);
    void saveFailed(const QString &why, bool retry);

    const Kind &m_kind;
    RecordDraft *m_draft = nullptr; // the subclass's member
    SessionLink m_link; // the session, and late answers dropped once the content is gone
    QTimer m_autosave;

    QString m_recordId;
    QString m_pendingSubjectId; // createDraft() asked, the store has not answered yet
    bool m_ready = false;
    bool m_signed = false;
    bool m_editable = false; // the user's own draft
    bool m_creating = false;
    bool m_dirty = false;  // a change not yet handed to the journal thread
    bool m_saving = false; // a save job is in flight
    bool m_signing = false;
    bool m_awaitingPin = false;
    SaveState m_saveState = SaveState::Saved;
    QString m_message;
    bool m_lastCanSign = false;
};

} // namespace homevisit::ui
