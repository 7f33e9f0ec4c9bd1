// base/string_hash — string-keyed tables for the per-morpheme lookups.
//
// StringMap is a hash map keyed by std::string that is looked up by
// std::string_view without building a string (C++20 heterogeneous lookup).
// StringTable puts a small Bloom filter in front of a StringMap: in coding,
// MeCab's dictionary and connection matrix evict kizashi's tables from the
// processor's caches between sentences, so a probe of a node-based map costs
// cache misses (the profile showed 5.6% of coding time in one such map).
// Most morphemes are in no table, and the filter (a few KB, hot) turns them
// away with two bit tests. Contract: find() answers exactly as the map would.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kizashi {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

template <class V>
class StringTable {
 public:
  // `bloom_bits` (rounded up to a power of two) should be about 10 or more per key.
  explicit StringTable(size_t bloom_bits = size_t{1} << 14)
      : mask_(std::bit_ceil(std::max<size_t>(bloom_bits / 64, 1)) - 1), bloom_(mask_ + 1) {}

  // The value for `key`, inserted (value-initialised) when new.
  V& operator[](std::string_view key) {
    size_t h = StringHash{}(key);
    bloom_[word(h)] |= bits(h);
    return map_.try_emplace(std::string(key)).first->second;
  }
  const V* find(std::string_view key) const {
    size_t h = StringHash{}(key);
    if ((bloom_[word(h)] & bits(h)) != bits(h)) return nullptr;
    auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  size_t size() const { return map_.size(); }
  auto begin() const { return map_.begin(); }
  auto end() const { return map_.end(); }

 private:
  // Both of a key's bits lie in one 64-bit word: one cache line per test.
  size_t word(size_t h) const { return (h >> 12) & mask_; }
  static uint64_t bits(size_t h) { return (uint64_t{1} << (h % 64)) | (uint64_t{1} << ((h >> 6) % 64)); }
  size_t mask_;  // words - 1 (a power of two, so no division per probe)
  std::vector<uint64_t> bloom_;
  StringMap<V> map_;
};

}  // namespace kizashi
