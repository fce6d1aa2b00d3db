// homevisitctl as an operator uses it: the real binary, a real encrypted store, exit
// codes and one English line on stderr for every failure.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Result
{
    int rc = -1;
    QString out;
    QString err;
};

const QString Pin = QStringLiteral("482915");

Result ctl(const QStringList &args, const QByteArray &stdinData = {},
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOMEVISITCTL_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120'000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// One user with a demo caseload, shared by the cases that only read or add.
struct DemoStore
{
    QTemporaryDir dir;
    QStringList user() const { return {"--data-dir", dir.path(), "--user", "anna", "--pin", Pin}; }
    DemoStore()
    {
        REQUIRE(ctl({"--data-dir", dir.path(), "init", "--user", "anna", "--pin", Pin}).rc == 0);
        REQUIRE(ctl(user() << "demo").rc == 0);
    }
    QList<QJsonObject> list(const QString &kind = {}) const
    {
        QStringList args = user() << "list";
        if (!kind.isEmpty())
            args << "--kind" << kind;
        const Result r = ctl(args);
        REQUIRE(r.rc == 0);
        QList<QJsonObject> out;
        for (const QString &line : r.out.split('\n', Qt::SkipEmptyParts))
            out << QJsonDocument::fromJson(line.toUtf8()).object();
        return out;
    }
    QString anyChildId() const
    {
        return list("child_visit").front().value("body").toObject().value("child_id").toString();
    }
};

void requireOneLineError(const Result &r)
{
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.err.startsWith("homevisitctl: "));
    REQUIRE(r.err.count('\n') == 1);
    REQUIRE_FALSE(r.err.contains(Pin));
}

QByteArray withChecklist(const QString &example, const QJsonObject &changes)
{
    QJsonObject envelope = QJsonDocument::fromJson(example.toUtf8()).object();
    QJsonObject body = envelope.value("body").toObject();
    QJsonObject checklist = body.value("checklist").toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        checklist.insert(it.key(), it.value());
    body.insert("checklist", checklist);
    envelope.insert("body", body);
    return QJsonDocument(envelope).toJson();
}

} // namespace

TEST_CASE("init, demo, example, add --sign, amend, list and verify", "[cli]")
{
    DemoStore s;
    const QList<QJsonObject> visits = s.list("child_visit");
    CHECK(visits.size() >= 17 * 2);
    const QString child = s.anyChildId();

    const Result example = ctl(s.user() << "visit"
                                        << "example"
                                        << "--child" << child);
    REQUIRE(example.rc == 0);
    const Result added = ctl(s.user() << "visit"
                                      << "add"
                                      << "--json"
                                      << "-"
                                      << "--sign",
                             example.out.toUtf8());
    INFO(added.err.toStdString());
    REQUIRE(added.rc == 0);
    const QString id = added.out.section(' ', 0, 0);
    REQUIRE(added.out.trimmed().endsWith("signed"));

    const Result amended = ctl(s.user() << "amend" << id << "--text"
                                        << "Rättelse: familjehemsmamman var också med.");
    REQUIRE(amended.rc == 0);
    bool found = false;
    for (const QJsonObject &a : s.list("amendment"))
        found |= a.value("body").toObject().value("refers_to").toString() == id;
    CHECK(found);
    bool signedThere = false;
    for (const QJsonObject &v : s.list("child_visit"))
        signedThere |= v.value("id").toString() == id && v.value("status") == "signed";
    CHECK(signedThere);

    const Result home = ctl(s.user() << "visit"
                                     << "example"
                                     << "--foster-home"
                                     << s.list("supervision_session")
                                            .front()
                                            .value("body")
                                            .toObject()
                                            .value("foster_home_id")
                                            .toString());
    REQUIRE(home.rc == 0);
    CHECK(ctl(s.user() << "visit"
                       << "add"
                       << "--json"
                       << "-"
                       << "--sign",
              home.out.toUtf8())
              .rc == 0);

    const Result verify = ctl(s.user() << "verify");
    INFO(verify.out.toStdString());
    CHECK(verify.rc == 0);
    CHECK(verify.out.contains("SQLCipher 3.4"));
    CHECK(verify.out.trimmed().endsWith("ok"));
}

TEST_CASE("bad input gets one clear English line and changes nothing", "[cli]")
{
    DemoStore s;
    const int before = int(s.list().size());
    const QString example = ctl(s.user() << "visit"
                                         << "example"
                                         << "--child" << s.anyChildId())
                                .out;

    SECTION("wrong PIN")
    {
        const Result r =
            ctl({"--data-dir", s.dir.path(), "--user", "anna", "--pin", "999999", "list"});
        CHECK(r.rc == 3);
        CHECK(r.out.isEmpty());
        requireOneLineError(r);
        CHECK(r.err.contains("wrong PIN"));
    }
    SECTION("a visit that breaks the participation rules is refused, no draft is left")
    {
        const Result r = ctl(s.user() << "visit"
                                      << "add"
                                      << "--json"
                                      << "-"
                                      << "--sign",
                             withChecklist(example, {{"spoken_alone", false},
                                                     {"not_alone_reason", QJsonValue::Null}}));
        CHECK(r.rc == 5);
        requireOneLineError(r);
        CHECK(r.err.contains("checklist.not_alone_reason"));
    }
    SECTION("malformed JSON")
    {
        const Result r = ctl(s.user() << "visit"
                                      << "add"
                                      << "--json"
                                      << "-",
                             "{\"kind\": ");
        CHECK(r.rc == 5);
        requireOneLineError(r);
        CHECK(r.err.contains("not valid JSON"));
    }
    SECTION("invalid UTF-8")
    {
        QByteArray bytes = example.toUtf8();
        bytes.replace("Elsa", "El\xff\xfe");
        bytes.replace("\"observations\": \"", "\"observations\": \"\xc3\x28");
        QTemporaryDir tmp;
        QFile f(tmp.filePath("bad.json"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Result r = ctl(s.user() << "visit"
                                      << "add"
                                      << "--json" << f.fileName());
        CHECK(r.rc == 5);
        requireOneLineError(r);
    }
    SECTION("unknown fields and kinds")
    {
        CHECK(ctl(s.user() << "visit"
                           << "add"
                           << "--json"
                           << "-",
                  R"({"kind":"child_visit","body":{},"extra":1})")
                  .rc == 5);
        CHECK(ctl(s.user() << "visit"
                           << "add"
                           << "--json"
                           << "-",
                  R"({"kind":"review","body":{}})")
                  .rc == 5);
        const Result r = ctl(s.user() << "visit"
                                      << "add"
                                      << "--json"
                                      << "-",
                             R"({"kind":"child_visit","body":{"child_idd":"x"}})");
        CHECK(r.rc == 5);
        CHECK(r.err.contains("child_idd"));
    }
    SECTION("SQL metacharacters in an argument are data, not SQL")
    {
        CHECK(ctl(s.user() << "sign"
                           << "x'); DROP TABLE records; --")
                  .rc == 2);
        CHECK(ctl(s.user() << "list"
                           << "--kind"
                           << "child_visit' OR '1'='1")
                  .rc == 2);
    }
    SECTION("unknown or missing ids")
    {
        const Result r = ctl(s.user() << "sign"
                                      << "0190d000-0000-7000-8fff-000000000000");
        CHECK(r.rc == 6);
        requireOneLineError(r);
        const QString signedId = s.list("child_visit").front().value("id").toString();
        CHECK(ctl(s.user() << "sign" << signedId).rc == 6); // already signed: immutable
    }
    SECTION("usage errors")
    {
        CHECK(ctl(s.user() << "frobnicate").rc == 2);
        CHECK(ctl({"list"}).rc == 2);
        CHECK(ctl(s.user() << "list"
                           << "--bogus")
                  .rc == 2);
        CHECK(ctl(s.user() << "amend"
                           << "0190d000-0000-7000-8fff-000000000000")
                  .rc == 2);
    }
    CHECK(int(s.list().size()) == before);
}

TEST_CASE("a draft added without --sign is signed later, once complete", "[cli]")
{
    DemoStore s;
    const QString example = ctl(s.user() << "visit"
                                         << "example"
                                         << "--child" << s.anyChildId())
                                .out;
    const Result draft = ctl(s.user() << "visit"
                                      << "add"
                                      << "--json"
                                      << "-",
                             withChecklist(example, {{"told_purpose", QJsonValue::Null}}));
    REQUIRE(draft.rc == 0);
    REQUIRE(draft.out.trimmed().endsWith("draft"));
    const QString id = draft.out.section(' ', 0, 0);
    const Result refused = ctl(s.user() << "sign" << id);
    CHECK(refused.rc == 5);
    CHECK(refused.err.contains("checklist.told_purpose"));
    CHECK(refused.err.contains("why the visit", Qt::CaseInsensitive));
}

TEST_CASE("init refuses weak PINs and existing users; HOMEVISIT_PIN works", "[cli]")
{
    QTemporaryDir dir;
    const Result weak =
        ctl({"--data-dir", dir.path(), "init", "--user", "anna", "--pin", "123456"});
    CHECK(weak.rc == 5);
    requireOneLineError(weak);
    CHECK_FALSE(QFile::exists(dir.filePath("users/anna/vault.json")));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOMEVISIT_PIN", Pin);
    REQUIRE(ctl({"--data-dir", dir.path(), "init", "--user", "anna"}, {}, env).rc == 0);
    CHECK(ctl({"--data-dir", dir.path(), "init", "--user", "anna"}, {}, env).rc == 5);
    CHECK(ctl({"--data-dir", dir.path(), "--user", "anna", "list"}, {}, env).rc == 0);
}

TEST_CASE("verify fails on a damaged store", "[cli]")
{
    DemoStore s;
    const QString db = s.dir.filePath("users/anna/journal.db");
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2 + 11);
    char c = 0;
    f.getChar(&c);
    f.seek(f.size() / 2 + 11);
    f.putChar(char(c ^ 0x40));
    f.close();
    const Result r = ctl(s.user() << "verify");
    CHECK(r.rc != 0);
    CHECK((r.out + r.err).contains("damaged"));
}

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

// A syntactically valid public-key pin; nothing listens on the port, so enrollment gets
// as far as the network and stops there.
QStringList enrollArgs(const QString &dir)
{
    return {"--data-dir",
            dir,
            "--user",
            "anna",
            "--pin",
            Pin,
            "enroll",
            "--server",
            "https://127.0.0.1:9",
            "--pin-sha256",
            "sha256//47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="};
}

} // namespace

TEST_CASE("the data directory and everything in it are private, whatever the umask", "[cli][files]")
{
    const mode_t old = ::umask(022); // inherited by homevisitctl
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("data");
    const Result r = ctl({"--data-dir", dir, "init", "--user", "anna", "--pin", Pin});
    ::umask(old);
    REQUIRE(r.rc == 0);
    for (const QString &d : {dir, dir + "/users", dir + "/users/anna", dir + "/keys"}) {
        INFO(d.toStdString());
        CHECK(modeOf(d) == 0700);
    }
    for (const QString &f : {dir + "/device.secret", dir + "/device.id",
                             dir + "/users/anna/vault.json", dir + "/users/anna/journal.db"}) {
        INFO(f.toStdString());
        CHECK(modeOf(f) == 0600);
    }
}

TEST_CASE("verify reports every directory or file that is not the user's own and private",
          "[cli][files]")
{
    DemoStore s;
    const QString dir = s.dir.path();
    auto verify = [&](const QString &dataDir) {
        return ctl({"--data-dir", dataDir, "--user", "anna", "--pin", Pin, "verify"});
    };
    REQUIRE(verify(dir).rc == 0);

    SECTION("a directory open to others")
    {
        REQUIRE(::chmod(QFile::encodeName(dir + "/users/anna").constData(), 0755) == 0);
        const Result r = verify(dir);
        CHECK(r.rc == 7);
        CHECK(r.out.contains(dir + "/users/anna is open to other users (mode 755"));
    }
    SECTION("the data directory open to the group")
    {
        REQUIRE(::chmod(QFile::encodeName(dir).constData(), 0750) == 0);
        // The key directory is the app's own: it is closed again at the next attempt.
        REQUIRE(::chmod(QFile::encodeName(dir + "/keys").constData(), 0770) == 0);
        const Result r = verify(dir);
        CHECK(r.rc == 7);
        CHECK(r.out.contains("problem: " + dir + " is open to other users (mode 750"));
        CHECK_FALSE(r.out.contains("/keys is open"));
        CHECK(modeOf(dir + "/keys") == 0700);
    }
    SECTION("files open to others")
    {
        for (const char *file : {"/users/anna/vault.json", "/users/anna/journal.db",
                                 "/users/anna/attempts.lock", "/users/anna/attempts.json"})
            REQUIRE(::chmod(QFile::encodeName(dir + file).constData(), 0644) == 0);
        const Result r = verify(dir);
        CHECK(r.rc == 7);
        for (const char *file :
             {"/users/anna/vault.json", "/users/anna/journal.db", "/users/anna/attempts.lock"})
            CHECK(r.out.contains(dir + file + " is open to other users (mode 644"));
        // The counter is rewritten (0600) at every attempt.
        CHECK(modeOf(dir + "/users/anna/attempts.json") == 0600);
    }
    SECTION("a data directory reached through a symbolic link")
    {
        const QString link = s.dir.path() + "-link";
        REQUIRE(QFile::link(dir, link));
        const Result r = verify(link);
        QFile::remove(link);
        CHECK(r.rc == 7);
        CHECK(r.out.contains(link + " is a symbolic link"));
    }
    SECTION("a file owned by another user")
    {
        if (::geteuid() != 0)
            return; // only root can give a file away
        REQUIRE(::chown(QFile::encodeName(dir + "/users/anna/vault.json").constData(), 65534,
                        65534) == 0);
        const Result r = verify(dir);
        CHECK(r.rc == 7);
        CHECK(r.out.contains(dir + "/users/anna/vault.json is owned by user id 65534"));
    }
}

TEST_CASE("the enrollment code comes from standard input or the environment, not argv",
          "[cli][enroll]")
{
    QTemporaryDir dir;
    REQUIRE(ctl({"--data-dir", dir.path(), "init", "--user", "anna", "--pin", Pin}).rc == 0);

    SECTION("--credential - reads it from standard input")
    {
        const Result r = ctl(enrollArgs(dir.path()) << "--credential"
                                                    << "-",
                             "K7QH-93MX-PL2D-4RWA\n");
        INFO(r.err.toStdString());
        CHECK(r.rc == 8); // it got as far as the (absent) server
        CHECK_FALSE(r.err.contains("warning"));
        CHECK_FALSE(r.err.contains("K7QH"));
    }
    SECTION("an empty standard input is a usage error")
    {
        const Result r = ctl(enrollArgs(dir.path()) << "--credential"
                                                    << "-");
        CHECK(r.rc == 2);
        requireOneLineError(r);
        CHECK(r.err.contains("standard input held no enrollment code"));
    }
    SECTION("HOMEVISIT_CREDENTIAL")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOMEVISIT_CREDENTIAL", "K7QH-93MX-PL2D-4RWA");
        const Result r = ctl(enrollArgs(dir.path()), {}, env);
        CHECK(r.rc == 8);
        CHECK_FALSE(r.err.contains("warning"));
    }
    SECTION("none at all")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("HOMEVISIT_CREDENTIAL");
        const Result r = ctl(enrollArgs(dir.path()), {}, env);
        CHECK(r.rc == 2);
        requireOneLineError(r);
        CHECK(r.err.contains("HOMEVISIT_CREDENTIAL"));
    }
    SECTION("a code on the command line still works, with a warning")
    {
        const Result r = ctl(enrollArgs(dir.path()) << "--credential"
                                                    << "K7QH-93MX-PL2D-4RWA");
        CHECK(r.rc == 8);
        CHECK(r.err.startsWith("homevisitctl: warning: --credential CODE is visible to other "
                               "users in the process list"));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
