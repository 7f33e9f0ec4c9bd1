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
  // Start offsets of the non-space characters.
  std::vector<std::pair<uint32_t, uint32_t>> cs;  // (begin, length)
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_len(static_cast<unsigned char>(text[i]));
    if (i + n > text.size()) n = text.size() - i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = n == 1 && (c == ' ' || c == '\n' || c == '\t' || c == '\r');
    bool ideographic_space = n == 3 && text.compare(i, 3, "\u3000") == 0;
    if (!space && !ideographic_space) cs.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(n));
    i += n;
  }
  if (chars) *chars = cs.size();
  std::array<int32_t, 64> v{};
  constexpr size_t k = 4;
  std::string gram;
  for (size_t i = 0; i + k <= cs.size(); ++i) {
    gram.clear();
    for (size_t j = 0; j < k; ++j) gram.append(text, cs[i + j].first, cs[i + j].second);
    uint64_t h = XXH3_64bits(gram.data(), gram.size());
    for (int b = 0; b < 64; ++b) v[static_cast<size_t>(b)] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (v[static_cast<size_t>(b)] > 0) out |= uint64_t{1} << b;
  return out;
}

}  // namespace kizashi
