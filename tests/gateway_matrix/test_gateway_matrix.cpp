// The authorization matrix and the bad-input matrix of homevisit-central, run against the
// real process over real TLS on 127.0.0.1 with --demo data: every endpoint x every role x
// own / same-municipality / other-municipality targets, and every POST endpoint x every
// kind of bad input. A refused answer must carry the documented status and code and none
// of the target's data; a refused request must store nothing.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "gateway/gatewaysupport.h"

#include <QRandomGenerator>

#include <map>

namespace {

const char *const JsonType = "application/json; charset=utf-8";

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

httplib::Result enrollWith(httplib::SSLClient &http, const QString &credential,
                           const QString &deviceId, const QString &signingKey = {})
{
    QJsonObject request{
        {"credential", credential}, {"device_id", deviceId}, {"device_name", "Matris"}};
    if (!signingKey.isEmpty())
        request.insert("signing_key", signingKey);
    return http.Post("/v1/enroll", Protocol, compact(request).toStdString(), JsonType);
}

QSet<QString> idsOf(const QList<QJsonObject> &rows)
{
    QSet<QString> ids;
    for (const auto &row : rows)
        ids.insert(row.value("id").toString());
    return ids;
}

QJsonObject visitFor(const QString &childId, const QString &marker)
{
    QJsonObject body = homevisit::domain::exampleChildVisit(
        childId, QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::OffsetFromUTC, 3600));
    body.insert("observations", marker);
    return body;
}

QJsonObject sessionFor(const QString &homeId, const QString &marker)
{
    QJsonObject body = homevisit::domain::exampleSupervisionSession(homeId, QDate(2026, 11, 18));
    body.insert("themes", marker);
    return body;
}

// The one result of a one-mutation push: "applied", "duplicate" or the rejection code.
QString outcomeOf(const httplib::Result &result)
{
    REQUIRE(result);
    INFO(result->body);
    REQUIRE(result->status == 200);
    REQUIRE(std::holds_alternative<homevisit::sync::PushResponse>(
        homevisit::sync::decodePushResponse(QByteArray::fromStdString(result->body))));
    const QJsonArray results = json(result).value("results").toArray();
    REQUIRE(results.size() == 1);
    const QJsonObject answer = results.first().toObject();
    return answer.value("outcome").toString() == u"rejected"
               ? answer.value("error").toObject().value("code").toString()
               : answer.value("outcome").toString();
}

// Counts every check of "no leak" so the report can say how many were made.
int leakChecks = 0;

void checkNoLeak(const std::string &body, const QStringList &secrets)
{
    for (const auto &secret : secrets) {
        if (secret.isEmpty())
            continue;
        ++leakChecks;
        INFO("refused body: " << body);
        INFO("must not contain: " << secret.toStdString());
        CHECK(body.find(secret.toStdString()) == std::string::npos);
    }
}

// --- the fixture: five users, their records, and what each may see -------------------------

struct Fixture
{
    RunningCentral central;
    std::map<QString, std::unique_ptr<Tablet>> tablets;

    QList<QJsonObject> annaChildren, annaHomes, annaPlacements;
    QString childA, childAName, homeH, homeHName, childV, childVName, homeV, homeVName;

    // A record pushed for the matrix: its id, author, status, kind and a secret marker
    // that appears only in its body.
    struct Record
    {
        QString id, author, status, kind, marker, childId;
    };
    std::map<QString, Record> records;

    Tablet &t(const QString &user) { return *tablets.at(user); }

    Fixture()
    {
        for (const QString user : {"anna", "karin", "bodil", "admin", "vera"})
            tablets[user] = std::make_unique<Tablet>(central, user);
        const auto annaView = t("anna").pullAll();
        annaChildren = ofType(annaView, "child");
        annaHomes = ofType(annaView, "foster_home");
        annaPlacements = ofType(annaView, "placement");
        REQUIRE(annaChildren.size() == 17);
        childA = annaChildren.first().value("id").toString();
        childAName = annaChildren.first().value("name").toString();
        const auto karinView = t("karin").pullAll();
        REQUIRE(!ofType(karinView, "foster_home").isEmpty());
        homeH = ofType(karinView, "foster_home").first().value("id").toString();
        homeHName = ofType(karinView, "foster_home").first().value("family_name").toString();
        const auto veraView = t("vera").pullAll();
        REQUIRE(ofType(veraView, "child").size() == 1);
        REQUIRE(ofType(veraView, "foster_home").size() == 1);
        childV = ofType(veraView, "child").first().value("id").toString();
        childVName = ofType(veraView, "child").first().value("name").toString();
        homeV = ofType(veraView, "foster_home").first().value("id").toString();
        homeVName = ofType(veraView, "foster_home").first().value("family_name").toString();

        add("annaSigned", "anna", "child_visit", "signed", childA,
            [&](const QString &m) { return visitFor(childA, m); });
        add("annaDraft", "anna", "child_visit", "draft", childA, [&](const QString &m) {
            return QJsonObject{{"child_id", childA}, {"observations", m}};
        });
        add("annaAmend", "anna", "amendment", "signed", childA, [&](const QString &m) {
            return QJsonObject{
                {"refers_to", records["annaSigned"].id}, {"text", m}, {"reason", "Saknades"}};
        });
        add("karinSigned", "karin", "supervision_session", "signed", {},
            [&](const QString &m) { return sessionFor(homeH, m); });
        add("karinDraft", "karin", "supervision_session", "draft", {}, [&](const QString &m) {
            return QJsonObject{{"foster_home_id", homeH}, {"themes", m}};
        });
        add("bodilReviewAnna", "bodil", "review", "signed", {}, [&](const QString &m) {
            return QJsonObject{{"refers_to", records["annaSigned"].id},
                               {"decision", "signed_off"},
                               {"comment", m}};
        });
        add("bodilReviewKarin", "bodil", "review", "signed", {}, [&](const QString &m) {
            return QJsonObject{{"refers_to", records["karinSigned"].id},
                               {"decision", "signed_off"},
                               {"comment", m}};
        });
        add("veraSigned", "vera", "child_visit", "signed", childV,
            [&](const QString &m) { return visitFor(childV, m); });
        add("veraDraft", "vera", "child_visit", "draft", childV, [&](const QString &m) {
            return QJsonObject{{"child_id", childV}, {"observations", m}};
        });
    }

    void add(const QString &name, const QString &author, const QString &kind, const QString &status,
             const QString &childId, const std::function<QJsonObject(const QString &)> &body)
    {
        const QString marker = "HEMLIGT-" + name + "-" + uuid().left(8);
        const Mutation m = t(author).mutation(kind, status, body(marker));
        INFO("fixture " << name.toStdString());
        REQUIRE(outcomeOf(t(author).push({m})) == "applied");
        records[name] = Record{m.record.recordId, author, status, kind, marker, childId};
    }

    // The secrets of every record and reference row the user may not see.
    QStringList secretsHiddenFrom(const QString &user, const QSet<QString> &visibleRecords) const
    {
        QStringList secrets;
        for (const auto &[name, record] : records) {
            if (!visibleRecords.contains(name))
                secrets << record.marker;
        }
        if (user != "vera")
            secrets << childVName << homeVName << childV << homeV;
        if (user == "vera" || user == "admin") {
            secrets << childA << homeH << homeHName;
            for (const auto &child : annaChildren)
                secrets << child.value("name").toString();
        }
        if (user == "bodil") {
            // The supervisor gets no reference data, only the names of the child and the
            // home her team's records are about (docs/sync-protocol.md, "Names in pulls").
            for (const auto &child : annaChildren)
                if (child.value("id").toString() != childA)
                    secrets << child.value("name").toString();
        }
        return secrets;
    }
};

// What each user's pull may contain, by fixture record name.
const std::map<QString, QSet<QString>> Visible{
    {"anna", {"annaSigned", "annaDraft", "annaAmend", "bodilReviewAnna"}},
    {"karin", {"karinSigned", "karinDraft", "bodilReviewKarin"}},
    {"bodil", {"annaSigned", "annaAmend", "karinSigned", "bodilReviewAnna", "bodilReviewKarin"}},
    {"admin", {}},
    {"vera", {"veraSigned", "veraDraft"}},
};

int matrixCases = 0;

} // namespace

TEST_CASE("authorization matrix: every endpoint x every role x own, team and foreign targets")
{
    Fixture f;
    const QStringList users{"anna", "karin", "bodil", "admin", "vera"};
    const QSet<QString> annaChildIds = idsOf(f.annaChildren);
    const QSet<QString> annaHomeIds = idsOf(f.annaHomes);

    // 1. Pulls: each user's set is exactly what the roles table allows.
    const auto checkPulls = [&](bool exact) {
        for (const auto &user : users) {
            ++matrixCases;
            INFO("pull by " << user.toStdString());
            std::string raw;
            const auto changes = f.t(user).pullAll(&raw);
            const auto children = ofType(changes, "child");
            const auto homes = ofType(changes, "foster_home");
            const auto placements = ofType(changes, "placement");
            const auto pulledRecords = ofType(changes, "record");
            QSet<QString> recordIds = idsOf(pulledRecords);
            QSet<QString> expected;
            for (const auto &name : Visible.at(user))
                expected.insert(f.records.at(name).id);
            if (exact) {
                CHECK(recordIds == expected);
            } else {
                CHECK(recordIds.contains(expected)); // later matrix pushes add records
            }
            checkNoLeak(raw, f.secretsHiddenFrom(user, Visible.at(user)));
            QSet<QString> ownRecordIds;
            for (const auto &record : pulledRecords) {
                if (record.value("author").toString() == user)
                    ownRecordIds.insert(record.value("id").toString());
            }
            for (const auto &record : pulledRecords) {
                INFO("record " << QJsonDocument(record).toJson().toStdString());
                const QString author = record.value("author").toString();
                const QString status = record.value("status").toString();
                const QString kind = record.value("kind").toString();
                if (user == "anna" || user == "karin" || user == "vera") {
                    // Own records, and reviews of them.
                    CHECK((author == user ||
                           (kind == "review" &&
                            ownRecordIds.contains(
                                record.value("body").toObject().value("refers_to").toString()))));
                } else if (user == "bodil") {
                    CHECK(status == "signed");
                    CHECK((author == "anna" || author == "karin" || author == "bodil"));
                    CHECK((author != "bodil" || kind == "review"));
                } else {
                    FAIL_CHECK("admin pulled a record");
                }
            }
            if (user == "anna") {
                CHECK(idsOf(children) == annaChildIds);
                CHECK(idsOf(homes) == annaHomeIds);
                CHECK(placements.size() == 17);
            } else if (user == "karin") {
                CHECK(idsOf(homes) == annaHomeIds); // demo: karin has anna's 12 homes
                CHECK(idsOf(children) == annaChildIds);
                CHECK(placements.size() <= 17);
            } else if (user == "vera") {
                CHECK(idsOf(children) == QSet<QString>{f.childV});
                CHECK(idsOf(homes) == QSet<QString>{f.homeV});
                CHECK(placements.size() == 1);
            } else {
                CHECK(children.isEmpty());
                CHECK(homes.isEmpty());
                CHECK(placements.isEmpty());
            }
            if (user == "admin")
                CHECK(changes.isEmpty());
        }
    };
    checkPulls(true);

    // 2. Push: every role x every kind x own / team / other-municipality / unknown target.
    const auto &R = f.records;
    struct Target
    {
        QString label;
        QString kind, status;
        std::function<QJsonObject(const QString &marker)> body;
        QStringList secrets; // the target's data that must not come back when refused
    };
    const auto recordSecrets = [&](const QString &name) {
        const auto &record = R.at(name);
        QStringList secrets{record.marker};
        if (!record.childId.isEmpty() && record.childId == f.childA)
            secrets << f.childAName;
        if (record.childId == f.childV)
            secrets << f.childVName;
        return secrets;
    };
    QList<Target> targets;
    const QStringList childTargets{"A", "V", "unknown"};
    for (const QString status : {"signed", "draft"}) {
        for (const auto &which : childTargets) {
            const QString child = which == "A" ? f.childA : which == "V" ? f.childV : uuid();
            const QStringList secrets = which == "A"   ? QStringList{f.childAName}
                                        : which == "V" ? QStringList{f.childVName}
                                                       : QStringList{};
            targets.append({"child_visit " + status + " child " + which, "child_visit", status,
                            [child, status](const QString &m) {
                                return status == "signed"
                                           ? visitFor(child, m)
                                           : QJsonObject{{"child_id", child}, {"observations", m}};
                            },
                            secrets});
        }
        for (const QString which : {"H", "V", "unknown"}) {
            const QString home = which == "H" ? f.homeH : which == "V" ? f.homeV : uuid();
            const QStringList secrets = which == "H"   ? QStringList{f.homeHName}
                                        : which == "V" ? QStringList{f.homeVName}
                                                       : QStringList{};
            targets.append({"supervision_session " + status + " home " + which,
                            "supervision_session", status,
                            [home, status](const QString &m) {
                                return status == "signed"
                                           ? sessionFor(home, m)
                                           : QJsonObject{{"foster_home_id", home}, {"themes", m}};
                            },
                            secrets});
        }
    }
    QStringList referable;
    for (const auto &[name, record] : R)
        referable << name;
    referable << "unknown";
    for (const auto &name : referable) {
        const QString id = name == "unknown" ? uuid() : R.at(name).id;
        const QStringList secrets = name == "unknown" ? QStringList{} : recordSecrets(name);
        targets.append({"amendment of " + name, "amendment", "signed",
                        [id](const QString &m) {
                            return QJsonObject{{"refers_to", id}, {"text", m}, {"reason", "Fel"}};
                        },
                        secrets});
        targets.append(
            {"review of " + name, "review", "signed",
             [id](const QString &m) {
                 return QJsonObject{{"refers_to", id}, {"decision", "signed_off"}, {"comment", m}};
             },
             secrets});
    }

    // allowed, refused, or not pinned down by the roles table (only the no-leak holds).
    enum Expect
    {
        Allowed,
        Refused,
        Either
    };
    const auto expectation = [&](const QString &user, const Target &target) -> Expect {
        const QString &l = target.label;
        if (target.kind == "child_visit")
            return (user == "anna" && l.endsWith("child A")) ||
                           (user == "vera" && l.endsWith("child V"))
                       ? Allowed
                       : Refused;
        if (target.kind == "supervision_session")
            return user == "karin" && l.endsWith("home H") ? Allowed : Refused;
        if (target.kind == "amendment") {
            if ((user == "anna" && l == "amendment of annaSigned") ||
                (user == "karin" && l == "amendment of karinSigned") ||
                (user == "vera" && l == "amendment of veraSigned"))
                return Allowed;
            if (user == "anna" && l == "amendment of annaAmend")
                return Either; // an amendment of an amendment: not specified
            return Refused;
        }
        // review
        if (user == "bodil" && (l == "review of annaSigned" || l == "review of karinSigned"))
            return Allowed;
        if (user == "bodil" && l == "review of annaAmend")
            return Either; // "signed records and their amendments"
        return Refused;
    };

    int pushCases = 0;
    std::map<std::string, int> tally; // expectation/outcome -> count, for the summary
    for (const auto &user : users) {
        Tablet &tablet = f.t(user);
        for (const auto &target : targets) {
            ++pushCases;
            const QString marker = "NY-" + uuid().left(8);
            const Mutation m = tablet.mutation(target.kind, target.status, target.body(marker));
            auto result = tablet.push({m});
            REQUIRE(result);
            INFO(user.toStdString()
                 << " pushes " << target.label.toStdString() << " -> " << result->body);
            if (user == "admin") {
                CHECK(result->status == 403);
                CHECK(errorCode(result) == "forbidden");
                checkNoLeak(result->body, target.secrets);
                continue;
            }
            const QString outcome = outcomeOf(result);
            const Expect expected = expectation(user, target);
            ++tally[std::string(expected == Allowed   ? "allowed:"
                                : expected == Refused ? "refused:"
                                                      : "either:") +
                    outcome.toStdString()];
            if (expected == Either)
                WARN("not pinned by the roles table: " << user.toStdString() << " "
                                                       << target.label.toStdString() << " -> "
                                                       << outcome.toStdString());
            switch (expected) {
            case Allowed:
                CHECK(outcome == "applied");
                break;
            case Refused:
                CHECK((outcome == "forbidden" || outcome == "target_missing"));
                checkNoLeak(result->body, target.secrets);
                break;
            case Either:
                CHECK((outcome == "applied" || outcome == "forbidden" ||
                       outcome == "target_missing"));
                break;
            }
            // A refusal about someone else's record reads exactly like one about a record
            // that does not exist (ids cannot be probed).
            if (outcome == "target_missing") {
                const Mutation probe = tablet.mutation(
                    target.kind, target.status,
                    QJsonObject{{"refers_to", uuid()},
                                {target.kind == "review" ? "decision" : "text",
                                 target.kind == "review" ? "signed_off" : marker},
                                {target.kind == "review" ? "comment" : "reason", marker}});
                const QJsonObject real = json(result).value("results")[0].toObject();
                auto probed = tablet.push({probe});
                REQUIRE(probed);
                const QJsonObject ghost = json(probed).value("results")[0].toObject();
                CHECK(real.value("outcome") == ghost.value("outcome"));
                CHECK(real.value("error")["code"] == ghost.value("error")["code"]);
                CHECK(real.value("error").toObject().keys() ==
                      ghost.value("error").toObject().keys());
            }
        }
    }
    matrixCases += pushCases;
    for (const auto &[key, count] : tally)
        WARN("push matrix " << key << ": " << count);

    // 3. Push with someone else's record id (take-over attempts) and someone else's name.
    const std::map<QString, std::function<Mutation(Tablet &, const QString &)>> ownKind{
        {"anna",
         [&](Tablet &t, const QString &id) {
             return t.mutation("child_visit", "draft",
                               QJsonObject{{"child_id", f.childA}, {"observations", "Kapning"}},
                               id);
         }},
        {"karin",
         [&](Tablet &t, const QString &id) {
             return t.mutation("supervision_session", "draft",
                               QJsonObject{{"foster_home_id", f.homeH}, {"themes", "Kapning"}}, id);
         }},
        {"bodil",
         [&](Tablet &t, const QString &id) {
             return t.mutation("review", "signed",
                               QJsonObject{{"refers_to", R.at("annaSigned").id},
                                           {"decision", "signed_off"},
                                           {"comment", "Kapning"}},
                               id);
         }},
        {"vera",
         [&](Tablet &t, const QString &id) {
             return t.mutation("child_visit", "draft",
                               QJsonObject{{"child_id", f.childV}, {"observations", "Kapning"}},
                               id);
         }},
    };
    for (const auto &[user, make] : ownKind) {
        for (const auto &[name, record] : R) {
            if (record.author == user)
                continue;
            ++matrixCases;
            Mutation takeover = make(f.t(user), record.id);
            takeover.record.revision = 2;
            takeover.record.baseRevision = 1;
            f.t(user).sign(takeover);
            auto result = f.t(user).push({takeover});
            INFO(user.toStdString() << " takes over " << name.toStdString() << ": "
                                    << (result ? result->body : std::string()));
            const QString outcome = outcomeOf(result);
            CHECK((outcome == "forbidden" || outcome == "signed_immutable"));
            checkNoLeak(result->body, recordSecrets(name) << record.author);
        }
        for (const auto &other : users) {
            if (other == user)
                continue;
            ++matrixCases;
            Mutation impostor = make(f.t(user), uuid());
            impostor.record.author = other;
            CHECK(outcomeOf(f.t(user).push({impostor})) == "forbidden");
            ++matrixCases;
            Mutation otherDevice = make(f.t(user), uuid());
            otherDevice.record.deviceId = f.t(other).deviceId;
            CHECK(outcomeOf(f.t(user).push({otherDevice})) == "forbidden");
        }
    }

    // Nothing of the refused pushes changed anyone's records: pulls still obey the roles
    // table, and every fixture record is as it was pushed.
    checkPulls(false);
    for (const auto &user : QStringList{"anna", "karin", "bodil", "vera"}) {
        const auto pulled = ofType(f.t(user).pullAll(), "record");
        for (const auto &record : pulled) {
            for (const auto &[name, fixture] : R) {
                if (record.value("id").toString() != fixture.id)
                    continue;
                INFO(user.toStdString() << " sees " << name.toStdString());
                CHECK(record.value("author").toString() == fixture.author);
                CHECK(record.value("revision").toInteger() == 1);
                CHECK(QJsonDocument(record.value("body").toObject())
                          .toJson()
                          .contains(fixture.marker.toUtf8()));
            }
        }
    }

    // 4. Token: each user's refresh token with each user's device id.
    for (const auto &user : users) {
        for (const auto &device : users) {
            ++matrixCases;
            auto result = f.t(user).refresh(f.t(device).deviceId);
            REQUIRE(result);
            INFO(user.toStdString()
                 << " refresh on " << device.toStdString() << "'s device: " << result->body);
            if (user == device) {
                CHECK(result->status == 200);
            } else {
                CHECK(result->status == 401);
                CHECK(errorCode(result) == "invalid_token");
                checkNoLeak(result->body, {device, user, f.t(device).deviceId});
            }
        }
    }

    // 5. Admin endpoints x every role.
    Tablet spare(f.central, "anna", true, issuedCredential(f.central, "anna"));
    const std::string veraDevice = f.t("vera").deviceId.toStdString();
    const std::string spareDevice = spare.deviceId.toStdString();
    struct AdminCall
    {
        std::string label, method, path;
        QByteArray body;
        int adminStatus; // what the admin gets; other roles get 403
    };
    const std::vector<AdminCall> calls{
        {"list devices", "GET", "/v1/admin/devices", {}, 200},
        {"credential for anna", "POST", "/v1/admin/credentials", R"({"user":"anna"})", 200},
        {"credential for vera", "POST", "/v1/admin/credentials", R"({"user":"vera"})", 404},
        {"credential for nobody", "POST", "/v1/admin/credentials", R"({"user":"nobody"})", 404},
        {"revoke vera's device", "POST", "/v1/admin/devices/" + veraDevice + "/revoke", {}, 404},
        {"revoke unknown device",
         "POST",
         "/v1/admin/devices/" + uuid().toStdString() + "/revoke",
         {},
         404},
        {"revoke user vera", "POST", "/v1/admin/users/vera/revoke", {}, 404},
        {"revoke user nobody", "POST", "/v1/admin/users/nobody/revoke", {}, 404},
        {"revoke spare anna device",
         "POST",
         "/v1/admin/devices/" + spareDevice + "/revoke",
         {},
         200},
    };
    for (const auto &user : QStringList{"anna", "karin", "bodil", "vera", "admin"}) {
        for (const auto &call : calls) {
            ++matrixCases;
            Tablet &t = f.t(user);
            auto result = call.method == "GET" ? t.get(call.path) : t.post(call.path, call.body);
            REQUIRE(result);
            INFO(user.toStdString()
                 << " " << call.label << ": " << result->status << " " << result->body);
            const int expected = user == "admin" ? call.adminStatus : 403;
            CHECK(result->status == expected);
            if (expected != 200) {
                CHECK(errorCode(result) == (expected == 403 ? "forbidden" : "not_found"));
                CHECK(!json(result).contains("credential"));
                checkNoLeak(result->body, {f.t("vera").deviceId, spare.deviceId,
                                           f.t("anna").deviceId, "Vera Sandberg"});
            } else if (call.label == "list devices") {
                checkNoLeak(result->body, {f.t("vera").deviceId, "vera", "vetlanda"});
                CHECK(result->body.find(f.t("anna").deviceId.toStdString()) != std::string::npos);
            }
        }
    }
    // Vera was not touched by the refused calls; the spare device is revoked.
    CHECK(f.t("vera").refresh(f.t("vera").deviceId)->status == 200);
    CHECK(errorCode(spare.refresh(spare.deviceId)) == "device_revoked");
    CHECK(f.t("anna").refresh(f.t("anna").deviceId)->status == 200);
    // Revoking a user of one's own municipality, last: only an administrator may.
    for (const auto &user : QStringList{"anna", "bodil", "vera", "admin"}) {
        ++matrixCases;
        auto result = f.t(user).post("/v1/admin/users/karin/revoke", {});
        REQUIRE(result);
        CHECK(result->status == (user == "admin" ? 200 : 403));
    }
    CHECK(errorCode(f.t("karin").refresh(f.t("karin").deviceId)) == "device_revoked");
    CHECK(errorCode(f.t("karin").get("/v1/pull")) == "device_revoked");

    // 6. Enroll: a used credential is refused for every user; a fresh credential on
    // another user's (or municipality's) device id yields the new user's view only and
    // leaves the device's first user untouched.
    for (const auto &user : users) {
        ++matrixCases;
        auto reused = enrollWith(*f.t(user).http, f.central.credential(user), uuid());
        REQUIRE(reused);
        CHECK(reused->status == 401);
        CHECK(errorCode(reused) == "invalid_credential");
        checkNoLeak(reused->body, {user});
    }
    for (const auto &[user, device] :
         std::vector<std::pair<QString, QString>>{{"vera", "anna"}, {"anna", "vera"}}) {
        ++matrixCases;
        INFO(user.toStdString() << " enrolls on " << device.toStdString() << "'s device");
        auto result =
            enrollWith(*f.t(user).http, issuedCredential(f.central, user), f.t(device).deviceId);
        REQUIRE(result);
        if (result->status == 200) {
            CHECK(json(result).value("user").toString() == user);
            Tablet shared(f.central, user, true, issuedCredential(f.central, user),
                          f.t(device).deviceId);
            std::string raw;
            const auto view = shared.pullAll(&raw);
            checkNoLeak(raw, f.secretsHiddenFrom(user, Visible.at(user)));
            if (user == "vera")
                CHECK(ofType(view, "child").size() == 1);
            else
                CHECK(ofType(view, "child").size() == 17);
        } else {
            CHECK(result->status / 100 == 4);
            checkNoLeak(result->body, {device, f.t(device).deviceId});
        }
        // The device's first user still gets her own view with her own tokens.
        CHECK(f.t(device).refresh(f.t(device).deviceId)->status == 200);
        std::string raw;
        f.t(device).pullAll(&raw);
        checkNoLeak(raw, f.secretsHiddenFrom(device, Visible.at(device)));
    }

    // The administrator's device list shows her municipality's enrollments only, also
    // when a device id is shared with an enrollment in another municipality.
    {
        ++matrixCases;
        auto listed = f.t("admin").get("/v1/admin/devices");
        REQUIRE(listed);
        INFO(listed->body);
        CHECK(listed->status == 200);
        for (const auto &device : json(listed).value("devices").toArray())
            CHECK(device.toObject().value("user").toString() != "vera");
    }

    WARN("authorization matrix: " << matrixCases << " cases, " << leakChecks
                                  << " no-leak assertions");
}

// The same device id enrolled by users of two municipalities (devices has one row per
// device and user): one municipality's administrator revoking it must not revoke the
// other municipality's user, whose tablet would otherwise crypto-erase itself.
TEST_CASE("an administrator's device revocation stays in her municipality", "[authz]")
{
    RunningCentral central;
    Tablet vera(central, "vera");
    Tablet admin(central, "admin");
    Tablet annaOnVerasId(central, "anna", true, issuedCredential(central, "anna"), vera.deviceId);
    auto revoked = admin.post("/v1/admin/devices/" + vera.deviceId.toStdString() + "/revoke", {});
    REQUIRE(revoked);
    CHECK(revoked->status == 200); // Anna's enrollment on that id is Gotland's to revoke
    CHECK(errorCode(annaOnVerasId.refresh(annaOnVerasId.deviceId)) == "device_revoked");
    auto veraRefresh = vera.refresh(vera.deviceId);
    REQUIRE(veraRefresh);
    INFO(veraRefresh->body);
    CHECK(veraRefresh->status == 200); // fails today: 401 device_revoked
}

// --- the bad-input matrix -------------------------------------------------------------------

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *generator = QRandomGenerator::global();
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator->bounded(256));
    return bytes;
}

} // namespace

TEST_CASE("bad-input matrix: every POST endpoint x every malformation, nothing stored")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    Tablet admin(central, "admin");
    const auto reference = anna.pullAll();
    const QString childId = ofType(reference, "child").first().value("id").toString();
    const auto recordCount = [&] { return ofType(anna.pullAll(), "record").size(); };
    const auto deviceCount = [&] {
        return json(admin.get("/v1/admin/devices")).value("devices").toArray().size();
    };
    REQUIRE(outcomeOf(anna.push({anna.mutation("child_visit", "signed",
                                               visitFor(childId, "Först"))})) == "applied");
    const auto recordsBefore = recordCount();
    const auto devicesBefore = deviceCount();
    REQUIRE(recordsBefore == 1);

    // A spare credential for enroll bodies: if any bad request consumed it, the final
    // enrollment with it fails.
    const QString spareCredential = issuedCredential(central, "karin");

    Tablet revoked(central, "anna", true, issuedCredential(central, "anna"));
    const QString revokedAccess = revoked.accessToken;

    struct Endpoint
    {
        std::string path;
        bool authenticated;
        std::function<QJsonObject()> valid;  // a valid body
        QJsonObject wrongType, missingField; // each with one defect
    };
    const auto validPush = [&] {
        return QJsonDocument::fromJson(
                   homevisit::sync::encode(PushRequest{
                       {anna.mutation("child_visit", "signed", visitFor(childId, "Ogiltig"))}}))
            .object();
    };
    std::vector<Endpoint> endpoints{
        {"/v1/enroll", false,
         [&] {
             return QJsonObject{
                 {"credential", spareCredential}, {"device_id", uuid()}, {"device_name", "X"}};
         },
         QJsonObject{{"credential", 5}, {"device_id", uuid()}, {"device_name", "X"}},
         QJsonObject{{"device_id", uuid()}, {"device_name", "X"}}},
        {"/v1/token", false,
         [&] {
             return QJsonObject{{"refresh_token", anna.refreshToken}, {"device_id", anna.deviceId}};
         },
         QJsonObject{{"refresh_token", anna.refreshToken}, {"device_id", 7}},
         QJsonObject{{"device_id", anna.deviceId}}},
        {"/v1/push", true, validPush, QJsonObject{{"mutations", "many"}}, QJsonObject{}},
        {"/v1/admin/credentials", true,
         [] {
             return QJsonObject{{"user", "anna"}};
         },
         QJsonObject{{"user", 42}}, QJsonObject{}},
    };

    int cases = 0;
    const auto send = [&](const Endpoint &endpoint, const QByteArray &body,
                          httplib::Headers headers) {
        return anna.http->Post(endpoint.path.c_str(), headers, body.constData(),
                               std::size_t(body.size()), JsonType);
    };
    const auto authHeaders = [&](const Endpoint &endpoint) {
        httplib::Headers headers = Protocol;
        const QString token =
            endpoint.path == "/v1/admin/credentials" ? admin.accessToken : anna.accessToken;
        if (endpoint.authenticated)
            headers.emplace("Authorization", "Bearer " + token.toStdString());
        return headers;
    };
    const auto expect = [&](const Endpoint &endpoint, const std::string &label,
                            const httplib::Result &result, int status, const QString &code) {
        ++cases;
        INFO(endpoint.path << " with " << label << ": "
                           << (result ? std::to_string(result->status) + " " +
                                            result->body.substr(0, 300)
                                      : std::string("no answer")));
        REQUIRE(result);
        CHECK(result->status == status);
        CHECK(errorCode(result) == code);
        CHECK(result->get_header_value("Homevisit-Protocol") == "1");
    };

    for (const auto &endpoint : endpoints) {
        const auto headers = authHeaders(endpoint);
        expect(endpoint, "malformed JSON", send(endpoint, "{\"a\": [", headers), 400,
               "malformed_json");
        // Not an object at the top: the gateway answers malformed_json (the page allows
        // either reading; this pins what it does).
        expect(endpoint, "not an object", send(endpoint, "[1,2]", headers), 400, "malformed_json");
        expect(endpoint, "empty body", send(endpoint, "", headers), 400, "malformed_json");
        expect(endpoint, "wrong type", send(endpoint, compact(endpoint.wrongType), headers), 400,
               "wrong_type");
        expect(endpoint, "missing field", send(endpoint, compact(endpoint.missingField), headers),
               400, "missing_field");
        QJsonObject unknown = endpoint.valid();
        unknown.insert("priority", "high");
        expect(endpoint, "unknown field", send(endpoint, compact(unknown), headers), 400,
               "unknown_field");

        // Just over 4 MiB uncompressed.
        QByteArray huge = compact(endpoint.valid());
        huge.chop(1);
        huge += ",\"pad\":\"" + QByteArray(homevisit::sync::MaxRequestBytes, 'x') + "\"}";
        expect(endpoint, "4 MiB + body", send(endpoint, huge, headers), 413, "body_too_large");
        // Over 1 MiB compressed (random bytes do not compress); inflates to ~1 MiB only.
        auto gzipHeaders = headers;
        gzipHeaders.emplace("Content-Encoding", "gzip");
        QByteArray incompressible = compact(endpoint.valid());
        incompressible.chop(1);
        incompressible +=
            ",\"pad\":\"" +
            randomBytes(homevisit::sync::MaxCompressedRequestBytes + 64 * 1024).toHex() + "\"}";
        const QByteArray bigGzip = homevisit::sync::gzipCompress(incompressible);
        REQUIRE(bigGzip.size() > homevisit::sync::MaxCompressedRequestBytes);
        REQUIRE(incompressible.size() < homevisit::sync::MaxRequestBytes);
        expect(endpoint, "gzip over 1 MiB compressed", send(endpoint, bigGzip, gzipHeaders), 413,
               "body_too_large");
        // A gzip bomb: ~100 KiB that inflates to 100 MiB.
        QByteArray bombSource = compact(endpoint.valid());
        bombSource.chop(1);
        bombSource += ",\"pad\":\"" + QByteArray(100 * 1024 * 1024, ' ') + "\"}";
        const QByteArray bomb = homevisit::sync::gzipCompress(bombSource);
        bombSource.clear();
        REQUIRE(bomb.size() < homevisit::sync::MaxCompressedRequestBytes);
        expect(endpoint, "gzip bomb", send(endpoint, bomb, gzipHeaders), 413, "body_too_large");
        expect(endpoint, "not gzip under gzip", send(endpoint, "{}garbage", gzipHeaders), 400,
               "malformed_json");

        // The protocol header: missing, other version, garbage.
        for (const std::string version : {"", "2", "0", "1.0", "abc"}) {
            auto other = headers;
            other.erase("Homevisit-Protocol");
            if (!version.empty())
                other.emplace("Homevisit-Protocol", version);
            auto result = send(endpoint, compact(endpoint.valid()), other);
            expect(endpoint, "protocol '" + version + "'", result, 400, "unsupported_protocol");
            CHECK(json(result).value("error").toObject().value("supported").toArray() ==
                  QJsonArray{1});
        }

        if (!endpoint.authenticated)
            continue;
        // Tokens: none, not Bearer, forged, revoked device.
        const auto withToken = [&](const std::string &authorization) {
            httplib::Headers other = Protocol;
            if (!authorization.empty())
                other.emplace("Authorization", authorization);
            return send(endpoint, compact(endpoint.valid()), other);
        };
        expect(endpoint, "no token", withToken(""), 401, "invalid_token");
        expect(endpoint, "Basic auth", withToken("Basic YW5uYTphbm5h"), 401, "invalid_token");
        const QByteArray forged = randomBytes(32).toBase64(QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals);
        REQUIRE(forged.size() == 43);
        expect(endpoint, "forged token", withToken("Bearer " + forged.toStdString()), 401,
               "invalid_token");
        expect(endpoint, "refresh token as access token",
               withToken("Bearer " + anna.refreshToken.toStdString()), 401, "invalid_token");
    }
    // A revoked device's access token, on every authenticated endpoint and on pull.
    REQUIRE(central.admin({"revoke-device", "--device", revoked.deviceId}) == 0);
    for (const auto &endpoint : endpoints) {
        if (!endpoint.authenticated)
            continue;
        httplib::Headers other = Protocol;
        other.emplace("Authorization", "Bearer " + revokedAccess.toStdString());
        expect(endpoint, "revoked device", send(endpoint, compact(endpoint.valid()), other), 401,
               "device_revoked");
    }
    {
        ++cases;
        auto result = revoked.get("/v1/pull");
        REQUIRE(result);
        CHECK(result->status == 401);
        CHECK(errorCode(result) == "device_revoked");
    }

    // Pull query: an unreadable cursor and out-of-range limits.
    for (const std::string query :
         {"cursor=%21%21garbage", "cursor=djE6LTE", "limit=0", "limit=501", "limit=abc"}) {
        ++cases;
        auto result = anna.get("/v1/pull?" + query);
        REQUIRE(result);
        INFO("pull?" << query << ": " << result->status << " " << result->body);
        CHECK(result->status == 400);
        CHECK(errorCode(result) ==
              (query.rfind("cursor", 0) == 0 ? "invalid_cursor" : "invalid_value"));
    }

    // Push-specific shapes inside a mutation.
    const Endpoint &push = endpoints[2];
    const auto mutationWith = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject request = validPush();
        QJsonArray mutations = request.value("mutations").toArray();
        QJsonObject mutation = mutations.first().toObject();
        change(mutation);
        mutations[0] = mutation;
        request.insert("mutations", mutations);
        return compact(request);
    };
    const auto pushHeaders = authHeaders(push);
    const std::vector<std::tuple<std::string, QByteArray, QString>> shapes{
        {"revision as string", mutationWith([](QJsonObject &m) { m.insert("revision", "3"); }),
         "wrong_type"},
        {"body as array", mutationWith([](QJsonObject &m) { m.insert("body", QJsonArray{}); }),
         "wrong_type"},
        {"hlc as number", mutationWith([](QJsonObject &m) { m.insert("hlc", 5); }), "wrong_type"},
        {"no record_id", mutationWith([](QJsonObject &m) { m.remove("record_id"); }),
         "missing_field"},
        {"no mutation_id", mutationWith([](QJsonObject &m) { m.remove("mutation_id"); }),
         "missing_field"},
        {"unknown field in mutation", mutationWith([](QJsonObject &m) { m.insert("priority", 1); }),
         "unknown_field"},
        {"bad uuid", mutationWith([](QJsonObject &m) { m.insert("record_id", "1234"); }),
         "invalid_value"},
        {"bad kind", mutationWith([](QJsonObject &m) { m.insert("kind", "diary"); }),
         "invalid_value"},
        {"revision 0", mutationWith([](QJsonObject &m) { m.insert("revision", 0); }),
         "invalid_value"},
        {"empty batch", R"({"mutations":[]})", "invalid_value"},
    };
    for (const auto &[label, body, code] : shapes) {
        const auto result = send(push, body, pushHeaders);
        // A mutation whose id reads is refused on its own (the batch's others would be
        // applied); without an id, or an empty batch, the whole request is refused.
        if (label == "no mutation_id" || label == "empty batch") {
            expect(push, label, result, 400, code);
            continue;
        }
        INFO(label);
        REQUIRE(result);
        CHECK(result->status == 200);
        const QJsonObject only = QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
                                     .object()
                                     .value("results")
                                     .toArray()
                                     .first()
                                     .toObject();
        CHECK(only.value("outcome").toString() == "rejected");
        CHECK(only.value("error").toObject().value("code").toString() == code);
    }
    {
        QList<Mutation> batch;
        for (int i = 0; i < homevisit::sync::MaxBatch + 1; ++i)
            batch.append(anna.mutation("child_visit", "signed", visitFor(childId, "Batch")));
        expect(push, "101 mutations", anna.push(batch), 400, "invalid_value");
    }

    // The same mutation id with another body: 422, and nothing in the batch is stored.
    const Mutation original = anna.mutation("child_visit", "signed", visitFor(childId, "Orig"));
    REQUIRE(outcomeOf(anna.push({original})) == "applied");
    const auto recordsWithOriginal = recordCount();
    Mutation replay = original;
    replay.record.body.insert("observations", "Ändrad i efterhand.");
    const Mutation innocent = anna.mutation("child_visit", "signed", visitFor(childId, "Oskyldig"));
    for (const auto &batch : {QList<Mutation>{replay}, QList<Mutation>{innocent, replay},
                              QList<Mutation>{replay, innocent}}) {
        expect(push, "replayed mutation id", anna.push(batch), 422, "mutation_replayed");
    }
    CHECK(recordCount() == recordsWithOriginal);

    // Access-token expiry is not tested: the lifetime is a fixed 15 minutes
    // (sync::AccessTokenSeconds) with no option or clock hook to shorten it.

    // Nothing of all that was stored: no record, no device, the spare credential unused.
    CHECK(recordCount() == recordsBefore + 1); // + the original of the replay check
    CHECK(deviceCount() == devicesBefore + 1); // + the revoked tablet
    auto karinEnroll = enrollWith(*anna.http, spareCredential, uuid());
    REQUIRE(karinEnroll);
    CHECK(karinEnroll->status == 200);
    CHECK(json(karinEnroll).value("user").toString() == "karin");
    WARN("bad-input matrix: " << cases << " cases");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    return homevisit::test::runCatch(argc, argv);
}
