// The supervision session being edited, in memory: the domain object and what blocks
// signing it. Pure domain code and signals, no storage: SupervisionSessionEditor saves
// it, the support-form list and the family-rating hand-over write through it.
#pragma once

#include "domain/supervisionsession.h"
#include "ui/recorddraft.h"

namespace homevisit::ui {

class SupervisionDraft : public RecordDraft
{
    Q_OBJECT
public:
    explicit SupervisionDraft(QObject *parent = nullptr);

    const domain::SupervisionSession &session() const { return m_session; }
    QJsonObject body() const override { return m_session.toJson(); }

    // Another session (loaded, created, or cleared on lock): the views reset.
    void reset(domain::SupervisionSession session, bool readOnly);
    void clear() { reset({}, true); }

    // Applies `change` unless read-only; see RecordDraft::applyEdit.
    bool edit(const std::function<void(domain::SupervisionSession &)> &change)
    {
        return applyEdit(m_session, change);
    }

protected:
    QList<domain::RuleViolation> validate() const override;

private:
    domain::SupervisionSession m_session;
};

} // namespace homevisit::ui
