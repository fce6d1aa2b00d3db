#include "sessionlink.h"

namespace homevisit::ui {

SessionLink::SessionLink(QObject *owner, Handlers handlers)
    : m_owner(owner), m_handlers(std::move(handlers))
{}

bool SessionLink::setSession(SessionController *session)
{
    if (session == m_session)
        return false;
    if (m_session)
        QObject::disconnect(m_session, nullptr, m_owner, nullptr);
    invalidate();
    m_session = session;
    if (!m_session)
        return true;
    QObject::connect(m_session, &SessionController::stateChanged, m_owner,
                     [this] { onStateChanged(); });
    if (m_handlers.journalChanged)
        QObject::connect(m_session, &SessionController::journalChanged, m_owner, [this] {
            if (unlocked())
                m_handlers.journalChanged();
        });
    if (m_handlers.pinChecked)
        QObject::connect(m_session, &SessionController::pinChecked, m_owner, m_handlers.pinChecked);
    if (m_handlers.aboutToLock)
        QObject::connect(m_session, &SessionController::aboutToLock, m_owner,
                         m_handlers.aboutToLock);
    return true;
}

bool SessionLink::unlocked() const
{
    return m_session && m_session->state() == SessionController::State::Unlocked;
}

void SessionLink::onStateChanged()
{
    if (unlocked()) {
        m_handlers.unlocked();
        return;
    }
    invalidate(); // no answer asked before the lock is shown after it
    m_handlers.locked();
}

} // namespace homevisit::ui
