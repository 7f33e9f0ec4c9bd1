#include "discourse/discourse.h"

#include <algorithm>

#include "base/actor_code.h"

namespace kizashi {

namespace {

constexpr int kMeetingReach = 3;    // sentences after a meeting (or any act) that can refer back to it
constexpr int kNamedActReach = 12;  // sentences after an act that can name it (この決議)
constexpr double kFocusWeight = 3.0;  // salience a country needs to be what the document is about
constexpr double kFocusMargin = 2.0;  // ... and how many times the next country's

}  // namespace

void Discourse::remember(const Mentioned& m) {
  // The mention's countries, each once, in alphabetical order (as salience counts them).
  std::vector<std::string_view> countries;
  for (const auto& code : m.who.codes) countries.push_back(country_or_sector(code));
  std::sort(countries.begin(), countries.end());
  countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
  double w = m.head ? 1.0 : 0.5;
  if (m.head && m.prominence == Prominence::Subject) w += 0.5;
  for (std::string_view cc : countries) {
    if (intergovernmental(cc)) continue;
    auto [it, first] = salience_.try_emplace(std::string(cc), 0.0);
    if (first) first_seen_.emplace_back(cc);
    it->second += m.reference ? w / 2 : w;
  }
  if (m.person) last_person_ = m.who;
  if (m.person && !m.reference) people_.push_back({std::string(m.name.empty() ? m.who.label.text : m.name), m.who});
  if (m.head && countries.size() == 1 && m.who.codes.front().size() == 6)
    last_by_agent_[m.who.codes.front().substr(3)] = m.who;
  if (!m.person && countries.size() == 1 && !m.reference) {
    // 同国 is a state: an organisation (赤十字, 国連) is the last organisation only.
    if (!organisation_sector(countries.front())) last_country_ = m.who;
    if (intergovernmental(countries.front())) last_organisation_ = m.who;
  }
  const bool subject = m.head && m.prominence != Prominence::Other;
  if (countries.size() >= 2 && !m.reference && subject)
    groups_.push_back({countries_in_order(m.who.codes), m.who.label, m.who.ids});
}

const Referent* Discourse::last_with_agent(std::string_view agent) const {
  auto it = last_by_agent_.find(std::string(agent));
  return it == last_by_agent_.end() ? nullptr : &it->second;
}

const Referent* Discourse::person_by_surname(std::string_view surname) const {
  const std::string dotted = "・" + std::string(surname);
  for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
    const std::string& full = it->name;
    if (full.size() <= surname.size()) continue;
    if (full.compare(0, surname.size(), surname) == 0) return &it->who;
    if (full.size() > dotted.size() && full.compare(full.size() - dotted.size(), dotted.size(), dotted) == 0)
      return &it->who;
    // イ・ジェミョン(李在明): the name in brackets starts with the surname too.
    for (const char* open : {"(", "（"})
      if (full.find(std::string(open) + std::string(surname)) != std::string::npos) return &it->who;
  }
  return nullptr;
}

const Referent* Discourse::group_of(size_t n) const {
  for (auto it = groups_.rbegin(); it != groups_.rend(); ++it)
    if (it->codes.size() == n) return &*it;
  return nullptr;
}

std::optional<Referent> Discourse::most_salient(size_t n) const {
  std::vector<std::pair<double, std::string>> ranked;
  for (size_t i = 0; i < first_seen_.size(); ++i) {
    const auto& c = first_seen_[i];
    ranked.emplace_back(salience_.at(c) - 0.001 * static_cast<double>(i), c);
  }
  std::sort(ranked.rbegin(), ranked.rend());
  if (ranked.size() < n) return std::nullopt;
  Referent top;
  for (size_t i = 0; i < n; ++i) {
    top.codes.push_back(ranked[i].second);
    top.ids.emplace_back("context:salience");
  }
  top.label = Label::words("(salience)");
  return top;
}

std::optional<std::string> Discourse::focus(std::string_view exclude) const {
  double best = 0, second = 0;
  std::string code;
  for (const auto& c : first_seen_) {
    const double w = salience_.at(c);
    if (w > best) {
      second = best;
      best = w;
      code = c;
    } else if (w > second) {
      second = w;
    }
  }
  if (best < kFocusWeight || best < kFocusMargin * second || code == exclude) return std::nullopt;
  return code;
}

void Discourse::topic(const Referent& who, int sentence) { topic_.emplace(who, sentence); }

const Referent* Discourse::last_topic(int sentence) const {
  return topic_ && topic_->second == sentence - 1 ? &topic_->first : nullptr;
}

void Discourse::heard(const std::vector<std::string>& codes, const Label& speaker) {
  last_speaker_ = {codes, speaker, {}};
}

void Discourse::joint_act(const JointAct& act) {
  if (act.intent) return;
  if (act.sentence != joint_sentence_) {
    joint_sentence_ = act.sentence;
    std::string a(country_or_sector(act.a.code)), b(country_or_sector(act.b.code));
    if (a != b && !intergovernmental(a) && !intergovernmental(b)) {
      const std::string& na = act.a.label.name;
      const std::string& nb = act.b.label.name;
      groups_.push_back({{a, b}, Label::words(na == nb ? na : na + "/" + nb), {"context:last_event"}});
    }
  }
  if (act.code.compare(0, 2, "04") == 0 && act.dyads == 1) meeting_ = act;
}

const JointAct* Discourse::last_meeting(int sentence) const {
  if (!meeting_ || sentence - meeting_->sentence > kMeetingReach) return nullptr;
  return &*meeting_;
}

void Discourse::acted(const JointAct& act) {
  constexpr size_t kKeep = 16;
  if (acts_.size() == kKeep) acts_.erase(acts_.begin());
  acts_.push_back(act);
}

const JointAct* Discourse::referred_act(std::string_view noun, std::string_view country, int sentence) const {
  auto names = [&](const JointAct& act) {
    return std::any_of(act.nouns.begin(), act.nouns.end(), [&](const std::string& n) {
      return n.size() >= noun.size() && n.compare(n.size() - noun.size(), noun.size(), noun) == 0;
    });
  };
  const int reach = noun.empty() ? kMeetingReach : kNamedActReach;
  for (auto it = acts_.rbegin(); it != acts_.rend(); ++it) {
    if (sentence - it->sentence > reach) break;
    if (country_or_sector(it->a.code) != country && (noun.empty() || names(*it))) return &*it;
  }
  return nullptr;
}

void Discourse::issued(std::string noun, const JointAct::Side& author, int sentence) {
  constexpr size_t kKeep = 8;
  if (texts_.size() == kKeep) texts_.erase(texts_.begin());
  texts_.push_back({std::move(noun), author, sentence});
}

const JointAct::Side* Discourse::issuer(std::string_view noun, int sentence, bool named) const {
  for (auto it = texts_.rbegin(); it != texts_.rend(); ++it) {
    if (sentence - it->sentence > (named ? kNamedActReach : kMeetingReach)) break;
    if (it->noun.ends_with(noun)) return &it->author;
  }
  return nullptr;
}

void Discourse::occurred(std::string noun, const JointAct::Side& where, int sentence) {
  constexpr size_t kKeep = 8;
  if (affairs_.size() == kKeep) affairs_.erase(affairs_.begin());
  if (sentence == 0 && !lead_) lead_ = Text{noun, where, sentence};
  affairs_.push_back({std::move(noun), where, sentence});
}

const JointAct::Side* Discourse::lead_affair(int sentence) const {
  return lead_ && sentence <= kNamedActReach ? &lead_->author : nullptr;
}

const JointAct::Side* Discourse::affair(std::string_view noun, int sentence) const {
  for (auto it = affairs_.rbegin(); it != affairs_.rend(); ++it) {
    if (sentence - it->sentence > kNamedActReach) break;
    if (it->noun.ends_with(noun) || noun.ends_with(it->noun)) return &it->author;
  }
  return nullptr;
}

const JointAct* Discourse::act_towards(std::string_view country, int sentence) const {
  for (auto it = acts_.rbegin(); it != acts_.rend(); ++it) {
    if (sentence - it->sentence > kMeetingReach) break;
    if (!it->b.code.empty() && country_or_sector(it->b.code) == country && country_or_sector(it->a.code) != country)
      return &*it;
  }
  return nullptr;
}

const JointAct* Discourse::same_kind_act(std::string_view code, std::string_view country, int sentence) const {
  for (auto it = acts_.rbegin(); it != acts_.rend(); ++it) {
    if (sentence - it->sentence > kMeetingReach) break;
    if (it->b.code.empty() || it->code.compare(0, 2, code.substr(0, 2)) != 0) continue;
    if (country_or_sector(it->a.code) != country && country_or_sector(it->b.code) != country) return &*it;
  }
  return nullptr;
}

}  // namespace kizashi
