// How a model or controller follows the SessionController QML gives it (`session`): one
// place owns the connections to it and the guard against late answers.
//
// The journal thread answers asynchronously. By the time an answer arrives the tablet may
// have locked, another record may be open, or another session set: the content the
// question was asked for is gone, and showing the answer would put journal text back on a
// locked screen. So each question takes a ticket; the answer is used only while
// isCurrent(ticket). Locking, another session and invalidate() (the owner dropped its
// content) end every ticket handed out before.
#pragma once

#include "ui/sessioncontroller.h"

#include <QPointer>

#include <functional>

namespace homevisit::ui {

class SessionLink
{
public:
    struct Handlers
    {
        std::function<void()> unlocked; // unlocked now, also again after a lock: read
        std::function<void()> locked;   // locked: drop what was read from the journal
        // Optional: a sync round changed the journal (only while unlocked).
        std::function<void()> journalChanged = {};
        std::function<void(const QString &purpose, bool ok)> pinChecked = {};
        std::function<void()> aboutToLock = {}; // save what is typed while the journal is open
    };
    using Ticket = quint64;

    SessionLink(QObject *owner, Handlers handlers);
    SessionLink(const SessionLink &) = delete;
    SessionLink &operator=(const SessionLink &) = delete;

    SessionController *session() const { return m_session; }
    // Follows `session` from now on; false if it is the one already followed. Ends every
    // ticket; the owner then drops its content and reads again as it sees fit.
    bool setSession(SessionController *session);
    bool unlocked() const;
    // The journal thread of the session; only while there is a session.
    JournalThread &journal() const { return m_session->journal(); }

    // A ticket for a question about the content shown now.
    Ticket ticket() const { return m_generation; }
    // A ticket that also ends the earlier ones: only the latest question counts (a list
    // read again for another filter).
    Ticket latestTicket() { return ++m_generation; }
    // The answer is still wanted: same content, and the journal still open.
    bool isCurrent(Ticket ticket) const { return ticket == m_generation && unlocked(); }
    // Same content, locked or not (a save that finished as the tablet locked).
    bool sameContent(Ticket ticket) const { return ticket == m_generation; }
    // The owner dropped its content (another record opened): earlier tickets end.
    void invalidate() { ++m_generation; }

private:
    void onStateChanged();

    QObject *m_owner;
    Handlers m_handlers;
    QPointer<SessionController> m_session;
    Ticket m_generation = 0;
};

} // namespace homevisit::ui
