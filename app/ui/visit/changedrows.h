// Tells a list's views about the rows that really changed: the models over a visit
// are refreshed after every keystroke, and most keystrokes change no row at all (a
// word in the notes) or one, so the views should not rebuild the rest.
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QVariant>

namespace homevisit::ui {

class ChangedRows
{
public:
    // Reads `roles` of every row and emits dataChanged(roles) for each row that differs
    // from the last call (all of them after a reset or on the first call when
    // `announce`). With announce = false it only remembers, e.g. right after a reset.
    void update(QAbstractItemModel &model, const QList<int> &roles, bool announce = true)
    {
        QList<QVariantList> now;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVariantList values;
            for (int role : roles)
                values << model.data(model.index(row, 0), role);
            now << values;
        }
        if (announce) {
            for (int row = 0; row < now.size(); ++row) {
                if (row >= m_last.size() || now[row] != m_last[row])
                    emit model.dataChanged(model.index(row, 0), model.index(row, 0), roles);
            }
        }
        m_last = std::move(now);
    }

private:
    QList<QVariantList> m_last;
};

} // namespace homevisit::ui
