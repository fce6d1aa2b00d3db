// What the two hand-overs (child mode, the family's rating) share: the tablet is handed
// to someone else while a record editor stays open, leaving needs the user's PIN
// (Session.checkPin with the hand-over's own purpose), and locking the tablet ends the
// hand-over. The subclass says what is handed over and when it may start.
#pragma once

#include "ui/recordeditor.h"

#include <QObject>
#include <QPointer>

namespace homevisit::ui {

class HandOverController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool leaving READ leaving NOTIFY leavingChanged) // the PIN is being checked
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    // Asks Session.checkPin(pin, the hand-over's purpose); `left` follows a right PIN.
    Q_INVOKABLE void leave(const QString &pin);

    bool active() const { return m_active; }
    bool leaving() const { return m_leaving; }
    QString message() const { return m_message; }

signals:
    void activeChanged();
    void leavingChanged();
    void messageChanged();
    void left();         // the PIN was right: back to the record
    void leaveRefused(); // a wrong PIN: still handed over

protected:
    // The purpose tells this hand-over's PIN checks from other screens'; `wrongPin` is
    // the source of "Wrong PIN." in the subclass's translation `context`.
    HandOverController(const char *context, const char *leavePurpose, const char *wrongPin,
                       QObject *parent);

    // The editor whose record is handed over (the subclass's typed property).
    virtual RecordEditor *recordEditor() const = 0;
    // After a right PIN, before the editor saves and `left` is emitted.
    virtual void afterLeaving() {}

    // Call when the editor or its session changes: follows the session's PIN checks
    // and its lock.
    void onSessionState();
    // The record is loaded, editable and the tablet unlocked: a hand-over may start.
    bool recordOpen() const;
    void setActive(bool active);
    void setMessage(const QString &message);

private:
    void setLeaving(bool leaving);
    void onPinChecked(const QString &purpose, bool ok);

    const char *m_context;
    const char *m_leavePurpose;
    const char *m_wrongPin;
    QPointer<SessionController> m_session; // whose pinChecked and state are followed
    bool m_active = false;
    bool m_leaving = false;
    QString m_message;
};

} // namespace homevisit::ui
