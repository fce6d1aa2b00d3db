#include "familyratingcontroller.h"

#include <QCoreApplication>

namespace homevisit::ui {

namespace {

constexpr auto context = "FamilyRating";
const QString leavePurpose = QStringLiteral("leave_family_rating");

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

FamilyRatingController::FamilyRatingController(QObject *parent) : QObject(parent) {}

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

void FamilyRatingController::onSessionState()
{
    SessionController *session = m_editor ? m_editor->session() : nullptr;
    if (session != m_session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session = session;
        if (m_session) {
            connect(m_session, &SessionController::pinChecked, this,
                    &FamilyRatingController::onPinChecked);
            connect(m_session, &SessionController::stateChanged, this,
                    &FamilyRatingController::onSessionState);
        }
    }
    // A locked tablet ends the hand-over: unlocking asks for the PIN anyway, and the
    // session's content has left memory.
    if (!m_session || m_session->state() != SessionController::State::Unlocked) {
        setLeaving(false);
        setActive(false);
    }
}

bool FamilyRatingController::enter()
{
    const bool open = m_editor && m_editor->ready() && !m_editor->readOnly() && m_session &&
                      m_session->state() == SessionController::State::Unlocked;
    if (!open) {
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
    if (m_active && !m_finished && m_editor)
        m_editor->setFamilyScore(score);
}

void FamilyRatingController::setComment(const QString &comment)
{
    if (m_active && !m_finished && m_editor)
        m_editor->setFamilyComment(comment);
}

void FamilyRatingController::finish()
{
    if (m_active)
        setFinished(true);
}

void FamilyRatingController::goBack()
{
    setFinished(false);
}

void FamilyRatingController::leave(const QString &pin)
{
    if (!m_active || m_leaving || !m_session)
        return;
    setLeaving(true);
    m_session->checkPin(pin, leavePurpose);
}

void FamilyRatingController::onPinChecked(const QString &purpose, bool ok)
{
    if (purpose != leavePurpose || !m_leaving)
        return;
    setLeaving(false);
    if (!ok) {
        const QString why = m_session ? m_session->message() : QString();
        setMessage(why.isEmpty() ? translated(QT_TRANSLATE_NOOP("FamilyRating", "Wrong PIN."))
                                 : why);
        emit leaveRefused();
        return;
    }
    setMessage({});
    setActive(false);
    setFinished(false);
    if (m_editor)
        m_editor->saveNow(); // the family's last words need not wait for the debounce
    emit left();
}

void FamilyRatingController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
}

void FamilyRatingController::setFinished(bool finished)
{
    if (finished == m_finished)
        return;
    m_finished = finished;
    emit finishedChanged();
}

void FamilyRatingController::setLeaving(bool leaving)
{
    if (leaving == m_leaving)
        return;
    m_leaving = leaving;
    emit leavingChanged();
}

void FamilyRatingController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace homevisit::ui
