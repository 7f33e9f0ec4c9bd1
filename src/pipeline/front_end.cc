#include "pipeline/front_end.h"

#include "pipeline/japanese.h"

namespace kizashi {

// The registry of front ends: a language is added here, with its files.
const std::vector<std::string>& front_end_languages() {
  static const std::vector<std::string> kLanguages{"ja"};
  return kLanguages;
}

std::unique_ptr<FrontEnd> make_front_end(const std::string& lang, const FrontEndOptions& opt,
                                         const SharedResources& shared) {
  if (lang == "ja") return std::make_unique<JapaneseFrontEnd>(opt, shared);
  return nullptr;
}

}  // namespace kizashi
