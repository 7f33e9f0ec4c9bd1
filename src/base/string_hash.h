// base/string_hash — string-keyed tables for the per-morpheme lookups.
//
// StringMap is a hash map keyed by std::string that is looked up by
// std::string_view without building a string (C++20 heterogeneous lookup).
// StringTable is the table the coder probes per morpheme: a small Bloom filter
// in front of an open-addressing index of (hash, entry) slots. In coding,
// MeCab's dictionary and connection matrix evict kizashi's tables from the
// processor's caches between sentences, so a probe of a node-based map costs
// cache misses (the profile showed 5.6% of coding time in one such map), and
// std::unordered_map hashes the key a second time after the filter. Most
// morphemes are in no table, and the filter (a few KB, hot) turns them away
// with two bit tests; the others are hashed once (XXH3) and found by comparing
// the stored hash before the key. Contract: find() answers exactly as a map
// would; a value's address stays valid while the table lives (entries are
// never moved); iteration is in insertion order.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xxhash.h>

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
      : mask_(std::bit_ceil(std::max<size_t>(bloom_bits / 64, 1)) - 1), bloom_(mask_ + 1), slots_(16) {}

  // The value for `key`, inserted (value-initialised) when new.
  V& operator[](std::string_view key) {
    const uint64_t h = hash(key);
    if (const Slot& slot = slots_[probe(key, h)]; slot.entry) return entries_[slot.entry - 1].second;
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    bloom_[word(h)] |= bits(h);
    entries_.emplace_back(std::string(key), V{});
    slots_[probe(key, h)] = Slot{h, static_cast<uint32_t>(entries_.size())};
    return entries_.back().second;
  }
  const V* find(std::string_view key) const {
    const uint64_t h = hash(key);
    if ((bloom_[word(h)] & bits(h)) != bits(h)) return nullptr;
    const Slot& slot = slots_[probe(key, h)];
    return slot.entry ? &entries_[slot.entry - 1].second : nullptr;
  }
  size_t size() const { return entries_.size(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // 1 + index in entries_; 0: empty
  };
  static uint64_t hash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }
  // The index of the slot holding `key`, or of the empty one where it would go (linear probing;
  // at most half the slots are used, so an empty one is always reached).
  size_t probe(std::string_view key, uint64_t h) const {
    const size_t m = slots_.size() - 1;
    for (size_t i = h & m;; i = (i + 1) & m) {
      const Slot& s = slots_[i];
      if (!s.entry || (s.hash == h && entries_[s.entry - 1].first == key)) return i;
    }
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t m = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.entry) continue;
      size_t i = s.hash & m;
      while (slots_[i].entry) i = (i + 1) & m;
      slots_[i] = s;
    }
  }
  // Both of a key's bits lie in one 64-bit word: one cache line per test.
  size_t word(uint64_t h) const { return (h >> 40) & mask_; }
  static uint64_t bits(uint64_t h) { return (uint64_t{1} << ((h >> 20) % 64)) | (uint64_t{1} << ((h >> 26) % 64)); }
  size_t mask_;  // words - 1 (a power of two, so no division per probe)
  std::vector<uint64_t> bloom_;
  std::vector<Slot> slots_;                        // a power of two, at most half full
  std::deque<std::pair<std::string, V>> entries_;  // never moved: values keep their address
};

}  // namespace kizashi
