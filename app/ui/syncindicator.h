// The global sync line the caseload and every record screen show, and "Synka nu".
// One calm sentence (translated) for every state: being offline is normal on a home visit
// and never an error dialog. Handed to QML as the singleton `SyncIndicator`.
#pragma once

#include "sync/service/syncservice.h"

#include <QObject>
#include <QPointer>

namespace homevisit::ui {

class SessionController;

class SyncIndicator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString line READ line NOTIFY changed)     // "Synkat 14:02" ...
    Q_PROPERTY(QString advice READ advice NOTIFY changed) // what to do, or empty
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed) // false: demo or no server
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int refused READ refused NOTIFY changed)

public:
    explicit SyncIndicator(SessionController *session, QObject *parent = nullptr);

    QString line() const { return m_line; }
    QString advice() const { return m_advice; }
    bool running() const { return m_snapshot.running; }
    bool available() const { return m_service != nullptr; }
    bool needsAttention() const { return m_attention; }
    int waiting() const { return m_snapshot.waiting; }
    int refused() const { return m_snapshot.refused; }

    Q_INVOKABLE void syncNow();
    // The language changed: the sentence again, in the new one.
    void retranslate() { update(m_snapshot); }

    // The sentence and advice for a snapshot (pure; tests check every state).
    struct Text
    {
        QString line;
        QString advice;
        bool attention = false;
    };
    static Text describe(const sync::SyncSnapshot &s, const QDateTime &now);

signals:
    void changed();

private:
    void attach();
    void update(const sync::SyncSnapshot &snapshot);

    SessionController *m_session;
    QPointer<sync::SyncService> m_service;
    sync::SyncSnapshot m_snapshot;
    QString m_line;
    QString m_advice;
    bool m_attention = false;
};

} // namespace homevisit::ui
