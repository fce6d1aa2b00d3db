// The parts of a record as a read-only page shows them, one row each: headings, a
// question with its answer, a text, the child's own words, a concern, and (in their
// own lists) the amendments and reviews of the record. Built in C++ from the domain
// types (recordsections.h), so the page only lays them out.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace homevisit::ui {

struct RecordSection
{
    QString kind;   // heading | answer | text | words | warning | amendment | review
    QString label;  // the question or field, translated
    QString value;  // the answer or text
    QString detail; // what follows the answer: the reason, notes, the amendment's reason
    QString date;   // amendments and reviews: when signed, "yyyy-MM-dd HH:mm"
    QString author; // amendments and reviews: who wrote them, by display name when known
    // Amendments and reviews: who signed on which tablet and whether the signature
    // holds, one sentence (signatureSentence); genuine is false for a forgery.
    QString signature{};
    bool genuine = true;

    bool operator==(const RecordSection &) const = default;
};

class RecordSectionsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)

public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole,
        DetailRole,
        DateRole,
        AuthorRole,
        SignatureRole,
        GenuineRole
    };
    Q_ENUM(Roles)

    explicit RecordSectionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<RecordSection> &sections() const { return m_sections; }
    void setSections(QList<RecordSection> sections);

signals:
    void countChanged();

private:
    int countProperty() const { return int(m_sections.size()); }
    QList<RecordSection> m_sections;
};

} // namespace homevisit::ui
