// Records as lists show them: a child's visit history, my own records with their sync
// state, or (for a supervisor) the team's signed records with the review filters.
// Amendments and reviews are not rows of their own; they are folded into the record
// they refer to (amendment count, latest review).
#pragma once

#include "sessioncontroller.h"
#include "store/journalstore.h"

#include <QAbstractListModel>
#include <QPointer>

namespace homevisit::ui {

// One row: a child visit or supervision session with what refers to it.
struct RecordRow
{
    store::StoredRecord record;
    int amendments = 0;
    QString reviewDecision; // "", "signed_off", "returned", "comment": the latest review
    QString reviewComment;
};

class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    // Only this child's records; empty = every child.
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    // Only this foster home's supervision sessions; empty = every foster home.
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCountProperty NOTIFY countChanged)

public:
    enum class Filter
    {
        All,
        Unreviewed, // signed, no sign-off and not returned
        Concern,    // the concern flag is up
        Returned    // returned for completion
    };
    Q_ENUM(Filter)

    enum Roles
    {
        RecordIdRole = Qt::UserRole + 1,
        KindRole,      // child_visit | supervision_session
        SignedRole,    // false = draft
        EventDateRole, // ISO date
        ChildIdRole,
        FosterHomeIdRole,
        AuthorRole,
        ConcernRole,
        SyncStateRole,  // local | sending | synced | refused
        SyncLabelRole,  // Swedish: "Sparad på surfplattan", "Skickas", "Synkad", "Nekad"
        SyncReasonRole, // why the server refused it, in Swedish where known
        AmendmentsRole,
        ReviewRole, // "" | signed_off | returned | comment
        ReviewCommentRole
    };
    Q_ENUM(Roles)

    explicit RecordListModel(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &fosterHomeId);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

    // The rows for a set of records, newest first, filtered (pure; tests use it).
    static QList<RecordRow> rowsFor(const QList<store::StoredRecord> &records,
                                    const QString &childId, const QString &fosterHomeId,
                                    Filter filter);

signals:
    void sessionChanged();
    void childIdChanged();
    void fosterHomeIdChanged();
    void filterChanged();
    void countChanged();

private:
    int rowCountProperty() const { return int(m_rows.size()); }
    void setRows(QList<RecordRow> rows);
    QPointer<SessionController> m_session;
    QString m_childId;
    QString m_fosterHomeId;
    Filter m_filter = Filter::All;
    QList<RecordRow> m_rows;
};

QString syncStateLabel(store::SyncState state); // Swedish via translate("RecordListModel")

} // namespace homevisit::ui
