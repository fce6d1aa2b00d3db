// The child-visit editor, its models and child mode as the QML sees them, on real
// SQLCipher stores and the real journal thread: autosave reaches the store, signing is
// blocked by exactly the domain's violations, the PIN guards signing and leaving child
// mode, and every model passes QAbstractItemModelTester.
#include "catchrunner.h"

#include <catch2/catch.hpp>

#include "domain/rulecodes.h"
#include "ui/visit/childmodecontroller.h"
#include "ui/visit/childvisiteditor.h"
#include "visitfixture.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>

using namespace homevisit;
using namespace homevisit::ui;
using homevisit::test::waitFor;
using Save = ChildVisitEditor::SaveState;

namespace {

// An editor with a new draft for `childId`, every model under the tester.
struct OpenVisit
{
    ChildVisitEditor editor;
    QAbstractItemModelTester checklistTester{editor.checklist(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester topicsTester{editor.viewTopics(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester violationsTester{
        editor.violations(), QAbstractItemModelTester::FailureReportingMode::Fatal};

    OpenVisit(SessionController &session, const QString &childId)
    {
        editor.setSession(&session);
        REQUIRE(editor.createDraft(childId));
        REQUIRE(waitFor([&] { return editor.ready(); }));
        REQUIRE_FALSE(editor.recordId().isEmpty());
    }
};

QList<domain::RuleViolation> violationsOf(ChildVisitEditor &editor)
{
    return editor.violations()->violations();
}

// The first three checklist items answered the shortest way that satisfies the rules.
void answerRequiredItems(ChildVisitEditor &editor)
{
    ParticipationChecklistModel &c = *editor.checklist();
    REQUIRE(c.setAnswer("told_purpose", "yes"));
    REQUIRE(c.setAnswer("spoken_alone", "yes"));
    for (const QString &topic : domain::DomainSettings::defaultViewTopics())
        REQUIRE(editor.viewTopics()->setStatus(topic, "not_discussed"));
}

QVariant role(QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

} // namespace

TEST_CASE("a new visit is a draft that autosaves what is typed, debounced", "[ui][visit]")
{
    test::VisitTablet tablet;
    OpenVisit visit(*tablet.session, tablet.youngChild);
    ChildVisitEditor &editor = visit.editor;
    CHECK(editor.childId() == tablet.youngChild);
    CHECK_FALSE(editor.childName().isEmpty());
    CHECK(editor.childAge() > 0);
    CHECK(editor.startedAt().isValid()); // prefilled: the visit starts now
    CHECK(editor.saveState() == Save::Saved);
    CHECK_FALSE(editor.isSigned());
    CHECK_FALSE(editor.readOnly());

    QSignalSpy saved(&editor, &ChildVisitEditor::saved);
    // Typing: many changes within the debounce give one save.
    const QString words = QStringLiteral("Flickan visar sitt rum och sina medaljer. Kanariefågel.");
    for (qsizetype n = 10; n <= words.size(); n += 10)
        editor.setObservations(words.left(n));
    editor.setObservations(words);
    CHECK(editor.saveState() == Save::Unsaved);
    CHECK(saved.count() == 0);
    REQUIRE(waitFor([&] { return editor.saveState() == Save::Saved && saved.count() > 0; }));
    CHECK(saved.count() == 1);

    editor.setAgreedActions(QStringLiteral("Syskonumgänget tas upp."));
    editor.setParticipantsText(QStringLiteral("Sara Lindqvist, barnsekreterare\n\nAnna Berg\n"));
    editor.setNextPlannedVisit(QStringLiteral("2031-02-03"));
    editor.setConcernRaised(true);
    editor.setPlace(QStringLiteral("school"));
    editor.setEndTime(QStringLiteral("15:40"));
    REQUIRE(waitFor([&] { return editor.saveState() == Save::Saved && saved.count() == 2; }));

    const auto stored = tablet.stored(editor.recordId());
    REQUIRE(stored);
    CHECK(stored->status == store::RecordStatus::Draft);
    const QJsonObject body = stored->body;
    CHECK(body.value("observations").toString() == words);
    CHECK(body.value("agreed_actions").toString() == QStringLiteral("Syskonumgänget tas upp."));
    CHECK(body.value("participants").toArray().size() == 2); // blank lines are not people
    CHECK(body.value("next_planned_visit").toString() == "2031-02-03");
    CHECK(body.value("concern_raised").toBool());
    CHECK(body.value("place").toString() == "school");
    CHECK(body.value("ended_at").toString().contains("T15:40:00"));
    CHECK(body.value("child_id").toString() == tablet.youngChild);
    CHECK(stored->facts.concern); // the flag that reaches the supervisor first
    CHECK(editor.concernFlag());
    // What was typed stays as typed in the text area (no jumping cursor).
    CHECK(editor.participantsText() ==
          QStringLiteral("Sara Lindqvist, barnsekreterare\n\nAnna Berg\n"));

    // Writing back the value shown is not a change: no save.
    editor.setObservations(words);
    CHECK(editor.saveState() == Save::Saved);
}

TEST_CASE("signing is blocked until checklist items 1-3 are answered", "[ui][visit][sign]")
{
    test::VisitTablet tablet;
    OpenVisit visit(*tablet.session, tablet.olderChild);
    ChildVisitEditor &editor = visit.editor;
    ParticipationChecklistModel &checklist = *editor.checklist();

    // Exactly the domain's list, field by field.
    QList<domain::RuleViolation> expected{{"checklist.told_purpose", "required"},
                                          {"checklist.spoken_alone", "required"}};
    for (const QString &topic : domain::DomainSettings::defaultViewTopics())
        expected.append({"views." + topic, "topic_unanswered"});
    CHECK(violationsOf(editor) == expected);
    ViolationsModel &violations = *editor.violations();
    REQUIRE(violations.rowCount() == expected.size());
    CHECK(role(violations, 0, ViolationsModel::FieldLabelRole).toString().startsWith("1. "));
    CHECK(role(violations, 0, ViolationsModel::MessageRole).toString() == expected[0].message());
    CHECK(role(violations, 2, ViolationsModel::FieldLabelRole).toString() ==
          "3. The child's views: living in the foster home");
    CHECK(role(violations, 2, ViolationsModel::CodeRole).toString() == "topic_unanswered");
    CHECK_FALSE(editor.canSign());
    CHECK(checklist.requiredOpen() == 3);

    // The checklist rows: items 1-8, 1-3 required, none done.
    REQUIRE(checklist.rowCount() == 8);
    for (int row = 0; row < 8; ++row) {
        CHECK(role(checklist, row, ParticipationChecklistModel::NumberRole).toInt() == row + 1);
        CHECK(role(checklist, row, ParticipationChecklistModel::RequiredRole).toBool() ==
              (row < 3));
        CHECK_FALSE(role(checklist, row, ParticipationChecklistModel::DoneRole).toBool());
    }
    CHECK_FALSE(
        role(checklist, 0, ParticipationChecklistModel::ProblemsRole).toStringList().isEmpty());

    // Signing now does not even ask for the PIN.
    QSignalSpy finished(&editor, &ChildVisitEditor::signFinished);
    QSignalSpy pinChecks(tablet.session.get(), &SessionController::pinChecked);
    editor.sign(tablet.user.pin);
    REQUIRE(finished.count() == 1);
    CHECK(finished.at(0).at(0).toBool() == false);
    CHECK(pinChecks.count() == 0);
    CHECK_FALSE(editor.message().isEmpty());

    // One by one the items come off the list.
    REQUIRE(checklist.setAnswer("told_purpose", "yes"));
    CHECK(violationsOf(editor).size() == expected.size() - 1);
    CHECK(role(checklist, 0, ParticipationChecklistModel::DoneRole).toBool());
    REQUIRE(checklist.setAnswer("spoken_alone", true));
    REQUIRE(editor.viewTopics()->setStatus("safety", "discussed"));
    // Discussed needs the child's own words.
    CHECK(violationsOf(editor).contains(
        domain::RuleViolation{"views.safety.child_words", "child_words_required"}));
    REQUIRE(editor.viewTopics()->setChildWords("safety", "Jag känner mig trygg här."));
    for (const QString &topic : domain::DomainSettings::defaultViewTopics())
        if (topic != u"safety")
            REQUIRE(editor.viewTopics()->setStatus(topic, "not_discussed"));
    CHECK(violationsOf(editor).isEmpty());
    CHECK(violations.rowCount() == 0);
    CHECK(checklist.requiredOpen() == 0);
    CHECK(editor.canSign());
    CHECK(editor.viewTopics()->answeredCount() == 7);
}

TEST_CASE("the reason is required, and shown, only when not spoken with alone",
          "[ui][visit][reason]")
{
    test::VisitTablet tablet;
    OpenVisit visit(*tablet.session, tablet.youngChild);
    ChildVisitEditor &editor = visit.editor;
    ParticipationChecklistModel &checklist = *editor.checklist();
    const int alone = checklist.rowOf("spoken_alone");
    const auto shown = [&](int r) { return role(checklist, alone, r).toBool(); };
    answerRequiredItems(editor);
    REQUIRE(editor.canSign());
    CHECK_FALSE(shown(ParticipationChecklistModel::ReasonVisibleRole));

    REQUIRE(checklist.setAnswer("spoken_alone", "no"));
    CHECK(shown(ParticipationChecklistModel::ReasonVisibleRole));
    CHECK_FALSE(shown(ParticipationChecklistModel::ReasonTextVisibleRole));
    CHECK(violationsOf(editor) ==
          QList<domain::RuleViolation>{{"checklist.not_alone_reason", "reason_required"}});
    CHECK(role(checklist, alone, ParticipationChecklistModel::ReasonOptionsRole).toList().size() ==
          5);
    CHECK_FALSE(editor.canSign());

    // "Practical obstacle" is a judgement: it must be explained in words.
    REQUIRE(checklist.setReason("practical_obstacle"));
    CHECK(shown(ParticipationChecklistModel::ReasonTextVisibleRole));
    CHECK(violationsOf(editor) == QList<domain::RuleViolation>{
                                      {"checklist.not_alone_reason_text", "reason_text_required"}});
    REQUIRE(checklist.setReasonText("Syskonen var sjuka hemma; inget enskilt rum."));
    CHECK(violationsOf(editor).isEmpty());
    CHECK(editor.canSign());

    // "Too young" speaks for itself.
    REQUIRE(checklist.setReason("too_young"));
    CHECK_FALSE(shown(ParticipationChecklistModel::ReasonTextVisibleRole));
    CHECK(violationsOf(editor).isEmpty());

    // Flipping to yes hides and removes the reason (the rules forbid it beside yes);
    // flipping back brings back what was written.
    REQUIRE(checklist.setAnswer("spoken_alone", "yes"));
    CHECK_FALSE(shown(ParticipationChecklistModel::ReasonVisibleRole));
    CHECK_FALSE(editor.draft()->visit().checklist.notAloneReason.has_value());
    CHECK(violationsOf(editor).isEmpty());
    REQUIRE(checklist.setAnswer("spoken_alone", "no"));
    CHECK(role(checklist, alone, ParticipationChecklistModel::ReasonRole).toString() ==
          "too_young");
    CHECK(role(checklist, alone, ParticipationChecklistModel::ReasonTextRole).toString() ==
          "Syskonen var sjuka hemma; inget enskilt rum.");

    // Nonsense is refused, not stored.
    CHECK_FALSE(checklist.setReason("bored"));
    CHECK_FALSE(checklist.setAnswer("spoken_alone", "maybe"));
    CHECK_FALSE(checklist.setAnswer("no_such_item", "yes"));

    // Item 4: a "partly" safety answer needs a description (and raises the flag).
    REQUIRE(checklist.setAnswer("feels_safe", "partly"));
    CHECK(editor.concernFlag());
    CHECK(role(checklist, checklist.rowOf("feels_safe"),
               ParticipationChecklistModel::DetailVisibleRole)
              .toBool());
    CHECK(violationsOf(editor) ==
          QList<domain::RuleViolation>{{"checklist.concern_text", "concern_text_required"}});
    REQUIRE(checklist.setDetailText("feels_safe", "Blir rädd när det skriks på kvällarna."));
    CHECK(violationsOf(editor).isEmpty());

    // Item 8: "other" needs words; methods keep one order.
    REQUIRE(checklist.setMethod("other", true));
    REQUIRE(checklist.setMethod("conversation", true));
    CHECK(role(checklist, checklist.rowOf("methods"), ParticipationChecklistModel::ValueRole)
              .toStringList() == QStringList{"conversation", "other"});
    CHECK(violationsOf(editor) ==
          QList<domain::RuleViolation>{{"checklist.method_other_text", "other_text_required"}});

    // It all reaches the store.
    REQUIRE(waitFor([&] { return editor.saveState() == Save::Saved; }));
    const QJsonObject stored = tablet.stored(editor.recordId())->body;
    CHECK(stored["checklist"]["not_alone_reason"].toString() == "too_young");
    CHECK(stored["checklist"]["feels_safe"].toString() == "partly");
}

TEST_CASE("a wrong PIN does not sign; the right one does and the visit becomes read-only",
          "[ui][visit][sign]")
{
    test::VisitTablet tablet;
    OpenVisit visit(*tablet.session, tablet.olderChild);
    ChildVisitEditor &editor = visit.editor;
    answerRequiredItems(editor);
    editor.setObservations(QStringLiteral("Signeras strax."));
    REQUIRE(editor.canSign());

    QSignalSpy finished(&editor, &ChildVisitEditor::signFinished);
    editor.sign(QStringLiteral("135792")); // not the PIN
    CHECK(editor.signing());
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK(finished.at(0).at(0).toBool() == false);
    CHECK_FALSE(editor.isSigned());
    CHECK_FALSE(editor.readOnly());
    CHECK_FALSE(editor.message().isEmpty());
    REQUIRE(waitFor([&] { return editor.saveState() == Save::Saved; }));
    CHECK(tablet.stored(editor.recordId())->status == store::RecordStatus::Draft);

    // Typed while the PIN is checked, and signed with it: what is signed is what is shown.
    editor.sign(tablet.user.pin);
    editor.setAgreedActions(QStringLiteral("Nytt besök om sex veckor."));
    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    CHECK(finished.at(1).at(0).toBool() == true);
    CHECK(editor.isSigned());
    CHECK(editor.readOnly());
    CHECK_FALSE(editor.canSign());
    CHECK(editor.message().isEmpty());

    const auto stored = tablet.stored(editor.recordId());
    REQUIRE(stored);
    CHECK(stored->status == store::RecordStatus::Signed);
    CHECK(stored->body.value("observations").toString() == "Signeras strax.");
    CHECK(stored->body.value("agreed_actions").toString() == "Nytt besök om sex veckor.");

    // Read-only from now on, in memory and in every model.
    editor.setObservations(QStringLiteral("Ändrat i efterhand"));
    CHECK(editor.observations() == "Signeras strax.");
    CHECK_FALSE(editor.checklist()->setAnswer("told_purpose", "no"));
    CHECK_FALSE(editor.viewTopics()->setNotes("school", "efterhand"));
    CHECK(editor.saveState() == Save::Saved);

    // Opened again, it is signed and read-only.
    ChildVisitEditor again;
    again.setSession(tablet.session.get());
    again.setRecordId(editor.recordId());
    REQUIRE(waitFor([&] { return again.ready(); }));
    CHECK(again.isSigned());
    CHECK(again.readOnly());
    CHECK(again.observations() == "Signeras strax.");
}

TEST_CASE("locking forgets the visit; unlocking reads it back", "[ui][visit][lock]")
{
    test::VisitTablet tablet;
    QString id;
    {
        OpenVisit visit(*tablet.session, tablet.youngChild);
        id = visit.editor.recordId();
        visit.editor.setObservations(QStringLiteral("Sparas när sidan stängs."));
        // The page closes within the debounce: the change is saved on the way out.
    }
    tablet.session->journal().drain();
    CHECK(tablet.stored(id)->body.value("observations").toString() == "Sparas när sidan stängs.");

    ChildVisitEditor editor;
    QAbstractItemModelTester tester(editor.checklist(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester topics(editor.viewTopics(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.setSession(tablet.session.get());
    editor.setRecordId(id);
    REQUIRE(waitFor([&] { return editor.ready(); }));
    CHECK(editor.observations() == "Sparas när sidan stängs.");
    REQUIRE(editor.checklist()->setAnswer("told_purpose", "yes"));
    REQUIRE(waitFor([&] { return editor.saveState() == Save::Saved; }));

    tablet.session->lock();
    CHECK_FALSE(editor.ready());
    CHECK(editor.observations().isEmpty());
    CHECK(editor.readOnly());
    CHECK(
        role(*editor.checklist(), 0, ParticipationChecklistModel::ValueRole).toString().isEmpty());

    tablet.unlock();
    REQUIRE(waitFor([&] { return editor.ready(); }));
    CHECK(editor.recordId() == id);
    CHECK(editor.observations() == "Sparas när sidan stängs.");
    CHECK(role(*editor.checklist(), 0, ParticipationChecklistModel::ValueRole).toString() == "yes");
}

TEST_CASE("a lock while a new visit is being created does not lose the visit", "[ui][visit][lock]")
{
    test::VisitTablet tablet;
    ChildVisitEditor editor;
    editor.setSession(tablet.session.get());
    REQUIRE(editor.createDraft(tablet.youngChild));
    tablet.session->lock(); // before the store has answered
    CHECK_FALSE(editor.ready());
    tablet.unlock();
    REQUIRE(waitFor([&] { return editor.ready(); }));
    CHECK_FALSE(editor.recordId().isEmpty());
    CHECK(editor.childId() == tablet.youngChild);

    // Asked while locked: made after the next unlock.
    ChildVisitEditor later;
    later.setSession(tablet.session.get());
    tablet.session->lock();
    REQUIRE(later.createDraft(tablet.olderChild));
    CHECK(later.recordId().isEmpty());
    tablet.unlock();
    REQUIRE(waitFor([&] { return later.ready(); }));
    CHECK(later.childId() == tablet.olderChild);
    CHECK(later.recordId() != editor.recordId());
    CHECK_FALSE(later.createDraft(tablet.olderChild)); // one visit per editor
}

TEST_CASE("child mode: age-adapted questions, answers in child_answers, leaving needs the PIN",
          "[ui][visit][childmode]")
{
    const QStringList younger = ChildModeController::questionsFor(6);
    const QStringList older = ChildModeController::questionsFor(14);
    CHECK(younger.size() >= 3);
    CHECK(younger.size() <= 6);
    CHECK(older.size() >= 3);
    CHECK(older.size() <= 6);
    CHECK(younger != older);
    CHECK(ChildModeController::questionsFor(0) == younger); // unknown age: the simpler set
    CHECK(ChildModeController::scaleLabels().size() == 5);

    test::VisitTablet tablet;
    OpenVisit visit(*tablet.session, tablet.youngChild);
    ChildVisitEditor &editor = visit.editor;
    ChildModeController child;
    child.setEditor(&editor);
    CHECK_FALSE(child.active());
    REQUIRE(child.enter());
    CHECK(child.active());
    CHECK(child.younger());
    CHECK(child.questions() == younger);
    CHECK(child.current() == 0);
    CHECK(child.score() == 0);

    child.setScore(4);
    child.setWords(QStringLiteral("Jag gillar katten Sigge."));
    CHECK(child.score() == 4);
    child.next();
    child.setScore(2);
    child.next();
    child.setScore(5);
    child.setScore(0); // a face taken back: no answer
    CHECK(child.answeredCount() == 2);

    // Without the PIN, or with a wrong one, child mode stays.
    QSignalSpy refused(&child, &ChildModeController::leaveRefused);
    QSignalSpy left(&child, &ChildModeController::left);
    child.leave(QString());
    REQUIRE(waitFor([&] { return refused.count() == 1; }));
    child.leave(QStringLiteral("975310"));
    REQUIRE(waitFor([&] { return refused.count() == 2; }));
    CHECK(child.active());
    CHECK_FALSE(child.message().isEmpty());
    CHECK(left.count() == 0);

    child.leave(tablet.user.pin);
    REQUIRE(waitFor([&] { return left.count() == 1; }));
    CHECK_FALSE(child.active());
    REQUIRE(waitFor([&] { return editor.saveState() == Save::Saved; }));

    const QJsonArray answers =
        tablet.stored(editor.recordId())->body.value("child_answers").toArray();
    REQUIRE(answers.size() == 2);
    CHECK(answers[0]["question"].toString() == younger[0]);
    CHECK(answers[0]["score"].toInt() == 4);
    CHECK(answers[0]["words"].toString() == "Jag gillar katten Sigge.");
    CHECK(answers[1]["question"].toString() == younger[1]);
    CHECK(answers[1]["score"].toInt() == 2);
    // The visit page lists them.
    const QVariantList shown = editor.childAnswers();
    REQUIRE(shown.size() == 2);
    CHECK(shown[0].toMap().value("score").toInt() == 4);
    CHECK(shown[0].toMap().value("words").toString() == "Jag gillar katten Sigge.");

    // Back again later: the answers are there; an older child gets the other set.
    REQUIRE(child.enter());
    CHECK(child.score() == 4);
    CHECK(child.words() == "Jag gillar katten Sigge.");

    // Locking ends child mode (unlocking asks for the PIN anyway).
    tablet.session->lock();
    CHECK_FALSE(child.active());
    tablet.unlock();

    OpenVisit teen(*tablet.session, tablet.olderChild);
    ChildModeController teenMode;
    teenMode.setEditor(&teen.editor);
    REQUIRE(teenMode.enter());
    CHECK_FALSE(teenMode.younger());
    CHECK(teenMode.questions() == older);
}

TEST_CASE("child mode refuses a signed visit", "[ui][visit][childmode]")
{
    test::VisitTablet tablet;
    OpenVisit visit(*tablet.session, tablet.youngChild);
    answerRequiredItems(visit.editor);
    QSignalSpy finished(&visit.editor, &ChildVisitEditor::signFinished);
    visit.editor.sign(tablet.user.pin);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    REQUIRE(visit.editor.isSigned());
    ChildModeController child;
    child.setEditor(&visit.editor);
    CHECK_FALSE(child.enter());
    CHECK_FALSE(child.active());
    CHECK_FALSE(child.message().isEmpty());
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return homevisit::test::runCatch(argc, argv);
}
