#include "supervisiondraft.h"

namespace homevisit::ui {

SupervisionDraft::SupervisionDraft(QObject *parent) : QObject(parent)
{
    revalidate();
}

void SupervisionDraft::reset(domain::SupervisionSession session, bool readOnly)
{
    m_session = std::move(session);
    const bool readOnlyChanges = readOnly != m_readOnly;
    m_readOnly = readOnly;
    revalidate();
    emit wasReset();
    if (readOnlyChanges)
        emit readOnlyChanged();
}

void SupervisionDraft::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged();
}

bool SupervisionDraft::edit(const std::function<void(domain::SupervisionSession &)> &change)
{
    if (m_readOnly)
        return false;
    domain::SupervisionSession changed = m_session;
    change(changed);
    if (changed == m_session)
        return false;
    m_session = std::move(changed);
    revalidate();
    emit edited();
    return true;
}

void SupervisionDraft::revalidate()
{
    // The same check JournalStore::sign() makes, so what the sign dialog lists is
    // exactly what the store would refuse. Sessions use no municipal settings.
    m_violations = domain::validateForSigning(domain::RecordKind::SupervisionSession,
                                              m_session.toJson(), domain::DomainSettings{});
}

} // namespace homevisit::ui
