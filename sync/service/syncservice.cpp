#include "syncservice.h"

#include "sync/service/networkreachability.h"
#include "sync/service/syncworker.h"

namespace homevisit::sync {

SyncService::SyncService(StoreOpener opener, SyncServiceOptions options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncSnapshot>();
    m_thread.setObjectName(QStringLiteral("sync"));
    const bool useNetworkInformation = options.useNetworkInformation;
    m_worker = new SyncWorker(std::move(opener), std::move(options));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::snapshotChanged, this, [this](const SyncSnapshot &s) {
        m_snapshot = s;
        emit snapshotChanged(s);
    });
    connect(m_worker, &SyncWorker::journalChanged, this, &SyncService::journalChanged);
    connect(m_worker, &SyncWorker::revoked, this, &SyncService::revoked);

    auto *reachability = new NetworkReachability(useNetworkInformation, this);
    reachability->setObjectName(QStringLiteral("reachability"));
    connect(reachability, &NetworkReachability::becameOnline, m_worker,
            [worker = m_worker] { worker->networkChanged(true); });
    connect(reachability, &NetworkReachability::becameOffline, m_worker,
            [worker = m_worker] { worker->networkChanged(false); });
}

SyncService::~SyncService()
{
    if (m_thread.isRunning()) {
        m_worker->cancel(); // a request in flight ends within about a second
        QMetaObject::invokeMethod(m_worker, &SyncWorker::finish, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void SyncService::start()
{
    const auto *reachability = findChild<NetworkReachability *>(QStringLiteral("reachability"));
    const bool usable = reachability->usable();
    const bool online = usable && reachability->online();
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, usable, online] { worker->begin(usable, online); });
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->request(true, 0); });
}

void SyncService::recordSigned()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->recordSigned(); });
}

QString SyncService::reachabilityBackend() const
{
    const auto *reachability = findChild<NetworkReachability *>(QStringLiteral("reachability"));
    return reachability->usable() ? reachability->backendName() : QString();
}

} // namespace homevisit::sync
