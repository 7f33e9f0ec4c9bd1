// serve/store_pool — a fixed set of open stores for the server's threads.
//
// Contract: StorePool opens `size` connections to one store URL up front (the
// first one applies migrations; an unreachable store throws StoreError before
// the server listens). acquire() hands out one connection exclusively until
// its Lease is destroyed, waiting while all are in use, so each Store (and its
// statement cache) is used by one thread at a time while requests on
// different connections run in parallel: SQLite's WAL lets readers proceed
// beside one writer, PostgreSQL serves each connection on its own backend.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace kizashi {

class StorePool {
 public:
  class Lease {
   public:
    Lease(StorePool* pool, Store* store) : pool_(pool), store_(store) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), store_(o.store_) { o.store_ = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (store_) pool_->release(store_);
    }
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_; }

   private:
    StorePool* pool_;
    Store* store_;
  };

  StorePool(const std::string& url, int size);
  Lease acquire();
  int size() const { return static_cast<int>(all_.size()); }
  std::string where() const { return all_.front()->where(); }

 private:
  void release(Store* s);
  std::vector<std::unique_ptr<Store>> all_;
  std::vector<Store*> free_;
  std::mutex mu_;
  std::condition_variable cv_;
};

}  // namespace kizashi
