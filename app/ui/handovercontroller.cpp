#include "handovercontroller.h"

#include <QCoreApplication>

namespace homevisit::ui {

HandOverController::HandOverController(const char *context, const char *leavePurpose,
                                       const char *wrongPin, QObject *parent)
    : QObject(parent), m_context(context), m_leavePurpose(leavePurpose), m_wrongPin(wrongPin)
{}

void HandOverController::onSessionState()
{
    RecordEditor *editor = recordEditor();
    SessionController *session = editor ? editor->session() : nullptr;
    if (session != m_session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session = session;
        if (m_session) {
            connect(m_session, &SessionController::pinChecked, this,
                    &HandOverController::onPinChecked);
            connect(m_session, &SessionController::stateChanged, this,
                    &HandOverController::onSessionState);
        }
    }
    // A locked tablet ends the hand-over: unlocking asks for the PIN anyway, and the
    // record's content has left memory.
    if (!m_session || m_session->state() != SessionController::State::Unlocked) {
        setLeaving(false);
        setActive(false);
    }
}

bool HandOverController::recordOpen() const
{
    const RecordEditor *editor = recordEditor();
    return editor && editor->ready() && !editor->readOnly() && m_session &&
           m_session->state() == SessionController::State::Unlocked;
}

void HandOverController::leave(const QString &pin)
{
    if (!m_active || m_leaving || !m_session)
        return;
    setLeaving(true);
    m_session->checkPin(pin, QString::fromLatin1(m_leavePurpose));
}

void HandOverController::onPinChecked(const QString &purpose, bool ok)
{
    if (purpose != QLatin1String(m_leavePurpose) || !m_leaving)
        return;
    setLeaving(false);
    if (!ok) {
        // Session.message says it in full (attempts left, the delay).
        const QString why = m_session ? m_session->message() : QString();
        setMessage(why.isEmpty() ? QCoreApplication::translate(m_context, m_wrongPin) : why);
        emit leaveRefused();
        return;
    }
    setMessage({});
    setActive(false);
    afterLeaving();
    if (RecordEditor *editor = recordEditor())
        editor->saveNow(); // the last words need not wait for the debounce
    emit left();
}

void HandOverController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
}

void HandOverController::setLeaving(bool leaving)
{
    if (leaving == m_leaving)
        return;
    m_leaving = leaving;
    emit leavingChanged();
}

void HandOverController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace homevisit::ui
