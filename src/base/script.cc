#include "base/script.h"

namespace kizashi {

bool has_japanese(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (p[i] == 0xE3 && (p[i + 1] >= 0x81 && p[i + 1] <= 0x83)) return true;  // kana
    if (p[i] >= 0xE4 && p[i] <= 0xE9) return true;                           // CJK
  }
  return false;
}

std::string detect_language(std::string_view text) { return has_japanese(text) ? "ja" : "en"; }

const std::vector<std::string>& known_languages() {
  static const std::vector<std::string> kLanguages{"ja", "en"};
  return kLanguages;
}

std::string language_name(std::string_view code) {
  if (code == "ja") return "Japanese";
  if (code == "en") return "English";
  return std::string(code);
}

std::string iso639_2(std::string_view code) {
  if (code == "ja") return "jpn";
  if (code == "en") return "eng";
  return "";
}

}  // namespace kizashi
