#include "networkreachability.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

namespace homevisit::sync {

namespace {
Q_LOGGING_CATEGORY(lcReach, "homevisit.sync.reachability")

bool isOnline(QNetworkInformation::Reachability r)
{
    // "Site" is a LAN without internet: the municipality's server may well be on it.
    return r == QNetworkInformation::Reachability::Online ||
           r == QNetworkInformation::Reachability::Site;
}
} // namespace

NetworkReachability::NetworkReachability(bool enabled, QObject *parent) : QObject(parent)
{
    if (!enabled)
        return;
    // Qt 6.4: loadBackendByFeatures (load(Features) is deprecated there). It returns
    // false when no plugin offers reachability, e.g. no NetworkManager on D-Bus.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcReach) << "no network information backend; probing the server instead";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_backend = info->backendName();
    // A backend that loads but cannot tell (no daemon behind it) says Unknown forever.
    if (info->reachability() == QNetworkInformation::Reachability::Unknown) {
        qCInfo(lcReach) << "backend" << m_backend << "reports nothing; probing the server";
        return;
    }
    m_usable = true;
    m_wasOnline = online();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            &NetworkReachability::onReachabilityChanged);
    qCInfo(lcReach) << "using backend" << m_backend << (m_wasOnline ? "(online)" : "(offline)");
}

bool NetworkReachability::online() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && isOnline(info->reachability());
}

void NetworkReachability::onReachabilityChanged()
{
    const bool now = online();
    if (now == m_wasOnline)
        return;
    m_wasOnline = now;
    if (now)
        emit becameOnline();
    else
        emit becameOffline();
}

} // namespace homevisit::sync
