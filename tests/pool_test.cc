// The ordered thread pool behind `ingest --threads`: results arrive in input
// order whatever the threads do, and a failure of the input, of the work or
// of the consumer stops the pool and is rethrown (issue 13 item 7: an input
// failure used to end the run as if the input were over).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "pipeline/ordered_pool.h"

namespace {

using kizashi::run_ordered;

std::function<bool(int&)> counter(int n) {
  auto i = std::make_shared<int>(0);
  return [i, n](int& out) {
    if (*i >= n) return false;
    out = (*i)++;
    return true;
  };
}

// Later items finish first: item k sleeps (k % 7) * 100 µs.
int slow_square(int& k) {
  std::this_thread::sleep_for(std::chrono::microseconds((7 - k % 7) * 100));
  return k * k;
}

TEST(OrderedPool, ResultsComeInInputOrderOnEveryThreadCount) {
  for (int threads : {1, 2, 4, 8}) {
    std::vector<int> seen;
    run_ordered<int, int>(threads, counter(300), slow_square, [&](int& r) { seen.push_back(r); });
    ASSERT_EQ(seen.size(), 300u) << threads;
    for (int k = 0; k < 300; ++k) ASSERT_EQ(seen[static_cast<size_t>(k)], k * k) << threads;
  }
}

TEST(OrderedPool, EmptyInputConsumesNothing) {
  int calls = 0;
  run_ordered<int, int>(3, counter(0), slow_square, [&](int&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(OrderedPool, AConsumerFailureStopsThePoolAndIsRethrown) {
  std::atomic<int> worked{0};
  std::vector<int> seen;
  auto work = [&](int& k) {
    ++worked;
    return k;
  };
  auto consume = [&](int& r) {
    if (r == 50) throw std::runtime_error("store failed");
    seen.push_back(r);
  };
  EXPECT_THROW((run_ordered<int, int>(4, counter(100000), work, consume)), std::runtime_error);
  EXPECT_EQ(seen.size(), 50u);
  EXPECT_LT(worked.load(), 200);  // the window bounds how far the workers ran ahead
}

TEST(OrderedPool, AnInputFailureIsRethrownAfterTheItemsBeforeIt) {
  for (int threads : {1, 2, 4}) {
    int i = 0;
    auto next = [&](int& out) {
      if (i == 30) throw std::runtime_error("cannot read input 30");
      out = i++;
      return true;
    };
    std::vector<int> seen;
    try {
      run_ordered<int, int>(threads, next, slow_square, [&](int& r) { seen.push_back(r); });
      ADD_FAILURE() << "no exception with " << threads << " threads";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "cannot read input 30");
    }
    ASSERT_EQ(seen.size(), 30u) << threads;
    for (int k = 0; k < 30; ++k) EXPECT_EQ(seen[static_cast<size_t>(k)], k * k) << threads;
  }
}

TEST(OrderedPool, AWorkFailureIsRethrownAndNothingAfterItIsConsumed) {
  for (int threads : {1, 2, 4}) {
    auto work = [](int& k) {
      if (k == 40) throw std::runtime_error("work failed on 40");
      return slow_square(k);
    };
    std::vector<int> seen;
    try {
      run_ordered<int, int>(threads, counter(1000), work, [&](int& r) { seen.push_back(r); });
      ADD_FAILURE() << "no exception with " << threads << " threads";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "work failed on 40");
    }
    ASSERT_EQ(seen.size(), 40u) << threads;
    EXPECT_EQ(seen.back(), 39 * 39) << threads;
  }
}

}  // namespace
