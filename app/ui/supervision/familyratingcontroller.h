// "Lämna över till familjen": the foster-home secretary hands the tablet to the foster
// family for their own rating of the support (1-10, as in the seeds' survey) and, if
// they like, a comment. The rating lands in the session's family_rating through the
// editor (and its autosave). Leaving needs the secretary's PIN, so the family cannot
// reach the journal; locking the tablet also ends the hand-over.
#pragma once

#include "supervisionsessioneditor.h"

#include <QObject>
#include <QPointer>

namespace homevisit::ui {

class FamilyRatingController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SupervisionSessionEditor *editor READ editor WRITE setEditor NOTIFY
                   editorChanged)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // The family said they are done: the thank-you screen.
    Q_PROPERTY(bool finished READ finished NOTIFY finishedChanged)
    Q_PROPERTY(QString question READ question CONSTANT)
    Q_PROPERTY(int minScore READ minScore CONSTANT)
    Q_PROPERTY(int maxScore READ maxScore CONSTANT)
    // What the ends of the scale mean, for the labels and screen readers.
    Q_PROPERTY(QString lowLabel READ lowLabel CONSTANT)
    Q_PROPERTY(QString highLabel READ highLabel CONSTANT)
    Q_PROPERTY(int score READ score NOTIFY ratingChanged) // 0 = not rated
    Q_PROPERTY(QString comment READ comment WRITE setComment NOTIFY ratingChanged)
    Q_PROPERTY(bool leaving READ leaving NOTIFY leavingChanged) // the PIN is being checked
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit FamilyRatingController(QObject *parent = nullptr);

    SupervisionSessionEditor *editor() const { return m_editor; }
    void setEditor(SupervisionSessionEditor *editor);

    // Hands over: false (and a message) if the session cannot take a rating (signed,
    // not loaded, locked).
    Q_INVOKABLE bool enter();
    Q_INVOKABLE void setScore(int score); // 0 clears
    Q_INVOKABLE void finish();            // "Klar": the thank-you screen
    Q_INVOKABLE void goBack();            // from the thank-you screen to the rating
    // Asks Session.checkPin(pin, "leave_family_rating"); `left` follows a right PIN.
    Q_INVOKABLE void leave(const QString &pin);

    bool active() const { return m_active; }
    bool finished() const { return m_finished; }
    static QString question();
    static int minScore();
    static int maxScore();
    static QString lowLabel();
    static QString highLabel();
    int score() const;
    QString comment() const;
    void setComment(const QString &comment);
    bool leaving() const { return m_leaving; }
    QString message() const { return m_message; }

signals:
    void editorChanged();
    void activeChanged();
    void finishedChanged();
    void ratingChanged();
    void leavingChanged();
    void messageChanged();
    void left();         // the PIN was right: back to the session
    void leaveRefused(); // a wrong PIN: still handed over

private:
    void setActive(bool active);
    void setFinished(bool finished);
    void setLeaving(bool leaving);
    void setMessage(const QString &message);
    void onPinChecked(const QString &purpose, bool ok);
    void onSessionState();

    QPointer<SupervisionSessionEditor> m_editor;
    QPointer<SessionController> m_session; // whose pinChecked and state are followed
    bool m_active = false;
    bool m_finished = false;
    bool m_leaving = false;
    QString m_message;
};

} // namespace homevisit::ui
