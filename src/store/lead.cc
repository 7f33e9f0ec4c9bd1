// store/lead — see lead.h for the contract.
#include "store/lead.h"

#include <string_view>

namespace kizashi {

namespace {

constexpr size_t kOneParagraphLead = 2;  // sentences of a document without line breaks

// The paragraph (line, blank lines not counted) each sentence stands in.
std::vector<int> paragraph_of(const Document& doc) {
  std::vector<int> out;
  const std::string& text = doc.text;
  size_t at = 0;
  int paragraph = 0;
  for (const auto& s : doc.sentences) {
    const size_t found = s.text.empty() ? std::string::npos : text.find(s.text, at);
    if (found != std::string::npos) {
      for (size_t i = at; i < found; ++i)
        if (text[i] == '\n' && i > 0 && text[i - 1] != '\n') ++paragraph;
      at = found + s.text.size();
    }
    out.push_back(paragraph);
  }
  return out;
}

bool ends_a_sentence(std::string_view s) {
  for (std::string_view end : {"。", "．", "！", "？", ".", "!", "?"})
    if (s.find(end) != std::string_view::npos) return true;
  return false;
}

}  // namespace

std::vector<bool> lead_sentences(const Document& doc) {
  const size_t n = doc.sentences.size();
  std::vector<bool> lead(n, false);
  const std::vector<int> para = paragraph_of(doc);
  if (n == 0) return lead;
  if (para.back() == 0) {  // one paragraph: no headline to tell apart
    for (size_t i = 0; i < n && i < kOneParagraphLead; ++i) lead[i] = true;
    return lead;
  }
  // The first paragraph after the headline that holds a sentence end.
  int lead_para = -1;
  for (size_t i = 0; i < n && lead_para < 0; ++i)
    if (para[i] > 0 && ends_a_sentence(doc.sentences[i].text)) lead_para = para[i];
  for (size_t i = 0; i < n; ++i) lead[i] = para[i] == 0 || para[i] == lead_para;
  return lead;
}

}  // namespace kizashi
