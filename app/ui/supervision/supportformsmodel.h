// The support forms of a supervision session as a checkable list: the eight forms the
// seeds' survey asked foster families to rate (meetings, home visit, phone, training,
// supervision, support with contact with parents, other foster homes, other
// professionals). Checking one writes the session's support_forms through the draft.
#pragma once

#include "ui/supervision/supervisiondraft.h"
#include "ui/visit/changedrows.h"

#include <QAbstractListModel>
#include <QPointer>

namespace homevisit::ui {

class SupportFormsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)
    // The chosen forms' names, for the read-only view of a signed session.
    Q_PROPERTY(QString checkedText READ checkedText NOTIFY checkedChanged)

public:
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // the wire name, e.g. "home_visit"
        LabelRole,                  // translated
        CheckedRole
    };
    Q_ENUM(Roles)

    explicit SupportFormsModel(SupervisionDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Does nothing on a read-only session.
    Q_INVOKABLE void setChecked(int row, bool checked);
    Q_INVOKABLE void toggle(int row);
    int checkedCount() const;
    QStringList checkedLabels() const;
    QString checkedText() const { return checkedLabels().join(QStringLiteral(", ")); }

    static QString label(domain::SupportForm form);

signals:
    void checkedChanged();

private:
    void refresh();

    QPointer<SupervisionDraft> m_draft;
    ChangedRows m_changed;
    QList<domain::SupportForm> m_last;
};

} // namespace homevisit::ui
