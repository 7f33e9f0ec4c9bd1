// base/script — which writing system a text is in, and so which language.
//
// Contract: has_japanese() is true when `s` holds hiragana, katakana or a CJK
// ideograph (UTF-8). detect_language() names the language of a document's
// text for the router: "ja" when it holds Japanese script, "en" otherwise
// (the Latin-script default); language_name() gives the English name of a
// language code ("Japanese" for "ja"), or the code itself when unknown;
// iso639_2() its ISO 639-2 code ("jpn"; "" when unknown), as GDELT writes it;
// known_languages() lists the codes detect_language() can give.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kizashi {

bool has_japanese(std::string_view s);
std::string detect_language(std::string_view text);
std::string language_name(std::string_view code);
std::string iso639_2(std::string_view code);
const std::vector<std::string>& known_languages();

}  // namespace kizashi
