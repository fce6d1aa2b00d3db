// "Lämna över till familjen": the foster-home secretary hands the tablet to the foster
// family for their own rating of the support (1-10, as in the seeds' survey) and, if
// they like, a comment. The rating lands in the session's family_rating through the
// editor (and its autosave). Leaving needs the secretary's PIN, so the family cannot
// reach the journal; locking the tablet also ends the hand-over.
#pragma once

#include "ui/handovercontroller.h"
#include "ui/supervision/supervisionsessioneditor.h"

namespace homevisit::ui {

// The base is named in full for qmltyperegistrar (see ChildVisitEditor).
class FamilyRatingController : public homevisit::ui::HandOverController
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SupervisionSessionEditor *editor READ editor WRITE setEditor NOTIFY
                   editorChanged)
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
    // leave(pin) checks the PIN with the purpose "leave_family_rating".

    bool finished() const { return m_finished; }
    static QString question();
    static int minScore();
    static int maxScore();
    static QString lowLabel();
    static QString highLabel();
    int score() const;
    QString comment() const;
    void setComment(const QString &comment);

signals:
    void editorChanged();
    void finishedChanged();
    void ratingChanged();

protected:
    RecordEditor *recordEditor() const override { return m_editor; }
    void afterLeaving() override { setFinished(false); }

private:
    void setFinished(bool finished);

    QPointer<SupervisionSessionEditor> m_editor;
    bool m_finished = false;
};

} // namespace homevisit::ui
