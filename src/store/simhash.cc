#include "store/simhash.h"

#include <xxhash.h>

#include <array>
#include <vector>

namespace kizashi {

namespace {

size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace

uint64_t simhash(const std::string& text, size_t* chars) {
  // The last k non-space characters, (begin, length), in a ring: no per-character
  // vector (it took 8 bytes per character of a document of any size).
  constexpr size_t k = 4;
  std::array<std::pair<uint32_t, uint32_t>, k> ring{};
  size_t count = 0;
  std::array<int32_t, 64> v{};
  std::string gram;
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_len(static_cast<unsigned char>(text[i]));
    if (i + n > text.size()) n = text.size() - i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = n == 1 && (c == ' ' || c == '\n' || c == '\t' || c == '\r');
    bool ideographic_space = n == 3 && text.compare(i, 3, "\u3000") == 0;
    if (!space && !ideographic_space) {
      ring[count % k] = {static_cast<uint32_t>(i), static_cast<uint32_t>(n)};
      if (++count >= k) {
        gram.clear();
        for (size_t j = count - k; j < count; ++j) gram.append(text, ring[j % k].first, ring[j % k].second);
        uint64_t h = XXH3_64bits(gram.data(), gram.size());
        for (int b = 0; b < 64; ++b) v[static_cast<size_t>(b)] += (h >> b) & 1 ? 1 : -1;
      }
    }
    i += n;
  }
  if (chars) *chars = count;
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (v[static_cast<size_t>(b)] > 0) out |= uint64_t{1} << b;
  return out;
}

}  // namespace kizashi
