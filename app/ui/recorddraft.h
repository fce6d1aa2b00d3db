// What the two record drafts (VisitDraft, SupervisionDraft) share: the record being
// edited in memory is read-only or not, edits only count when they change something,
// and every change is checked against the domain rules at once, so what blocks signing
// is always current. The kind supplies its content and its check.
#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace homevisit::ui {

class RecordDraft : public QObject
{
    Q_OBJECT
public:
    // The record's body, as the store saves and signs it.
    virtual QJsonObject body() const = 0;
    // What blocks signing, as the store's sign() will check it (shape and rules).
    const QList<domain::RuleViolation> &violations() const { return m_violations; }
    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

signals:
    void wasReset();
    void edited();
    void readOnlyChanged();

protected:
    explicit RecordDraft(QObject *parent = nullptr);

    // The domain's check of the content; the same one JournalStore::sign() makes, so
    // what the sign dialog lists is exactly what the store would refuse.
    virtual QList<domain::RuleViolation> validate() const = 0;
    void revalidate() { m_violations = validate(); }
    // Call after replacing the content (loaded, created, or cleared on lock).
    void finishReset(bool readOnly);
    // Applies `change` to `content` unless read-only. Returns whether it changed; only
    // then is edited() emitted, so a view writing back the value it shows costs nothing.
    template <typename T> bool applyEdit(T &content, const std::function<void(T &)> &change)
    {
        if (m_readOnly)
            return false;
        T changed = content;
        change(changed);
        if (changed == content)
            return false;
        content = std::move(changed);
        revalidate();
        emit edited();
        return true;
    }

private:
    QList<domain::RuleViolation> m_violations;
    bool m_readOnly = true;
};

} // namespace homevisit::ui
