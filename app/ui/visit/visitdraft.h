// The child visit being edited, in memory: the domain object, the municipality's
// settings it is checked against, and the violations that block signing. Pure domain
// code and signals, no storage: ChildVisitEditor saves it, the list models show it.
#pragma once

#include "domain/childvisit.h"
#include "domain/records.h"

#include <QObject>

#include <functional>

namespace homevisit::ui {

class VisitDraft : public QObject
{
    Q_OBJECT
public:
    explicit VisitDraft(QObject *parent = nullptr);

    const domain::ChildVisit &visit() const { return m_visit; }
    const domain::DomainSettings &settings() const { return m_settings; }
    // What blocks signing, as the store's sign() will check it (shape and rules).
    const QList<domain::RuleViolation> &violations() const { return m_violations; }
    // The violations of these fields and of anything below them: "views" covers
    // "views.safety" and "views.safety.child_words".
    QList<domain::RuleViolation> violationsOf(const QStringList &fields) const;
    bool readOnly() const { return m_readOnly; }

    // Another visit (loaded, created, or cleared on lock): the views reset.
    void reset(domain::ChildVisit visit, domain::DomainSettings settings, bool readOnly);
    void clear();
    void setReadOnly(bool readOnly);

    // Applies `change` unless read-only. Returns whether the visit changed; only then
    // is edited() emitted, so a view writing back the value it shows costs nothing.
    bool edit(const std::function<void(domain::ChildVisit &)> &change);

signals:
    void wasReset();
    void edited();
    void readOnlyChanged();

private:
    void revalidate();

    domain::ChildVisit m_visit;
    domain::DomainSettings m_settings;
    QList<domain::RuleViolation> m_violations;
    bool m_readOnly = true;
};

} // namespace homevisit::ui
