// text/ja/particles — the case a chunk's function words mark (particles.h).
#include "text/ja/particles.h"

namespace kizashi::ja {

// The case the function words mark, compound particles first.
Case case_of(const FunctionWords& fn, bool predicate) {
  if (fn.text.empty()) return Case::None;  // no function words: no case particle
  if (fn.has("に対し") || fn.has("に対する")) return Case::NiTaishi;  // に対して too
  if (fn.has("について") || fn.has("に関し") || fn.has("に関する") || fn.has("をめぐ") || fn.has("にとって") ||
      fn.has("を巡"))
    return Case::Topic;
  if (fn.has("において") || fn.has("における")) return Case::De;
  // グアテマラを対象に支援した: who an act is aimed at, as with への.
  if (fn.has("を対象")) return Case::HeNo;
  // を通じて, を中心に, をはじめ, を含め, を経て: a channel, a core, examples; no object.
  if (fn.has("を通") || fn.has("を中心") || fn.has("をはじめ") || fn.has("を始め") || fn.has("を含め") ||
      fn.has("を経"))
    return Case::Via;
  // によると, によれば: where the news comes from, no argument of the act.
  if (fn.has("によると") || fn.has("によれば") || fn.has("によりますと")) return Case::Via;
  if (fn.has("により") || fn.has("によって") || fn.has("による")) return Case::Kara;
  if (fn.has("に向け")) return Case::He;
  if (fn.has("として")) return Case::None;
  if (fn.ends("への")) return Case::HeNo;
  if (fn.ends("との")) return Case::ToNo;
  if (fn.ends("の") && !predicate) return Case::No;  // での, からの, までの modify nouns
  if (fn.has("が") && !fn.conj_particle) return Case::Ga;
  if (fn.has("を")) return Case::Wo;
  if (fn.has("には")) return Case::Ni;
  if (fn.has("では") || fn.has("で")) return predicate ? Case::None : Case::De;
  if (fn.has("は")) return Case::Wa;
  if (fn.has("も")) return Case::Mo;
  if (fn.has("に")) return Case::Ni;
  if (fn.has("へ")) return Case::He;
  if (fn.has("から")) return Case::Kara;
  if (fn.has("まで")) return Case::Made;
  if (fn.has("より")) return Case::Yori;
  if (fn.ends("の") || fn.has("の")) return Case::No;
  if (fn.has("と") || fn.ends("と")) return Case::To;
  return Case::None;
}

}  // namespace kizashi::ja
