#include "serve/response_cache.h"

namespace kizashi {

std::string ResponseCache::key(const httplib::Request& req) {
  std::string k = req.path;
  char sep = '?';
  for (const auto& [name, value] : req.params) {  // a multimap: sorted by name
    k += sep + name + '=' + value;
    sep = '&';
  }
  return k;
}

std::optional<std::string> ResponseCache::get(const std::string& key, int64_t generation) {
  std::lock_guard<std::mutex> l(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  if (it->second->generation != generation) {
    lru_.erase(it->second);
    index_.erase(it);
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->body;
}

void ResponseCache::put(const std::string& key, int64_t generation, std::string body) {
  if (capacity_ == 0) return;
  std::lock_guard<std::mutex> l(mu_);
  auto it = index_.find(key);
  if (it != index_.end()) {
    lru_.erase(it->second);
    index_.erase(it);
  }
  lru_.push_front({key, std::move(body), generation});
  index_[key] = lru_.begin();
  while (lru_.size() > capacity_) {
    index_.erase(lru_.back().key);
    lru_.pop_back();
  }
}

}  // namespace kizashi
