// The child-participation checklist (docs/domain.md, items 1-8) as rows the visit page
// shows one by one: what is asked, whether it is required (items 1-3) and answered,
// the answer, the follow-up it needs (the reason when the child was not spoken with
// alone, a description of a concern, ...) and the rule sentences that still block
// signing. A view over the editor's VisitDraft: the rules stay in app/domain.
#pragma once

#include "ui/visit/changedrows.h"
#include "ui/visit/visitdraft.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace homevisit::ui {

class ParticipationChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int requiredOpen READ requiredOpen NOTIFY changed)

public:
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // told_purpose | spoken_alone | views | feels_safe | ...
        NumberRole,                 // 1-8, as in docs/domain.md
        LabelRole,                  // the question, translated
        RequiredRole,               // items 1-3 must be answered before signing
        AnsweredRole,
        DoneRole,     // answered and nothing under it blocks signing
        KindRole,     // yes_no | choice | multi | topics
        ValueRole,    // yes_no: "yes" | "no" | ""; choice: a wire name or ""; multi: a list
        OptionsRole,  // [{value, label}] for choice and multi
        ProblemsRole, // the rule sentences that block signing, for this item
        SummaryRole,  // topics: "5 of 7 topics answered"
        // Item 2: the reason, only when the child was not spoken with alone.
        ReasonVisibleRole,
        ReasonRole, // a wire name or ""
        ReasonOptionsRole,
        ReasonTextVisibleRole, // the reason must be explained in words
        ReasonTextRole,
        // Items 4, 7, 8: one text that follows the answer (the concern, which aids, the
        // other method).
        DetailVisibleRole,
        DetailRequiredRole,
        DetailLabelRole,
        DetailTextRole
    };
    Q_ENUM(Roles)

    explicit ParticipationChecklistModel(VisitDraft *draft, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // yes_no items: "yes", "no" or "" (unanswered; also true/false); feels_safe: a wire
    // name or "". Returns false if the draft is read-only or the value is unknown.
    Q_INVOKABLE bool setAnswer(const QString &key, const QVariant &value);
    Q_INVOKABLE bool setMethod(const QString &method, bool used);
    Q_INVOKABLE bool setReason(const QString &reason);
    Q_INVOKABLE bool setReasonText(const QString &text);
    Q_INVOKABLE bool setDetailText(const QString &key, const QString &text);
    Q_INVOKABLE int rowOf(const QString &key) const;

    // Required items (1-3) not yet answered.
    int requiredOpen() const;

    // "2. Conversation with the child alone": the item a violation's field belongs to,
    // or empty for fields outside the checklist.
    static QString itemTitleForField(const QString &field);

signals:
    void changed();

private:
    QVariant answerValue(int row) const;
    bool answered(int row) const;
    QStringList problems(int row) const;
    QVariant reasonData(int role) const;
    QVariant detailData(int row, int role) const;
    void refresh();

    QPointer<VisitDraft> m_draft;
    ChangedRows m_changedRows;
    // The reason given while "spoken alone" was no, kept in case the worker flips the
    // answer back: answering yes must not silently lose what she wrote.
    std::optional<domain::NotAloneReason> m_stashedReason;
    QString m_stashedReasonText;
};

} // namespace homevisit::ui
