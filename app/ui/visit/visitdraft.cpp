#include "visitdraft.h"

#include <algorithm>

namespace homevisit::ui {

namespace {

bool fieldIsUnder(const QString &field, const QString &prefix)
{
    return field == prefix || (field.startsWith(prefix) && field.at(prefix.size()) == u'.');
}

} // namespace

VisitDraft::VisitDraft(QObject *parent) : QObject(parent)
{
    revalidate();
}

QList<domain::RuleViolation> VisitDraft::violationsOf(const QStringList &fields) const
{
    QList<domain::RuleViolation> out;
    for (const domain::RuleViolation &v : m_violations) {
        if (std::any_of(fields.begin(), fields.end(),
                        [&](const QString &prefix) { return fieldIsUnder(v.field, prefix); }))
            out.append(v);
    }
    return out;
}

void VisitDraft::reset(domain::ChildVisit visit, domain::DomainSettings settings, bool readOnly)
{
    m_visit = std::move(visit);
    m_settings = std::move(settings);
    const bool readOnlyChanges = readOnly != m_readOnly;
    m_readOnly = readOnly;
    revalidate();
    emit wasReset();
    if (readOnlyChanges)
        emit readOnlyChanged();
}

void VisitDraft::clear()
{
    reset({}, {}, true);
}

void VisitDraft::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged();
}

bool VisitDraft::edit(const std::function<void(domain::ChildVisit &)> &change)
{
    if (m_readOnly)
        return false;
    domain::ChildVisit changed = m_visit;
    change(changed);
    if (changed == m_visit)
        return false;
    m_visit = std::move(changed);
    revalidate();
    emit edited();
    return true;
}

void VisitDraft::revalidate()
{
    // The same check JournalStore::sign() makes, so what the sign dialog lists is
    // exactly what the store would refuse.
    m_violations =
        domain::validateForSigning(domain::RecordKind::ChildVisit, m_visit.toJson(), m_settings);
}

} // namespace homevisit::ui
