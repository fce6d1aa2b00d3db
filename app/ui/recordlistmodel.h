// Records as lists show them: a child's visit history, my own records with their sync
// state, or (for a supervisor) the team's signed records with the review filters.
// Amendments and reviews are not rows of their own; they are folded into the record
// they refer to (amendment count, latest review).
#pragma once

#include "store/journalstore.h"
#include "ui/sessioncontroller.h"
#include "ui/sessionlink.h"

#include <QAbstractListModel>

namespace homevisit::ui {

// One row: a child visit or supervision session with what refers to it.
struct RecordRow
{
    store::StoredRecord record;
    int amendments = 0;
    QString reviewDecision; // "", "signed_off", "returned", "comment": the latest review
    QString reviewComment;
    // The child's or foster home's name: from this tablet's own rows when it holds them,
    // else as the last pull of the record said; "" when neither knows it.
    QString subject;
};

// How many rows each filter would show, for a filter bar.
struct FilterCounts
{
    int all = 0;
    int unreviewed = 0;
    int concern = 0;
    int returned = 0;
    bool operator==(const FilterCounts &) const = default;
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
    // The review queue: only signed records of other authors (a supervisor's team).
    Q_PROPERTY(bool teamOnly READ teamOnly WRITE setTeamOnly NOTIFY teamOnlyChanged)
    // What each filter would show, whatever the filter is now (the filter bar's counts).
    Q_PROPERTY(int allCount READ allCount NOTIFY countsChanged)
    Q_PROPERTY(int unreviewedCount READ unreviewedCount NOTIFY countsChanged)
    Q_PROPERTY(int concernCount READ concernCount NOTIFY countsChanged)
    Q_PROPERTY(int returnedCount READ returnedCount NOTIFY countsChanged)

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
        AuthorRole, // the user name ("anna.lind"); AuthorNameRole is what people read
        ConcernRole,
        SyncStateRole,  // local | sending | synced | refused
        SyncLabelRole,  // translated: "Sparad på surfplattan", "Skickas", "Synkad", "Nekad"
        SyncReasonRole, // why the server refused it, translated where known
        AmendmentsRole,
        ReviewRole, // "" | signed_off | returned | comment
        ReviewCommentRole,
        SubjectRole,          // the child's or foster home's name (RecordRow::subject), or ""
        SignatureStateRole,   // valid | invalid | legacy | unverified | "" (a draft)
        SignatureWarningRole, // "The signature does not hold – not genuine" for a forgery, else ""
        AuthorNameRole        // the author's display name ("Anna Lind"); the user name if none
    };
    Q_ENUM(Roles)

    explicit RecordListModel(QObject *parent = nullptr);

    SessionController *session() const { return m_link.session(); }
    void setSession(SessionController *session);
    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &fosterHomeId);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    bool teamOnly() const { return m_teamOnly; }
    void setTeamOnly(bool teamOnly);
    int allCount() const { return m_counts.all; }
    int unreviewedCount() const { return m_counts.unreviewed; }
    int concernCount() const { return m_counts.concern; }
    int returnedCount() const { return m_counts.returned; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the rows again on the journal thread, once for all changes made in one go.
    Q_INVOKABLE void reload();

    // The rows for a set of records, newest first, filtered (pure; tests use it).
    static QList<RecordRow> rowsFor(const QList<store::StoredRecord> &records,
                                    const QString &childId, const QString &fosterHomeId,
                                    Filter filter);
    // Every row of the scope (a child, a foster home; without `excludedAuthor`'s records
    // and drafts when it is set), newest first, amendments and reviews folded in.
    static QList<RecordRow> foldRows(const QList<store::StoredRecord> &records,
                                     const QString &childId, const QString &fosterHomeId,
                                     const QString &excludedAuthor = {});
    static bool passes(const RecordRow &row, Filter filter);
    static FilterCounts countsOf(const QList<RecordRow> &rows);

signals:
    void sessionChanged();
    void childIdChanged();
    void fosterHomeIdChanged();
    void filterChanged();
    void countChanged();
    void teamOnlyChanged();
    void countsChanged();

private:
    int rowCountProperty() const { return int(m_rows.size()); }
    void setRows(QList<RecordRow> rows);
    void setCounts(const FilterCounts &counts);
    void reloadNow();
    SessionLink m_link;
    QString m_childId;
    QString m_fosterHomeId;
    Filter m_filter = Filter::All;
    bool m_teamOnly = false;
    QList<RecordRow> m_rows;
    FilterCounts m_counts;
    bool m_reloadQueued = false;
};

QString syncStateLabel(store::SyncState state); // translated in the context "RecordListModel"

} // namespace homevisit::ui
