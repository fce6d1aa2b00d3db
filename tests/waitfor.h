// Waiting in a test for something the event loop or a worker thread brings about,
// with the events processed meanwhile (queued answers from the journal thread, timers).
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace homevisit::test {

template <class Predicate> bool waitFor(Predicate done, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace homevisit::test
