// Child mode ("Lämna över till barnet"): the secretary hands the tablet to the child,
// who answers a few age-adapted questions, one at a time, on a scale of five faces and
// in their own words if they like. The answers land in the visit's child_answers
// through the editor (and its autosave). Leaving needs the secretary's PIN, so the
// child cannot reach the journal; locking the tablet also ends child mode.
#pragma once

#include "ui/handovercontroller.h"
#include "ui/visit/childvisiteditor.h"

#include <QStringList>

namespace homevisit::ui {

// The base is named in full for qmltyperegistrar (see ChildVisitEditor).
class ChildModeController : public homevisit::ui::HandOverController
{
    Q_OBJECT
    Q_PROPERTY(
        homevisit::ui::ChildVisitEditor *editor READ editor WRITE setEditor NOTIFY editorChanged)
    // The simpler set of questions for younger children.
    Q_PROPERTY(bool younger READ younger NOTIFY questionsChanged)
    Q_PROPERTY(QStringList questions READ questions NOTIFY questionsChanged)
    Q_PROPERTY(int count READ count NOTIFY questionsChanged)
    // The question on the screen; count means the thank-you screen after the last.
    Q_PROPERTY(int current READ current WRITE setCurrent NOTIFY currentChanged)
    Q_PROPERTY(QString question READ question NOTIFY currentChanged)
    Q_PROPERTY(int score READ score NOTIFY answerChanged) // 1-5, 0 = not answered
    Q_PROPERTY(QString words READ words WRITE setWords NOTIFY answerChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answerChanged)
    // The five faces' names, from the saddest to the happiest (for screen readers).
    Q_PROPERTY(QStringList scaleLabels READ scaleLabels CONSTANT)

public:
    static constexpr int olderFromAge = 10; // the older set from this age on

    explicit ChildModeController(QObject *parent = nullptr);

    ChildVisitEditor *editor() const { return m_editor; }
    void setEditor(ChildVisitEditor *editor);

    // Hands over: false (and a message) if the visit cannot take answers (signed,
    // not loaded, locked).
    Q_INVOKABLE bool enter();
    Q_INVOKABLE void setScore(int score); // 0 clears
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // leave(pin) checks the PIN with the purpose "leave_child_mode".

    bool younger() const { return m_younger; }
    QStringList questions() const { return m_questions; }
    int count() const { return int(m_questions.size()); }
    int current() const { return m_current; }
    void setCurrent(int index);
    QString question() const { return m_questions.value(m_current); }
    int score() const;
    QString words() const;
    void setWords(const QString &words);
    int answeredCount() const;
    static QStringList scaleLabels();

    // The questions for a child of this age (0 = unknown: the younger set), translated.
    static QStringList questionsFor(int age);

signals:
    void editorChanged();
    void questionsChanged();
    void currentChanged();
    void answerChanged();

protected:
    RecordEditor *recordEditor() const override { return m_editor; }

private:
    domain::ChildAnswer currentAnswer() const;
    void writeAnswer(std::optional<int> score, const QString &words);

    QPointer<ChildVisitEditor> m_editor;
    QStringList m_questions;
    bool m_younger = true;
    int m_current = 0;
};

} // namespace homevisit::ui
