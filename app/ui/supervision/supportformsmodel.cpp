#include "supportformsmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace homevisit::ui {

using domain::SupportForm;

namespace {

constexpr int formCount = int(domain::WireNames<SupportForm>::names.size());

constexpr std::array<const char *, formCount> labels{
    QT_TRANSLATE_NOOP("SupportFormsModel", "Meetings"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Home visit"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Phone"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Training"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Supervision"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Support with contact with parents"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Other foster homes"),
    QT_TRANSLATE_NOOP("SupportFormsModel", "Other professionals")};

} // namespace

QString SupportFormsModel::label(SupportForm form)
{
    return QCoreApplication::translate("SupportFormsModel", labels[std::size_t(form)]);
}

SupportFormsModel::SupportFormsModel(SupervisionDraft *draft, QObject *parent)
    : QAbstractListModel(parent), m_draft(draft)
{
    connect(draft, &SupervisionDraft::wasReset, this, &SupportFormsModel::refresh);
    connect(draft, &SupervisionDraft::edited, this, &SupportFormsModel::refresh);
    m_changed.update(*this, {CheckedRole}, false);
}

void SupportFormsModel::refresh()
{
    m_changed.update(*this, {CheckedRole});
    if (m_draft && m_draft->session().supportForms != m_last) {
        m_last = m_draft->session().supportForms;
        emit checkedChanged();
    }
}

int SupportFormsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : formCount;
}

QVariant SupportFormsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto form = SupportForm(index.row());
    switch (role) {
    case KeyRole:
        return domain::wireName(form);
    case Qt::DisplayRole:
    case LabelRole:
        return label(form);
    case CheckedRole:
        return m_draft && m_draft->session().supportForms.contains(form);
    default:
        return {};
    }
}

bool SupportFormsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != CheckedRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool before = data(index, CheckedRole).toBool();
    setChecked(index.row(), value.toBool());
    return data(index, CheckedRole).toBool() != before;
}

Qt::ItemFlags SupportFormsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && m_draft && !m_draft->readOnly())
        f |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> SupportFormsModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {CheckedRole, "chosen"}};
}

void SupportFormsModel::setChecked(int row, bool checked)
{
    if (!m_draft || row < 0 || row >= formCount)
        return;
    const auto form = SupportForm(row);
    m_draft->edit([&](domain::SupervisionSession &s) {
        s.supportForms.removeAll(form);
        if (checked) {
            s.supportForms.append(form);
            // The survey's order, whatever order they were ticked in.
            std::sort(s.supportForms.begin(), s.supportForms.end());
        }
    });
}

void SupportFormsModel::toggle(int row)
{
    setChecked(row, !data(index(row, 0), CheckedRole).toBool());
}

int SupportFormsModel::checkedCount() const
{
    return m_draft ? int(m_draft->session().supportForms.size()) : 0;
}

QStringList SupportFormsModel::checkedLabels() const
{
    QStringList out;
    if (m_draft)
        for (const SupportForm form : m_draft->session().supportForms)
            out << label(form);
    return out;
}

} // namespace homevisit::ui
