// The child visit being edited, in memory: the domain object, the municipality's
// settings it is checked against, and the violations that block signing. Pure domain
// code and signals, no storage: ChildVisitEditor saves it, the list models show it.
#pragma once

#include "domain/childvisit.h"
#include "ui/recorddraft.h"

namespace homevisit::ui {

class VisitDraft : public RecordDraft
{
    Q_OBJECT
public:
    explicit VisitDraft(QObject *parent = nullptr);

    const domain::ChildVisit &visit() const { return m_visit; }
    const domain::DomainSettings &settings() const { return m_settings; }
    QJsonObject body() const override { return m_visit.toJson(); }
    // The violations of these fields and of anything below them: "views" covers
    // "views.safety" and "views.safety.child_words".
    QList<domain::RuleViolation> violationsOf(const QStringList &fields) const;

    // Another visit (loaded, created, or cleared on lock): the views reset.
    void reset(domain::ChildVisit visit, domain::DomainSettings settings, bool readOnly);
    void clear();

    // Applies `change` unless read-only; see RecordDraft::applyEdit.
    bool edit(const std::function<void(domain::ChildVisit &)> &change)
    {
        return applyEdit(m_visit, change);
    }

protected:
    QList<domain::RuleViolation> validate() const override;

private:
    domain::ChildVisit m_visit;
    domain::DomainSettings m_settings;
};

} // namespace homevisit::ui
