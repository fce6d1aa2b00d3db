// Item 3 of the checklist: the child's own views, one row per view topic of the
// municipality (DomainSettings::viewTopics, a setting), then any topic the record holds
// that the municipality no longer lists (so a signed record still shows all it says).
#pragma once

#include "ui/visit/changedrows.h"
#include "ui/visit/visitdraft.h"

#include <QAbstractListModel>
#include <QPointer>

namespace homevisit::ui {

class ViewTopicsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY changed)

public:
    enum Roles
    {
        TopicRole = Qt::UserRole + 1, // the key, e.g. "leisure_and_friends"
        LabelRole,                    // "fritid och vänner"
        StatusRole,                   // discussed | not_discussed | unanswered
        ChildWordsRole,
        NotesRole,
        AnsweredRole,
        ChildWordsRequiredRole, // discussed: the child's own words must be written down
        KnownRole,              // one of the municipality's topics
        ProblemsRole            // the rule sentences that block signing, for this topic
    };
    Q_ENUM(Roles)

    explicit ViewTopicsModel(VisitDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // status: "discussed", "not_discussed" or "unanswered". False if read-only or unknown.
    Q_INVOKABLE bool setStatus(const QString &topic, const QString &status);
    Q_INVOKABLE bool setChildWords(const QString &topic, const QString &words);
    Q_INVOKABLE bool setNotes(const QString &topic, const QString &notes);

    int answeredCount() const;

signals:
    void countChanged();
    void changed();

private:
    int countProperty() const { return int(m_topics.size()); }
    QStringList topicsNow() const;
    void refresh();
    bool editTopic(const QString &topic, const std::function<void(domain::TopicView &)> &change);

    QPointer<VisitDraft> m_draft;
    QStringList m_topics;
    ChangedRows m_changedRows;
};

} // namespace homevisit::ui
