#include "viewtopicsmodel.h"

#include "domain/participationchecklist.h"

namespace homevisit::ui {

using namespace homevisit::domain;

namespace {

const QString unanswered = QStringLiteral("unanswered");

} // namespace

ViewTopicsModel::ViewTopicsModel(VisitDraft *draft, QObject *parent)
    : QAbstractListModel(parent), m_draft(draft)
{
    connect(draft, &VisitDraft::wasReset, this, &ViewTopicsModel::refresh);
    connect(draft, &VisitDraft::edited, this, &ViewTopicsModel::refresh);
    m_topics = topicsNow();
}

QStringList ViewTopicsModel::topicsNow() const
{
    if (!m_draft)
        return {};
    QStringList topics = m_draft->settings().viewTopics;
    for (const QString &topic : m_draft->visit().checklist.views.keys())
        if (!topics.contains(topic))
            topics << topic;
    return topics;
}

void ViewTopicsModel::refresh()
{
    // Only the answers change in place, so a text field being typed in keeps its focus
    // and cursor; the topics themselves change only with another visit or settings.
    static const QList<int> answerRoles{StatusRole,   ChildWordsRole,         NotesRole,
                                        AnsweredRole, ChildWordsRequiredRole, KnownRole,
                                        ProblemsRole};
    const QStringList topics = topicsNow();
    if (topics != m_topics) {
        const bool countChanges = topics.size() != m_topics.size();
        beginResetModel();
        m_topics = topics;
        endResetModel();
        m_changedRows.update(*this, answerRoles, false);
        if (countChanges)
            emit countChanged();
    } else {
        m_changedRows.update(*this, answerRoles);
    }
    emit changed();
}

int ViewTopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int ViewTopicsModel::answeredCount() const
{
    if (!m_draft)
        return 0;
    const auto &views = m_draft->visit().checklist.views;
    return int(std::count_if(m_topics.begin(), m_topics.end(), [&](const QString &t) {
        return views.contains(t) && views.value(t).status.has_value();
    }));
}

QVariant ViewTopicsModel::data(const QModelIndex &index, int role) const
{
    if (!m_draft ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &topic = m_topics.at(index.row());
    const TopicView view = m_draft->visit().checklist.views.value(topic);
    switch (role) {
    case TopicRole:
        return topic;
    case Qt::DisplayRole:
    case LabelRole:
        return viewTopicLabel(topic);
    case StatusRole:
        return view.status ? wireName(*view.status) : unanswered;
    case ChildWordsRole:
        return view.childWords;
    case NotesRole:
        return view.notes;
    case AnsweredRole:
        return view.status.has_value();
    case ChildWordsRequiredRole:
        return view.status == TopicStatus::Discussed;
    case KnownRole:
        return m_draft->settings().viewTopics.contains(topic);
    case ProblemsRole: {
        QStringList sentences;
        for (const RuleViolation &v : m_draft->violationsOf({QStringLiteral("views.") + topic}))
            sentences << v.message();
        return sentences;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewTopicsModel::roleNames() const
{
    return {{TopicRole, "topic"},
            {LabelRole, "label"},
            {StatusRole, "status"},
            {ChildWordsRole, "childWords"},
            {NotesRole, "notes"},
            {AnsweredRole, "answered"},
            {ChildWordsRequiredRole, "childWordsRequired"},
            {KnownRole, "known"},
            {ProblemsRole, "problems"}};
}

bool ViewTopicsModel::editTopic(const QString &topic,
                                const std::function<void(TopicView &)> &change)
{
    if (!m_draft || m_draft->readOnly() || !isViewTopicKey(topic))
        return false;
    m_draft->edit([&](ChildVisit &v) {
        auto &views = v.checklist.views;
        TopicView view = views.value(topic);
        change(view);
        // An empty topic is an unanswered one: leave it out, as the body format does.
        if (view == TopicView{})
            views.remove(topic);
        else
            views.insert(topic, view);
    });
    return true;
}

bool ViewTopicsModel::setStatus(const QString &topic, const QString &status)
{
    const auto chosen = fromWireName<TopicStatus>(status);
    if (!chosen && status != unanswered)
        return false;
    return editTopic(topic, [&](TopicView &view) { view.status = chosen; });
}

bool ViewTopicsModel::setChildWords(const QString &topic, const QString &words)
{
    return editTopic(topic, [&](TopicView &view) { view.childWords = words; });
}

bool ViewTopicsModel::setNotes(const QString &topic, const QString &notes)
{
    return editTopic(topic, [&](TopicView &view) { view.notes = notes; });
}

} // namespace homevisit::ui
