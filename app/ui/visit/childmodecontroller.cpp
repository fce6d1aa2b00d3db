#include "childmodecontroller.h"

#include "domain/jsonfields.h"

#include <QCoreApplication>

#include <array>

namespace homevisit::ui {

using namespace homevisit::domain;

namespace {

constexpr auto context = "ChildMode";

// Short "how is it" questions a face can answer; the younger set uses the words of a
// 5-9-year-old, the older set those of a teenager. Each covers a view topic.
constexpr std::array<const char *, 5> youngerQuestions{
    QT_TRANSLATE_NOOP("ChildMode", "How is it to live here?"),
    QT_TRANSLATE_NOOP("ChildMode", "How safe do you feel here?"),
    QT_TRANSLATE_NOOP("ChildMode", "How is it at school or preschool?"),
    QT_TRANSLATE_NOOP("ChildMode", "How is it to play with your friends?"),
    QT_TRANSLATE_NOOP("ChildMode", "How is it to meet your family?")};

constexpr std::array<const char *, 6> olderQuestions{
    QT_TRANSLATE_NOOP("ChildMode", "How do you like living in the foster home?"),
    QT_TRANSLATE_NOOP("ChildMode", "How safe do you feel where you live?"),
    QT_TRANSLATE_NOOP("ChildMode", "How does it feel at school?"),
    QT_TRANSLATE_NOOP("ChildMode", "How are things with friends and free time?"),
    QT_TRANSLATE_NOOP("ChildMode", "How is it with seeing your family?"),
    QT_TRANSLATE_NOOP("ChildMode", "How much do you feel the adults listen to you?")};

constexpr std::array<const char *, 5> faces{
    QT_TRANSLATE_NOOP("ChildMode", "Very bad"), QT_TRANSLATE_NOOP("ChildMode", "Bad"),
    QT_TRANSLATE_NOOP("ChildMode", "In between"), QT_TRANSLATE_NOOP("ChildMode", "Good"),
    QT_TRANSLATE_NOOP("ChildMode", "Very good")};

template <std::size_t N> QStringList translatedAll(const std::array<const char *, N> &sources)
{
    QStringList out;
    for (const char *source : sources)
        out << QCoreApplication::translate(context, source);
    return out;
}

} // namespace

ChildModeController::ChildModeController(QObject *parent)
    : HandOverController(context, "leave_child_mode", QT_TRANSLATE_NOOP("ChildMode", "Wrong PIN."),
                         parent)
{}

QStringList ChildModeController::questionsFor(int age)
{
    return age >= olderFromAge ? translatedAll(olderQuestions) : translatedAll(youngerQuestions);
}

QStringList ChildModeController::scaleLabels()
{
    return translatedAll(faces);
}

void ChildModeController::setEditor(ChildVisitEditor *editor)
{
    if (editor == m_editor)
        return;
    if (m_editor) {
        disconnect(m_editor, nullptr, this, nullptr);
        disconnect(m_editor->draft(), nullptr, this, nullptr);
    }
    setActive(false);
    m_editor = editor;
    if (m_editor) {
        connect(m_editor->draft(), &VisitDraft::edited, this, &ChildModeController::answerChanged);
        connect(m_editor->draft(), &VisitDraft::wasReset, this,
                &ChildModeController::answerChanged);
        connect(m_editor, &ChildVisitEditor::sessionChanged, this,
                &ChildModeController::onSessionState);
    }
    onSessionState();
    emit editorChanged();
}

bool ChildModeController::enter()
{
    if (!recordOpen()) {
        setMessage(QCoreApplication::translate(
            "ChildMode", "Child mode needs an open visit that is not signed."));
        return false;
    }
    QStringList questions = questionsFor(m_editor->childAge());
    // Answers to other questions (an earlier set) stay; the visit holds at most six.
    const auto &answers = m_editor->draft()->visit().childAnswers;
    const auto others = std::count_if(answers.begin(), answers.end(), [&](const ChildAnswer &a) {
        return !questions.contains(a.question);
    });
    questions = questions.mid(0, std::max<qsizetype>(0, ChildVisit::maxChildAnswers - others));
    if (questions.isEmpty()) {
        setMessage(
            QCoreApplication::translate("ChildMode", "The visit already holds six answers."));
        return false;
    }
    m_questions = questions;
    m_younger = m_editor->childAge() < olderFromAge;
    m_current = 0;
    emit questionsChanged();
    emit currentChanged();
    emit answerChanged();
    setMessage({});
    setActive(true);
    return true;
}

void ChildModeController::setCurrent(int index)
{
    index = std::clamp(index, 0, count());
    if (index == m_current)
        return;
    m_current = index;
    emit currentChanged();
    emit answerChanged();
}

void ChildModeController::next()
{
    setCurrent(m_current + 1);
}

void ChildModeController::previous()
{
    setCurrent(m_current - 1);
}

ChildAnswer ChildModeController::currentAnswer() const
{
    if (!m_editor || m_current >= count())
        return {};
    const QString q = question();
    for (const ChildAnswer &a : m_editor->draft()->visit().childAnswers)
        if (a.question == q)
            return a;
    return {q, std::nullopt, {}};
}

int ChildModeController::score() const
{
    return currentAnswer().score.value_or(0);
}

QString ChildModeController::words() const
{
    return currentAnswer().words;
}

int ChildModeController::answeredCount() const
{
    if (!m_editor)
        return 0;
    const auto &answers = m_editor->draft()->visit().childAnswers;
    return int(std::count_if(answers.begin(), answers.end(), [&](const ChildAnswer &a) {
        return m_questions.contains(a.question);
    }));
}

void ChildModeController::setScore(int score)
{
    if (score < 0 || score > ChildAnswer::maxScore)
        return;
    writeAnswer(score >= ChildAnswer::minScore ? std::optional<int>(score) : std::nullopt, words());
}

void ChildModeController::setWords(const QString &words)
{
    const int now = score();
    writeAnswer(now ? std::optional<int>(now) : std::nullopt, words);
}

void ChildModeController::writeAnswer(std::optional<int> score, const QString &words)
{
    if (!active() || !m_editor || m_current >= count())
        return;
    const QString q = question();
    m_editor->draft()->edit([&](ChildVisit &v) {
        auto it = std::find_if(v.childAnswers.begin(), v.childAnswers.end(),
                               [&](const ChildAnswer &a) { return a.question == q; });
        const bool empty = !score && json::isBlank(words);
        if (it == v.childAnswers.end()) {
            if (!empty && v.childAnswers.size() < ChildVisit::maxChildAnswers)
                v.childAnswers.append({q, score, words});
        } else if (empty) {
            v.childAnswers.erase(it); // a face taken back: no answer, not an empty one
        } else {
            *it = {q, score, words};
        }
    });
}

} // namespace homevisit::ui
