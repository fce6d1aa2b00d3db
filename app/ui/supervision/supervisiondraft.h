// The supervision session being edited, in memory: the domain object and what blocks
// signing it. Pure domain code and signals, no storage: SupervisionSessionEditor saves
// it, the support-form list and the family-rating hand-over write through it.
#pragma once

#include "domain/records.h"
#include "domain/supervisionsession.h"

#include <QObject>

#include <functional>

namespace homevisit::ui {

class SupervisionDraft : public QObject
{
    Q_OBJECT
public:
    explicit SupervisionDraft(QObject *parent = nullptr);

    const domain::SupervisionSession &session() const { return m_session; }
    // What blocks signing, as the store's sign() will check it (shape and rules).
    const QList<domain::RuleViolation> &violations() const { return m_violations; }
    bool readOnly() const { return m_readOnly; }

    // Another session (loaded, created, or cleared on lock): the views reset.
    void reset(domain::SupervisionSession session, bool readOnly);
    void clear() { reset({}, true); }
    void setReadOnly(bool readOnly);

    // Applies `change` unless read-only. Returns whether the session changed; only then
    // is edited() emitted, so a view writing back the value it shows costs nothing.
    bool edit(const std::function<void(domain::SupervisionSession &)> &change);

signals:
    void wasReset();
    void edited();
    void readOnlyChanged();

private:
    void revalidate();

    domain::SupervisionSession m_session;
    QList<domain::RuleViolation> m_violations;
    bool m_readOnly = true;
};

} // namespace homevisit::ui
