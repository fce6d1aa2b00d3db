// The thread that owns the unlocked journal. Storage never runs on the UI thread: a
// controller hands a job to run(), the job runs here against the user's session, and
// the result comes back on the controller's own thread, unless the controller is gone
// by then.
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>

namespace homevisit {
class UserSession;
}

namespace homevisit::ui {

Q_DECLARE_LOGGING_CATEGORY(lcJournal)

class JournalThread : public QObject
{
    Q_OBJECT
public:
    explicit JournalThread(QObject *parent = nullptr);
    // Closes the session on the thread (the key leaves memory), then joins it.
    ~JournalThread() override;

    // The unlocked session, or null; touch it only inside a job.
    UserSession *session() const { return m_session.get(); }

    // Runs `job` here; `done(result)` then runs on `context`'s thread. A job that
    // throws calls `failed(english)` instead (never a record's content: store errors
    // carry none).
    template <class Result>
    void run(QObject *context, std::function<Result()> job, std::function<void(Result)> done,
             std::function<void(QString)> failed = {})
    {
        post([context = QPointer<QObject>(context), job = std::move(job), done = std::move(done),
              failed = std::move(failed)] {
            try {
                Result result = job();
                if (context)
                    QMetaObject::invokeMethod(context,
                                              [done, result = std::move(result)] { done(result); });
            } catch (const std::exception &e) {
                report(context, failed, QString::fromUtf8(e.what()));
            }
        });
    }
    void run(QObject *context, std::function<void()> job, std::function<void()> done = {},
             std::function<void(QString)> failed = {});

    // Session lifetime, called from jobs only.
    void setSession(std::unique_ptr<UserSession> session);
    void closeSession();

    // Blocks the caller until every job posted before has run (tests, shutdown).
    void drain();

private:
    void post(std::function<void()> job);
    static void report(const QPointer<QObject> &context, const std::function<void(QString)> &failed,
                       const QString &what);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread: the target of posted jobs
    std::unique_ptr<UserSession> m_session;
};

} // namespace homevisit::ui
