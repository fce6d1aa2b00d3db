#include "visitdraft.h"

#include <algorithm>

namespace homevisit::ui {

namespace {

bool fieldIsUnder(const QString &field, const QString &prefix)
{
    return field == prefix || (field.startsWith(prefix) && field.at(prefix.size()) == u'.');
}

} // namespace

VisitDraft::VisitDraft(QObject *parent) : RecordDraft(parent)
{
    revalidate();
}

QList<domain::RuleViolation> VisitDraft::violationsOf(const QStringList &fields) const
{
    QList<domain::RuleViolation> out;
    for (const domain::RuleViolation &v : violations()) {
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
    finishReset(readOnly);
}

void VisitDraft::clear()
{
    reset({}, {}, true);
}

QList<domain::RuleViolation> VisitDraft::validate() const
{
    return domain::validateForSigning(domain::RecordKind::ChildVisit, body(), m_settings);
}

} // namespace homevisit::ui
