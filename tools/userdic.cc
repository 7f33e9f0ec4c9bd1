// kizashi-userdic: writes the MeCab user-dictionary CSV for every actor name
// that IPADIC splits into several morphemes, so that multi-word names
// (カート・キャンベル, 戦略国際問題研究所, 人民解放軍) come out as one proper
// noun. Run at build time; mecab-dict-index compiles the CSV.
#include <fstream>
#include <iostream>

#include "actors/dictionary.h"
#include "text/morph.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: kizashi-userdic ACTOR_DIR MECAB_DICDIR OUT.csv\n";
    return 2;
  }
  try {
    auto dict = kizashi::ActorDictionary::load(argv[1]);
    auto morph = kizashi::Morphology::open(argv[2], "");
    std::ofstream out(argv[3]);
    size_t n = 0;
    for (const auto& [name, kind] : dict.names()) {
      if (name.find(',') != std::string::npos || name.size() < 6) continue;
      if (kind == kizashi::EntryKind::Agent || kind == kizashi::EntryKind::Short) continue;
      if (morph->tokenize(name).size() < 2) continue;
      // IPADIC context ids: 1289 人名,一般 / 1292 組織 / 1294 地域,国 / 1293 地域,一般.
      const char* feat = "名詞,固有名詞,組織,*,*,*";
      int id = 1292;
      if (kind == kizashi::EntryKind::Person) { feat = "名詞,固有名詞,人名,一般,*,*"; id = 1289; }
      else if (kind == kizashi::EntryKind::Country) { feat = "名詞,固有名詞,地域,国,*,*"; id = 1294; }
      else if (kind == kizashi::EntryKind::Capital) { feat = "名詞,固有名詞,地域,一般,*,*"; id = 1293; }
      out << name << ',' << id << ',' << id << ",2000," << feat << ',' << name << ",*,*\n";
      ++n;
    }
    std::cerr << "kizashi-userdic: " << n << " names\n";
  } catch (const std::exception& e) {
    std::cerr << "kizashi-userdic: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
