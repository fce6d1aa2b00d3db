#include "familyratingcontroller.h"

#include <QCoreApplication>

namespace homevisit::ui {

namespace {

constexpr auto context = "FamilyRating";

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

FamilyRatingController::FamilyRatingController(QObject *parent)
    : HandOverController(context, "leave_family_rating",
                         QT_TRANSLATE_NOOP("FamilyRating", "Wrong PIN."), parent)
{}

QString FamilyRatingController::question()
{
    return translated(QT_TRANSLATE_NOOP(
        "FamilyRating", "How well does the support from the social services work for you?"));
}

int FamilyRatingController::minScore()
{
    return domain::FamilyRating::minScore;
}

int FamilyRatingController::maxScore()
{
    return domain::FamilyRating::maxScore;
}

QString FamilyRatingController::lowLabel()
{
    return translated(QT_TRANSLATE_NOOP("FamilyRating", "Not good at all"));
}

QString FamilyRatingController::highLabel()
{
    return translated(QT_TRANSLATE_NOOP("FamilyRating", "Very good"));
}

void FamilyRatingController::setEditor(SupervisionSessionEditor *editor)
{
    if (editor == m_editor)
        return;
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    setActive(false);
    m_editor = editor;
    if (m_editor) {
        connect(m_editor, &SupervisionSessionEditor::familyRatingChanged, this,
                &FamilyRatingController::ratingChanged);
        connect(m_editor, &SupervisionSessionEditor::sessionChanged, this,
                &FamilyRatingController::onSessionState);
    }
    onSessionState();
    emit editorChanged();
    emit ratingChanged();
}

bool FamilyRatingController::enter()
{
    if (!recordOpen()) {
        setMessage(translated(QT_TRANSLATE_NOOP(
            "FamilyRating", "The family's rating needs an open session that is not signed.")));
        return false;
    }
    setMessage({});
    setFinished(false);
    setActive(true);
    return true;
}

int FamilyRatingController::score() const
{
    return m_editor ? m_editor->familyScore() : 0;
}

QString FamilyRatingController::comment() const
{
    return m_editor ? m_editor->familyComment() : QString();
}

void FamilyRatingController::setScore(int score)
{
    // Only while handed over: the family's rating is theirs, not the secretary's.
    if (active() && !m_finished && m_editor)
        m_editor->setFamilyScore(score);
}

void FamilyRatingController::setComment(const QString &comment)
{
    if (active() && !m_finished && m_editor)
        m_editor->setFamilyComment(comment);
}

void FamilyRatingController::finish()
{
    if (active())
        setFinished(true);
}

void FamilyRatingController::goBack()
{
    setFinished(false);
}

void FamilyRatingController::setFinished(bool finished)
{
    if (finished == m_finished)
        return;
    m_finished = finished;
    emit finishedChanged();
}

} // namespace homevisit::ui
