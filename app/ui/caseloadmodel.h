// My children, overdue first, then by the date the next visit is due (the store's
// order). Loaded on the journal thread after unlocking and again after every sync round
// that changed the journal; emptied when the tablet locks.
#pragma once

#include "store/journalstore.h"
#include "ui/sessioncontroller.h"
#include "ui/sessionlink.h"

#include <QAbstractListModel>

namespace homevisit::ui {

class CaseloadModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY loaded)
    Q_PROPERTY(bool ready READ ready NOTIFY loaded)

public:
    enum Roles
    {
        ChildIdRole = Qt::UserRole + 1,
        NameRole,
        AgeRole,
        FosterHomeRole, // the family name
        AddressRole,    // needed offline, on the way there
        LegalBasisRole, // SoL | LVU
        LastVisitRole,  // "" if none
        NextVisitDueRole,
        OverdueRole,
        DueTextRole // one phrase in the UI language (tr): "3 dagar försenat", "om 12 dagar"
    };
    Q_ENUM(Roles)

    explicit CaseloadModel(QObject *parent = nullptr);

    SessionController *session() const { return m_link.session(); }
    void setSession(SessionController *session);
    int overdueCount() const;
    bool ready() const { return m_ready; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // The date the model counts from; tests set it, the app uses today.
    void setToday(const QDate &today) { m_today = today; }

signals:
    void sessionChanged();
    void loaded();

private:
    void clear();
    SessionLink m_link;
    QList<store::CaseloadEntry> m_rows;
    QDate m_today;
    bool m_ready = false;
};

// "3 dagar försenat" / "i dag" / "om 12 dagar" (translated in context CaseloadModel).
QString dueText(const QDate &due, const QDate &today);

} // namespace homevisit::ui
