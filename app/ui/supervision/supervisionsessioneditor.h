// The supervision-session editor behind SupervisionSessionPage: opens a draft (or
// creates one for a foster home), keeps the session in memory as the foster-home
// secretary types, autosaves it on the journal thread a moment after the last change
// (the "Sparat" indicator follows saveState), and signs it with her PIN. What blocks
// signing comes from the domain rules (SupervisionDraft), never from QML.
//
// Nothing of the session outlives a lock: the editor forgets the content when the
// session locks and reads it again from the store after the next unlock.
#pragma once

#include "sessioncontroller.h"
#include "supervisiondraft.h"
#include "supportformsmodel.h"
#include "violationsmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace homevisit::ui {

struct LoadedSession; // supervisionsessioneditor.cpp

class SupervisionSessionEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    // The record being edited; empty until createDraft() has made one.
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString fosterHomeId READ fosterHomeId NOTIFY fosterHomeChanged)
    Q_PROPERTY(QString familyName READ familyName NOTIFY fosterHomeChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)

    // ISO date (yyyy-MM-dd) of the session.
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY timesChanged) // HH:mm
    Q_PROPERTY(QString endTime READ endTime WRITE setEndTime NOTIFY timesChanged)
    Q_PROPERTY(
        QStringList participants READ participants WRITE setParticipants NOTIFY participantsChanged)
    // The participants one per line, as a text area edits them.
    Q_PROPERTY(QString participantsText READ participantsText WRITE setParticipantsText NOTIFY
                   participantsChanged)
    Q_PROPERTY(QString themes READ themes WRITE setThemes NOTIFY themesChanged)
    Q_PROPERTY(QString familyNeeds READ familyNeeds WRITE setFamilyNeeds NOTIFY familyNeedsChanged)
    Q_PROPERTY(
        QString agreedActions READ agreedActions WRITE setAgreedActions NOTIFY agreedActionsChanged)
    // ISO date or "" when none is planned.
    Q_PROPERTY(QString nextSession READ nextSession WRITE setNextSession NOTIFY nextSessionChanged)
    // The family's own rating of the support: 1-10, 0 = not rated; and their words.
    Q_PROPERTY(int familyScore READ familyScore WRITE setFamilyScore NOTIFY familyRatingChanged)
    Q_PROPERTY(
        QString familyComment READ familyComment WRITE setFamilyComment NOTIFY familyRatingChanged)
    Q_PROPERTY(bool hasFamilyRating READ hasFamilyRating NOTIFY familyRatingChanged)

    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(bool canSign READ canSign NOTIFY canSignChanged)
    // Named isSigned: moc cannot parse a property called "signed" (a C++ keyword).
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY signedChanged)
    // Signed, another author's, or not loaded: nothing can be changed.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(bool signing READ signing NOTIFY signingChanged)
    // One sentence about the last problem (saving, the PIN, signing), or empty.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

    Q_PROPERTY(homevisit::ui::SupportFormsModel *supportForms READ supportForms CONSTANT)
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

    explicit SupervisionSessionEditor(QObject *parent = nullptr);
    // Saves a pending change before going (the page was closed mid-debounce).
    ~SupervisionSessionEditor() override;

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &recordId);

    // Makes a new draft for the foster home, dated today; recordId follows.
    Q_INVOKABLE bool createDraft(const QString &fosterHomeId);
    // Saves a pending change now instead of after the debounce.
    Q_INVOKABLE void saveNow();
    // Checks the PIN (Session.checkPin, purpose "sign_supervision"), then saves and
    // signs on the journal thread; signFinished tells how it went.
    Q_INVOKABLE void sign(const QString &pin);
    Q_INVOKABLE void planNextSessionInWeeks(int weeks);

    QString fosterHomeId() const { return m_draft.session().fosterHomeId; }
    QString familyName() const { return m_familyName; }
    bool ready() const { return m_ready; }

    QString date() const;
    void setDate(const QString &isoDate);
    QString startTime() const;
    void setStartTime(const QString &hhmm);
    QString endTime() const;
    void setEndTime(const QString &hhmm);
    QStringList participants() const { return m_draft.session().participants; }
    void setParticipants(const QStringList &participants);
    QString participantsText() const;
    void setParticipantsText(const QString &text);
    QString themes() const { return m_draft.session().themes; }
    void setThemes(const QString &text);
    QString familyNeeds() const { return m_draft.session().familyNeeds; }
    void setFamilyNeeds(const QString &text);
    QString agreedActions() const { return m_draft.session().agreedActions; }
    void setAgreedActions(const QString &text);
    QString nextSession() const;
    void setNextSession(const QString &isoDate);
    int familyScore() const;
    void setFamilyScore(int score); // 0 clears
    QString familyComment() const;
    void setFamilyComment(const QString &comment);
    bool hasFamilyRating() const { return m_draft.session().familyRating.has_value(); }

    SaveState saveState() const { return m_saveState; }
    bool canSign() const;
    bool isSigned() const { return m_signed; }
    bool readOnly() const { return m_draft.readOnly(); }
    bool signing() const { return m_signing; }
    QString message() const { return m_message; }

    SupportFormsModel *supportForms() { return &m_forms; }
    ViolationsModel *violations() { return &m_violations; }
    // The session in memory; the family-rating hand-over writes through it.
    SupervisionDraft *draft() { return &m_draft; }

    // The field's name for the secretary ("Date of the session"), translated.
    static QString fieldLabel(const QString &field);

    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); } // tests

signals:
    void sessionChanged();
    void recordIdChanged();
    void fosterHomeChanged();
    void readyChanged();
    void dateChanged();
    void timesChanged();
    void participantsChanged();
    void themesChanged();
    void familyNeedsChanged();
    void agreedActionsChanged();
    void nextSessionChanged();
    void familyRatingChanged();
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
    void onSessionState();
    void load();
    void loaded(const LoadedSession &result);
    void created(const LoadedSession &result, int epoch);
    void forget();
    void saveBeforeLock(); // the session is about to close the journal
    void saveInBackground();
    void afterEdit();
    template <typename T>
    void setField(T domain::SupervisionSession::*field, T value,
                  void (SupervisionSessionEditor::*notify)());
    void setTime(QDateTime domain::SupervisionSession::*field, const QString &hhmm);
    void writeRating(int score, const QString &comment);
    void setSaveState(SaveState state);
    void setMessage(const QString &message);
    void setSigning(bool signing);
    void setReady(bool ready);
    void emitAllFields();
    void updateDerived();
    void onPinChecked(const QString &purpose, bool ok);
    void signAfterPin();
    void signRefused(const QString &message);
    void saveFailed(const QString &why, bool retry);

    QPointer<SessionController> m_session;
    SupervisionDraft m_draft;
    SupportFormsModel m_forms{&m_draft};
    ViolationsModel m_violations{&SupervisionSessionEditor::fieldLabel};
    QTimer m_autosave;

    QString m_recordId;
    QString m_pendingHomeId; // createDraft() asked, the store has not answered yet
    QString m_familyName;
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
    std::optional<domain::FamilyRating> m_lastRating;
};

} // namespace homevisit::ui
