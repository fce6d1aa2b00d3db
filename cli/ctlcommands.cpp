#include "ctlcommands.h"

#include "demo/democaseload.h"
#include "domain/examples.h"
#include "platform/devicesecret.h"
#include "platform/privatefiles.h"
#include "session/usersession.h"
#include "store/uuid.h"
#include "sync/engine/offlinelimit.h"
#include "sync/engine/syncengine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSysInfo>
#include <QTimeZone>

namespace homevisit::cli {

namespace {

using domain::RecordKind;

class CtlError : public std::runtime_error
{
public:
    CtlError(ExitCode code, const QString &message)
        : std::runtime_error(message.toStdString()), code(code)
    {}
    ExitCode code;
};

constexpr const char *Usage =
    "usage: homevisitctl --data-dir DIR [--user NAME --pin PIN] COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  init                           create the user's encrypted store (needs --user, --pin)\n"
    "  demo                           fill an empty store with a demo caseload\n"
    "  visit add --json FILE [--sign] add a child visit or supervision session ('-' = stdin)\n"
    "  visit example --child ID       print a complete child visit that 'visit add' accepts\n"
    "  visit example --foster-home ID print a complete supervision session\n"
    "  sign ID                        sign a draft (validates the participation rules)\n"
    "  amend ID --text T [--reason R] add a signed amendment to a signed record\n"
    "  list [--kind K]                print records as JSON lines (K: child_visit,\n"
    "                                 supervision_session, amendment, review)\n"
    "  caseload                       print the children, overdue first, as JSON lines\n"
    "  verify                         check integrity, cipher settings, every signature,\n"
    "                                 and that every directory and file is the user's\n"
    "                                 own and private\n"
    "  enroll --server URL --credential - --pin-sha256 BASE64 [--ca-file FILE]\n"
    "                                 enroll this store with the central gateway; the\n"
    "                                 one-time code is read from standard input (or\n"
    "                                 HOMEVISIT_CREDENTIAL), never from the command line\n"
    "  sync                           push the outbox and pull what changed\n"
    "  devices [approve|refuse ID]    sync, then list this user's devices (one JSON object\n"
    "                                 a line); approve or refuse a pending one first\n"
    "\n"
    "--offline-unlock-days N (default 30, 0 = no limit): an enrolled store that has not\n"
    "reached the server for N days asks it before visit add, sign, amend, list and caseload\n"
    "show or change anything, and refuses while it cannot be reached.\n"
    "\n"
    "The PIN may also come from the environment variable HOMEVISIT_PIN, which keeps it out\n"
    "of the process list (every user of the computer can read the command line). See "
    "docs/records.md for the JSON format.\n";

struct Options
{
    QStringList positional;
    QMap<QString, QString> values;
    QSet<QString> flags;

    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
};

const QSet<QString> &valueOptions()
{
    static const QSet<QString> set = {"--data-dir",   "--user",
                                      "--pin",        "--json",
                                      "--child",      "--foster-home",
                                      "--text",       "--reason",
                                      "--kind",       "--server",
                                      "--credential", "--pin-sha256",
                                      "--ca-file",    "--offline-unlock-days"};
    return set;
}

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString inlineValue;
        const bool hasInline = arg.startsWith("--") && arg.contains('=');
        if (hasInline) {
            inlineValue = arg.section('=', 1);
            arg = arg.section('=', 0, 0);
        }
        if (valueOptions().contains(arg)) {
            if (!hasInline && i + 1 >= args.size())
                throw CtlError(ExitCode::Usage, arg + " needs a value");
            o.values.insert(arg, hasInline ? inlineValue : args[++i]);
        } else if (arg == "--sign" || arg == "--help" || arg == "-h") {
            o.flags.insert(arg == "-h" ? "--help" : arg);
        } else if (arg.startsWith('-') && arg != "-") {
            throw CtlError(ExitCode::Usage, "unknown option " + arg);
        } else {
            o.positional.append(arg);
        }
    }
    return o;
}

QString required(const Options &o, const QString &name, const QString &why)
{
    const QString v = o.value(name);
    if (v.isEmpty())
        throw CtlError(ExitCode::Usage, name + " is required " + why);
    return v;
}

QString dataDir(const Options &o)
{
    return required(o, "--data-dir", "(where the stores live)");
}

QString pinOf(const Options &o)
{
    QString pin = o.value("--pin");
    if (pin.isEmpty())
        pin = qEnvironmentVariable("HOMEVISIT_PIN");
    if (pin.isEmpty())
        throw CtlError(ExitCode::Usage, "--pin (or HOMEVISIT_PIN) is required");
    return pin;
}

QString userOf(const Options &o)
{
    return required(o, "--user", "(whose store to open)");
}

QString recordId(const Options &o, int index)
{
    if (o.positional.size() <= index)
        throw CtlError(ExitCode::Usage, "a record id is required");
    const QString id = o.positional[index].trimmed().toLower();
    if (!isUuid(id))
        throw CtlError(ExitCode::Usage, "'" + o.positional[index] + "' is not a record id");
    return id;
}

std::unique_ptr<UserSession> unlock(const Options &o, DeviceSecret &device)
{
    return UserSession::unlock(dataDir(o), userOf(o), pinOf(o), device);
}

int offlineUnlockDays(const Options &o)
{
    if (!o.has("--offline-unlock-days"))
        return sync::DefaultOfflineUnlockDays;
    bool ok = false;
    const int days = o.value("--offline-unlock-days").toInt(&ok);
    if (!ok || days < 0 || days > 3650)
        throw CtlError(ExitCode::Usage, "--offline-unlock-days must be 0 (no limit) to 3650");
    return days;
}

// unlock() for the commands that show or change case content: an enrolled store that
// has not reached the server for --offline-unlock-days asks it first (offlinelimit.h).
std::unique_ptr<UserSession> unlockForContent(const Options &o, DeviceSecret &device)
{
    const int days = offlineUnlockDays(o);
    auto session = unlock(o, device);
    switch (sync::checkOfflineUnlock(session->journal(), days)) {
    case sync::OfflineUnlock::Open:
        return session;
    case sync::OfflineUnlock::Revoked:
        session.reset(); // close the store before erasing it
        UserSession::eraseStore(dataDir(o), userOf(o));
        throw CtlError(ExitCode::Revoked,
                       "this device was revoked by an administrator: the store was erased");
    case sync::OfflineUnlock::NotEnrolled:
        throw CtlError(ExitCode::NotSynced,
                       "the server no longer accepts this device's enrollment; nothing is shown "
                       "until it is enrolled again ('enroll'); the records are kept on it");
    case sync::OfflineUnlock::Unreachable:
        break;
    }
    throw CtlError(ExitCode::NotSynced,
                   QStringLiteral("this device has not reached the server for more than %1 "
                                  "days, so nothing is shown until the server confirms that the "
                                  "account is still valid: connect to the network and run the "
                                  "command again; the records are kept on this device")
                       .arg(days));
}

QString violationsText(const QList<domain::RuleViolation> &violations)
{
    QStringList parts;
    for (const domain::RuleViolation &v : violations)
        parts << v.field + ": " + v.message();
    return parts.join("; ");
}

// --- commands --------------------------------------------------------------------

int cmdInit(const Options &o, CtlIo io)
{
    const QString dir = dataDir(o);
    const QString user = userOf(o);
    auto device = createDeviceSecret(dir);
    UserSession::enroll(dir, user, pinOf(o), *device);
    const KdfParams kdf = KeyVault(UserPaths::of(dir, user).directory, user, *device).kdfParams();
    io.out << "created the encrypted store for " << user << " (Argon2id t=" << kdf.timeCost
           << ", m=" << kdf.memoryKiB / 1024 << " MiB, p=" << kdf.parallelism << ")\n";
    return Ok;
}

int cmdDemo(const Options &o, CtlIo io)
{
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlock(o, *device);
    const demo::DemoSummary s = demo::seedDemoCaseload(session->journal(), QDate::currentDate());
    io.out << "demo caseload: " << s.children << " children, " << s.fosterHomes << " foster homes, "
           << s.signedRecords << " signed records, " << s.drafts << " draft, " << s.overdue
           << " overdue\n";
    return Ok;
}

QByteArray readInput(const QString &path, CtlIo io)
{
    if (path == "-")
        return io.in.readAll().toUtf8();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CtlError(ExitCode::Invalid, "cannot read " + path + ": " + file.errorString());
    return file.read(16 * 1024 * 1024 + 1);
}

std::pair<RecordKind, QJsonObject> parseEnvelope(const QByteArray &bytes)
{
    // QJsonDocument rejects invalid UTF-8 and malformed JSON with a position.
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw CtlError(ExitCode::Invalid,
                       QStringLiteral("the record is not valid JSON (%1 at byte %2)")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        throw CtlError(ExitCode::Invalid, "the record must be a JSON object");
    const QJsonObject envelope = doc.object();
    for (const QString &key : envelope.keys())
        if (key != "kind" && key != "body")
            throw CtlError(ExitCode::Invalid, "unknown field '" + key +
                                                  "' (expected {\"kind\": ..., \"body\": {...}})");
    const auto kind = domain::kindFromName(envelope.value("kind").toString());
    if (!kind || (*kind != RecordKind::ChildVisit && *kind != RecordKind::SupervisionSession))
        throw CtlError(ExitCode::Invalid,
                       "\"kind\" must be \"child_visit\" or \"supervision_session\"");
    if (!envelope.value("body").isObject())
        throw CtlError(ExitCode::Invalid, "\"body\" must be a JSON object");
    return {*kind, envelope.value("body").toObject()};
}

int cmdVisitAdd(const Options &o, CtlIo io)
{
    const QString path = required(o, "--json", "(a file, or - for standard input)");
    // Parse before unlocking: bad input costs no PIN attempt and changes nothing.
    const auto [kind, body] = parseEnvelope(readInput(path, io));
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlockForContent(o, *device);
    if (o.has("--sign")) {
        // Check the signing rules first so a refused record leaves no draft behind.
        const auto problems =
            domain::validateForSigning(kind, body, session->journal().domainSettings());
        if (!problems.isEmpty())
            throw store::RuleError(problems);
    }
    const QString id = session->journal().createDraft(kind, body);
    if (o.has("--sign"))
        session->journal().sign(id);
    io.out << id << (o.has("--sign") ? " signed\n" : " draft\n");
    return Ok;
}

int cmdVisitExample(const Options &o, CtlIo io)
{
    const QDateTime start = QDateTime::currentDateTime().addSecs(-3600);
    QJsonObject envelope;
    if (o.has("--child")) {
        const QString child = o.value("--child").toLower();
        if (!isUuid(child))
            throw CtlError(ExitCode::Usage,
                           "--child needs a child id (see 'list' or the caseload)");
        envelope = {{"kind", "child_visit"}, {"body", domain::exampleChildVisit(child, start)}};
    } else if (o.has("--foster-home")) {
        const QString home = o.value("--foster-home").toLower();
        if (!isUuid(home))
            throw CtlError(ExitCode::Usage, "--foster-home needs a foster home id");
        envelope = {{"kind", "supervision_session"},
                    {"body", domain::exampleSupervisionSession(home, start.date())}};
    } else {
        throw CtlError(ExitCode::Usage, "visit example needs --child ID or --foster-home ID");
    }
    io.out << QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
    return Ok;
}

int cmdSign(const Options &o, CtlIo io)
{
    const QString id = recordId(o, 1);
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlockForContent(o, *device);
    session->journal().sign(id);
    io.out << id << " signed\n";
    return Ok;
}

int cmdAmend(const Options &o, CtlIo io)
{
    const QString id = recordId(o, 1);
    const QString text = required(o, "--text", "(the correction)");
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlockForContent(o, *device);
    const QString amendment = session->journal().amend(id, text, o.value("--reason"));
    io.out << amendment << " amends " << id << "\n";
    return Ok;
}

int cmdList(const Options &o, CtlIo io)
{
    std::optional<RecordKind> kind;
    if (o.has("--kind")) {
        kind = domain::kindFromName(o.value("--kind"));
        if (!kind)
            throw CtlError(ExitCode::Usage, "unknown kind '" + o.value("--kind") +
                                                "' (child_visit, supervision_session, amendment, "
                                                "review)");
    }
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlockForContent(o, *device);
    for (const store::StoredRecord &r : session->journal().records(kind))
        io.out << QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact))
               << "\n";
    return Ok;
}

int cmdCaseload(const Options &o, CtlIo io)
{
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlockForContent(o, *device);
    for (const store::CaseloadEntry &e : session->journal().caseload(QDate::currentDate())) {
        QJsonObject line{{"child_id", e.child.id},
                         {"name", e.child.name},
                         {"birth_year", e.child.birthYear},
                         {"next_visit_due", e.nextVisitDue.toString(Qt::ISODate)},
                         {"overdue", e.overdue}};
        if (e.lastSignedVisit.isValid())
            line.insert("last_signed_visit", e.lastSignedVisit.toString(Qt::ISODate));
        if (e.fosterHome) {
            line.insert("foster_home_id", e.fosterHome->id);
            line.insert("foster_home", e.fosterHome->familyName);
        }
        if (e.placement)
            line.insert("legal_basis", e.placement->legalBasis);
        io.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << "\n";
    }
    session->journal().audit(QStringLiteral("export"), {}, QStringLiteral("caseload"));
    return Ok;
}

// Every directory and file that holds the store or its keys: a real directory or file
// (no symlink), owned by the user running this, with no group or world access.
QStringList privacyProblemsOf(const QString &dir, const QString &user, DeviceSecret &device)
{
    QStringList problems;
    for (const DeviceSecret::PrivatePath &p : device.privatePaths(user))
        problems << privacyProblems(p.path, p.directory, p.required);
    const UserPaths paths = UserPaths::of(dir, user);
    problems << privacyProblems(QDir(dir).absoluteFilePath("users"), true, true);
    problems << privacyProblems(paths.directory, true, true);
    for (const QString &file : KeyVault::files(paths.directory))
        problems << privacyProblems(file, false, true);
    problems << privacyProblems(paths.journal, false, true);
    for (const char *suffix : {"-wal", "-shm"})
        problems << privacyProblems(paths.journal + QLatin1String(suffix), false, false);
    return problems;
}

int cmdVerify(const Options &o, CtlIo io)
{
    const QString dir = dataDir(o);
    auto device = createDeviceSecret(dir);
    auto session = unlock(o, *device);
    store::VerifyReport report = session->journal().verify();
    report.problems << privacyProblemsOf(dir, userOf(o), *device);
    io.out << "SQLCipher " << report.cipherVersion << ", schema " << report.schemaVersion << ", "
           << report.records << " records (" << report.signedRecords << " signed, "
           << report.verifiedSignatures << " signatures verified), " << report.outbox
           << " queued for sync, " << report.auditEvents << " audit events\n";
    if (report.ok()) {
        io.out << "ok\n";
        return Ok;
    }
    for (const QString &p : report.problems)
        io.out << "problem: " << p << "\n";
    throw CtlError(ExitCode::VerifyFailed,
                   QStringLiteral("verify found %1 problem(s)").arg(report.problems.size()));
}

// The one-time enrollment code: from standard input (--credential -) or the environment.
// A code on the command line is still taken, with a warning: every user of the computer
// can read it in the process list while the command runs.
QString credentialOf(const Options &o, CtlIo io)
{
    const QString given = o.value("--credential");
    if (given == "-") {
        const QString line = io.in.readLine().trimmed();
        if (line.isEmpty())
            throw CtlError(ExitCode::Usage,
                           "--credential -: standard input held no enrollment code");
        return line;
    }
    if (!given.isEmpty()) {
        io.err << "homevisitctl: warning: --credential CODE is visible to other users in the "
                  "process list; use --credential - (standard input) or HOMEVISIT_CREDENTIAL\n";
        io.err.flush();
        return given;
    }
    const QString fromEnvironment = qEnvironmentVariable("HOMEVISIT_CREDENTIAL").trimmed();
    if (fromEnvironment.isEmpty())
        throw CtlError(ExitCode::Usage,
                       "the one-time enrollment code is required: --credential - reads it from "
                       "standard input, or set HOMEVISIT_CREDENTIAL");
    return fromEnvironment;
}

int cmdEnroll(const Options &o, CtlIo io)
{
    const QString server = required(o, "--server", "(https://host:port of homevisit-central)");
    const QString credential = credentialOf(o, io);
    const QString pin =
        required(o, "--pin-sha256", "(the server's public-key pin; see docs/gateway.md)");
    const QString caFile = o.value("--ca-file");
    sync::TransportConfig config;
    config.baseUrl = server;
    config.pinnedPublicKey = pin;
    config.caFile = caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath();
    config.verifyChain = !caFile.isEmpty();
    if (const auto problem = sync::HttpsTransport::validate(config))
        throw CtlError(ExitCode::Usage, *problem);
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlock(o, *device);
    auto &journal = session->journal();
    sync::HttpsTransport transport(config);
    sync::SyncEngine engine(journal, transport);
    const sync::EnrollResponse enrolled = engine.enroll(credential, QSysInfo::machineHostName());
    journal.setSetting("sync.server_url", config.baseUrl);
    journal.setSetting("sync.server_pin", config.pinnedPublicKey);
    journal.setSetting("sync.ca_file", config.caFile);
    io.out << "enrolled " << enrolled.user << " (" << sync::roleName(enrolled.role) << ", "
           << enrolled.municipality << ") with " << server << "\n";
    return Ok;
}

int cmdSync(const Options &o, CtlIo io)
{
    const QString dir = dataDir(o);
    auto device = createDeviceSecret(dir);
    auto session = unlock(o, *device);
    const sync::TransportConfig config = sync::storedTransportConfig(session->journal());
    if (config.baseUrl.isEmpty())
        throw CtlError(ExitCode::Usage, "this store is not enrolled; run 'enroll' first");
    sync::HttpsTransport transport(config);
    sync::SyncEngine engine(session->journal(), transport);
    const sync::SyncOutcome outcome = engine.syncOnce(sync::SyncTrigger::UserRequest);
    io.out << sync::syncStatusName(outcome.status) << ": " << outcome.accepted << " sent, "
           << outcome.refused << " refused, " << outcome.pulled << " pulled\n";
    switch (outcome.status) {
    case sync::SyncStatus::Synced:
        return Ok;
    case sync::SyncStatus::Revoked:
        session.reset(); // close the store before erasing it
        UserSession::eraseStore(dir, userOf(o));
        throw CtlError(ExitCode::Revoked,
                       "this device was revoked by an administrator: the store was erased");
    case sync::SyncStatus::Pending:
        throw CtlError(ExitCode::NotSynced,
                       outcome.detail + "; they are kept on this device, run sync again");
    case sync::SyncStatus::Offline:
        throw CtlError(ExitCode::NotSynced,
                       QStringLiteral("not connected (%1); everything is kept on this device, "
                                      "retry in %2 s")
                           .arg(outcome.detail)
                           .arg((outcome.retryAfterMs + 999) / 1000));
    default:
        throw CtlError(ExitCode::NotSynced, "sync stopped: " + outcome.detail);
    }
}

// Her devices after a sync round; a decision is queued first and sent in that round.
int cmdDevices(const Options &o, CtlIo io)
{
    const QString decision = o.positional.value(1);
    const QString target = o.positional.value(2);
    if (!decision.isEmpty() &&
        ((decision != u"approve" && decision != u"refuse") || !sync::isUuid(target)))
        throw CtlError(ExitCode::Usage, "devices takes: approve ID | refuse ID (a device id)");
    auto device = createDeviceSecret(dataDir(o));
    auto session = unlock(o, *device);
    auto &journal = session->journal();
    const sync::TransportConfig config = sync::storedTransportConfig(journal);
    if (config.baseUrl.isEmpty())
        throw CtlError(ExitCode::Usage, "this store is not enrolled; run 'enroll' first");
    if (!decision.isEmpty())
        sync::SyncEngine::queueDeviceDecision(journal, target, decision == u"approve");
    sync::HttpsTransport transport(config);
    sync::SyncEngine engine(journal, transport);
    engine.syncOnce(sync::SyncTrigger::UserRequest);
    for (const sync::DeviceInfo &d : sync::SyncEngine::storedDevices(journal).devices) {
        const auto time = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(sync::formatTimestamp(t)) : QJsonValue();
        };
        const QJsonObject line{
            {"device_id", d.deviceId},           {"device_name", d.deviceName},
            {"issued_by", d.issuedBy},           {"state", sync::deviceStateName(d.state)},
            {"enrolled_at", time(d.enrolledAt)}, {"hold_until", time(d.holdUntil)},
            {"this_device", d.thisDevice}};
        io.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    }
    if (!journal.setting(sync::settingKey::DeviceDecisions).isEmpty())
        throw CtlError(ExitCode::NotSynced, "the decision is kept on this device; run again");
    return Ok;
}

int dispatch(const Options &o, CtlIo io)
{
    const QStringList &p = o.positional;
    if (o.has("--help") || p.isEmpty()) {
        io.out << Usage;
        return p.isEmpty() && !o.has("--help") ? ExitCode::Usage : Ok;
    }
    const QString command = p[0];
    if (command == "init")
        return cmdInit(o, io);
    if (command == "demo")
        return cmdDemo(o, io);
    if (command == "visit" && p.value(1) == "add")
        return cmdVisitAdd(o, io);
    if (command == "visit" && p.value(1) == "example")
        return cmdVisitExample(o, io);
    if (command == "sign")
        return cmdSign(o, io);
    if (command == "amend")
        return cmdAmend(o, io);
    if (command == "list")
        return cmdList(o, io);
    if (command == "verify")
        return cmdVerify(o, io);
    if (command == "caseload")
        return cmdCaseload(o, io);
    if (command == "enroll")
        return cmdEnroll(o, io);
    if (command == "sync")
        return cmdSync(o, io);
    if (command == "devices")
        return cmdDevices(o, io);
    throw CtlError(ExitCode::Usage, "unknown command '" + p.join(' ') + "' (see --help)");
}

ExitCode exitCodeFor(const SessionError &e)
{
    switch (e.code()) {
    case SessionError::Code::WrongPin:
        return WrongPin;
    case SessionError::Code::Delayed:
    case SessionError::Code::LockedOut:
        return LockedOut;
    case SessionError::Code::BadPin:
    case SessionError::Code::BadUserName:
    case SessionError::Code::UserExists:
        return Invalid;
    case SessionError::Code::NoSuchUser:
        return NotAllowed;
    case SessionError::Code::Damaged:
        return Failure;
    }
    return Failure;
}

ExitCode exitCodeFor(const store::JournalStoreError &e)
{
    switch (e.code()) {
    case store::JournalStoreError::Code::Invalid:
        return Invalid;
    case store::JournalStoreError::Code::NotFound:
    case store::JournalStoreError::Code::Forbidden:
        return NotAllowed;
    default:
        return Failure;
    }
}

} // namespace

int runCtl(const QStringList &args, CtlIo io)
{
    auto fail = [&](ExitCode code, const QString &message) {
        io.err << "homevisitctl: " << message << "\n";
        io.err.flush();
        io.out.flush();
        return int(code);
    };
    try {
        const int rc = dispatch(parse(args), io);
        io.out.flush();
        return rc;
    } catch (const CtlError &e) {
        return fail(e.code, QString::fromStdString(e.what()));
    } catch (const SessionError &e) {
        return fail(exitCodeFor(e), QString::fromStdString(e.what()));
    } catch (const store::RuleError &e) {
        return fail(Invalid, "the record was refused: " + violationsText(e.violations()));
    } catch (const store::JournalStoreError &e) {
        return fail(exitCodeFor(e), QString::fromStdString(e.what()));
    } catch (const sync::SyncError &e) {
        return fail(NotSynced, QString::fromStdString(e.what()));
    } catch (const sync::TransportConfigError &e) {
        return fail(ExitCode::Usage, QString::fromStdString(e.what()));
    } catch (const DeviceSecretError &e) {
        return fail(Failure, QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return fail(Failure, QString::fromStdString(e.what()));
    }
}

} // namespace homevisit::cli
