#include "syncindicator.h"

#include "ui/sessioncontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace homevisit::ui {

namespace {
QString when(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.toString(QStringLiteral("HH:mm"));
}
} // namespace

SyncIndicator::SyncIndicator(SessionController *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(m_session, &SessionController::syncServiceChanged, this, &SyncIndicator::attach);
    attach();
}

void SyncIndicator::attach()
{
    m_service = m_session->syncService();
    if (m_service)
        connect(m_service, &sync::SyncService::snapshotChanged, this, &SyncIndicator::update);
    update(m_service ? m_service->snapshot() : sync::SyncSnapshot{});
}

void SyncIndicator::syncNow()
{
    if (m_service)
        m_service->syncNow();
}

void SyncIndicator::update(const sync::SyncSnapshot &snapshot)
{
    m_snapshot = snapshot;
    Text text;
    if (!m_service)
        text.line = m_session->demo() ? SyncIndicator::tr("Demo: nothing is sent anywhere")
                                      : SyncIndicator::tr("Not connected to a server");
    else
        text = describe(snapshot, QDateTime::currentDateTime());
    m_line = text.line;
    m_advice = text.advice;
    m_attention = text.attention;
    emit changed();
}

SyncIndicator::Text SyncIndicator::describe(const sync::SyncSnapshot &s, const QDateTime &now)
{
    using S = sync::SyncStatus;
    Text t;
    const QString last = s.lastSuccess.isValid()
                             ? SyncIndicator::tr("last synced %1").arg(when(s.lastSuccess, now))
                             : SyncIndicator::tr("never synced");
    if (s.running)
        return {SyncIndicator::tr("Syncing…"), {}, false};
    if (s.refused > 0) {
        t.attention = true;
        t.advice =
            SyncIndicator::tr("Open the record marked \"Refused by the server\" to see why.");
    }
    if (!s.attempted) {
        t.line = SyncIndicator::tr("Waiting to sync — %1").arg(last);
        return t;
    }
    switch (s.status) {
    case S::Synced:
        t.line = SyncIndicator::tr("Synced %1")
                     .arg(when(s.lastSuccess.isValid() ? s.lastSuccess : now, now));
        break;
    case S::Offline:
    case S::Pending:
        t.line = s.waiting > 0
                     ? SyncIndicator::tr("Not connected — %n change(s) saved on the tablet",
                                         nullptr, s.waiting)
                     : SyncIndicator::tr("Not connected — saved on the tablet");
        if (t.advice.isEmpty())
            t.advice =
                SyncIndicator::tr("It is sent by itself when the tablet is online (%1).").arg(last);
        break;
    case S::NotEnrolled:
        t.line = SyncIndicator::tr("This tablet is not enrolled with the server");
        t.advice = SyncIndicator::tr("Ask your administrator for a new one-time code.");
        t.attention = true;
        break;
    case S::UpdateApp:
        t.line = SyncIndicator::tr("The app must be updated before it can sync");
        t.advice =
            SyncIndicator::tr("Everything stays saved on the tablet. Contact your administrator.");
        t.attention = true;
        break;
    case S::ServerRefused:
        t.line = SyncIndicator::tr("The server did not accept the last sync — saved on the tablet");
        t.advice = SyncIndicator::tr(
            "It is tried again later. If this remains, contact your administrator.");
        t.attention = true;
        break;
    case S::Revoked:
        t.line = SyncIndicator::tr("This tablet's access was withdrawn");
        t.attention = true;
        break;
    }
    return t;
}

} // namespace homevisit::ui
