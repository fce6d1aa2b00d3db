// The foster-home secretary's models and controllers on a real store, without a QML
// engine: her foster homes (overdue first, emptied on lock), the supervision-session
// editor (autosave, what blocks signing with the rule's sentence, signing with the PIN,
// read-only once signed, text typed just before a lock survives it) and the family's
// rating hand-over (cannot be left without the PIN; the rating lands in the record).
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "domain/supervisionsession.h"
#include "supervisionfixture.h"
#include "ui/supervision/familyratingcontroller.h"
#include "ui/supervision/fosterhomelistmodel.h"
#include "ui/supervision/supervisionsessioneditor.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSignalSpy>

using namespace homevisit;
using namespace homevisit::ui;
using domain::RuleViolation;
using domain::SupportForm;
using homevisit::test::waitFor;

namespace {

const QString wrongPin = QStringLiteral("975310");

QVariant roleOf(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

// An editor on a new draft for `homeId`, loaded; autosave as in the app.
std::unique_ptr<SupervisionSessionEditor> newDraft(test::SupervisionTablet &t,
                                                   const QString &homeId)
{
    auto editor = std::make_unique<SupervisionSessionEditor>();
    editor->setSession(t.session.get());
    REQUIRE(editor->createDraft(homeId));
    REQUIRE(waitFor([&] { return editor->ready(); }));
    return editor;
}

std::unique_ptr<SupervisionSessionEditor> opened(test::SupervisionTablet &t, const QString &id)
{
    auto editor = std::make_unique<SupervisionSessionEditor>();
    editor->setSession(t.session.get());
    editor->setRecordId(id);
    REQUIRE(waitFor([&] { return editor->ready(); }));
    return editor;
}

bool signWith(SupervisionSessionEditor &editor, const QString &pin)
{
    QSignalSpy finished(&editor, &SupervisionSessionEditor::signFinished);
    editor.sign(pin);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    return finished.first().first().toBool();
}

store::FosterHome home(const QString &id, const QString &secretary)
{
    return {id, "Familjen " + id, "Väg 1", "own_recruited", secretary, {}};
}

store::StoredRecord session(const QString &homeId, const QDate &day, bool isSigned,
                            const QDate &next = {})
{
    domain::SupervisionSession s;
    s.fosterHomeId = homeId;
    s.date = day;
    s.nextSession = next;
    store::StoredRecord r;
    r.kind = domain::RecordKind::SupervisionSession;
    r.status = isSigned ? store::RecordStatus::Signed : store::RecordStatus::Draft;
    r.author = "karin";
    r.body = s.toJson();
    r.facts = domain::factsOf(r.kind, r.body);
    return r;
}

} // namespace

TEST_CASE("Next session due: planned by the last signed session, else a month after it",
          "[fosterhomes]")
{
    const QDate today(2026, 3, 10);
    const QList<store::FosterHome> homes{home("a", "karin"), home("b", "karin"), home("c", "karin"),
                                         home("d", "someone else")};
    const QList<store::StoredRecord> sessions{
        session("a", today.addDays(-20), true, today.addDays(-2)),  // planned, missed
        session("b", today.addDays(-20), true),                     // nothing planned
        session("b", today.addDays(-50), true, today.addDays(-25)), // an older one
        session("c", today, false),                                 // a draft only
        session("d", today.addDays(-90), true)};
    const QList<store::Child> children{{"k1", "Elsa", 2017, "elin", 42}};
    const QList<store::Placement> placements{
        {"p1", "k1", "a", "LVU", today.addDays(-400), {}},
        {"p0", "k1", "c", "SoL", today.addDays(-900), today.addDays(-401)}}; // ended
    const auto rows =
        FosterHomeListModel::entriesFor(homes, sessions, children, placements, "karin", today);
    REQUIRE(rows.size() == 3); // "d" is another secretary's home
    CHECK(rows[0].home.id == "a");
    CHECK(rows[0].overdue);
    CHECK(rows[0].nextSessionDue == today.addDays(-2));
    CHECK(rows[0].children == QStringList{"Elsa, 9 years"});
    // Never supervised: due today, after the overdue one.
    CHECK(rows[1].home.id == "c");
    CHECK_FALSE(rows[1].overdue);
    CHECK(rows[1].nextSessionDue == today);
    CHECK(rows[1].drafts == 1);
    CHECK(rows[1].sessions == 0);
    CHECK(rows[1].children.isEmpty()); // that placement has ended
    // The latest signed session counts, whatever order they were written in.
    CHECK(rows[2].home.id == "b");
    CHECK(rows[2].lastSession == today.addDays(-20));
    CHECK(rows[2].nextSessionDue == today.addDays(-20 + FosterHomeListModel::defaultIntervalDays));
    CHECK(rows[2].sessions == 2);
}

TEST_CASE("My foster homes: overdue first, only mine, emptied on lock", "[fosterhomes]")
{
    test::SupervisionTablet t;
    FosterHomeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(t.session.get());
    REQUIRE(waitFor([&] { return model.ready(); }));

    REQUIRE(model.rowCount() == 11); // 12 demo homes but the HVB
    CHECK(model.overdueCount() == 1);
    CHECK(roleOf(model, 0, FosterHomeListModel::FosterHomeIdRole).toString() == t.overdueHome);
    CHECK(roleOf(model, 0, FosterHomeListModel::OverdueRole).toBool());
    CHECK(roleOf(model, 0, FosterHomeListModel::DueTextRole).toString().endsWith("overdue"));
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK_FALSE(roleOf(model, row, FosterHomeListModel::OverdueRole).toBool());
        CHECK(roleOf(model, row - 1, FosterHomeListModel::NextSessionDueRole).toString() <=
              roleOf(model, row, FosterHomeListModel::NextSessionDueRole).toString());
        CHECK(roleOf(model, row, FosterHomeListModel::FosterHomeIdRole).toString() !=
              t.residential);
    }
    int berglund = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (roleOf(model, row, FosterHomeListModel::FosterHomeIdRole).toString() == t.berglunds)
            berglund = row;
    REQUIRE(berglund >= 0);
    CHECK(roleOf(model, berglund, FosterHomeListModel::FamilyNameRole).toString() ==
          "Familjen Berglund");
    CHECK(roleOf(model, berglund, FosterHomeListModel::ChildrenRole).toStringList().size() == 2);
    CHECK(roleOf(model, berglund, FosterHomeListModel::DraftCountRole).toInt() == 1);
    CHECK(roleOf(model, berglund, FosterHomeListModel::SessionCountRole).toInt() == 6);
    CHECK(roleOf(model, berglund, FosterHomeListModel::HomeTypeLabelRole).toString() ==
          "Foster home");

    t.session->lock();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.ready());
    t.unlock();
    REQUIRE(waitFor([&] { return model.ready(); }));
    CHECK(model.rowCount() == 11);

    // One home only: the foster-home page's summary.
    model.setFosterHomeId(t.overdueHome);
    REQUIRE(waitFor([&] { return model.rowCount() == 1; }));
    CHECK(roleOf(model, 0, FosterHomeListModel::FamilyNameRole).toString() == "Familjen Hägg");
}

TEST_CASE("A new session: autosave lands and the required fields block signing", "[editor][sign]")
{
    test::SupervisionTablet t;
    auto editor = newDraft(t, t.overdueHome);
    QAbstractItemModelTester violationsTester(
        editor->violations(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester formsTester(editor->supportForms(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(editor->familyName() == "Familjen Hägg");
    CHECK(editor->date() == QDate::currentDate().toString(Qt::ISODate));
    CHECK_FALSE(editor->readOnly());
    CHECK(t.stored(editor->recordId())->status == store::RecordStatus::Draft);

    // What blocks signing, field by field with the rule's sentence.
    ViolationsModel &v = *editor->violations();
    REQUIRE(v.rowCount() == 2);
    CHECK(roleOf(v, 0, ViolationsModel::FieldRole).toString() == "participants");
    CHECK(roleOf(v, 0, ViolationsModel::FieldLabelRole).toString() == "Participants");
    CHECK(roleOf(v, 0, ViolationsModel::MessageRole).toString() ==
          "Name at least one participant.");
    CHECK(roleOf(v, 1, ViolationsModel::FieldLabelRole).toString() == "Form of support");
    CHECK(roleOf(v, 1, ViolationsModel::MessageRole).toString() ==
          "Choose at least one form of support given.");
    CHECK_FALSE(editor->canSign());
    CHECK_FALSE(signWith(*editor, t.user.pin)); // blocked, whatever the PIN
    CHECK(t.stored(editor->recordId())->status == store::RecordStatus::Draft);

    // A cleared date blocks too, with its own sentence.
    editor->setDate("");
    CHECK(editor->violations()->violations().contains(RuleViolation{"date", "required"}));
    CHECK(RuleViolation{"date", "required"}.message() == "Enter the date of the session.");
    editor->setDate(QDate::currentDate().toString(Qt::ISODate));

    // Filling them in: the list empties, the autosave writes the store.
    QSignalSpy rowsChanged(editor->supportForms(), &QAbstractItemModel::dataChanged);
    editor->setParticipantsText("Karin Holm, familjehemssekreterare\n\nPer Hägg\n");
    editor->supportForms()->toggle(1); // home visit
    REQUIRE(rowsChanged.count() == 1); // only the row that changed
    CHECK(rowsChanged.first().at(0).value<QModelIndex>().row() == 1);
    editor->supportForms()->toggle(4); // supervision
    editor->setThemes("Umgänget med mamma.");
    editor->planNextSessionInWeeks(4);
    CHECK(editor->participants() == QStringList{"Karin Holm, familjehemssekreterare", "Per Hägg"});
    CHECK(editor->supportForms()->checkedLabels() == QStringList{"Home visit", "Supervision"});
    CHECK(editor->violations()->rowCount() == 0);
    CHECK(editor->canSign());
    CHECK(editor->saveState() == SupervisionSessionEditor::SaveState::Unsaved);
    REQUIRE(
        waitFor([&] { return editor->saveState() == SupervisionSessionEditor::SaveState::Saved; }));
    const auto saved = domain::SupervisionSession::fromJson(t.stored(editor->recordId())->body);
    CHECK(saved.participants.size() == 2);
    CHECK(saved.supportForms ==
          QList<SupportForm>{SupportForm::HomeVisit, SupportForm::Supervision});
    CHECK(saved.themes == "Umgänget med mamma.");
    CHECK(saved.nextSession == QDate::currentDate().addDays(28));
}

TEST_CASE("Signing: a wrong PIN keeps the draft, the right one signs and locks the fields",
          "[editor][sign]")
{
    test::SupervisionTablet t;
    auto editor = newDraft(t, t.overdueHome);
    editor->setParticipants({"Karin Holm", "Per Hägg"});
    editor->supportForms()->setChecked(2, true); // phone
    REQUIRE(editor->canSign());

    CHECK_FALSE(signWith(*editor, wrongPin));
    CHECK_FALSE(editor->isSigned());
    CHECK_FALSE(editor->readOnly());
    CHECK_FALSE(editor->message().isEmpty());
    CHECK(t.stored(editor->recordId())->status == store::RecordStatus::Draft);

    CHECK(signWith(*editor, t.user.pin));
    CHECK(editor->isSigned());
    CHECK(editor->readOnly());
    CHECK_FALSE(editor->canSign());
    const auto record = t.stored(editor->recordId());
    CHECK(record->status == store::RecordStatus::Signed);
    CHECK(record->body.value("support_forms").toArray().size() == 1);

    // Nothing changes a signed session, neither a field nor a tick.
    editor->setThemes("efteråt");
    editor->supportForms()->toggle(0);
    CHECK(editor->themes().isEmpty());
    CHECK(editor->supportForms()->checkedCount() == 1);

    // Opened again, it is read-only from the start.
    auto again = opened(t, editor->recordId());
    CHECK(again->isSigned());
    CHECK(again->readOnly());
    CHECK(again->participants() == QStringList{"Karin Holm", "Per Hägg"});
}

TEST_CASE("Text typed just before the lock survives it; nothing stays in memory", "[editor][lock]")
{
    test::SupervisionTablet t;
    auto editor = opened(t, t.draftId);
    CHECK(editor->familyName() == "Familjen Berglund");
    editor->setAutosaveDelay(60'000); // the debounce has not fired when the lock comes
    editor->setFamilyNeeds("Avlastning en helg i månaden.");
    editor->setAgreedActions("Karin ringer skolan.");
    CHECK(editor->saveState() == SupervisionSessionEditor::SaveState::Unsaved);

    t.session->lock();
    CHECK_FALSE(editor->ready());
    CHECK(editor->familyNeeds().isEmpty());
    CHECK(editor->familyName().isEmpty());
    CHECK(editor->supportForms()->checkedCount() == 0);

    t.unlock();
    REQUIRE(waitFor([&] { return editor->ready(); }));
    CHECK(editor->familyNeeds() == "Avlastning en helg i månaden.");
    CHECK(editor->agreedActions() == "Karin ringer skolan.");
    CHECK(editor->recordId() == t.draftId);
}

TEST_CASE("Opening a signed session of the history: read-only with every field", "[editor]")
{
    test::SupervisionTablet t;
    auto editor = opened(t, t.signedId);
    CHECK(editor->isSigned());
    CHECK(editor->readOnly());
    CHECK_FALSE(editor->themes().isEmpty());
    CHECK(editor->supportForms()->checkedCount() > 0);
    CHECK(editor->violations()->rowCount() == 0);
    CHECK_FALSE(editor->nextSession().isEmpty());
    FamilyRatingController rating;
    rating.setEditor(editor.get());
    CHECK_FALSE(rating.enter()); // a signed session takes no rating
    CHECK_FALSE(rating.active());
}

TEST_CASE("The family's rating: cannot be left without the PIN, lands in the record", "[rating]")
{
    test::SupervisionTablet t;
    auto editor = opened(t, t.draftId);
    FamilyRatingController rating;
    rating.setEditor(editor.get());
    CHECK(rating.score() == 0);
    rating.setScore(9); // not handed over: the secretary cannot rate for the family
    CHECK(editor->familyScore() == 0);

    REQUIRE(rating.enter());
    CHECK(rating.active());
    rating.setScore(11); // outside the scale
    CHECK(rating.score() == 0);
    rating.setScore(8);
    rating.setComment("Bra stöd, men vi vill ses oftare.");
    CHECK(rating.score() == 8);
    rating.finish();
    CHECK(rating.finished());
    rating.setScore(3); // the thank-you screen takes no more answers
    CHECK(rating.score() == 8);

    QSignalSpy refused(&rating, &FamilyRatingController::leaveRefused);
    QSignalSpy left(&rating, &FamilyRatingController::left);
    rating.leave(wrongPin);
    REQUIRE(waitFor([&] { return refused.count() == 1; }));
    CHECK(rating.active());
    CHECK_FALSE(rating.message().isEmpty());

    rating.leave(t.user.pin);
    REQUIRE(waitFor([&] { return left.count() == 1; }));
    CHECK_FALSE(rating.active());
    REQUIRE(
        waitFor([&] { return editor->saveState() == SupervisionSessionEditor::SaveState::Saved; }));
    const QJsonObject stored = t.stored(t.draftId)->body.value("family_rating").toObject();
    CHECK(stored.value("score").toInt() == 8);
    CHECK(stored.value("comment").toString() == "Bra stöd, men vi vill ses oftare.");

    // Locking ends the hand-over too.
    REQUIRE(rating.enter());
    t.session->lock();
    CHECK_FALSE(rating.active());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
