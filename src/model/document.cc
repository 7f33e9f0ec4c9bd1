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

}  // namespace kizashi
