// pipeline/ordered_pool — runs work items on N threads and hands the results
// to one consumer in input order.
//
// Contract: next(item) is called under a lock and returns false at the end of
// input; work(item) runs concurrently and should put errors in its result;
// consume(result) runs on the calling thread, strictly in input order. Any of
// the three may throw: the pool then stops taking input, consumes the results
// of the items taken before the failing one (in order; none after it), joins
// its threads and rethrows the first failure. At most `window` results wait
// for the consumer (bounded memory). No exception is ever swallowed.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kizashi {

template <typename In, typename Out>
void run_ordered(int threads, const std::function<bool(In&)>& next, const std::function<Out(In&)>& work,
                 const std::function<void(Out&)>& consume) {
  if (threads <= 1) {
    In in;
    while (next(in)) {
      Out out = work(in);
      consume(out);
      in = In{};
    }
    return;
  }
  const size_t window = static_cast<size_t>(threads) * 4;
  std::mutex mu;
  std::condition_variable ready, room;
  // done[seq]: the result, or nullopt when work() threw for that item.
  std::map<size_t, std::optional<Out>> done;
  size_t issued = 0, consumed = 0;
  bool input_over = false, stop = false;
  int running = threads;
  std::exception_ptr input_error, work_error, consume_error;

  auto worker = [&] {
    for (;;) {
      In in;
      size_t seq;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return stop || input_over || issued - consumed < window; });
        if (stop || input_over) break;
        bool more = false;
        try {
          more = next(in);
        } catch (...) {
          input_error = std::current_exception();
        }
        if (!more) {
          input_over = true;
          ready.notify_all();
          room.notify_all();
          break;
        }
        seq = issued++;
      }
      std::optional<Out> out;
      try {
        out.emplace(work(in));
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!work_error) work_error = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(mu);
      done.emplace(seq, std::move(out));
      ready.notify_all();
    }
    std::lock_guard<std::mutex> lock(mu);
    --running;
    ready.notify_all();
  };

  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
  for (;;) {
    std::optional<Out> out;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return done.count(consumed) || (running == 0 && consumed == issued); });
      auto it = done.find(consumed);
      if (it == done.end()) break;
      out = std::move(it->second);
      done.erase(it);
      if (!out) {  // work() threw for this item: nothing after it is consumed
        stop = true;
        room.notify_all();
        break;
      }
    }
    try {
      consume(*out);
    } catch (...) {
      consume_error = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(mu);
    ++consumed;
    if (consume_error) stop = true;
    room.notify_all();
    if (consume_error) break;
  }
  for (auto& t : pool) t.join();
  if (consume_error) std::rethrow_exception(consume_error);
  if (work_error) std::rethrow_exception(work_error);
  if (input_error) std::rethrow_exception(input_error);
}

}  // namespace kizashi
