#include "text/ja/sentence.h"

namespace kizashi::ja {

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
    case Case::Via: return "を通じ";
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
  if (m.span_begin < 0 || m.span_begin > m.token_begin) return {0, 0};
  return {s.tokens[static_cast<size_t>(m.span_begin)].begin, s.tokens[static_cast<size_t>(m.token_end - 1)].end};
}

kizashi::Sentence publish(Sentence&& s) {
  kizashi::Sentence out;
  out.index = s.index;
  out.mentions.reserve(s.mentions.size());
  for (auto& m : s.mentions) {
    auto [begin, end] = mention_bytes(s, m);
    out.mentions.push_back({begin, end, std::move(m.label.text), std::move(m.codes), std::move(m.ids),
                            m.reference, m.person});
  }
  out.quotes.reserve(s.quotes.size());
  for (auto& q : s.quotes)
    out.quotes.push_back({q.begin, q.end, std::move(q.text), std::move(q.speaker.text), std::move(q.speaker_codes),
                          q.speech});
  out.trace = std::move(s.trace);
  out.text = std::move(s.text);
  return out;
}

}  // namespace kizashi::ja
