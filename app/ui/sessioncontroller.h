// Who is using the tablet and whether the journal is open: first-start enrollment,
// unlocking with the PIN (delays and the lockout warning), idle auto-lock and lock on
// suspend, and the sync service while unlocked. Handed to QML as the singleton
// `Session`; every slow step (Argon2id, opening SQLCipher, the network) runs on the
// journal thread, never here.
#pragma once

#include "ui/journalthread.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace homevisit::sync {
class SyncService;
}

namespace homevisit::ui {

class SessionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY stateChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY stateChanged)
    Q_PROPERTY(Role role READ role NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // One translated sentence about the last attempt ("Fel PIN-kod. 3 försök kvar."), or empty.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY lockoutChanged)
    // Counts down while a delay after failed tries runs; 0 = may try now.
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY lockoutChanged)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString defaultServerUrl READ defaultServerUrl CONSTANT)
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY
                   idleLockSecondsChanged)
    // Bumped at every unlock: views reload their data from the journal.
    Q_PROPERTY(int generation READ generation NOTIFY stateChanged)

public:
    enum class State
    {
        Starting,   // the first frame is up; the disk has not been looked at yet
        Enrollment, // no user on this tablet: first start
        Locked,     // a user exists; the PIN opens the journal
        Unlocking,  // Argon2id and the store open run on the journal thread
        Unlocked,
        Erased // revoked by the administrator or locked out: the store is gone
    };
    Q_ENUM(State)
    enum class Role
    {
        Caseworker,
        FosterHomeSecretary,
        Supervisor
    };
    Q_ENUM(Role)

    struct Options
    {
        QString dataDir;
        QString serverUrl; // --server: prefilled in the enrollment form
        bool demo = false; // a local demo user with demo data and no server
        bool startSync = true;
        // The demo user's role (the protocol's name): caseworker, foster_home_secretary
        // or supervisor. Used when the demo store is created.
        QString demoRole = QStringLiteral("caseworker");
        // --offline-unlock-days: an enrolled store that has not reached the server for
        // this many days is not shown until the server confirms it (0 = no limit).
        int offlineUnlockDays = 30;
    };

    // An in-session PIN check that leaves this many attempts or fewer locks the session.
    static constexpr int lockAtAttemptsLeft = 3;

    explicit SessionController(Options options, QObject *parent = nullptr);
    ~SessionController() override;

    // Looks at the disk on the journal thread (creating the demo store if asked) and
    // moves to Enrollment or Locked. Call after the first frame.
    void start();

    Q_INVOKABLE void unlock(const QString &pin);
    // Enrolls this tablet with the server and creates the user's store with `pin`.
    Q_INVOKABLE void enroll(const QString &serverUrl, const QString &serverKey,
                            const QString &credential, const QString &pin, const QString &pinAgain);
    // The store's PIN rules in plain words (translated), for the enrollment form.
    Q_INVOKABLE QString pinRules() const;
    // Checks a new PIN as the user types: empty if acceptable, else one sentence.
    Q_INVOKABLE QString pinProblem(const QString &pin) const;
    Q_INVOKABLE void lock();
    Q_INVOKABLE void noteActivity(); // any touch or key press restarts the idle timer

    // Checks the PIN again (signing, leaving child mode) on the journal thread, with
    // the same delays and lockout as unlocking; the answer arrives as pinChecked.
    // Guessing goes on at the unlock screen only: a wrong PIN that leaves three
    // attempts or fewer locks the session, so nobody (a child in child mode) can run
    // the counter down to the erase without the unlock screen's warning.
    Q_INVOKABLE void checkPin(const QString &pin, const QString &purpose);

    State state() const { return m_state; }
    QString userName() const { return m_user; }
    QString displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    int attemptsLeft() const { return m_attemptsLeft; }
    int waitSeconds() const { return m_waitSeconds; }
    bool demo() const { return m_options.demo; }
    QString defaultServerUrl() const { return m_options.serverUrl; }
    int idleLockSeconds() const { return m_idleLockSeconds; }
    void setIdleLockSeconds(int seconds);
    int generation() const { return m_generation; }

    JournalThread &journal() { return *m_journal; }
    // Every model that shows the journal reloads (journalChanged), e.g. so that its
    // sentences follow a new language.
    void reloadViews() { emit journalChanged(); }
    sync::SyncService *syncService() const { return m_sync.get(); } // null unless unlocked

    // The demo user's name and PIN (public by design: the demo store is invented data).
    static QString demoUser();
    static QString demoPin();

signals:
    void stateChanged();
    void busyChanged();
    void messageChanged();
    void lockoutChanged();
    void idleLockSecondsChanged();
    void pinChecked(const QString &purpose, bool ok);
    // Emitted while the journal is still open, just before locking closes it: editors
    // queue their unsaved text now (jobs on the journal thread run in order).
    void aboutToLock();
    void syncServiceChanged();
    // The sync service changed the journal (pulled records, sync states): models that
    // show the journal reload. Follows whichever service is running.
    void journalChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);
    void setBusy(bool busy);
    void setMessage(const QString &message);
    void refreshLockout();
    void opened(const QString &user, Role role, const QString &displayName);
    void startSync();
    void stopSync();
    void onRevoked();

    Options m_options;
    std::unique_ptr<JournalThread> m_journal;
    std::unique_ptr<sync::SyncService> m_sync;
    State m_state = State::Starting;
    QString m_user;
    QString m_displayName;
    Role m_role = Role::Caseworker;
    bool m_busy = false;
    QString m_message;
    int m_attemptsLeft = 0;
    int m_waitSeconds = 0;
    int m_idleLockSeconds = 120;
    int m_generation = 0;
    QTimer m_idle;
    QTimer m_countdown;
};

} // namespace homevisit::ui
