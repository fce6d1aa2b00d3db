// What blocks signing a record (any kind), field by field, with each rule's sentence: the list
// the sign dialog shows. The violations are computed by the domain rules (the same
// check JournalStore::sign() makes), or are those the store itself refused with.
#pragma once

#include "ui/visit/visitdraft.h"

#include <QAbstractListModel>
#include <QPointer>

#include <functional>

namespace homevisit::ui {

class ViolationsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)

public:
    enum Roles
    {
        FieldRole = Qt::UserRole + 1, // the body path, e.g. "checklist.spoken_alone"
        CodeRole,                     // the stable rule code, e.g. "reason_required"
        FieldLabelRole,               // "2. Conversation with the child alone", translated
        MessageRole                   // RuleViolation::message(), translated
    };
    Q_ENUM(Roles)

    // The field's name for the user, translated.
    using FieldLabels = std::function<QString(const QString &field)>;

    explicit ViolationsModel(VisitDraft *draft, QObject *parent = nullptr);
    // For another record kind (a supervision session): the owner hands over the
    // violations with setViolations() and names the fields with `labels`.
    explicit ViolationsModel(FieldLabels labels, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<domain::RuleViolation> &violations() const { return m_rows; }
    // The store refused to sign with these; shown until the next edit revalidates.
    void showRefusal(const QList<domain::RuleViolation> &violations);
    void setViolations(const QList<domain::RuleViolation> &violations) { setRows(violations); }

    // The field's name for the worker: the checklist item, the view topic, or the
    // visit's own field.
    static QString fieldLabel(const QString &field);

signals:
    void countChanged();

private:
    int countProperty() const { return int(m_rows.size()); }
    void setRows(const QList<domain::RuleViolation> &rows);

    QPointer<VisitDraft> m_draft;
    FieldLabels m_labels; // null: fieldLabel(), the visit's fields
    QList<domain::RuleViolation> m_rows;
};

} // namespace homevisit::ui
