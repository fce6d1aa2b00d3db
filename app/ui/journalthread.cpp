#include "journalthread.h"

#include "session/usersession.h"

namespace homevisit::ui {

Q_LOGGING_CATEGORY(lcJournal, "homevisit.journal")

JournalThread::JournalThread(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("journal"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

JournalThread::~JournalThread()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_session.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JournalThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job));
}

void JournalThread::report(const QPointer<QObject> &context,
                           const std::function<void(QString)> &failed, const QString &what)
{
    qCWarning(lcJournal).noquote() << "journal job failed:" << what;
    if (context && failed)
        QMetaObject::invokeMethod(context, [failed, what] { failed(what); });
}

void JournalThread::run(QObject *context, std::function<void()> job, std::function<void()> done,
                        std::function<void(QString)> failed)
{
    post([context = QPointer<QObject>(context), job = std::move(job), done = std::move(done),
          failed = std::move(failed)] {
        try {
            job();
            if (context && done)
                QMetaObject::invokeMethod(context, done);
        } catch (const std::exception &e) {
            report(context, failed, QString::fromUtf8(e.what()));
        }
    });
}

void JournalThread::setSession(std::unique_ptr<UserSession> session)
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    m_session = std::move(session);
}

void JournalThread::closeSession()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    m_session.reset();
}

void JournalThread::drain()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace homevisit::ui
