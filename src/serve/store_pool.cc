#include "serve/store_pool.h"

#include <algorithm>

namespace kizashi {

StorePool::StorePool(const std::string& url, int size) {
  size = std::max(1, size);
  for (int i = 0; i < size; ++i) {
    all_.push_back(Store::open(url, i == 0));  // only the first may create the store
    free_.push_back(all_.back().get());
  }
}

StorePool::Lease StorePool::acquire() {
  std::unique_lock<std::mutex> l(mu_);
  cv_.wait(l, [this] { return !free_.empty(); });
  Store* s = free_.back();
  free_.pop_back();
  return Lease(this, s);
}

void StorePool::release(Store* s) {
  {
    std::lock_guard<std::mutex> l(mu_);
    free_.push_back(s);
  }
  cv_.notify_one();
}

}  // namespace kizashi
