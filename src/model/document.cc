#include "model/document.h"

namespace kizashi {

const char* case_name(Case c) {
  switch (c) {
    case Case::None: return "-";
    case Case::Ga: return "が";
    case Case::Wa: return "は";
    case Case::Wo: return "を";
    case Case::Ni: return "に";
    case Case::To: return "と";
    case Case::He: return "へ";
    case Case::Kara: return "から";
    case Case::De: return "で";
    case Case::No: return "の";
    case Case::Mo: return "も";
    case Case::Made: return "まで";
    case Case::Yori: return "より";
    case Case::NiTaishi: return "に対し";
    case Case::HeNo: return "への";
    case Case::ToNo: return "との";
    case Case::Quote: return "と(引用)";
    case Case::Topic: return "について";
  }
  return "?";
}

std::pair<uint32_t, uint32_t> mention_bytes(const Sentence& s, const Mention& m) {
  if (m.token_begin < 0 || m.token_end <= m.token_begin || static_cast<size_t>(m.token_end) > s.tokens.size())
    return {0, 0};
  uint32_t b = s.tokens[static_cast<size_t>(m.token_begin)].begin;
  uint32_t e = s.tokens[static_cast<size_t>(m.token_end - 1)].end;
  const std::string& t = s.text;
  const size_t n = m.text.size();
  if (n <= e - b || e > t.size()) return {b, e};
  if (e >= n && t.compare(e - n, n, m.text) == 0) return {static_cast<uint32_t>(e - n), e};  // ends at the tokens
  if (b + n <= t.size() && t.compare(b, n, m.text) == 0) return {b, static_cast<uint32_t>(b + n)};  // starts there
  // Otherwise the nearest occurrence that contains the tokens.
  size_t at = t.rfind(m.text, b);
  if (at != std::string::npos && at + n >= e) return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + n)};
  return {b, e};
}

}  // namespace kizashi
