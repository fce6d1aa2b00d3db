// The real homevisit-central process over real TLS, driven as a tablet would drive it:
// enroll, token, push, pull, role visibility, municipality isolation, revocation, and
// bad input that must be refused with the documented code and store nothing.
#include "catchrunner.h"
#include "gatewaysupport.h"

TEST_CASE("a caseworker's visit reaches her supervisor and no other municipality")
{
    RunningCentral central;
    Tablet anna(central, "anna");

    // A new access token from the refresh token.
    auto refreshed = anna.refresh();
    REQUIRE(refreshed->status == 200);
    anna.accessToken = json(refreshed).value("access_token").toString();

    // Reference data, paged by 5.
    QString cursor;
    const auto reference = anna.pullAll(cursor);
    const auto children = ofType(reference, "child");
    CHECK(children.size() == 17);
    CHECK(ofType(reference, "foster_home").size() == 12);
    CHECK(ofType(reference, "placement").size() == 17);
    CHECK(ofType(reference, "record").isEmpty());
    const QString childId = children.first().value("id").toString();

    // Push a signed visit; pushing it again is a duplicate with the same answer.
    const Mutation visit = anna.mutation("child_visit", "signed", visitFor(childId));
    const QJsonObject applied = onlyResult(anna.push({visit}));
    REQUIRE(applied.value("outcome").toString() == "applied");
    const qint64 seq = applied.value("seq").toInteger();
    CHECK(seq > 0);
    const QJsonObject duplicate = onlyResult(anna.push({visit}));
    CHECK(duplicate.value("outcome").toString() == "duplicate");
    CHECK(duplicate.value("seq").toInteger() == seq);

    // The same mutation id with another body refuses the whole batch; nothing is stored.
    Mutation replay = visit;
    replay.record.body.insert("observations", "Ändrad i efterhand.");
    const Mutation innocent = anna.mutation("child_visit", "signed", visitFor(childId));
    auto replayed = anna.push({innocent, replay});
    CHECK(replayed->status == 422);
    CHECK(errorCode(replayed) == "mutation_replayed");

    // A changed signed record under a new mutation id is signed_immutable.
    Mutation changed =
        anna.mutation("child_visit", "signed", replay.record.body, visit.record.recordId);
    const QJsonObject immutable = onlyResult(anna.push({changed}));
    CHECK(immutable.value("outcome").toString() == "rejected");
    CHECK(immutable.value("error").toObject().value("code").toString() == "signed_immutable");

    // A signed visit that breaks the signing rules is invalid_record with violations.
    QJsonObject unsignable = visitFor(childId);
    unsignable.remove("checklist");
    const QJsonObject invalid =
        onlyResult(anna.push({anna.mutation("child_visit", "signed", unsignable)}));
    CHECK(invalid.value("error").toObject().value("code").toString() == "invalid_record");
    CHECK(!invalid.value("error").toObject().value("violations").toArray().isEmpty());

    // A draft is stored, and only its author will see it.
    const Mutation draft =
        anna.mutation("child_visit", "draft", QJsonObject{{"child_id", childId}});
    CHECK(onlyResult(anna.push({draft})).value("outcome").toString() == "applied");

    // Anna's own pull: her signed record and her draft, not the refused ones.
    const auto mine = anna.pullAll(cursor);
    CHECK(containsRecord(mine, visit.record.recordId));
    CHECK(containsRecord(mine, draft.record.recordId));
    CHECK(!containsRecord(mine, innocent.record.recordId));
    CHECK(ofType(mine, "record").size() == 2);

    // Her supervisor sees the signed record, not the draft, and may review it.
    Tablet bodil(central, "bodil");
    QString bodilCursor;
    const auto team = bodil.pullAll(bodilCursor);
    CHECK(containsRecord(team, visit.record.recordId));
    CHECK(!containsRecord(team, draft.record.recordId));
    const QJsonObject review{{"refers_to", visit.record.recordId}, {"decision", "signed_off"}};
    CHECK(onlyResult(bodil.push({bodil.mutation("review", "signed", review)}))
              .value("outcome")
              .toString() == "applied");
    CHECK(ofType(anna.pullAll(cursor), "record").size() == 1); // the review reaches anna

    // Another municipality sees nothing of it and may not write about Anna's child.
    Tablet vera(central, "vera");
    QString veraCursor;
    const auto vetlanda = vera.pullAll(veraCursor);
    CHECK(ofType(vetlanda, "child").size() == 1);
    CHECK(ofType(vetlanda, "record").isEmpty());
    for (const auto &change : vetlanda)
        CHECK(change.value("data").toObject().value("id").toString() != childId);
    const QJsonObject intrusion =
        onlyResult(vera.push({vera.mutation("child_visit", "signed", visitFor(childId))}));
    CHECK(intrusion.value("error").toObject().value("code").toString() == "forbidden");

    // Revoking the device: the next token call and any call with an old access token
    // say device_revoked.
    REQUIRE(central.admin({"revoke-device", "--device", anna.deviceId}) == 0);
    auto afterRevoke = anna.refresh();
    CHECK(afterRevoke->status == 401);
    CHECK(errorCode(afterRevoke) == "device_revoked");
    auto oldAccess = anna.pull({}, 5);
    CHECK(oldAccess->status == 401);
    CHECK(errorCode(oldAccess) == "device_revoked");

    QString devices;
    REQUIRE(central.admin({"list-devices"}, &devices) == 0);
    CHECK(devices.count('\n') == 2); // anna, bodil, vera: three lines
    CHECK(central.admin({"revoke-device", "--device", uuid()}) != 0);
}

TEST_CASE("bad input gets the documented 4xx and stores nothing")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const auto reference = anna.pullAll(cursor, 500);
    const QString childId = ofType(reference, "child").first().value("id").toString();
    const QString cursorBefore = cursor;

    auto malformed = anna.post("/v1/push", "{\"mutations\": [");
    CHECK(malformed->status == 400);
    CHECK(errorCode(malformed) == "malformed_json");

    QJsonObject unknown =
        homevisit::sync::encodeMutation(anna.mutation("child_visit", "signed", visitFor(childId)));
    unknown.insert("priority", "high");
    auto unknownField = anna.post(
        "/v1/push", QJsonDocument(QJsonObject{{"mutations", QJsonArray{unknown}}}).toJson());
    // Inside a mutation: that mutation is refused; in the envelope: the whole request.
    CHECK(onlyResult(unknownField).value("error").toObject().value("code").toString() ==
          "unknown_field");
    auto unknownEnvelope = anna.post(
        "/v1/push",
        QJsonDocument(QJsonObject{{"mutations", QJsonArray{unknown}}, {"x", 1}}).toJson());
    CHECK(unknownEnvelope->status == 400);
    CHECK(errorCode(unknownEnvelope) == "unknown_field");

    auto headers = anna.headers();
    headers.erase("Homevisit-Protocol");
    headers.emplace("Homevisit-Protocol", "2");
    const QByteArray valid = homevisit::sync::encode(
        PushRequest{{anna.mutation("child_visit", "signed", visitFor(childId))}});
    auto wrongProtocol = anna.http->Post("/v1/push", headers, valid.toStdString(),
                                         "application/json; charset=utf-8");
    CHECK(wrongProtocol->status == 400);
    CHECK(errorCode(wrongProtocol) == "unsupported_protocol");
    CHECK(json(wrongProtocol).value("error").toObject().value("supported").toArray() ==
          QJsonArray{1});

    const QByteArray huge = "{\"mutations\":[\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"]}";
    auto oversized = anna.post("/v1/push", huge);
    REQUIRE(oversized);
    CHECK(oversized->status == 413);
    CHECK(errorCode(oversized) == "body_too_large");

    httplib::Headers forgedHeaders = Protocol;
    forgedHeaders.emplace("Authorization", "Bearer " + std::string(43, 'A'));
    auto forged = anna.http->Post("/v1/push", forgedHeaders, valid.toStdString(),
                                  "application/json; charset=utf-8");
    CHECK(forged->status == 401);
    CHECK(errorCode(forged) == "invalid_token");

    // A gzip request body is accepted; nothing of the refused requests was stored.
    auto gzipHeaders = anna.headers();
    gzipHeaders.emplace("Content-Encoding", "gzip");
    const QByteArray compressed = homevisit::sync::gzipCompress(valid);
    auto gzipped = anna.http->Post("/v1/push", gzipHeaders, compressed.toStdString(),
                                   "application/json; charset=utf-8");
    CHECK(onlyResult(gzipped).value("outcome").toString() == "applied");
    cursor = cursorBefore;
    CHECK(ofType(anna.pullAll(cursor), "record").size() == 1);

    // Large responses come gzip-compressed when asked for.
    auto acceptGzip = anna.headers();
    acceptGzip.emplace("Accept-Encoding", "gzip");
    auto big = anna.http->Get("/v1/pull?limit=500", acceptGzip);
    REQUIRE(big->status == 200);
    CHECK(big->get_header_value("Content-Encoding") == "gzip");
    CHECK(json(big).value("changes").toArray().size() == 47);
}

QString rejection(const httplib::Result &result)
{
    const QJsonObject answer = onlyResult(result);
    return answer.value("outcome").toString() == u"rejected"
               ? answer.value("error").toObject().value("code").toString()
               : answer.value("outcome").toString();
}

TEST_CASE("drafts, amendments, kinds per role, admin commands and user revocation")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();

    // Drafts follow base_revision; a stale one is kept as a sibling.
    Mutation draft = anna.mutation("child_visit", "draft", QJsonObject{{"child_id", childId}});
    const QString recordId = draft.record.recordId;
    CHECK(rejection(anna.push({draft})) == "applied");
    Mutation second = anna.mutation("child_visit", "draft", visitFor(childId), recordId);
    second.record.revision = 2;
    second.record.baseRevision = 1;
    CHECK(rejection(anna.push({second})) == "applied");
    Mutation stale = anna.mutation("child_visit", "draft", visitFor(childId), recordId);
    stale.record.revision = 3;
    stale.record.baseRevision = 1;
    const QJsonObject staleAnswer = onlyResult(anna.push({stale}));
    CHECK(staleAnswer.value("error").toObject().value("code").toString() == "stale_draft");
    CHECK(isUuidString(staleAnswer.value("error").toObject().value("sibling_id").toString()));
    // Signing replaces the draft; then an amendment of it is accepted.
    Mutation signedVisit = anna.mutation("child_visit", "signed", visitFor(childId), recordId);
    signedVisit.record.revision = 3;
    signedVisit.record.baseRevision = 2;
    anna.sign(signedVisit);
    CHECK(rejection(anna.push({signedVisit})) == "applied");
    const QJsonObject amendment{{"refers_to", recordId},
                                {"text", "Familjehemsmamman var också med."},
                                {"reason", "Saknades"}};
    CHECK(rejection(anna.push({anna.mutation("amendment", "signed", amendment)})) == "applied");
    QJsonObject orphan = amendment;
    orphan.insert("refers_to", uuid());
    CHECK(rejection(anna.push({anna.mutation("amendment", "signed", orphan)})) == "target_missing");

    // Kinds and authorship per role.
    CHECK(rejection(anna.push({anna.mutation("supervision_session", "draft", {})})) == "forbidden");
    Mutation impostor = anna.mutation("child_visit", "draft", QJsonObject{{"child_id", childId}});
    impostor.record.author = "karin";
    CHECK(rejection(anna.push({impostor})) == "forbidden");

    // The foster-home secretary: her homes and the children placed there, not Anna's records.
    Tablet karin(central, "karin");
    QString karinCursor;
    const auto karinView = karin.pullAll(karinCursor, 50);
    const auto homes = ofType(karinView, "foster_home");
    CHECK(homes.size() == 12);
    CHECK(ofType(karinView, "child").size() == 17);
    // Of each child: who it is, not the child's case (its secretary, its visit interval).
    for (const QJsonObject &child : ofType(karinView, "child")) {
        const QStringList fields = child.keys();
        CHECK(QSet<QString>(fields.cbegin(), fields.cend()) ==
              QSet<QString>{"id", "name", "birth_year"});
    }
    CHECK(ofType(karinView, "placement").size() == 17);
    CHECK(ofType(karinView, "record").isEmpty());
    const QJsonObject session = homevisit::domain::exampleSupervisionSession(
        homes.first().value("id").toString(), QDate(2026, 11, 18));
    CHECK(rejection(karin.push({karin.mutation("supervision_session", "signed", session)})) ==
          "applied");
    CHECK(rejection(karin.push({karin.mutation("child_visit", "draft", {})})) == "forbidden");

    // The supervisor sees both team members' signed records and reviews only those.
    Tablet bodil(central, "bodil");
    QString bodilCursor;
    CHECK(ofType(bodil.pullAll(bodilCursor), "record").size() == 3); // visit, amendment, session
    const QJsonObject strayReview{{"refers_to", uuid()}, {"decision", "signed_off"}};
    CHECK(rejection(bodil.push({bodil.mutation("review", "signed", strayReview)})) ==
          "target_missing");

    // The administrator sees no case content and pushes none.
    Tablet admin(central, "admin");
    QString adminCursor;
    CHECK(admin.pullAll(adminCursor).isEmpty());
    CHECK(admin.push({admin.mutation("child_visit", "draft", {})})->status == 403);

    // The admin endpoints: own municipality only, administrators only.
    auto listed = admin.http->Get("/v1/admin/devices", admin.headers());
    REQUIRE(listed->status == 200);
    CHECK(json(listed).value("devices").toArray().size() == 4); // anna, karin, bodil, admin
    CHECK(anna.http->Get("/v1/admin/devices", anna.headers())->status == 403);
    CHECK(admin.post("/v1/admin/credentials", R"({"user":"vera"})")->status == 404);
    CHECK(errorCode(admin.post("/v1/admin/credentials", R"({"user":"anna","x":1})")) ==
          "unknown_field");
    auto issued = admin.post("/v1/admin/credentials", R"({"user":"anna"})");
    CHECK(issued->status == 200);
    CHECK(json(issued).value("credential").toString().size() == 19);
    // The admin learns when the credential stops working: seven days from now.
    const QDateTime expires =
        QDateTime::fromString(json(issued).value("expires_at").toString(), Qt::ISODateWithMs);
    CHECK(std::abs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 120);
    const std::string revokePath = "/v1/admin/devices/" + karin.deviceId.toStdString() + "/revoke";
    CHECK(admin.post(revokePath, {})->status == 200);
    CHECK(errorCode(karin.refresh()) == "device_revoked");
    CHECK(admin.post("/v1/admin/devices/" + uuid().toStdString() + "/revoke", {})->status == 404);

    // A credential from the admin command works once.
    QString credential;
    REQUIRE(central.admin({"credential", "--user", "anna"}, &credential) == 0);
    CHECK(credential.size() == 19);
    const auto enrollWith = [&](const QString &deviceId) {
        const QJsonObject request{
            {"credential", credential}, {"device_id", deviceId}, {"device_name", "Reserv"}};
        return anna.http->Post("/v1/enroll", Protocol,
                               QJsonDocument(request).toJson(QJsonDocument::Compact).toStdString(),
                               "application/json; charset=utf-8");
    };
    CHECK(enrollWith(uuid())->status == 200);
    auto reused = enrollWith(uuid());
    CHECK(reused->status == 401);
    CHECK(errorCode(reused) == "invalid_credential");
    CHECK(central.admin({"credential", "--user", "nobody"}) == 1);

    // Revoking the user revokes every device of hers.
    REQUIRE(central.admin({"revoke-user", "--user", "anna"}) == 0);
    auto refused = anna.refresh();
    CHECK(refused->status == 401);
    CHECK(errorCode(refused) == "device_revoked");
    CHECK(errorCode(anna.push({draft})) == "device_revoked");
}

TEST_CASE("two gateways on one PostgreSQL database keep pull order under concurrent pushes")
{
    if (!usePostgres()) {
        SUCCEED("SQLite: one gateway process per database file");
        return;
    }
    RunningCentral first;
    RunningCentral second(first.database());
    Tablet anna(first, "anna");
    Tablet bodil(first, "bodil");
    // Requests are independent: the second process honours the first one's tokens.
    bodil.http = second.client();
    QString cursor;
    const auto reference = anna.pullAll(cursor);
    const QString childId = ofType(reference, "child").first().value("id").toString();
    QString bodilCursor;
    CHECK(ofType(bodil.pullAll(bodilCursor), "record").isEmpty());

    // Anna pushes through both gateways at once while bodil pulls through the second:
    // every signed visit must reach her exactly once, although the pushes interleave.
    constexpr int PerGateway = 12;
    std::atomic<int> running = 2;
    QList<QString> pushed[2];
    QList<int> statuses[2];
    auto pushAll = [&](int which, const RunningCentral &central) {
        auto http = central.client();
        for (int i = 0; i < PerGateway; ++i) {
            const Mutation visit = anna.mutation("child_visit", "signed", visitFor(childId));
            const QByteArray body = homevisit::sync::encode(PushRequest{{visit}});
            auto result = http->Post("/v1/push", anna.headers(), body.constData(),
                                     std::size_t(body.size()), "application/json; charset=utf-8");
            statuses[which].append(result ? result->status : 0);
            pushed[which].append(visit.record.recordId);
        }
        --running;
    };
    std::thread one(pushAll, 0, std::cref(first));
    std::thread two(pushAll, 1, std::cref(second));
    QSet<QString> seen;
    auto collect = [&] {
        for (const auto &record : ofType(bodil.pullAll(bodilCursor, 3), "record")) {
            CHECK(!seen.contains(record.value("id").toString()));
            seen.insert(record.value("id").toString());
        }
    };
    while (running > 0)
        collect();
    one.join();
    two.join();
    collect();
    for (int which = 0; which < 2; ++which) {
        CHECK(statuses[which] == QList<int>(PerGateway, 200));
        for (const auto &id : pushed[which])
            CHECK(seen.contains(id));
    }
    CHECK(seen.size() == 2 * PerGateway);
}

TEST_CASE("a stale draft sent again is kept once, and one record keeps at most 20")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();
    Mutation first = anna.mutation("child_visit", "draft", visitFor(childId));
    const QString recordId = first.record.recordId;
    REQUIRE(rejection(anna.push({first})) == "applied");
    Mutation ahead = anna.mutation("child_visit", "draft", visitFor(childId), recordId);
    ahead.record.revision = 2;
    ahead.record.baseRevision = 1;
    REQUIRE(rejection(anna.push({ahead})) == "applied");

    // A stale draft of revision 1, then the same mutation again: the answer to the first
    // push was lost, or the tablet retried. One sibling, the same id both times.
    auto staleDraft = [&](int n) {
        Mutation stale = anna.mutation(
            "child_visit", "draft",
            QJsonObject{{"child_id", childId}, {"observations", "Version " + QString::number(n)}},
            recordId);
        stale.record.revision = 2;
        stale.record.baseRevision = 1;
        return stale;
    };
    auto errorOf = [](const QJsonObject &result) { return result.value("error").toObject(); };
    const Mutation stale = staleDraft(1);
    const QJsonObject once = errorOf(onlyResult(anna.push({stale})));
    const QJsonObject again = errorOf(onlyResult(anna.push({stale})));
    CHECK(once.value("code").toString() == "stale_draft");
    CHECK(again.value("code").toString() == "stale_draft");
    CHECK(again.value("sibling_id").toString() == once.value("sibling_id").toString());

    // Nineteen different ones are kept too; the 21st different one is refused and
    // nothing of it is kept (its text stays on the tablet).
    QList<Mutation> more;
    for (int n = 2; n <= homevisit::sync::MaxDraftSiblings; ++n)
        more.append(staleDraft(n));
    auto answer = anna.push(more);
    REQUIRE(answer->status == 200);
    QSet<QString> ids{once.value("sibling_id").toString()};
    for (const auto &result : json(answer).value("results").toArray()) {
        CHECK(errorOf(result.toObject()).value("code").toString() == "stale_draft");
        ids.insert(errorOf(result.toObject()).value("sibling_id").toString());
    }
    CHECK(ids.size() == homevisit::sync::MaxDraftSiblings);
    const QJsonObject past = errorOf(onlyResult(anna.push({staleDraft(99)})));
    CHECK(past.value("code").toString() == "too_many_drafts");
    CHECK(past.value("limit").toInt() == homevisit::sync::MaxDraftSiblings);
    CHECK(!past.contains("sibling_id"));
    // A retry of one already kept still gets its sibling back.
    CHECK(errorOf(onlyResult(anna.push({stale}))).value("sibling_id") == once.value("sibling_id"));
}

TEST_CASE("a stamp far in the server's future costs only its own mutation")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();

    Mutation poisoned = anna.mutation("child_visit", "signed", visitFor(childId));
    poisoned.record.hlc = "9999999999999999.999999";
    const Mutation valid = anna.mutation("child_visit", "signed", visitFor(childId));
    auto answer = anna.push({poisoned, valid});
    REQUIRE(answer->status == 200);
    const QJsonArray results = json(answer).value("results").toArray();
    REQUIRE(results.size() == 2);
    const QJsonObject refused = results[0].toObject();
    CHECK(refused.value("outcome").toString() == "rejected");
    const QJsonObject error = refused.value("error").toObject();
    CHECK(error.value("code").toString() == "invalid_value");
    CHECK(error.value("field").toString() == "hlc");
    const auto serverTime = homevisit::sync::parseTimestamp(error.value("server_time").toString());
    REQUIRE(serverTime);
    CHECK(std::llabs(serverTime->msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
    CHECK(results[1].toObject().value("outcome").toString() == "applied");

    // A stamp of a broken shape (the seven-digit counter of old tablets) likewise.
    QJsonObject sevenDigits =
        homevisit::sync::encodeMutation(anna.mutation("child_visit", "signed", visitFor(childId)));
    sevenDigits.insert("hlc", "0001763891200000.1000000");
    const QJsonObject fine =
        homevisit::sync::encodeMutation(anna.mutation("child_visit", "signed", visitFor(childId)));
    auto mixed = anna.post("/v1/push",
                           QJsonDocument(QJsonObject{{"mutations", QJsonArray{sevenDigits, fine}}})
                               .toJson(QJsonDocument::Compact));
    REQUIRE(mixed->status == 200);
    const QJsonArray mixedResults = json(mixed).value("results").toArray();
    REQUIRE(mixedResults.size() == 2);
    CHECK(mixedResults[0].toObject().value("outcome").toString() == "rejected");
    CHECK(mixedResults[0].toObject().value("error").toObject().value("code").toString() ==
          "invalid_value");
    CHECK(mixedResults[1].toObject().value("outcome").toString() == "applied");

    // Nothing poisoned reached anyone: the supervisor pulls only the two valid visits.
    Tablet bodil(central, "bodil");
    QString bodilCursor;
    const auto team = ofType(bodil.pullAll(bodilCursor, 500), "record");
    CHECK(team.size() == 2);
    for (const auto &record : team)
        CHECK(record.value("hlc").toString() < "0002");
}

TEST_CASE("a mutation id is the caller's: another user's says nothing of hers")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    Tablet karin(central, "karin");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();
    const Mutation annas = anna.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(onlyResult(anna.push({annas})).value("outcome").toString() == "applied");

    QString karinCursor;
    const QString homeId =
        ofType(karin.pullAll(karinCursor, 500), "foster_home").first().value("id").toString();
    Mutation karins =
        karin.mutation("supervision_session", "draft",
                       homevisit::domain::exampleSupervisionSession(homeId, QDate(2026, 11, 20)));
    karins.mutationId = annas.mutationId;
    const QJsonObject answer = onlyResult(karin.push({karins}));
    CHECK(answer.value("outcome").toString() == "rejected");
    CHECK(answer.value("error").toObject().value("code").toString() == "mutation_id_taken");
    CHECK_FALSE(answer.contains("seq")); // nothing of anna's answer
}

TEST_CASE("a role the gateway does not know gives no access, and cannot be stored")
{
    if (usePostgres())
        return; // the same rule is a CHECK constraint there; this test edits the SQLite file
    RunningCentral central;
    Tablet anna(central, "anna");
    const QString db = central.dataDir() + "/central.db";
    QString out;
    CHECK(runProcess("sqlite3", {db, "UPDATE users SET role = 'superuser' WHERE name = 'anna'"},
                     &out) != 0);
    CHECK(runProcess("sqlite3", {db, "INSERT INTO users(name, municipality, role, display_name)"
                                     " VALUES ('eve', 'region-gotland', 'root', 'Eve')"}) != 0);
    // A row written before the rule (the trigger dropped to make one): no access at all.
    REQUIRE(runProcess("sqlite3",
                       {db, "DROP TRIGGER users_role_known_update;"
                            " UPDATE users SET role = 'superuser' WHERE name = 'anna'"}) == 0);
    QString cursor;
    auto pulled = anna.pull(cursor, 10);
    CHECK(pulled->status == 403); // not 401 device_revoked: her tablet keeps what it has
    auto admin = anna.http->Get("/v1/admin/devices", anna.headers());
    CHECK(admin->status == 403);
}

TEST_CASE("a child handed to another secretary leaves the former one's tablets")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const auto before = anna.pullAll(cursor, 500);
    const QString childId = ofType(before, "child").first().value("id").toString();
    const Mutation visit = anna.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(onlyResult(anna.push({visit})).value("outcome").toString() == "applied");
    anna.pullAll(cursor, 500);

    QString out;
    CHECK(central.admin({"reassign", "--child", childId, "--to", "karin"}, &out) == 1);
    CHECK(central.admin({"reassign", "--child", childId, "--to", "vera"}, &out) == 1);
    CHECK(central.admin({"reassign", "--child", uuid(), "--to", "erik"}, &out) == 1);
    REQUIRE(central.admin({"reassign", "--child", childId, "--to", "erik"}, &out) == 0);

    const auto after = anna.pullAll(cursor, 500);
    QList<QJsonObject> removals;
    for (const auto &change : after)
        if (change.value("op").toString() == "remove")
            removals.append(change);
    REQUIRE(removals.size() == 1);
    CHECK(removals[0].value("type").toString() == "child");
    CHECK(removals[0].value("data").toObject() == QJsonObject{{"id", childId}});

    Tablet erik(central, "erik");
    QString erikCursor;
    const auto erikView = erik.pullAll(erikCursor, 500);
    CHECK(ofType(erikView, "child").size() == 1);
    CHECK(ofType(erikView, "record").isEmpty()); // anna's visit stays hers
    QString fresh;
    CHECK(containsRecord(anna.pullAll(fresh, 500), visit.record.recordId));
}

QString rejectionCode(const QJsonObject &result)
{
    return result.value("outcome").toString() == "rejected"
               ? result.value("error").toObject().value("code").toString()
               : result.value("outcome").toString();
}

TEST_CASE("a signed record must carry its tablet's signature, and pulls carry the key")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();

    const Mutation good = anna.mutation("child_visit", "signed", visitFor(childId));
    Mutation tampered = anna.mutation("child_visit", "signed", visitFor(childId));
    tampered.record.body.insert("observations", "Ändrad efter signeringen.");
    Mutation otherKey = anna.mutation("child_visit", "signed", visitFor(childId));
    const auto stranger = signature::generate();
    otherKey.record.signature = signature::sign(signedContent(otherKey.record), stranger.secretKey);
    Mutation unsignedVisit = anna.mutation("child_visit", "signed", visitFor(childId));
    unsignedVisit.record.signature.clear();
    const Mutation draft =
        anna.mutation("child_visit", "draft", QJsonObject{{"child_id", childId}});

    auto answer = anna.push({good, tampered, otherKey, unsignedVisit, draft});
    REQUIRE(answer->status == 200);
    const QJsonArray results = json(answer).value("results").toArray();
    REQUIRE(results.size() == 5);
    CHECK(rejectionCode(results[0].toObject()) == "applied");
    CHECK(rejectionCode(results[1].toObject()) == "signature_invalid");
    CHECK(rejectionCode(results[2].toObject()) == "signature_invalid");
    CHECK(rejectionCode(results[3].toObject()) == "signature_invalid");
    CHECK(rejectionCode(results[4].toObject()) == "applied"); // drafts carry none
    CHECK(results[1].toObject().value("error").toObject().value("field").toString() == "signature");

    // The same record re-sent with another signature is not "the same signed content".
    Mutation resent = good;
    resent.mutationId = uuid();
    resent.record.signature = signature::sign(signedContent(resent.record), stranger.secretKey);
    CHECK(rejectionCode(onlyResult(anna.push({resent}))) == "signature_invalid");

    // Her own pull and her supervisor's: the record with its signature and her key.
    for (Tablet *reader : std::initializer_list<Tablet *>{&anna, nullptr}) {
        std::unique_ptr<Tablet> bodil;
        if (!reader) {
            bodil = std::make_unique<Tablet>(central, "bodil");
            reader = bodil.get();
        }
        QString from;
        const auto records = ofType(reader->pullAll(from, 500), "record");
        bool found = false;
        for (const auto &record : records) {
            if (record.value("id").toString() != good.record.recordId)
                continue;
            found = true;
            CHECK(record.value("signature").toString() == good.record.signature);
            CHECK(record.value("signing_key").toString() == anna.publicKey());
        }
        CHECK(found);
        for (const auto &record : records)
            CHECK(record.value("id").toString() != tampered.record.recordId);
    }

    // A tablet enrolled without a key may push drafts but nothing signed.
    Tablet keyless(central, "karin", false);
    QString karinCursor;
    const QString homeId =
        ofType(keyless.pullAll(karinCursor, 500), "foster_home").first().value("id").toString();
    const QJsonObject session =
        homevisit::domain::exampleSupervisionSession(homeId, QDate(2026, 11, 18));
    CHECK(rejectionCode(onlyResult(keyless.push({keyless.mutation(
              "supervision_session", "signed", session)}))) == "signature_invalid");
    CHECK(rejectionCode(onlyResult(keyless.push(
              {keyless.mutation("supervision_session", "draft", session)}))) == "applied");

    QString out;
    CHECK(central.verify(&out) == 0);
    CHECK(out.contains("1 verified"));
    CHECK(out.contains("the hash chain holds"));
}

TEST_CASE("re-enrolling a tablet replaces its key; what it signed before still verifies")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();
    const Mutation before = anna.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(rejectionCode(onlyResult(anna.push({before}))) == "applied");

    // The same tablet enrolled again (a new credential from the administrator), with a
    // new key pair, as after a reset.
    QString credential;
    REQUIRE(central.admin({"credential", "--user", "anna"}, &credential) == 0);
    const QString oldKey = anna.publicKey();
    const auto oldKeys = anna.keys;
    anna.keys = signature::generate();
    anna.accessToken.clear();
    const QJsonObject request{{"credential", credential},
                              {"device_id", anna.deviceId},
                              {"device_name", "Surfplatta anna"},
                              {"signing_key", anna.publicKey()}};
    auto enrolled = anna.post("/v1/enroll", QJsonDocument(request).toJson(QJsonDocument::Compact));
    REQUIRE(enrolled->status == 200);
    anna.accessToken = json(enrolled).value("access_token").toString();

    const Mutation after = anna.mutation("child_visit", "signed", visitFor(childId));
    Mutation oldSigner = anna.mutation("child_visit", "signed", visitFor(childId));
    oldSigner.record.signature =
        signature::sign(signedContent(oldSigner.record), oldKeys.secretKey);
    CHECK(rejectionCode(onlyResult(anna.push({after}))) == "applied");
    // The replaced key signs nothing new.
    CHECK(rejectionCode(onlyResult(anna.push({oldSigner}))) == "signature_invalid");

    QString from;
    for (const auto &record : ofType(anna.pullAll(from, 500), "record")) {
        if (record.value("id").toString() == before.record.recordId)
            CHECK(record.value("signing_key").toString() == oldKey);
        if (record.value("id").toString() == after.record.recordId)
            CHECK(record.value("signing_key").toString() == anna.publicKey());
    }
    const QString detail =
        central.query("SELECT detail FROM audit WHERE action = 'enroll' ORDER BY id DESC LIMIT 1",
                      "SELECT detail FROM audit WHERE action = 'enroll' ORDER BY id DESC LIMIT 1");
    // The same tablet enrolled again beside its own approved enrollment waits like any
    // other (docs/security.md, "Re-enrollment and new devices").
    CHECK(detail.startsWith("signing_key " + anna.publicKey() + "; replaces " + oldKey +
                            "; issued_by server-admin; pending until "));
    QString out;
    CHECK(central.verify(&out) == 0);
    CHECK(out.contains("2 verified"));
}

TEST_CASE("verify finds a record changed in the database after it was signed")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    const QString childId =
        ofType(anna.pullAll(cursor, 500), "child").first().value("id").toString();
    const Mutation visit = anna.mutation("child_visit", "signed", visitFor(childId));
    const Mutation other = anna.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(rejectionCode(onlyResult(anna.push({visit}))) == "applied");
    REQUIRE(rejectionCode(onlyResult(anna.push({other}))) == "applied");
    QString out;
    REQUIRE(central.verify(&out) == 0);

    // An attacker with the database lifts the immutability trigger and edits the body:
    // the visit now names another child.
    const QString id = visit.record.recordId;
    const QString edit = " UPDATE records SET data = replace(data, '" + childId + "', '" + uuid() +
                         "')" + " WHERE id = '" + id + "'";
    central.tamper("DROP TRIGGER records_signed_immutable;" + edit,
                   "ALTER TABLE records DISABLE TRIGGER records_signed_immutable;" + edit);
    CHECK(central.verify(&out) == 1);
    CHECK(out.contains("record " + id + ": NOT VERIFIED"));
    CHECK_FALSE(out.contains("record " + other.record.recordId));
    CHECK(out.contains("1 verified"));

    // Someone with the database re-signs the other visit with a key of their own and
    // puts that key on the device and the record: the key was never enrolled.
    const auto forger = signature::generate();
    const QString forged = QString::fromLatin1(forger.publicKey.toBase64());
    const QString resigned = signature::sign(signedContent(other.record), forger.secretKey);
    const QString swap = "UPDATE devices SET signing_key = '" + forged + "';" +
                         " UPDATE records SET signing_key = '" + forged +
                         "', data = replace(data, '" + other.record.signature + "', '" + resigned +
                         "') WHERE id = '" + other.record.recordId + "'";
    central.tamper("DROP TRIGGER IF EXISTS records_signed_immutable;" + swap,
                   "ALTER TABLE records DISABLE TRIGGER records_signed_immutable;" + swap);
    CHECK(central.verify(&out) == 1);
    CHECK(out.contains("record " + other.record.recordId +
                       ": NOT VERIFIED: the key it was verified against was never enrolled"));
}

TEST_CASE("verify names where an edited, deleted or inserted audit row breaks the chain")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    anna.pullAll(cursor, 500);
    // An administrator re-enrolling a user shows up in what verify prints.
    QString credential;
    REQUIRE(central.admin({"credential", "--user", "anna"}, &credential) == 0);
    QString out;
    REQUIRE(central.verify(&out) == 0);
    CHECK(out.contains("server-admin issued an enrollment credential for anna"));

    SECTION("an edited row")
    {
        central.tamper("DROP TRIGGER audit_no_update;"
                       " UPDATE audit SET detail = 'nothing' WHERE id = 3",
                       "ALTER TABLE audit DISABLE TRIGGER audit_append_only;"
                       " UPDATE audit SET detail = 'nothing' WHERE id = 3");
        CHECK(central.verify(&out) == 1);
        CHECK(out.contains("audit row 3 was changed"));
    }
    SECTION("a deleted row")
    {
        central.tamper("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 2",
                       "ALTER TABLE audit DISABLE TRIGGER audit_append_only;"
                       " DELETE FROM audit WHERE id = 2");
        CHECK(central.verify(&out) == 1);
        CHECK(out.contains("audit row 2 is missing"));
    }
    SECTION("a row inserted in place of another, with a hash of its own")
    {
        central.tamper("DROP TRIGGER audit_no_update;"
                       " UPDATE audit SET action = 'token', hash = '" +
                           QString(64, u'a') + "' WHERE id = 2",
                       "ALTER TABLE audit DISABLE TRIGGER audit_append_only;"
                       " UPDATE audit SET action = 'token', hash = '" +
                           QString(64, u'a') + "' WHERE id = 2");
        CHECK(central.verify(&out) == 1);
        CHECK(out.contains("audit row 2"));
        CHECK(out.contains("BROKEN"));
    }
}

TEST_CASE("a store from before signatures opens, upgrades once, and starts the chain")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString cursor;
    anna.pullAll(cursor, 500);
    central.stop();
    // Make the store as the build before this one left it: no signing keys, no chain, and
    // on SQLite no user_version (PostgreSQL: schema_version 3).
    central.tamper("DROP TRIGGER audit_no_update;"
                   " ALTER TABLE audit DROP COLUMN prev_hash;"
                   " ALTER TABLE audit DROP COLUMN hash;"
                   " ALTER TABLE devices DROP COLUMN signing_key;"
                   " ALTER TABLE records DROP COLUMN signing_key;"
                   " DROP INDEX devices_previous_refresh;"
                   " ALTER TABLE devices DROP COLUMN refresh_issued_at;"
                   " ALTER TABLE devices DROP COLUMN previous_refresh_hash;"
                   " DROP TABLE retired_refresh_tokens;"
                   " ALTER TABLE credentials DROP COLUMN issued_by;"
                   " ALTER TABLE devices DROP COLUMN issued_by;"
                   " ALTER TABLE devices DROP COLUMN approved_at;"
                   " ALTER TABLE devices DROP COLUMN approved_by;"
                   " ALTER TABLE devices DROP COLUMN hold_until;"
                   " DROP TABLE journal_entries; DROP TABLE export_cursors;"
                   " DROP INDEX placements_child; DROP INDEX placements_home;"
                   " ALTER TABLE removals DROP COLUMN at;"
                   " CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                   " BEGIN SELECT RAISE(ABORT, 'append-only'); END;"
                   " PRAGMA user_version = 0",
                   "ALTER TABLE audit DROP COLUMN prev_hash, DROP COLUMN hash;"
                   " ALTER TABLE devices DROP COLUMN signing_key;"
                   " ALTER TABLE records DROP COLUMN signing_key;"
                   " ALTER TABLE devices DROP COLUMN refresh_issued_at,"
                   " DROP COLUMN previous_refresh_hash;"
                   " DROP TABLE retired_refresh_tokens;"
                   " ALTER TABLE credentials DROP COLUMN issued_by;"
                   " ALTER TABLE devices DROP COLUMN issued_by, DROP COLUMN approved_at,"
                   " DROP COLUMN approved_by, DROP COLUMN hold_until;"
                   " DROP TABLE journal_entries; DROP TABLE export_cursors;"
                   " DROP INDEX placements_child; DROP INDEX placements_home;"
                   " ALTER TABLE removals DROP COLUMN at;"
                   " UPDATE schema_version SET version = 3");
    const QString rows = central.query("SELECT COUNT(*) FROM audit", "SELECT COUNT(*) FROM audit");
    REQUIRE(rows.toInt() > 3);

    QString out;
    CHECK(central.verify(&out) == 0);
    CHECK(out.contains("audit log: " + rows + " rows, the hash chain holds"));
    CHECK(central.query("PRAGMA user_version", "SELECT version FROM schema_version") ==
          (usePostgres() ? "7" : "5"));
    // The upgrade counts a device's current refresh token as issued then: it still works.
    const QString issued = "SELECT COUNT(*) FROM devices WHERE refresh_issued_at > 0";
    CHECK(central.query(issued, issued) == "1");
    // Her tablet from before device approval keeps its access.
    const QString approved = "SELECT approved_by FROM devices";
    CHECK(central.query(approved, approved) == "existing");
    // Opening it again runs no step twice (an ALTER TABLE would fail) and the chain holds.
    CHECK(central.verify(&out) == 0);
    const QString hashed = "SELECT COUNT(*) FROM audit WHERE hash IS NOT NULL";
    CHECK(central.query(hashed, hashed) == rows);
}

namespace {

// The token a successful /v1/token answer rotated to; the answer must decode as the
// tablet decodes it (refresh_token required).
QString rotatedToken(const httplib::Result &result)
{
    REQUIRE(result);
    INFO(result->body);
    REQUIRE(result->status == 200);
    const auto decoded =
        homevisit::sync::decodeTokenResponse(QByteArray::fromStdString(result->body));
    REQUIRE(std::holds_alternative<homevisit::sync::TokenResponse>(decoded));
    return std::get<homevisit::sync::TokenResponse>(decoded).refreshToken;
}

QDateTime refreshExpiry(const httplib::Result &result)
{
    return *homevisit::sync::parseTimestamp(json(result).value("refresh_expires_at").toString());
}

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

// Moves a device's times back by `days`, as if that much time had passed.
void age(const RunningCentral &central, const Tablet &tablet, const QString &column, int days)
{
    const QString sql = QStringLiteral("UPDATE devices SET %1 = %1 - %2 WHERE id = '%3'")
                            .arg(column)
                            .arg(qint64(days) * DayMs)
                            .arg(tablet.deviceId);
    central.tamper(sql, sql);
}

} // namespace

TEST_CASE("every token answer rotates the refresh token; a retired one revokes the device")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    const QString t0 = anna.refreshToken;

    auto first = anna.refresh();
    const QString t1 = rotatedToken(first);
    CHECK(homevisit::sync::isToken(t1));
    CHECK(t1 != t0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(refreshExpiry(first) > now.addDays(29));
    CHECK(refreshExpiry(first) <= now.addDays(30).addSecs(60));

    // The tablet keeps t1 and uses it: t2. Now t0 is retired; presenting it is reuse.
    anna.refreshToken = t1;
    const QString t2 = rotatedToken(anna.refresh());
    anna.refreshToken = t0;
    auto reused = anna.refresh();
    CHECK(reused->status == 401);
    CHECK(errorCode(reused) == "device_revoked");
    CHECK(auditCount(central, "refresh_token_reused") == "1");
    // The revocation is the administrator's: the current token and the access token of
    // the device are refused too, and the device is listed as revoked.
    anna.refreshToken = t2;
    CHECK(errorCode(anna.refresh()) == "device_revoked");
    CHECK(errorCode(anna.pull({}, 5)) == "device_revoked");
    const QString revoked = "SELECT revoked FROM devices WHERE id = '" + anna.deviceId + "'";
    CHECK(central.query(revoked, revoked) == "1");

    // A token that never existed is only invalid: it revokes nothing.
    Tablet bodil(central, "bodil");
    const QString bodilsToken = bodil.refreshToken;
    bodil.refreshToken = QString(43, u'A');
    CHECK(errorCode(bodil.refresh()) == "invalid_token");
    bodil.refreshToken = bodilsToken;
    CHECK(rotatedToken(bodil.refresh()) != bodilsToken);
}

TEST_CASE("a lost token answer never revokes: the last presented token is taken again")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    const QString t0 = anna.refreshToken;
    // Two answers lost in a row: the tablet presents t0 three times, each succeeds.
    const QString t1 = rotatedToken(anna.refresh());
    const QString t2 = rotatedToken(anna.refresh());
    const QString t3 = rotatedToken(anna.refresh());
    CHECK(QSet<QString>{t0, t1, t2, t3}.size() == 4);
    CHECK(auditCount(central, "refresh_token_reused") == "0");
    // The third answer arrives and the tablet uses t3: from then on t0, and t1 and t2
    // (retired unused when t0 was taken again), are reuse.
    anna.refreshToken = t3;
    const QString t4 = rotatedToken(anna.refresh());
    anna.refreshToken = t1;
    CHECK(errorCode(anna.refresh()) == "device_revoked");
    CHECK(auditCount(central, "refresh_token_reused") == "1");
    for (const QString &old : {t0, t2}) {
        anna.refreshToken = old;
        CHECK(errorCode(anna.refresh()) == "device_revoked");
    }
    anna.refreshToken = t4;
    CHECK(errorCode(anna.refresh()) == "device_revoked");
}

TEST_CASE("a refresh token expires 30 days after issue, and every one a year after enrollment")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    Tablet bodil(central, "bodil");
    Tablet karin(central, "karin");

    // Idle: 31 days since anna's token was issued (no sleeping: the store's clock moves).
    age(central, anna, "refresh_issued_at", 31);
    auto idle = anna.refresh();
    CHECK(idle->status == 401);
    CHECK(errorCode(idle) == "invalid_token");
    CHECK(auditCount(central, "token_refused_expired") == "1");
    // 29 days is within the limit, and the new token starts a new 30 days.
    age(central, bodil, "refresh_issued_at", 29);
    bodil.refreshToken = rotatedToken(bodil.refresh());
    age(central, bodil, "refresh_issued_at", 29);
    bodil.refreshToken = rotatedToken(bodil.refresh());

    // Absolute: an enrollment 366 days old, however fresh its token.
    age(central, bodil, "enrolled_at", 366);
    auto tooOld = bodil.refresh();
    CHECK(tooOld->status == 401);
    CHECK(errorCode(tooOld) == "invalid_token");

    // Near the absolute limit the answer says the token ends with the enrollment.
    age(central, karin, "enrolled_at", 360);
    auto last = karin.refresh();
    karin.refreshToken = rotatedToken(last);
    CHECK(refreshExpiry(last) < QDateTime::currentDateTimeUtc().addDays(6));
    CHECK(refreshExpiry(last) > QDateTime::currentDateTimeUtc().addDays(4));
    // Expired is not revoked: a new enrollment of the same tablet works.
    QString credential;
    REQUIRE(central.admin({"credential", "--user", "anna"}, &credential) == 0);
    const QJsonObject request{
        {"credential", credential}, {"device_id", anna.deviceId}, {"device_name", "Igen"}};
    auto again = anna.http->Post(
        "/v1/enroll", Protocol, QJsonDocument(request).toJson(QJsonDocument::Compact).toStdString(),
        "application/json; charset=utf-8");
    REQUIRE(again->status == 200);
    anna.refreshToken = json(again).value("refresh_token").toString();
    CHECK(homevisit::sync::isToken(rotatedToken(anna.refresh())));
}

TEST_CASE("the command line refuses what it cannot do safely")
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    CHECK(runProcess(Central, {"--data-dir", data, "--listen", "127.0.0.1:0", "--postgres", ""}) ==
          2);
    // A database it cannot reach is a failure (1), not a usage error; port 1 refuses at once.
    CHECK(runProcess(Central, {"--data-dir", data, "--listen", "127.0.0.1:0", "--postgres",
                               "host=127.0.0.1 port=1 connect_timeout=5"}) == 1);
    CHECK(runProcess(Central, {"--data-dir", data, "--listen", "0.0.0.0:0"}) == 2);
    CHECK(runProcess(Central, {"--data-dir", data, "--bogus"}) == 2);
    for (const char *hours : {"0", "8761", "72h", ""})
        CHECK(runProcess(Central, {"--data-dir", data, "--listen", "127.0.0.1:0",
                                   "--device-hold-hours", hours}) == 2);
    CHECK(runProcess(Central, {"--data-dir", data, "admin", "frobnicate"}) == 2);
    CHECK(runProcess(Central, {"--data-dir", data, "verify", "--all"}) == 2);
    CHECK(runProcess(Central, {"--data-dir", dir.filePath("nowhere"), "verify"}) == 2);
}

// --- re-enrollment and new devices (docs/security.md) ---------------------------------------

QJsonObject deviceEntry(const Tablet &tablet, const QString &deviceId)
{
    auto listed = tablet.http->Get("/v1/devices", tablet.headers());
    REQUIRE(listed->status == 200);
    REQUIRE(std::holds_alternative<homevisit::sync::DeviceList>(
        homevisit::sync::decodeDeviceList(QByteArray::fromStdString(listed->body))));
    for (const auto &entry : json(listed).value("devices").toArray()) {
        if (entry.toObject().value("device_id").toString() == deviceId)
            return entry.toObject();
    }
    return {};
}

httplib::Result decide(const Tablet &tablet, const QString &deviceId, const char *decision)
{
    const std::string path = "/v1/devices/" + deviceId.toStdString() + "/" + decision;
    return tablet.http->Post(path.c_str(), tablet.headers(), "", 0, "application/json");
}

TEST_CASE("a tablet enrolled as her beside her own waits for her before it gets her records")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString annaCursor;
    const QString childId =
        ofType(anna.pullAll(annaCursor, 500), "child").first().value("id").toString();
    const Mutation earlier = anna.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(rejectionCode(onlyResult(anna.push({earlier}))) == "applied");

    // The administrator issues a credential for anna and enrolls a tablet as her.
    Tablet second(central, "anna", true, issuedCredential(central, "anna"));
    QString cursor;
    const auto first = second.pullAll(cursor, 500);
    CHECK(ofType(first, "child").size() == 17);                  // her caseload: yes
    CHECK_FALSE(containsRecord(first, earlier.record.recordId)); // her earlier records: no

    // What it writes itself comes back to it.
    const Mutation own = second.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(rejectionCode(onlyResult(second.push({own}))) == "applied");
    const auto mine = second.pullAll(cursor, 500);
    CHECK(containsRecord(mine, own.record.recordId));
    CHECK_FALSE(containsRecord(mine, earlier.record.recordId));

    // Her own tablet is told, with who issued the credential.
    const QJsonObject listed = deviceEntry(anna, second.deviceId);
    CHECK(listed.value("state").toString() == "pending");
    CHECK(listed.value("issued_by").toString() == "server-admin");
    CHECK(listed.value("device_name").toString() == "Surfplatta anna");
    CHECK(listed.value("this_device").toBool() == false);
    CHECK(homevisit::sync::parseTimestamp(listed.value("hold_until").toString()).has_value());
    const QJsonObject self = deviceEntry(anna, anna.deviceId);
    CHECK(self.value("state").toString() == "approved");
    CHECK(self.value("this_device").toBool());
    CHECK(deviceEntry(second, second.deviceId).value("state").toString() == "pending");

    // The administrator's list shows it waiting, with who issued its credential.
    QString adminList;
    REQUIRE(central.admin({"list-devices"}, &adminList) == 0);
    bool listedForAdmin = false;
    for (const QString &line : adminList.split('\n', Qt::SkipEmptyParts)) {
        const QJsonObject row = QJsonDocument::fromJson(line.toUtf8()).object();
        if (row.value("device_id").toString() != second.deviceId)
            continue;
        listedForAdmin = true;
        CHECK(row.value("state").toString() == "pending");
        CHECK(row.value("issued_by").toString() == "server-admin");
        CHECK(homevisit::sync::parseTimestamp(row.value("hold_until").toString()).has_value());
    }
    CHECK(listedForAdmin);

    // The audit log names the issuer of the credential the enrollment consumed.
    const QString sql =
        "SELECT detail FROM audit WHERE action = 'enroll' AND device = '" + second.deviceId + "'";
    const QString detail = central.query(sql, sql);
    CHECK(detail.contains("issued_by server-admin; pending until"));
    const QString firstSql =
        "SELECT detail FROM audit WHERE action = 'enroll' AND device = '" + anna.deviceId + "'";
    CHECK(
        central.query(firstSql, firstSql).endsWith("issued_by demo; approved as her first device"));

    // The pending tablet approves neither itself nor anything else; an administrator
    // cannot approve it for her.
    auto selfApproval = decide(second, second.deviceId, "approve");
    CHECK(selfApproval->status == 403);
    CHECK(errorCode(selfApproval) == "forbidden");
    CHECK(decide(second, anna.deviceId, "refuse")->status == 403);
    Tablet admin(central, "admin");
    CHECK(decide(admin, second.deviceId, "approve")->status == 404);
    CHECK(deviceEntry(anna, second.deviceId).value("state").toString() == "pending");

    // She approves it from her tablet: its next pull brings what was held back.
    auto approved = decide(anna, second.deviceId, "approve");
    REQUIRE(approved->status == 200);
    CHECK(json(approved).value("state").toString() == "approved");
    CHECK(deviceEntry(anna, second.deviceId).value("state").toString() == "approved");
    const auto released = second.pullAll(cursor, 500);
    CHECK(containsRecord(released, earlier.record.recordId));
    CHECK(decide(anna, second.deviceId, "approve")->status == 409); // decided already
    const QString approvalSql =
        "SELECT device || ' ' || detail FROM audit WHERE action = 'device_approved'";
    CHECK(central.query(approvalSql, approvalSql) == anna.deviceId + " device " + second.deviceId);
}

TEST_CASE("she refuses a tablet she did not enroll, or the hold passes without her")
{
    RunningCentral central;
    Tablet anna(central, "anna");
    QString annaCursor;
    const QString childId =
        ofType(anna.pullAll(annaCursor, 500), "child").first().value("id").toString();
    const Mutation earlier = anna.mutation("child_visit", "signed", visitFor(childId));
    REQUIRE(rejectionCode(onlyResult(anna.push({earlier}))) == "applied");

    Tablet stranger(central, "anna", true, issuedCredential(central, "anna"));
    auto refused = decide(anna, stranger.deviceId, "refuse");
    REQUIRE(refused->status == 200);
    CHECK(deviceEntry(anna, stranger.deviceId).value("state").toString() == "revoked");
    auto afterwards = stranger.pull({}, 10);
    CHECK(afterwards->status == 401);
    CHECK(errorCode(afterwards) == "device_revoked");
    const QString refusalSql = "SELECT detail FROM audit WHERE action = 'device_refused'";
    CHECK(central.query(refusalSql, refusalSql) == "device " + stranger.deviceId);

    // Another one she neither approves nor refuses: once the hold has passed (aged here
    // in the database instead of waiting 72 hours) it gets her records.
    Tablet waiting(central, "anna", true, issuedCredential(central, "anna"));
    QString cursor;
    CHECK_FALSE(containsRecord(waiting.pullAll(cursor, 500), earlier.record.recordId));
    const QString age =
        "UPDATE devices SET hold_until = 1000 WHERE id = '" + waiting.deviceId + "'";
    central.tamper(age, age);
    CHECK(containsRecord(waiting.pullAll(cursor, 500), earlier.record.recordId));
    const QJsonObject listed = deviceEntry(anna, waiting.deviceId);
    CHECK(listed.value("state").toString() == "approved");
    // The release is in the audit log, once, with the device and the end of its hold.
    const QString holdSql = "SELECT count(*) || ' ' || min(device) FROM audit"
                            " WHERE action = 'device_hold_passed'";
    CHECK(central.query(holdSql, holdSql) == "1 " + waiting.deviceId);
    waiting.pullAll(cursor, 500);
    CHECK(central.query(holdSql, holdSql) == "1 " + waiting.deviceId);
    CHECK(listed.value("hold_until").isNull());
    // Too late to refuse now: that is the administrator's revocation.
    CHECK(decide(anna, waiting.deviceId, "refuse")->status == 409);
}

// --- caseload snapshots from the case system (docs/integration.md) ----------------------

TEST_CASE("a caseload snapshot imports once, reaches the tablets, and moves a child")
{
    RunningCentral central;
    const QString snapshot = snapshotFile(central, "first.jsonl", "region-test");
    const QString countSql = "SELECT count(*) FROM children WHERE municipality = 'region-test'";
    QString out;
    REQUIRE(importSnapshot(central, {snapshot, "--dry-run"}, &out) == 0);
    CHECK(out.contains("children: 3 added, 0 changed, 0 removed"));
    CHECK(out.contains("+ child P-1001"));
    CHECK(out.contains("dry run: nothing changed"));
    CHECK(central.query(countSql, countSql) == "0");

    REQUIRE(importSnapshot(central, {snapshot}, &out) == 0);
    CHECK(out.contains("applied"));
    CHECK(central.query(countSql, countSql) == "3");
    // The same snapshot again changes nothing.
    const QString seqSql = "SELECT max(seq) FROM children";
    const QString seqBefore = central.query(seqSql, seqSql);
    REQUIRE(importSnapshot(central, {snapshot}, &out) == 0);
    CHECK(out.contains("children: 0 added, 0 changed, 0 removed"));
    CHECK(out.contains("placements: 0 added, 0 changed, 0 removed"));
    CHECK(central.query(seqSql, seqSql) == seqBefore);
    // The example's CSV folder says the same: importing it changes nothing either.
    const QString csv = central.path("csv");
    REQUIRE(QDir().mkpath(csv));
    const QDir examples(QStringLiteral(HOMEVISIT_SOURCE_DIR "/docs/examples/caseload-snapshot"));
    for (const QString &name : examples.entryList(QDir::Files)) {
        QFile in(examples.filePath(name));
        QFile copy(csv + "/" + name);
        REQUIRE((in.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly)));
        copy.write(in.readAll().replace("region-gotland", "region-test"));
    }
    REQUIRE(importSnapshot(central, {csv}, &out) == 0);
    CHECK(out.contains("users: 0 added, 0 changed, 0 removed"));
    CHECK(out.contains("foster homes: 0 added, 0 changed, 0 removed"));
    CHECK(central.query(seqSql, seqSql) == seqBefore);
    CHECK(auditCount(central, "caseload_import") == "3");

    // Her tablet gets her two children, their homes and placements.
    Tablet anna(central, "anna.lind", true, issuedCredential(central, "anna.lind"));
    QString cursor;
    const auto first = anna.pullAll(cursor, 500);
    CHECK(caseIdsOf(first, "child") == "P-1001,P-1002");
    CHECK(caseIdsOf(first, "foster_home") == "FH-201,FH-202");
    CHECK(caseIdsOf(first, "placement") == "PL-5001,PL-5002");
    QString moved;
    for (const QJsonObject &row : ofType(first, "child"))
        if (row.value("case_id") == "P-1002")
            moved = row.value("id").toString();
    REQUIRE(isUuidString(moved));

    // The case system hands P-1002 to Erik: it leaves her tablet and reaches his.
    const QString second = snapshotFile(central, "second.jsonl", "region-test", [](QByteArray &t) {
        t.replace(R"("child":"P-1002","user":"anna.lind")",
                  R"("child":"P-1002","user":"erik.sand")");
    });
    REQUIRE(importSnapshot(central, {second}, &out) == 0);
    CHECK(out.contains("~ child P-1002: secretary anna.lind -> erik.sand"));
    const auto after = anna.pullAll(cursor, 500);
    bool removed = false;
    for (const QJsonObject &change : after)
        removed |= change.value("op") == "remove" && change.value("type") == "child" &&
                   change.value("data").toObject().value("id") == moved;
    CHECK(removed);
    Tablet erik(central, "erik.sand", true, issuedCredential(central, "erik.sand"));
    QString erikCursor;
    CHECK(caseIdsOf(erik.pullAll(erikCursor, 500), "child") == "P-1002,P-1003");
}

TEST_CASE("a bad or dangerous snapshot is refused whole and changes nothing")
{
    RunningCentral central;
    const QString countSql = "SELECT count(*) FROM children";
    const QString usersSql = "SELECT count(*) FROM users";
    const QString children = central.query(countSql, countSql);
    const QString users = central.query(usersSql, usersSql);
    QString out;
    // A malformed row: the file and line are named.
    const QString malformed = snapshotFile(central, "bad.jsonl", "region-test", [](QByteArray &t) {
        t.replace(R"("legal_basis":"LVU")", R"("legal_basis":"LVM")");
    });
    CHECK(importSnapshot(central, {malformed}, &out) == 1);
    // A user of another municipality (the demo's anna is Region Gotland's).
    const QString stolen = snapshotFile(central, "stolen.jsonl", "vetlanda",
                                        [](QByteArray &t) { t.replace("anna.lind", "anna"); });
    CHECK(importSnapshot(central, {stolen}, &out) == 1);
    // The demo's Region Gotland holds 17 children; a snapshot with 3 others would remove
    // them all from the tablets: a truncated export, refused unless allowed.
    const QString truncated = snapshotFile(central, "truncated.jsonl", "region-gotland");
    CHECK(importSnapshot(central, {truncated}, &out) == 1);
    CHECK(importSnapshot(central, {truncated, "--dry-run"}, &out) == 1);
    CHECK(importSnapshot(central, {}, &out) == 2);
    CHECK(importSnapshot(central, {truncated, "--frobnicate"}, &out) == 2);
    CHECK(central.query(countSql, countSql) == children);
    CHECK(central.query(usersSql, usersSql) == users);
    CHECK(auditCount(central, "caseload_import") == "0");

    REQUIRE(importSnapshot(central, {truncated, "--allow-mass-removal"}, &out) == 0);
    CHECK(out.contains("children: 3 added, 0 changed, 17 removed"));
    // The demo's anna keeps her account but no child: all 17 left her tablets.
    const QString annaSql = "SELECT count(*) FROM children WHERE municipality = 'region-gotland' "
                            "AND secretary = 'anna'";
    CHECK(central.query(annaSql, annaSql) == "0");
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN); // a server closing early must fail a check, not kill us
    return homevisit::test::runCatch(argc, argv);
}
