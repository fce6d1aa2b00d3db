// The foster-home secretary's foster homes, overdue first, then by the date the next
// supervision session is due. Loaded on the journal thread after unlocking and again
// after every sync round that changed the journal; emptied when the tablet locks.
//
// When is a session due? The seeds ask for "kontinuerlig handledning" without a fixed
// interval, so the next session is the one the last signed session planned
// (next_session), or else defaultIntervalDays (monthly) after it. A home with no signed
// session yet is due today.
#pragma once

#include "store/journalstore.h"
#include "ui/sessioncontroller.h"
#include "ui/sessionlink.h"

#include <QAbstractListModel>
#include <QDate>

namespace homevisit::ui {

struct FosterHomeEntry
{
    store::FosterHome home;
    QStringList children; // "Elsa, 9 år" of the children placed there now
    QDate lastSession;    // the latest signed session, null if none
    QDate nextSessionDue; // planned by the last session, or a month after it
    bool overdue = false;
    int sessions = 0; // signed sessions
    int drafts = 0;   // the secretary's own unsigned sessions
};

class FosterHomeListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    // Only this foster home (the foster-home page's summary); empty = all of mine.
    Q_PROPERTY(
        QString fosterHomeId READ fosterHomeId WRITE setFosterHomeId NOTIFY fosterHomeIdChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY loaded)
    Q_PROPERTY(bool ready READ ready NOTIFY loaded)

public:
    static constexpr int defaultIntervalDays = 30;

    enum Roles
    {
        FosterHomeIdRole = Qt::UserRole + 1,
        FamilyNameRole,
        AddressRole, // needed offline, on the way there
        PhoneRole,
        HomeTypeRole,       // own_recruited | kinship | emergency | agency_supported | residential
        HomeTypeLabelRole,  // translated
        ChildrenRole,       // the children placed there now, one phrase each
        ChildrenTextRole,   // the same in one line
        LastSessionRole,    // ISO date, "" if none
        NextSessionDueRole, // ISO date
        OverdueRole,
        DueTextRole, // "3 dagar försenat", "om 12 dagar"
        SessionCountRole,
        DraftCountRole
    };
    Q_ENUM(Roles)

    explicit FosterHomeListModel(QObject *parent = nullptr);

    SessionController *session() const { return m_link.session(); }
    void setSession(SessionController *session);
    QString fosterHomeId() const { return m_fosterHomeId; }
    void setFosterHomeId(const QString &fosterHomeId);
    int overdueCount() const;
    bool ready() const { return m_ready; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // The date the model counts from; tests set it, the app uses today.
    void setToday(const QDate &today) { m_today = today; }

    // The rows for `user`'s foster homes (pure; tests use it): children placed there
    // now, session dates from the signed supervision sessions, overdue first.
    static QList<FosterHomeEntry> entriesFor(const QList<store::FosterHome> &homes,
                                             const QList<store::StoredRecord> &sessions,
                                             const QList<store::Child> &children,
                                             const QList<store::Placement> &placements,
                                             const QString &user, const QDate &today);
    static QString homeTypeLabel(const QString &homeType);

signals:
    void sessionChanged();
    void fosterHomeIdChanged();
    void loaded();

private:
    void setRows(QList<FosterHomeEntry> rows, bool ready);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    SessionLink m_link;
    QString m_fosterHomeId;
    QList<FosterHomeEntry> m_rows;
    QDate m_today;
    bool m_ready = false;
};

} // namespace homevisit::ui
