#include "draw/classifyround.h"

#include "runtime.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>

namespace mw::core {

struct ClassifyRound::Pool {
    std::mutex roundMutex; // one round at a time
    std::mutex mutex;      // guards what follows
    std::condition_variable wake, done;
    std::vector<std::thread> threads;
    bool stop = false;
    // The round in progress: models to take in `order`, answers to write at their index.
    const std::uint8_t *digit = nullptr;
    const std::vector<ClassifierPtr> *models = nullptr;
    std::vector<std::size_t> order;
    std::vector<DigitPrediction> *out = nullptr;
    std::size_t next = 0, finished = 0;
    std::exception_ptr error;

    void work()
    {
        setComputeThreadsOfThisThread(1);
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return stop || next < order.size(); });
            if (stop)
                return;
            const std::size_t i = order[next++];
            lock.unlock();
            std::exception_ptr failure;
            try {
                (*out)[i] = (*models)[i]->classify(digit);
            } catch (...) {
                failure = std::current_exception();
            }
            lock.lock();
            if (failure && !error)
                error = failure;
            if (++finished == order.size())
                done.notify_one();
        }
    }
};

ClassifyRound::ClassifyRound(int workers) : m_pool(std::make_unique<Pool>())
{
    if (workers <= 0)
        workers = int(std::max(1u, std::thread::hardware_concurrency()));
    for (int i = 0; i < workers; ++i)
        m_pool->threads.emplace_back([pool = m_pool.get()] { pool->work(); });
}

ClassifyRound::~ClassifyRound()
{
    {
        std::lock_guard lock(m_pool->mutex);
        m_pool->stop = true;
    }
    m_pool->wake.notify_all();
    for (auto &thread : m_pool->threads)
        thread.join();
}

int ClassifyRound::workers() const { return int(m_pool->threads.size()); }

std::vector<DigitPrediction> ClassifyRound::classify(const std::uint8_t *digit28,
                                                     const std::vector<ClassifierPtr> &models)
{
    std::vector<DigitPrediction> out(models.size());
    if (models.empty())
        return out;
    // The slowest first (by their last round), so that the fast ones fill the gaps beside it.
    std::vector<std::size_t> order(models.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return models[a]->lastSeconds() > models[b]->lastSeconds();
    });

    std::lock_guard round(m_pool->roundMutex);
    std::unique_lock lock(m_pool->mutex);
    m_pool->digit = digit28;
    m_pool->models = &models;
    m_pool->order = std::move(order);
    m_pool->out = &out;
    m_pool->next = m_pool->finished = 0;
    m_pool->error = nullptr;
    m_pool->wake.notify_all();
    m_pool->done.wait(lock, [this] { return m_pool->finished == m_pool->order.size(); });
    m_pool->order.clear(); // nothing left for the workers to take
    if (m_pool->error)
        std::rethrow_exception(std::exchange(m_pool->error, nullptr));
    return out;
}

} // namespace mw::core
