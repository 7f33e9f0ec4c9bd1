// store/simhash — near-duplicate fingerprints of documents.
//
// Contract: simhash() is a 64-bit SimHash (Charikar) over the character
// 4-grams of a UTF-8 text, whitespace ignored; texts that differ in a few
// words differ in a few bits. near_duplicate() is a Hamming distance within
// kNearDuplicateBits. Texts shorter than kMinSimhashChars characters are too
// short to fingerprint reliably and never count as near-duplicates.
#pragma once

#include <cstdint>
#include <string>

namespace kizashi {

inline constexpr int kNearDuplicateBits = 3;
inline constexpr size_t kMinSimhashChars = 80;

uint64_t simhash(const std::string& text, size_t* chars = nullptr);
inline int hamming(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }
inline bool near_duplicate(uint64_t a, uint64_t b) { return hamming(a, b) <= kNearDuplicateBits; }

}  // namespace kizashi
