#include "violationsmodel.h"

#include "domain/participationchecklist.h"
#include "ui/visit/participationchecklistmodel.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace homevisit::ui {

namespace {

constexpr auto context = "ViolationsModel";

// The visit's own fields (outside the checklist), in body order.
const std::array<std::pair<const char *, const char *>, 10> visitFields{{
    {"child_id", QT_TRANSLATE_NOOP("ViolationsModel", "Child")},
    {"started_at", QT_TRANSLATE_NOOP("ViolationsModel", "Start of the visit")},
    {"ended_at", QT_TRANSLATE_NOOP("ViolationsModel", "End of the visit")},
    {"place", QT_TRANSLATE_NOOP("ViolationsModel", "Place")},
    {"place_text", QT_TRANSLATE_NOOP("ViolationsModel", "Place")},
    {"participants", QT_TRANSLATE_NOOP("ViolationsModel", "Participants")},
    {"child_answers", QT_TRANSLATE_NOOP("ViolationsModel", "The child's own answers")},
    {"observations", QT_TRANSLATE_NOOP("ViolationsModel", "Observations")},
    {"agreed_actions", QT_TRANSLATE_NOOP("ViolationsModel", "Agreed actions")},
    {"next_planned_visit", QT_TRANSLATE_NOOP("ViolationsModel", "Next planned visit")},
}};

} // namespace

QString ViolationsModel::fieldLabel(const QString &field)
{
    if (field.startsWith(u"views.")) {
        return QCoreApplication::translate("ViolationsModel", "3. The child's views: %1")
            .arg(domain::viewTopicLabel(field.section(u'.', 1, 1)));
    }
    if (const QString item = ParticipationChecklistModel::itemTitleForField(field); !item.isEmpty())
        return item;
    const QString head = field.section(u'.', 0, 0).section(u'[', 0, 0);
    for (const auto &[name, label] : visitFields)
        if (head == QLatin1String(name))
            return QCoreApplication::translate(context, label);
    return field;
}

ViolationsModel::ViolationsModel(VisitDraft *draft, QObject *parent)
    : QAbstractListModel(parent), m_draft(draft)
{
    const auto follow = [this] { setRows(m_draft->violations()); };
    connect(draft, &VisitDraft::wasReset, this, follow);
    connect(draft, &VisitDraft::edited, this, follow);
    m_rows = draft->violations();
}

ViolationsModel::ViolationsModel(FieldLabels labels, QObject *parent)
    : QAbstractListModel(parent), m_labels(std::move(labels))
{}

void ViolationsModel::showRefusal(const QList<domain::RuleViolation> &violations)
{
    setRows(violations);
}

void ViolationsModel::setRows(const QList<domain::RuleViolation> &rows)
{
    if (rows == m_rows)
        return;
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int ViolationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ViolationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::RuleViolation &v = m_rows.at(index.row());
    switch (role) {
    case FieldRole:
        return v.field;
    case CodeRole:
        return v.code;
    case FieldLabelRole:
        return m_labels ? m_labels(v.field) : fieldLabel(v.field);
    case Qt::DisplayRole:
    case MessageRole:
        return v.message();
    default:
        return {};
    }
}

QHash<int, QByteArray> ViolationsModel::roleNames() const
{
    return {{FieldRole, "field"},
            {CodeRole, "code"},
            {FieldLabelRole, "fieldLabel"},
            {MessageRole, "message"}};
}

} // namespace homevisit::ui
