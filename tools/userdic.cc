// kizashi-userdic: writes the MeCab user-dictionary CSV for every actor name
// that IPADIC splits into several morphemes, so that multi-word names
// (カート・キャンベル, 戦略国際問題研究所, 人民解放軍) come out as one proper
// noun. Run at build time; mecab-dict-index compiles the CSV.
//
//   kizashi-userdic ACTOR_DIR MECAB_DICDIR MECAB_SOURCE_DICDIR OUT.csv
//
// MECAB_DICDIR is the compiled system dictionary (to tokenise the names);
// MECAB_SOURCE_DICDIR is the dictionary's source (IPADIC's left-id.def and
// right-id.def, in the charset its dicrc names), from which the context ids of
// the proper-noun classes are read, so they always match the dictionary.
#include <unicode/unistr.h>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "actors/dictionary.h"
#include "text/ja/morph.h"

namespace {

using kizashi::EntryKind;

// The charset a MeCab dictionary source is written in (dicrc: config-charset).
std::string source_charset(const std::string& dir) {
  std::ifstream in(dir + "/dicrc");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("config-charset", 0) != 0) continue;
    std::string v = line.substr(line.find('=') + 1);
    v.erase(0, v.find_first_not_of(" \t"));
    v.erase(v.find_last_not_of(" \t\r") + 1);
    return v;
  }
  return "UTF-8";
}

// "ID FEATURE" lines of a left-id.def or right-id.def, as feature -> id (UTF-8).
std::map<std::string, int> context_ids(const std::string& path, const std::string& charset) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::stringstream raw;
  raw << in.rdbuf();
  std::string bytes = raw.str(), text;
  icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str()).toUTF8String(text);
  std::map<std::string, int> ids;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    size_t sp = line.find(' ');
    if (sp == std::string::npos) continue;
    ids.emplace(line.substr(sp + 1), std::stoi(line.substr(0, sp)));
  }
  return ids;
}

// The part of speech a name of this kind gets (IPADIC's six fields).
const char* feature_of(EntryKind kind) {
  switch (kind) {
    case EntryKind::Person: return "名詞,固有名詞,人名,一般,*,*";
    case EntryKind::Country: return "名詞,固有名詞,地域,国,*,*";
    case EntryKind::Capital: return "名詞,固有名詞,地域,一般,*,*";
    default: return "名詞,固有名詞,組織,*,*,*";
  }
}

int id_of(const std::map<std::string, int>& ids, const std::string& feature, const std::string& file) {
  auto it = ids.find(feature + ",*");  // the def files add the lexical form: "*" for a class
  if (it == ids.end()) throw std::runtime_error(file + ": no context id for " + feature);
  return it->second;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: kizashi-userdic ACTOR_DIR MECAB_DICDIR MECAB_SOURCE_DICDIR OUT.csv\n";
    return 2;
  }
  try {
    auto dict = kizashi::ActorDictionary::load(argv[1]);
    auto morph = kizashi::ja::Morphology::open(argv[2], "");
    const std::string src = argv[3], charset = source_charset(src);
    const auto left = context_ids(src + "/left-id.def", charset), right = context_ids(src + "/right-id.def", charset);
    std::ofstream out(argv[4]);
    size_t n = 0;
    for (const auto& [name, kind] : dict.names()) {
      if (name.find(',') != std::string::npos || name.size() < 6) continue;
      if (kind == EntryKind::Agent || kind == EntryKind::Short) continue;
      if (morph->tokenize(name).size() < 2) continue;
      const std::string feature = feature_of(kind);
      out << name << ',' << id_of(left, feature, src + "/left-id.def") << ','
          << id_of(right, feature, src + "/right-id.def") << ",2000," << feature << ',' << name << ",*,*\n";
      ++n;
    }
    if (!out.flush()) throw std::runtime_error(std::string(argv[4]) + ": cannot write");
    std::cerr << "kizashi-userdic: " << n << " names\n";
  } catch (const std::exception& e) {
    std::cerr << "kizashi-userdic: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
