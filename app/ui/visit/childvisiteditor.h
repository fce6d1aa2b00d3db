// The child-visit editor behind ChildVisitPage: opens a draft (or creates one for a
// child), keeps the visit in memory as the worker types, autosaves it on the journal
// thread a moment after the last change (the "Sparat" indicator follows saveState),
// and signs it with the worker's PIN. The rules that block signing come from the domain
// code (VisitDraft), never from QML.
//
// Nothing of the visit outlives a lock: the editor forgets the content when the session
// locks and reads it again from the store after the next unlock.
#pragma once

#include "participationchecklistmodel.h"
#include "sessioncontroller.h"
#include "viewtopicsmodel.h"
#include "violationsmodel.h"
#include "visitdraft.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>

namespace homevisit::ui {

struct LoadedVisit; // childvisiteditor.cpp

class ChildVisitEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    // The record being edited; empty until createDraft() has made one.
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString childId READ childId NOTIFY childChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    Q_PROPERTY(int childAge READ childAge NOTIFY childChanged) // 0 when unknown
    // The visit is loaded (or created) and shown.
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)

    Q_PROPERTY(QString visitDate READ visitDate WRITE setVisitDate NOTIFY startedAtChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt WRITE setStartedAt NOTIFY startedAtChanged)
    Q_PROPERTY(QDateTime endedAt READ endedAt WRITE setEndedAt NOTIFY endedAtChanged)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY startedAtChanged)
    Q_PROPERTY(QString endTime READ endTime WRITE setEndTime NOTIFY endedAtChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY placeChanged) // a wire name or ""
    Q_PROPERTY(QString placeText READ placeText WRITE setPlaceText NOTIFY placeChanged)
    Q_PROPERTY(QVariantList placeOptions READ placeOptions CONSTANT) // [{value, label}]
    Q_PROPERTY(
        QStringList participants READ participants WRITE setParticipants NOTIFY participantsChanged)
    // The participants one per line, as a text area edits them.
    Q_PROPERTY(QString participantsText READ participantsText WRITE setParticipantsText NOTIFY
                   participantsChanged)
    Q_PROPERTY(
        QString observations READ observations WRITE setObservations NOTIFY observationsChanged)
    Q_PROPERTY(
        QString agreedActions READ agreedActions WRITE setAgreedActions NOTIFY agreedActionsChanged)
    // ISO date (yyyy-MM-dd) or "" when none is planned.
    Q_PROPERTY(QString nextPlannedVisit READ nextPlannedVisit WRITE setNextPlannedVisit NOTIFY
                   nextPlannedVisitChanged)
    // The secretary's own concern, beside the child's answer on safety.
    Q_PROPERTY(
        bool concernRaised READ concernRaised WRITE setConcernRaised NOTIFY concernRaisedChanged)
    // The flag that reaches the supervisor first: raised, or the child did not say
    // they feel safe.
    Q_PROPERTY(bool concernFlag READ concernFlag NOTIFY concernFlagChanged)

    // What the child answered in child mode: [{question, score (1-5, 0 = none), words}].
    Q_PROPERTY(QVariantList childAnswers READ childAnswers NOTIFY childAnswersChanged)

    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(bool canSign READ canSign NOTIFY canSignChanged)
    // Named isSigned: moc cannot parse a property called "signed" (a C++ keyword).
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY signedChanged)
    // Signed, another author's, or not loaded: nothing can be changed.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(bool signing READ signing NOTIFY signingChanged)
    // One sentence about the last problem (saving, the PIN, signing), or empty.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

    Q_PROPERTY(homevisit::ui::ParticipationChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(homevisit::ui::ViewTopicsModel *viewTopics READ viewTopics CONSTANT)
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

    static constexpr int defaultAutosaveMs = 800;
    static constexpr int retryAfterFailureMs = 5000;

    explicit ChildVisitEditor(QObject *parent = nullptr);
    // Saves a pending change before going (the page was closed mid-debounce).
    ~ChildVisitEditor() override;

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &recordId);

    // Makes a new draft for the child, started now; recordId follows when it exists.
    Q_INVOKABLE bool createDraft(const QString &childId);
    // Saves a pending change now instead of after the debounce.
    Q_INVOKABLE void saveNow();
    // Checks the PIN (Session.checkPin, purpose "sign"), then saves and signs on the
    // journal thread; signFinished tells how it went.
    Q_INVOKABLE void sign(const QString &pin);
    Q_INVOKABLE void endNow(); // the visit ends now
    Q_INVOKABLE void planNextVisitInWeeks(int weeks);

    QString childId() const { return m_draft.visit().childId; }
    QString childName() const { return m_childName; }
    int childAge() const;
    bool ready() const { return m_ready; }

    QString visitDate() const;
    void setVisitDate(const QString &isoDate);
    QDateTime startedAt() const { return m_draft.visit().startedAt; }
    void setStartedAt(const QDateTime &at);
    QDateTime endedAt() const { return m_draft.visit().endedAt; }
    void setEndedAt(const QDateTime &at);
    QString startTime() const;
    void setStartTime(const QString &hhmm);
    QString endTime() const;
    void setEndTime(const QString &hhmm);
    QString place() const;
    void setPlace(const QString &place);
    QString placeText() const { return m_draft.visit().placeText; }
    void setPlaceText(const QString &text);
    static QVariantList placeOptions();
    QStringList participants() const { return m_draft.visit().participants; }
    void setParticipants(const QStringList &participants);
    QString participantsText() const;
    void setParticipantsText(const QString &text);
    QString observations() const { return m_draft.visit().observations; }
    void setObservations(const QString &text);
    QString agreedActions() const { return m_draft.visit().agreedActions; }
    void setAgreedActions(const QString &text);
    QString nextPlannedVisit() const;
    void setNextPlannedVisit(const QString &isoDate);
    bool concernRaised() const { return m_draft.visit().concernRaised; }
    void setConcernRaised(bool raised);
    bool concernFlag() const { return m_draft.visit().concernFlag(); }
    QVariantList childAnswers() const;

    SaveState saveState() const { return m_saveState; }
    bool canSign() const;
    bool isSigned() const { return m_signed; }
    bool readOnly() const { return m_draft.readOnly(); }
    bool signing() const { return m_signing; }
    QString message() const { return m_message; }

    ParticipationChecklistModel *checklist() { return &m_checklist; }
    ViewTopicsModel *viewTopics() { return &m_topics; }
    ViolationsModel *violations() { return &m_violations; }
    // The visit in memory; child mode writes the child's answers through it.
    VisitDraft *draft() { return &m_draft; }

    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); } // tests

signals:
    void sessionChanged();
    void recordIdChanged();
    void childChanged();
    void readyChanged();
    void startedAtChanged();
    void endedAtChanged();
    void placeChanged();
    void participantsChanged();
    void observationsChanged();
    void agreedActionsChanged();
    void nextPlannedVisitChanged();
    void concernRaisedChanged();
    void concernFlagChanged();
    void childAnswersChanged();
    void saveStateChanged();
    void canSignChanged();
    void signedChanged();
    void readOnlyChanged();
    void signingChanged();
    void messageChanged();
    void saved(); // a save reached the store
    void signFinished(bool ok);

private:
    bool unlocked() const;
    void load();
    void loaded(const LoadedVisit &result);
    void created(const LoadedVisit &result, int epoch);
    void forget();
    void saveBeforeLock(); // the session is about to close the journal
    void afterEdit();
    template <typename T>
    void setField(T domain::ChildVisit::*field, T value, void (ChildVisitEditor::*notify)());
    void setSaveState(SaveState state);
    void setMessage(const QString &message);
    void setSigning(bool signing);
    void setReady(bool ready);
    void emitAllFields();
    void updateDerived();
    void onPinChecked(const QString &purpose, bool ok);
    void signAfterPin();
    void signRefused(const QString &message);
    void saveFailed(const QString &message, bool retry);

    QPointer<SessionController> m_session;
    VisitDraft m_draft;
    ParticipationChecklistModel m_checklist{&m_draft};
    ViewTopicsModel m_topics{&m_draft};
    ViolationsModel m_violations{&m_draft};
    QTimer m_autosave;

    QString m_recordId;
    QString m_pendingChildId; // createDraft() asked, the store has not answered yet
    QString m_childName;
    int m_birthYear = 0;
    QString m_participantsText; // as typed, while it means the same list
    bool m_ready = false;
    bool m_signed = false;
    bool m_editable = false; // the user's own draft
    bool m_creating = false;
    bool m_dirty = false;  // a change not yet handed to the journal thread
    bool m_saving = false; // a save job is in flight
    bool m_signing = false;
    bool m_awaitingPin = false;
    int m_epoch = 0; // bumped when the content is forgotten: late answers are dropped
    SaveState m_saveState = SaveState::Saved;
    QString m_message;
    bool m_lastCanSign = false;
    bool m_lastConcernFlag = false;
    QList<domain::ChildAnswer> m_lastAnswers;
};

} // namespace homevisit::ui
