#include "recorddraft.h"

namespace homevisit::ui {

RecordDraft::RecordDraft(QObject *parent) : QObject(parent) {}

void RecordDraft::finishReset(bool readOnly)
{
    const bool readOnlyChanges = readOnly != m_readOnly;
    m_readOnly = readOnly;
    revalidate();
    emit wasReset();
    if (readOnlyChanges)
        emit readOnlyChanged();
}

void RecordDraft::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged();
}

} // namespace homevisit::ui
