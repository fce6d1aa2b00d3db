#include "sessioncontroller.h"

#include "crypto/kdf.h"
#include "crypto/pinpolicy.h"
#include "platform/devicesecret.h"
#include "session/usersession.h"
#include "sync/engine/offlinelimit.h"
#include "sync/engine/syncengine.h"
#include "sync/service/syncservice.h"
#include "ui/demoseed.h"

#include <QDir>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScopeGuard>
#include <QSysInfo>

#include <sodium.h>

namespace homevisit::ui {

namespace {

// What an unlock or enrollment job hands back to the UI thread.
struct Opened
{
    bool ok = false;
    QString user;
    QString displayName;
    QString role;  // the protocol's role name
    QString error; // one sentence, translated (tr)
    int attemptsLeft = 0;
    qint64 retryAfterMs = 0;
    bool erased = false;
    bool hasServer = false;
};

SessionController::Role roleFrom(const QString &name)
{
    if (name == u"foster_home_secretary")
        return SessionController::Role::FosterHomeSecretary;
    if (name == u"supervisor")
        return SessionController::Role::Supervisor;
    return SessionController::Role::Caseworker;
}

QString unlockError(const SessionError &e, Opened &out)
{
    using C = SessionError::Code;
    out.attemptsLeft = e.attemptsLeft();
    out.retryAfterMs = e.retryAfterMs();
    switch (e.code()) {
    case C::WrongPin:
        return e.attemptsLeft() <= 3
                   ? SessionController::tr(
                         "Wrong PIN. %n attempt(s) left before the journal on this tablet is "
                         "erased.",
                         nullptr, e.attemptsLeft())
                   : SessionController::tr("Wrong PIN. Try again.");
    case C::Delayed:
        return SessionController::tr("Too many wrong PINs. Wait until the countdown has finished.");
    case C::LockedOut:
        out.erased = true;
        return SessionController::tr(
            "Too many wrong PINs: the journal on this tablet was erased. Signed "
            "records that were synced are safe on the server. Contact your "
            "administrator to enroll again.");
    case C::Damaged:
        return SessionController::tr(
            "The journal on this tablet is damaged. Contact your administrator.");
    default:
        return SessionController::tr(
            "The journal could not be opened. Contact your administrator.");
    }
}

QString enrollError(const QString &code)
{
    if (code == u"cannot_connect" || code == u"cannot_resolve" || code == u"timeout" ||
        code == u"connection_lost")
        return SessionController::tr(
            "The server could not be reached. Check the address and the network, then "
            "try again.");
    if (code == u"pin_mismatch" || code == u"certificate_rejected" || code == u"tls_failure")
        return SessionController::tr(
            "The server did not prove who it is. Check the server key with your "
            "administrator.");
    if (code == u"invalid_credential" || code == u"credential_used" ||
        code == u"credential_expired" || code == u"unauthorized")
        return SessionController::tr(
            "The one-time code was not accepted. Ask your administrator for a new one.");
    return SessionController::tr("Enrollment failed. Try again or contact your administrator.");
}

QString revokedMessage()
{
    return SessionController::tr(
        "An administrator has withdrawn this tablet's access, so the journal on it "
        "was erased. What had been synced is safe on the server.");
}

// The offline unlock limit (sync/engine/offlinelimit.h), applied to an open store before
// anything of it is shown. The PIN was right; a refusal closes the store again. False
// when the session must not go on (`out` says why).
bool passesOfflineLimit(std::unique_ptr<UserSession> &session, const QString &dataDir,
                        const QString &user, int days, Opened &out)
{
    switch (sync::checkOfflineUnlock(session->journal(), days)) {
    case sync::OfflineUnlock::Open:
        return true;
    case sync::OfflineUnlock::Revoked:
        session.reset(); // close the store before erasing it
        UserSession::eraseStore(dataDir, user);
        out.erased = true;
        out.error = revokedMessage();
        return false;
    case sync::OfflineUnlock::NotEnrolled:
        out.error = SessionController::tr(
            "The server no longer accepts this tablet's enrollment, so the journal is not "
            "shown. Everything stays saved on the tablet. Contact your administrator to "
            "enroll it again.");
        break;
    case sync::OfflineUnlock::Unreachable:
        out.error = SessionController::tr(
            "The tablet has not been able to reach the server for %n day(s). Connect to the "
            "network and unlock again, so that the server can confirm that the account is "
            "still valid.",
            nullptr, days);
        break;
    }
    session.reset();
    return false;
}

// `forSync`: also open the sync thread's connection, while the data key is in memory
// (UserSession keeps no key after unlock). Dropped at once if the store has no server
// and is not being enrolled with one now.
Opened openSession(JournalThread &thread, const QString &dataDir, const QString &user,
                   const QString &pin, bool forSync, bool enrolling = false,
                   int offlineUnlockDays = 0)
{
    Opened out;
    out.user = user;
    try {
        auto device = createDeviceSecret(dataDir);
        auto session = UserSession::unlock(
            dataDir, user, pin, *device, forSync ? WorkerConnection::Open : WorkerConnection::None);
        store::JournalStore &j = session->journal();
        out.role = j.setting(sync::settingKey::Role);
        out.displayName = j.setting(sync::settingKey::DisplayName);
        out.hasServer = !j.setting(sync::settingKey::RefreshToken).isEmpty();
        if (!enrolling && !passesOfflineLimit(session, dataDir, user, offlineUnlockDays, out))
            return out;
        if (forSync && !out.hasServer && !enrolling)
            session->openConnection().reset(); // nothing will sync: close it now
        thread.setSession(std::move(session));
        out.ok = true;
    } catch (const SessionError &e) {
        out.error = unlockError(e, out);
    }
    return out;
}

QString onlyUser(const QString &dataDir)
{
    const QStringList users = QDir(dataDir + QStringLiteral("/users"))
                                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &user : users)
        if (UserSession::hasStore(dataDir, user))
            return user; // one secretary per tablet
    return {};
}

} // namespace

SessionController::SessionController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_journal(std::make_unique<JournalThread>())
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &SessionController::lock);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        m_waitSeconds = std::max(0, m_waitSeconds - 1);
        if (m_waitSeconds == 0)
            m_countdown.stop();
        emit lockoutChanged();
    });
    if (qApp) {
        qApp->installEventFilter(this);
        if (auto *gui = qobject_cast<QGuiApplication *>(qApp))
            connect(gui, &QGuiApplication::applicationStateChanged, this,
                    [this](Qt::ApplicationState s) {
                        if (s == Qt::ApplicationSuspended)
                            lock(); // the lid closed or the tablet slept
                    });
    }
}

SessionController::~SessionController()
{
    stopSync();
    if (qApp)
        qApp->removeEventFilter(this);
}

QString SessionController::demoUser()
{
    return QStringLiteral("demo");
}

QString SessionController::demoPin()
{
    return QStringLiteral("246813");
}

void SessionController::start()
{
    const QString dataDir = m_options.dataDir;
    const bool demo = m_options.demo;
    const QString demoRole = m_options.demoRole;
    m_journal->run<QString>(
        this,
        [dataDir, demo, demoRole] {
            if (demo && onlyUser(dataDir).isEmpty()) {
                auto device = createDeviceSecret(dataDir);
                // The demo store is throwaway: cheap Argon2id keeps the first start quick.
                UserSession::enroll(dataDir, demoUser(), demoPin(), *device,
                                    makeKdfParams(2, 19 * 1024, 1));
                auto session = UserSession::unlock(dataDir, demoUser(), demoPin(), *device);
                seedDemo(session->journal(), demoRole, QDate::currentDate());
            }
            return onlyUser(dataDir);
        },
        [this](const QString &user) {
            m_user = user;
            if (user.isEmpty()) {
                setState(State::Enrollment);
                return;
            }
            setState(State::Locked);
            refreshLockout();
        },
        [this](const QString &) {
            setMessage(SessionController::tr(
                "The journal could not be opened. Contact your administrator."));
            setState(State::Enrollment);
        });
}

void SessionController::refreshLockout()
{
    const LockoutState s = UserSession::lockoutState(m_options.dataDir, m_user);
    m_attemptsLeft = s.attemptsLeft;
    m_waitSeconds = int((s.retryAfterMs + 999) / 1000);
    if (m_waitSeconds > 0)
        m_countdown.start();
    emit lockoutChanged();
}

void SessionController::unlock(const QString &pin)
{
    if (m_busy || m_state != State::Locked || m_waitSeconds > 0)
        return;
    setBusy(true);
    setMessage({});
    setState(State::Unlocking);
    JournalThread *thread = m_journal.get();
    const QString dataDir = m_options.dataDir, user = m_user;
    const bool forSync = m_options.startSync;
    const int offlineDays = m_options.offlineUnlockDays;
    m_journal->run<Opened>(
        this,
        [thread, dataDir, user, pin, forSync, offlineDays] {
            return openSession(*thread, dataDir, user, pin, forSync, false, offlineDays);
        },
        [this](const Opened &o) {
            setBusy(false);
            if (o.ok) {
                opened(o.user, roleFrom(o.role), o.displayName);
                if (o.hasServer && m_options.startSync)
                    startSync();
                return;
            }
            setMessage(o.error);
            setState(o.erased ? State::Erased : State::Locked);
            if (!o.erased)
                refreshLockout();
        },
        [this](const QString &) {
            setBusy(false);
            setMessage(SessionController::tr(
                "The journal could not be opened. Contact your administrator."));
            setState(State::Locked);
        });
}

void SessionController::opened(const QString &user, Role role, const QString &displayName)
{
    m_user = user;
    m_role = role;
    m_displayName = displayName.isEmpty() ? user : displayName;
    ++m_generation;
    m_attemptsLeft = LockoutPolicy::MaxFailures;
    m_waitSeconds = 0;
    emit lockoutChanged();
    setState(State::Unlocked);
    noteActivity();
}

QString SessionController::pinRules() const
{
    return SessionController::tr(
        "Choose a PIN of at least 6 digits that is hard to guess: not the same digit "
        "repeated, not a run such as 123456, and not a date or a common code. You use "
        "it to unlock the tablet and to sign.");
}

QString SessionController::pinProblem(const QString &pin) const
{
    const auto problem = checkNewPin(pin);
    return problem ? pinProblemMessage(*problem) : QString();
}

void SessionController::enroll(const QString &serverUrl, const QString &serverKey,
                               const QString &credential, const QString &pin,
                               const QString &pinAgain)
{
    if (m_busy)
        return;
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return setMessage(problem);
    if (pin != pinAgain)
        return setMessage(SessionController::tr("The two PINs are not the same."));
    sync::TransportConfig config;
    config.baseUrl = serverUrl.trimmed();
    config.pinnedPublicKey = serverKey.trimmed();
    // The server key (a public-key pin) is the trust, as for homevisitctl and every
    // later sync round (storedTransportConfig): a municipality's own certificate need
    // not chain to a public CA.
    config.verifyChain = false;
    if (sync::HttpsTransport::validate(config))
        return setMessage(
            SessionController::tr("Check the server address (https://…) and the server key."));
    setBusy(true);
    setMessage({});
    JournalThread *thread = m_journal.get();
    const QString dataDir = m_options.dataDir;
    const bool forSync = m_options.startSync;
    m_journal->run<Opened>(
        this,
        [thread, dataDir, config, credential = credential.trimmed(), pin, forSync] {
            Opened out;
            try {
                auto device = createDeviceSecret(dataDir);
                sync::HttpsTransport transport(config);
                // The store does not exist before the server names its user: the key
                // pair is made here and moved into it by storeEnrollment.
                domain::signature::KeyPair signingKeys = domain::signature::generate();
                const auto wipeKeys = qScopeGuard([&signingKeys] {
                    sodium_memzero(signingKeys.secretKey.data(),
                                   size_t(signingKeys.secretKey.size()));
                });
                const sync::EnrollResponse enrolled = sync::requestEnrollment(
                    transport, credential, device->deviceId(), QSysInfo::machineHostName(),
                    QString::fromLatin1(signingKeys.publicKey.toBase64()));
                UserSession::enroll(dataDir, enrolled.user, pin, *device);
                out = openSession(*thread, dataDir, enrolled.user, pin, forSync, true);
                sync::storeEnrollment(thread->session()->journal(), enrolled, config, signingKeys);
                out.role = sync::roleName(enrolled.role);
                out.displayName = enrolled.displayName;
                out.hasServer = true;
            } catch (const sync::SyncError &e) {
                out.error = enrollError(e.code());
            }
            return out;
        },
        [this](const Opened &o) {
            setBusy(false);
            if (!o.ok)
                return setMessage(o.error);
            opened(o.user, roleFrom(o.role), o.displayName);
            if (m_options.startSync)
                startSync();
        },
        [this](const QString &) {
            setBusy(false);
            setMessage(SessionController::tr(
                "Enrollment failed. Try again or contact your administrator."));
        });
}

void SessionController::lock()
{
    if (m_state != State::Unlocked)
        return;
    m_idle.stop();
    emit aboutToLock();
    stopSync(); // joins the sync thread: its connection is closed
    m_journal->run(this, [thread = m_journal.get()] { thread->closeSession(); });
    setMessage({});
    setState(State::Locked);
    refreshLockout();
}

void SessionController::checkPin(const QString &pin, const QString &purpose)
{
    const QString dataDir = m_options.dataDir, user = m_user;
    m_journal->run<Opened>(
        this,
        [dataDir, user, pin] {
            Opened out;
            try {
                auto device = createDeviceSecret(dataDir);
                UserSession::verifyPin(dataDir, user, pin, *device);
                out.ok = true;
            } catch (const SessionError &e) {
                out.error = unlockError(e, out);
            }
            return out;
        },
        [this, purpose](const Opened &o) {
            setMessage(o.error);
            emit pinChecked(purpose, o.ok);
            if (!o.ok && !o.erased && o.attemptsLeft <= lockAtAttemptsLeft) {
                lock();
                setMessage(o.error); // the warning stays on the unlock screen
                return;
            }
            if (o.erased) {
                stopSync();
                m_journal->run(this, [thread = m_journal.get()] { thread->closeSession(); });
                m_idle.stop();
                setState(State::Erased);
            }
        });
}

void SessionController::noteActivity()
{
    if (m_state == State::Unlocked && m_idleLockSeconds > 0)
        m_idle.start(m_idleLockSeconds * 1000);
}

void SessionController::setIdleLockSeconds(int seconds)
{
    seconds = std::clamp(seconds, 15, 3600);
    if (seconds == m_idleLockSeconds)
        return;
    m_idleLockSeconds = seconds;
    noteActivity();
    emit idleLockSecondsChanged();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::startSync()
{
    m_journal->run<UserSession *>(
        this, [thread = m_journal.get()] { return thread->session(); },
        [this](UserSession *session) {
            if (!session || m_state != State::Unlocked)
                return;
            m_sync = std::make_unique<sync::SyncService>(
                [session] { return session->openConnection(); });
            connect(m_sync.get(), &sync::SyncService::revoked, this, &SessionController::onRevoked);
            connect(m_sync.get(), &sync::SyncService::journalChanged, this,
                    &SessionController::journalChanged);
            m_sync->start();
            emit syncServiceChanged();
        });
}

void SessionController::stopSync()
{
    if (!m_sync)
        return;
    m_sync.reset();
    emit syncServiceChanged();
}

void SessionController::onRevoked()
{
    stopSync();
    const QString dataDir = m_options.dataDir, user = m_user;
    m_journal->run(this, [thread = m_journal.get(), dataDir, user] {
        thread->closeSession();
        UserSession::eraseStore(dataDir, user); // crypto-erase: the wrapped key first
    });
    m_idle.stop();
    setMessage(revokedMessage());
    setState(State::Erased);
}

void SessionController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void SessionController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SessionController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace homevisit::ui
