#pragma once
// Runs work items on N threads and hands the results back in submission
// order, on the caller's thread, with at most `window` items in flight, so
// output is byte-identical whatever N is and memory stays bounded however
// many items stream through.
//
//   OrderedPool<Input, Report> pool(jobs, 4 * jobs, Analyze, Print);
//   for (auto& input : inputs) if (!pool.Submit(std::move(input))) break;
//   pool.Finish();
//
// With jobs <= 1 everything runs on the caller's thread, one item at a time.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace wijzij {

template <class In, class Out>
class OrderedPool {
 public:
  /// `work` runs on the worker threads; `emit` runs on the caller's thread,
  /// in order, and returns false to stop the run (a closed output).
  OrderedPool(int jobs, size_t window, std::function<Out(In&)> work,
              std::function<bool(Out&)> emit)
      : window_(window < 1 ? 1 : window), work_(std::move(work)), emit_(std::move(emit)) {
    // The caller's thread works too while it waits for the next result, so
    // `jobs` threads run in all and none is left to fight for a core.
    for (int i = 1; jobs > 1 && i < jobs; ++i)
      workers_.emplace_back([this] { WorkLoop(); });
  }

  ~OrderedPool() { Stop(); }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  /// Queues one item, first emitting finished results while the window is
  /// full. Returns false once `emit` has asked to stop.
  bool Submit(In in) {
    if (workers_.empty()) return RunInline(in);
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopped_ && submitted_ - emitted_ >= window_) EmitOrWait(lock);
    if (stopped_) return false;
    pending_.emplace_back(submitted_++, std::move(in));
    work_ready_.notify_one();
    return true;
  }

  /// Emits every remaining result, then stops the workers.
  void Finish() {
    if (!workers_.empty()) {
      std::unique_lock<std::mutex> lock(mutex_);
      while (!stopped_ && emitted_ < submitted_) EmitOrWait(lock);
    }
    Stop();
  }

 private:
  bool RunInline(In& in) {
    if (stopped_) return false;
    Out out = work_(in);
    if (!emit_(out)) stopped_ = true;
    return !stopped_;
  }

  // Emits the next result if it is done, else works on a queued item, else
  // waits for a worker.
  void EmitOrWait(std::unique_lock<std::mutex>& lock) {
    auto it = done_.find(emitted_);
    if (it == done_.end()) {
      if (pending_.empty()) {
        result_ready_.wait(lock);
      } else {
        WorkOne(lock);
      }
      return;
    }
    Out out = std::move(it->second);
    done_.erase(it);
    lock.unlock();
    const bool go_on = emit_(out);
    lock.lock();
    ++emitted_;
    if (!go_on) stopped_ = true;
  }

  void WorkLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [this] { return quit_ || !pending_.empty(); });
      if (quit_) return;
      WorkOne(lock);
    }
  }

  // Takes the front queued item and works on it without the lock.
  void WorkOne(std::unique_lock<std::mutex>& lock) {
    auto [sequence, in] = std::move(pending_.front());
    pending_.pop_front();
    lock.unlock();
    Out out = work_(in);
    lock.lock();
    done_.emplace(sequence, std::move(out));
    // The caller waits only for the next result in order; waking it for any
    // other costs a context switch per item.
    if (sequence == emitted_) result_ready_.notify_one();
  }

  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      quit_ = true;
      stopped_ = true;
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) {
      if (worker.joinable()) worker.join();
    }
    workers_.clear();
  }

  const size_t window_;
  std::function<Out(In&)> work_;
  std::function<bool(Out&)> emit_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_;
  std::deque<std::pair<size_t, In>> pending_;
  std::map<size_t, Out> done_;
  size_t submitted_ = 0, emitted_ = 0;
  bool stopped_ = false, quit_ = false;
};

}  // namespace wijzij
