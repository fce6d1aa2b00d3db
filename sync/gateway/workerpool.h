// A fixed set of threads that run the Gateway's calls, which block on the database, so the
// I/O threads never wait for it. The queue is bounded: when it is full, tryPost refuses
// and the HTTP layer answers 503 instead of letting work pile up without end.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace homevisit::gateway {

class WorkerPool
{
public:
    WorkerPool(int threads, std::size_t maxQueued);
    ~WorkerPool(); // runs what is queued, then joins
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    bool tryPost(std::function<void()> job); // false when the queue is full or stopping
    void stop();

private:
    void work();

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_queue;
    std::size_t m_maxQueued;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace homevisit::gateway
