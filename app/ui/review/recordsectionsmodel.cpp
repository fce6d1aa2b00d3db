#include "recordsectionsmodel.h"

namespace homevisit::ui {

RecordSectionsModel::RecordSectionsModel(QObject *parent) : QAbstractListModel(parent) {}

void RecordSectionsModel::setSections(QList<RecordSection> sections)
{
    if (sections == m_sections)
        return; // a reload that found nothing new keeps the view (and its focus) as it is
    const bool countChanges = sections.size() != m_sections.size();
    beginResetModel();
    m_sections = std::move(sections);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int RecordSectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant RecordSectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordSection &s = m_sections.at(index.row());
    switch (role) {
    case KindRole:
        return s.kind;
    case Qt::DisplayRole:
    case LabelRole:
        return s.label;
    case ValueRole:
        return s.value;
    case DetailRole:
        return s.detail;
    case DateRole:
        return s.date;
    case AuthorRole:
        return s.author;
    case SignatureRole:
        return s.signature;
    case GenuineRole:
        return s.genuine;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordSectionsModel::roleNames() const
{
    return {{KindRole, "kind"},           {LabelRole, "label"},    {ValueRole, "value"},
            {DetailRole, "detail"},       {DateRole, "date"},      {AuthorRole, "author"},
            {SignatureRole, "signature"}, {GenuineRole, "genuine"}};
}

} // namespace homevisit::ui
