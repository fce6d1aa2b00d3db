// Whether the tablet has a network, from QNetworkInformation when the platform has a
// backend that actually reports reachability. On a tablet without NetworkManager (or in
// a container) no backend loads, or one loads and only ever says "Unknown": then
// usable() is false and the sync service probes the server instead.
#pragma once

#include <QObject>
#include <QString>

namespace homevisit::sync {

class NetworkReachability : public QObject
{
    Q_OBJECT
public:
    // enabled=false skips QNetworkInformation entirely (tests force the probing path).
    explicit NetworkReachability(bool enabled, QObject *parent = nullptr);

    bool usable() const { return m_usable; }
    bool online() const; // meaningful only when usable()
    QString backendName() const { return m_backend; }

signals:
    void becameOnline();
    void becameOffline();

private:
    void onReachabilityChanged();
    bool m_usable = false;
    bool m_wasOnline = false;
    QString m_backend;
};

} // namespace homevisit::sync
