// serve/response_cache — aggregate responses kept until the store changes.
//
// Contract: a response is stored under its request key (path and sorted
// parameters) together with the store's generation (Store::generation(): it
// changes whenever a document is added, by this server or by any other
// process). get() returns a body only when its generation is the current one,
// so a cached answer is never stale. At most `capacity` entries; the least
// recently used goes first. Thread-safe.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace kizashi {

class ResponseCache {
 public:
  explicit ResponseCache(size_t capacity = 256) : capacity_(capacity) {}

  static std::string key(const httplib::Request& req);
  std::optional<std::string> get(const std::string& key, int64_t generation);
  void put(const std::string& key, int64_t generation, std::string body);

 private:
  struct Entry {
    std::string key, body;
    int64_t generation;
  };
  size_t capacity_;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::mutex mu_;
};

}  // namespace kizashi
