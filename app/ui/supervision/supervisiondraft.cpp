#include "supervisiondraft.h"

namespace homevisit::ui {

SupervisionDraft::SupervisionDraft(QObject *parent) : RecordDraft(parent)
{
    revalidate();
}

void SupervisionDraft::reset(domain::SupervisionSession session, bool readOnly)
{
    m_session = std::move(session);
    finishReset(readOnly);
}

QList<domain::RuleViolation> SupervisionDraft::validate() const
{
    // Sessions use no municipal settings.
    return domain::validateForSigning(domain::RecordKind::SupervisionSession, body(),
                                      domain::DomainSettings{});
}

} // namespace homevisit::ui
