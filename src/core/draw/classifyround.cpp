#include "draw/classifyround.h"

#include "runtime.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
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
    std::size_t active = 1; // workers that take models this round (the others wait)
    std::function<void()> task; // one job for worker 0 (saliency); cleared when done

    // Whether models at once pay depends on the machine (two vCPUs that share one core's caches and units gain
    // nothing: measured on the development VM, two threads ran ResNet50 at half speed each) and on the models. The
    // round measures both ways, now and then, and keeps the faster: a running mean of each, per set of models.
    std::vector<const Classifier *> tunedFor;
    double meanMs[2] = {0, 0}; // one worker, all workers
    int rounds = 0;
    bool lastSpread = false;

    void work(std::size_t index)
    {
        setComputeThreadsOfThisThread(1);
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this, index] {
                return stop || (index == 0 && task) || (index < active && next < order.size());
            });
            if (stop)
                return;
            if (index == 0 && task) {
                lock.unlock();
                task(); // catches its own exceptions
                lock.lock();
                task = nullptr;
                done.notify_one();
                continue;
            }
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
        m_pool->threads.emplace_back([pool = m_pool.get(), i] { pool->work(std::size_t(i)); });
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

int ClassifyRound::lastWorkers() const
{
    std::lock_guard lock(m_pool->mutex);
    return m_pool->lastSpread ? int(m_pool->threads.size()) : 1;
}

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
    Pool &p = *m_pool;
    std::vector<const Classifier *> set;
    for (const auto &model : models)
        set.push_back(model.get());
    if (set != p.tunedFor) {
        p.tunedFor = std::move(set);
        p.rounds = 0;
        p.meanMs[0] = p.meanMs[1] = 0;
    }
    // Rounds 0-5 alternate (0 and 1 are warm-up); then the faster, trying the other every 16th round.
    const bool canSpread = models.size() > 1 && p.threads.size() > 1;
    bool spread = p.rounds < 6 ? p.rounds % 2 == 1 : p.meanMs[1] < p.meanMs[0];
    if (p.rounds >= 6 && p.rounds % 16 == 0)
        spread = !spread;
    spread = spread && canSpread;
    const auto start = std::chrono::steady_clock::now();

    std::unique_lock lock(p.mutex);
    p.active = spread ? p.threads.size() : 1;
    p.digit = digit28;
    p.models = &models;
    p.order = std::move(order);
    p.out = &out;
    p.next = p.finished = 0;
    p.error = nullptr;
    p.wake.notify_all();
    p.done.wait(lock, [&p] { return p.finished == p.order.size(); });
    p.order.clear(); // nothing left for the workers to take
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (canSpread && p.rounds >= 2) {
        double &mean = p.meanMs[spread ? 1 : 0];
        mean = p.rounds < 6 ? (mean > 0 ? (mean + ms) / 2 : ms) : 0.8 * mean + 0.2 * ms;
    }
    ++p.rounds;
    p.lastSpread = spread;
    if (p.error)
        std::rethrow_exception(std::exchange(p.error, nullptr));
    return out;
}

std::vector<float> ClassifyRound::saliency(const std::uint8_t *digit28, const Classifier &model, int digit)
{
    std::lock_guard round(m_pool->roundMutex);
    Pool &p = *m_pool;
    std::vector<float> out;
    std::exception_ptr error;
    std::unique_lock lock(p.mutex);
    p.task = [&] {
        try {
            out = model.saliency(digit28, digit);
        } catch (...) {
            error = std::current_exception();
        }
    };
    p.wake.notify_all();
    p.done.wait(lock, [&p] { return !p.task; });
    if (error)
        std::rethrow_exception(error);
    return out;
}

} // namespace mw::core
