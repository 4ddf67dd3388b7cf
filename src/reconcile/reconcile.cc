// Reconcile: the rules that turn claims into figures, in one place (docs/reconcile.md says the same
// in prose; keep the two in step).
//
// 1. One quantity about one scope. Claims match when they have the same event, category, canonical
//    victim group (CanonicalSubject), unit, scope, place, act and time bucket:
//    - scope (ScopeOf): background when the claim says so or its period is longer than
//      background_days (a whole war, a year); a running total (the claim's scope, or a period of
//      several days) that starts within chain_days of the event's first article is the event's own
//      toll so far, i.e. incident; one that starts earlier stays a running total. Figures of
//      different scope never meet, so a war's toll is context and never conflicts with a day's.
//    - group: a generic group ("people") joins the one group its top-level siblings name among those
//      data/reconcile_subject_joins.tsv lists for it ("civilians"); never fighters or soldiers.
//    - place: a month or weekday name is no place (IsPlaceName); a claim without a place joins the figure of the one place its siblings (same event,
//      category, group, unit, scope) name, when they name exactly one; otherwise it stays in a
//      place-less figure.
//    - act (ActOf): executions, an air strike, a shelling stay apart when the claims' sentences name
//      them; a claim whose sentence names no act joins the one act its siblings name.
//    - time: incident claims about a day are chained by date, and a gap of more than chain_days
//      days between consecutive days starts a new figure (rising tolls stay one figure, so
//      supersession applies; two incidents a week apart stay apart). A claim without a date joins
//      the latest chain that starts on or before its article's publication date, unless its size is
//      more than tenfold from the chain's dated claims (SetApartDistantGuesses). Running totals and
//      background totals form one series each.
//    - a sub-claim (parent set: "including 13 children") never joins its parent's figure: its group
//      differs. It inherits place, date, period and act from its parent when it has none.
// 2. Independence. A claim in a syndicated copy is evidence from the original article. One claimant
//    per body across articles (ClaimIndex): names, short names, acronyms, handles, aliases and
//    spokespeople of one body are one voice, shown by its fullest name with its kind. An outlet's own statements are the
//    voice "<Outlet> (own reporting)".
// 3. Supersession. Each voice's statements form a series in time (ClaimIndex::Earlier); the latest
//    is its current one, the older ones with another value are superseded. A voice whose figure is
//    below another claimant's figure for a later day is outdated (Outdated): tolls rise.
// 4. Values, over current statements. low = the lowest stated lower bound (ACLED); high = the highest
//    stated number; best = the median (lower middle) of the unhedged voices' PointValue()s (UCDP).
//    Hedged and outdated voices widen low and high but never set best. Vague amounts ("hundreds") set
//    best only when no unhedged voice gives a precise amount.
// 5. Status. Counted voices: unhedged, not outdated, not an outlet echoing a claimant it quotes in the
//    same article (EchoesAClaimant), and vague only when no precise unhedged voice exists.
//    corroborated when >= 2 counted voices and all their intervals share a point; conflicting when
//    they do not (the rule and Figure::voices name the sides); single-source otherwise.
// 6. outlets = distinct outlets of the original articles carrying the claims; sources = the voices'
//    labels. Figures are sorted by (event, scope, category, subject, unit, place, act, period) and
//    numbered f1, f2, ...
#include "corroborate/reconcile.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "common/data_tables.h"
#include "common/ids.h"
#include "common/text_util.h"
#include "corroborate/numbers.h"

namespace corroborate {
namespace {

constexpr int64_t kNoDay = std::numeric_limits<int64_t>::min();

using StringMap = std::map<std::string, std::string, std::less<>>;


StringMap ReadPairs(const char* name) {
  StringMap m;
  for (const auto& row : DataTable(name)) {
    if (row.size() >= 2) m[std::string(row[0])] = std::string(row[1]);
  }
  return m;
}

const StringMap& SubjectTable() {
  static const StringMap* table = new StringMap(ReadPairs("reconcile_subjects.tsv"));
  return *table;
}

const StringMap& ClaimantTable() {
  static const StringMap* table = new StringMap(ReadPairs("reconcile_claimants.tsv"));
  return *table;
}

// Generic group -> the groups it may be read as (data/reconcile_subject_joins.tsv).
const std::map<std::string, std::vector<std::string>, std::less<>>& SubjectJoins() {
  static const auto* table = [] {
    auto* m = new std::map<std::string, std::vector<std::string>, std::less<>>();
    for (const auto& row : DataTable("reconcile_subject_joins.tsv")) {
      if (row.size() >= 2) (*m)[std::string(row[0])].push_back(std::string(row[1]));
    }
    return m;
  }();
  return *table;
}

const StringMap& ActTable() {
  static const StringMap* table = new StringMap(ReadPairs("reconcile_acts.tsv"));
  return *table;
}

const std::set<std::string, std::less<>>& AcronymSkipWords() {
  static const auto* words = [] {
    auto* s = new std::set<std::string, std::less<>>();
    for (const auto& row : DataTable("reconcile_acronym_skip.tsv")) {
      if (!row.empty()) s->insert(std::string(row[0]));
    }
    return s;
  }();
  return *words;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> Words(std::string_view key) {
  std::vector<std::string> out;
  std::string w;
  for (char c : key) {
    if (c == ' ') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

int64_t DayOf(const std::optional<Date>& d) { return d && d->valid() ? d->ToDays() : kNoDay; }

std::string IntervalText(const Claim& c) {
  if (c.value_low && c.value_high) {
    if (*c.value_low == *c.value_high) return FormatNumber(*c.value_low);
    return FormatNumber(*c.value_low) + "-" + FormatNumber(*c.value_high);
  }
  if (c.value_low) return FormatNumber(*c.value_low) + "+";
  if (c.value_high) return "up to " + FormatNumber(*c.value_high);
  return "?";
}

// Interval of a claim over counts: unbounded below is 0, unbounded above is +inf.
int64_t Lo(const Claim& c) { return c.value_low.value_or(0); }
int64_t Hi(const Claim& c) { return c.value_high.value_or(std::numeric_limits<int64_t>::max()); }

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A display name: spaces collapsed, a leading "the" dropped, a parenthesised handle dropped unless it
// is all there is ("The White Helmets (@SyriaCivilDef)" -> "White Helmets").
std::string DisplayName(std::string_view source) {
  std::string label = CollapseSpaces(TrimAscii(source));
  if (const size_t open = label.find(" ("); open != std::string::npos && label.back() == ')' && open > 0) {
    label.erase(open);
  }
  if (StartsWithIgnoreCase(label, "the ") && label.size() > 4) label.erase(0, 4);
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 32);
  return label;
}

// An acronym as written: one word of 2-6 capital letters ("UN", "SOHR").
bool IsAcronym(std::string_view source) {
  std::string_view s = TrimAscii(source);
  if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) s.remove_prefix(4);
  if (s.size() < 2 || s.size() > 6) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

const std::set<std::string, std::less<>>& SpokespersonRoles() {
  static const auto* roles = [] {
    auto* s = new std::set<std::string, std::less<>>();
    for (const auto& row : DataTable("reconcile_spokesperson.tsv")) {
      if (!row.empty()) s->insert(std::string(row[0]));
    }
    return s;
  }();
  return *roles;
}

// The body a person speaks for: "Anna Kovac, a spokeswoman for the Dressa regional government" ->
// "Dressa regional government"; empty when the name gives no such role.
std::string BodySpokenFor(std::string_view source) {
  const size_t comma = source.find(", ");
  if (comma == std::string_view::npos) return "";
  std::string rest = ToLowerAscii(source.substr(comma + 2));
  for (const char* article : {"a ", "an ", "the "}) {
    if (rest.rfind(article, 0) == 0) {
      rest.erase(0, std::string_view(article).size());
      break;
    }
  }
  for (const std::string& role : SpokespersonRoles()) {
    if (rest.rfind(role, 0) != 0) continue;
    for (const char* link : {" for ", " of ", " at "}) {
      if (rest.compare(role.size(), std::string_view(link).size(), link) == 0) {
        return std::string(TrimAscii(source.substr(comma + 2 + (source.size() - comma - 2 - rest.size()) + role.size() +
                                                   std::string_view(link).size())));
      }
    }
  }
  return "";
}

// The identity key of a written claimant: the body a spokesperson speaks for, else the name itself.
std::string ClaimantKey(std::string_view source) {
  const std::string body = BodySpokenFor(source);
  return NormalizeClaimant(body.empty() ? source : body);
}

std::string Initials(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!AcronymSkipWords().contains(w) && !w.empty()) out.push_back(w[0]);
  }
  return out;
}

const std::set<std::string, std::less<>>& DescriptorWords() {
  static const auto* words = [] {
    auto* s = new std::set<std::string, std::less<>>();
    for (const auto& row : DataTable("reconcile_descriptors.tsv")) {
      if (!row.empty()) s->insert(std::string(row[0]));
    }
    return s;
  }();
  return *words;
}

// True when `full` is `name` followed only by descriptor words: "save the children charity".
bool NameWithDescriptor(const std::vector<std::string>& full, const std::vector<std::string>& name) {
  if (name.empty() || name.size() >= full.size() || !std::equal(name.begin(), name.end(), full.begin())) return false;
  return std::all_of(full.begin() + static_cast<std::ptrdiff_t>(name.size()), full.end(),
                     [](const std::string& w) { return DescriptorWords().contains(w); });
}

// True when `tail` (two words or more) is the end of the longer `full`: "civil protection agency" of
// "dressa regional civil protection agency".
bool EndsWithName(const std::vector<std::string>& full, const std::vector<std::string>& tail) {
  if (tail.size() < 2 || tail.size() >= full.size()) return false;
  return std::equal(tail.begin(), tail.end(), full.end() - static_cast<std::ptrdiff_t>(tail.size()));
}

}  // namespace

namespace {
std::string ClaimantWords(std::string_view name);
}  // namespace

std::string NormalizeClaimant(std::string_view name) {
  std::string out = ClaimantWords(name);
  const auto& aliases = ClaimantTable();
  if (auto it = aliases.find(out); it != aliases.end()) return it->second;
  return out;
}

namespace {

// NormalizeClaimant() before aliases: the name's own words.
std::string ClaimantWords(std::string_view name) {
  std::string s;
  int depth = 0;
  for (char c : name) {
    if (c == '(' || c == '[') {
      ++depth;
      continue;
    }
    if ((c == ')' || c == ']') && depth > 0) {
      --depth;
      continue;
    }
    if (depth > 0) continue;
    if (c == ',' || c == ';' || c == ':') break;  // apposition: "Maria Lenz, a spokeswoman for ..."
    s.push_back(ToLowerAscii(c));
  }
  // Possessive "'s" and punctuation become spaces.
  std::string cleaned;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\'' && i + 1 < s.size() && s[i + 1] == 's' && (i + 2 == s.size() || !IsAsciiAlpha(s[i + 2]))) {
      ++i;
      cleaned.push_back(' ');
    } else if (IsAsciiAlpha(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c)) || c >= 0x80) {
      cleaned.push_back(static_cast<char>(c));
    } else {
      cleaned.push_back(' ');
    }
  }
  std::string out = CollapseSpaces(cleaned);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  if (out.empty()) {
    // Only a handle ("@SyriaCivilDef"): the handle is the name.
    for (char c : name) {
      if (IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '_') out.push_back(ToLowerAscii(c));
    }
  }
  return out;
}

}  // namespace

std::string CanonicalSubject(std::string_view subject) {
  std::string s = CollapseSpaces(ToLowerAscii(TrimAscii(subject)));
  if (s.empty()) return "people";
  const auto& table = SubjectTable();
  if (auto it = table.find(s); it != table.end()) return it->second;
  return s;
}

std::optional<int64_t> PointValue(const Claim& c) {
  if (c.value_low && c.value_high) {
    const __int128 lo = *c.value_low, hi = *c.value_high;  // 128 bits: no overflow on hostile values
    if (hi <= lo) return *c.value_low;
    if ((hi - lo) * 5 <= hi) return static_cast<int64_t>(lo + (hi - lo) / 2);
    return *c.value_low;
  }
  if (c.value_low) return *c.value_low;
  return std::nullopt;
}

bool IsVague(const Claim& c) {
  if (c.value_text.empty() || c.value_text.size() > 200) return false;
  // A number written in digits is never vague ("50+", "2,000"); only words are ("hundreds").
  if (std::any_of(c.value_text.begin(), c.value_text.end(), [](char ch) { return IsAsciiDigit(ch); })) return false;
  for (const Quantity& q : FindQuantities(c.value_text)) {
    if (q.kind == QuantityKind::kVague) return true;
  }
  return false;
}

std::string ActOf(const Claim& claim, std::string_view article_text) {
  const std::string sentence = ToLowerAscii(claim.sentence);
  if (sentence.empty()) return "";
  // Where the evidence sits in the sentence (its middle when it cannot be found).
  size_t at = sentence.size() / 2;
  if (claim.end > claim.start && claim.end <= article_text.size()) {
    const std::string evidence = ToLowerAscii(article_text.substr(claim.start, claim.end - claim.start));
    if (const size_t p = sentence.find(evidence); !evidence.empty() && p != std::string::npos) {
      at = p + evidence.size() / 2;
    }
  }
  std::string act;
  size_t best_distance = std::numeric_limits<size_t>::max();
  for (const auto& [cue, name] : ActTable()) {
    for (size_t p = sentence.find(cue); p != std::string::npos; p = sentence.find(cue, p + 1)) {
      const size_t e = p + cue.size();
      const bool starts = p == 0 || !IsAsciiAlpha(sentence[p - 1]);
      const bool ends = e == sentence.size() || !IsAsciiAlpha(sentence[e]);
      if (!starts || !ends) continue;
      const size_t mid = p + cue.size() / 2;
      const size_t distance = mid > at ? mid - at : at - mid;
      if (distance < best_distance) best_distance = distance, act = name;
    }
  }
  return act;
}

// ---- ClaimIndex ------------------------------------------------------------------------------------

ClaimIndex::ClaimIndex(const std::vector<Article>& articles, const std::vector<Claim>& claims) {
  articles_.reserve(articles.size());
  for (const Article& a : articles) articles_.emplace(a.id, &a);
  claims_.reserve(claims.size());
  for (const Claim& c : claims) claims_.emplace(c.id, &c);

  // Per event: the names each key goes by, whether it was written as an acronym, and its kinds.
  struct Seen {
    std::map<std::string, int> labels;  // display name -> times seen
    std::map<int, int> kinds;           // SourceKind -> times seen
    bool acronym = true;
  };
  std::map<std::string, std::map<std::string, Seen>> by_event;
  for (const Claim& c : claims) {
    if (!c.source || TrimAscii(*c.source).empty()) continue;
    const std::string key = ClaimantKey(*c.source);
    if (key.empty()) continue;
    Seen& seen = by_event[c.event][key];
    ++seen.labels[DisplayName(*c.source)];
    // A spokesperson's body is named by its own name too ("Dressa regional government").
    if (const std::string body = BodySpokenFor(*c.source); !body.empty()) ++seen.labels[DisplayName(body)];
    if (c.source_kind != SourceKind::kUnattributed) ++seen.kinds[static_cast<int>(c.source_kind)];
    seen.acronym &= IsAcronym(*c.source);
  }
  for (auto& [event, keys] : by_event) {
    // Where each key points: an acronym to the one name whose initials it is; a short name to the
    // one longer name it ends. Ambiguous (two candidates) -> stays itself.
    std::map<std::string, std::string> target;
    // Indexes so that each name is compared only with names that could match it: by initials (for
    // acronyms), by last word (short names), by first word (names with descriptors).
    std::map<std::string, std::vector<std::string>> words_of;
    std::map<std::string, std::vector<const std::string*>> by_initials, by_last, by_first;
    for (const auto& [key, seen] : keys) {
      auto& words = words_of[key] = Words(key);
      if (words.empty()) continue;
      if (words.size() >= 2) by_initials[Initials(words)].push_back(&key);
      by_last[words.back()].push_back(&key);
      by_first[words.front()].push_back(&key);
    }
    for (const auto& [key, seen] : keys) {
      const std::vector<std::string>& words = words_of[key];
      if (words.empty()) continue;
      std::set<std::string> candidates;
      if (seen.acronym && words.size() == 1) {
        for (const std::string* other : by_initials[key]) candidates.insert(*other);
      }
      for (const std::string* other : by_last[words.back()]) {
        if (*other != key && EndsWithName(words_of[*other], words)) candidates.insert(*other);
      }
      for (const std::string* other : by_first[words.front()]) {
        // "save the children charity" is "save the children"
        if (*other != key && NameWithDescriptor(words, words_of[*other])) candidates.insert(*other);
      }
      // Among names a short name ends, keep the longest ones; several = ambiguous.
      size_t longest = 0;
      for (const std::string& c : candidates) longest = std::max(longest, words_of[c].size());
      std::vector<std::string> best;
      for (const std::string& c : candidates) {
        if (words_of[c].size() == longest) best.push_back(c);
      }
      if (best.size() == 1) target[key] = best[0];
    }
    // Follow pointers (bounded); group keys by their final target.
    std::map<std::string, std::vector<std::string>> members;
    for (const auto& [key, seen] : keys) {
      std::string k = key;
      for (int step = 0; step < 4; ++step) {
        auto it = target.find(k);
        if (it == target.end() || it->second == key) break;
        k = it->second;
      }
      members[k].push_back(key);
    }
    for (const auto& [root, group] : members) {
      // Label: a name of the root itself (not an alias or short form) first, then the longest, then
      // the most used, then the smallest. Kind: the most frequent stated kind.
      ClaimantName name;
      name.key = root;
      std::tuple<bool, size_t, int> best_rank{false, 0, 0};
      std::map<int, int> kinds;
      for (const std::string& key : group) {
        const Seen& seen = keys.at(key);
        for (const auto& [k, n] : seen.kinds) kinds[k] += n;
        for (const auto& [label, count] : seen.labels) {
          const std::tuple<bool, size_t, int> rank{key == root && !seen.acronym && ClaimantWords(label) == root,
                                                   label.size(), count};
          if (name.label.empty() || rank > best_rank || (rank == best_rank && label < name.label)) {
            name.label = label;
            best_rank = rank;
          }
        }
      }
      int best_kind_count = 0;
      for (const auto& [k, n] : kinds) {
        if (n > best_kind_count) best_kind_count = n, name.kind = static_cast<SourceKind>(k);
      }
      for (const std::string& key : group) claimants_[{event, key}] = name;
    }
  }
}

const Article* ClaimIndex::FindArticle(std::string_view id) const {
  auto it = articles_.find(id);
  return it == articles_.end() ? nullptr : it->second;
}

const Claim* ClaimIndex::FindClaim(std::string_view id) const {
  auto it = claims_.find(id);
  return it == claims_.end() ? nullptr : it->second;
}

const Article* ClaimIndex::OriginalOf(const Claim& claim) const {
  const Article* a = FindArticle(claim.article);
  // Follow duplicate_of a bounded number of steps (dedupe points at originals; inputs may not).
  for (int step = 0; a && a->duplicate_of && step < 8; ++step) {
    const Article* o = FindArticle(*a->duplicate_of);
    if (!o || o == a) break;
    a = o;
  }
  return a;
}

std::string ClaimIndex::OutletKey(const Article* article) const {
  if (!article) return "#unknown";
  std::string outlet = CollapseSpaces(ToLowerAscii(TrimAscii(article->outlet)));
  if (outlet.rfind("www.", 0) == 0) outlet.erase(0, 4);
  return outlet.empty() ? "#" + article->id : outlet;
}

std::string ClaimIndex::OutletName(const Article* article) const {
  if (!article) return "an unnamed outlet";
  if (std::string_view o = TrimAscii(article->outlet); !o.empty()) return std::string(o);
  // The host of its address: "https://www.example.org/news/1" -> "example.org".
  std::string_view url = TrimAscii(article->url.empty() ? article->canonical_url : article->url);
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    std::string_view host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#:"));
    if (host.rfind("www.", 0) == 0) host.remove_prefix(4);
    if (!host.empty()) return std::string(host);
  }
  // The file it came from: "dumps/sample-a.txt" -> "sample-a.txt".
  std::string_view path = article->path;
  if (const size_t slash = path.find_last_of('/'); slash != std::string_view::npos) path.remove_prefix(slash + 1);
  if (!path.empty()) return std::string(path);
  return "an unnamed outlet";
}

ClaimantName ClaimIndex::Claimant(const Claim& claim) const {
  if (claim.source && !TrimAscii(*claim.source).empty()) {
    const std::string key = ClaimantKey(*claim.source);
    if (auto it = claimants_.find({claim.event, key}); it != claimants_.end()) return it->second;
    if (!key.empty()) return {key, DisplayName(*claim.source), claim.source_kind};
  }
  const Article* original = OriginalOf(claim);
  return {"outlet:" + OutletKey(original), OutletName(original) + " (own reporting)", SourceKind::kUnattributed};
}

std::optional<Date> ClaimIndex::When(const Claim& claim) const {
  if (claim.date && claim.date->valid()) return claim.date;
  const Article* a = FindArticle(claim.article);
  if (a && a->published && a->published->valid()) return a->published;
  return std::nullopt;
}

bool ClaimIndex::Earlier(const Claim& a, const Claim& b) const {
  const Article* aa = FindArticle(a.article);
  const Article* ab = FindArticle(b.article);
  const auto ka = std::make_tuple(DayOf(When(a)), DayOf(aa ? aa->published : std::nullopt), !a.hedged,
                                  PointValue(a).value_or(Hi(a)));
  const auto kb = std::make_tuple(DayOf(When(b)), DayOf(ab ? ab->published : std::nullopt), !b.hedged,
                                  PointValue(b).value_or(Hi(b)));
  if (ka != kb) return ka < kb;
  return IdLess(a.id, b.id);
}

std::vector<Voice> ClaimIndex::Voices(const std::vector<const Claim*>& claims) const {
  std::map<std::string, Voice> by_key;
  for (const Claim* c : claims) {
    ClaimantName name = Claimant(*c);
    Voice& v = by_key[name.key];
    v.key = name.key;
    v.label = name.label;
    v.kind = name.kind;
    v.claims.push_back(c);
  }
  std::vector<Voice> out;
  for (auto& [key, v] : by_key) {
    std::sort(v.claims.begin(), v.claims.end(), [this](const Claim* a, const Claim* b) { return Earlier(*a, *b); });
    v.current = v.claims.back();
    for (const Claim* c : v.claims) {
      if (c->value_low != v.current->value_low || c->value_high != v.current->value_high) v.superseded.push_back(c);
      if (v.series.empty() || c->value_low != v.series.back()->value_low || c->value_high != v.series.back()->value_high) {
        // Two values in one article are one statement, not a step of the series: the later one stands.
        if (!v.series.empty() && v.series.back()->article == c->article) v.series.pop_back();
        v.series.push_back(c);
      }
    }
    out.push_back(std::move(v));
  }
  std::sort(out.begin(), out.end(), [](const Voice& a, const Voice& b) {
    const std::string la = ToLowerAscii(a.label), lb = ToLowerAscii(b.label);
    return la != lb ? la < lb : a.key < b.key;
  });
  return out;
}

bool Outdated(const Voice& v, const std::vector<Voice>& voices) {
  const int64_t day = DayOf(v.current->date);
  const std::optional<int64_t> point = PointValue(*v.current);
  if (day == kNoDay || !point) return false;
  for (const Voice& o : voices) {
    if (&o != &v && !o.current->hedged && DayOf(o.current->date) > day && Lo(*o.current) > *point) return true;
  }
  return false;
}

bool EchoesAClaimant(const Voice& v, const std::vector<Voice>& voices) {
  if (v.key.rfind("outlet:", 0) != 0) return false;
  for (const Claim* c : v.claims) {
    bool shared = false;
    for (const Voice& o : voices) {
      if (&o == &v || o.key.rfind("outlet:", 0) == 0) continue;
      for (const Claim* oc : o.claims) shared |= oc->article == c->article;
    }
    if (!shared) return false;
  }
  return true;
}

std::vector<std::vector<const Voice*>> AgreeingSides(const std::vector<Voice>& voices) {
  bool precise = false;
  for (const Voice& v : voices) precise |= v.current && !v.current->hedged && !IsVague(*v.current);
  std::vector<const Voice*> counted;
  for (const Voice& v : voices) {
    if (v.current && !v.current->hedged && !(precise && IsVague(*v.current))) counted.push_back(&v);
  }
  // Tolls rise: a claimant's figure below another claimant's later one is outdated, not in conflict.
  std::vector<const Voice*> firm;
  for (const Voice* v : counted) {
    if (!Outdated(*v, voices) && !EchoesAClaimant(*v, voices)) firm.push_back(v);
  }
  std::sort(firm.begin(), firm.end(), [](const Voice* a, const Voice* b) {
    if (Lo(*a->current) != Lo(*b->current)) return Lo(*a->current) < Lo(*b->current);
    if (Hi(*a->current) != Hi(*b->current)) return Hi(*a->current) < Hi(*b->current);
    return a->key < b->key;
  });
  // Sweep by lower bound: a voice joins the open side while it overlaps every member (its low is
  // within the side's smallest high); intervals that pairwise overlap share a common point.
  std::vector<std::vector<const Voice*>> sides;
  int64_t side_hi = 0;
  for (const Voice* v : firm) {
    if (!sides.empty() && Lo(*v->current) <= side_hi) {
      sides.back().push_back(v);
      side_hi = std::min(side_hi, Hi(*v->current));
    } else {
      sides.push_back({v});
      side_hi = Hi(*v->current);
    }
  }
  return sides;
}

// ---- Reconcile -------------------------------------------------------------------------------------

namespace {

struct Item {
  const Claim* claim = nullptr;
  std::string subject;  // canonical
  std::string place;    // as matched (after inheriting from the parent)
  std::string place_key;
  std::string act;
  std::string own_act;       // the act its own sentence (or its parent's) names, before siblings lend one
  std::optional<Date> date;  // after inheriting from the parent
  std::optional<Date> period_start;
  std::optional<Date> period_end;
  Scope scope = Scope::kIncident;
  int64_t day = kNoDay;  // the day used for chaining
};

// What a claim counts (rule 1, scope). `event_start` is the day of the event's first article.
Scope ScopeOf(const Item& it, std::optional<Date> event_start, const ReconcileOptions& options) {
  if (it.claim->scope == Scope::kBackground) return Scope::kBackground;
  const bool has_period = it.period_start && it.period_end && it.period_start->valid() && it.period_end->valid() &&
                          *it.period_start != *it.period_end;
  if (has_period && it.period_end->ToDays() - it.period_start->ToDays() > options.background_days) {
    return Scope::kBackground;
  }
  if (it.claim->scope != Scope::kRunningTotal && !has_period) return Scope::kIncident;
  // A running total that starts with the event is the event's own toll so far.
  if (has_period && event_start && it.period_start->ToDays() >= event_start->ToDays() - options.chain_days) {
    return Scope::kIncident;
  }
  return Scope::kRunningTotal;
}

const char* ScopeWords(Scope s) {
  switch (s) {
    case Scope::kIncident: return "an incident or the event's toll so far";
    case Scope::kRunningTotal: return "a running total to a date, never compared with incident figures";
    case Scope::kBackground: return "a background total (context), never compared with the event's own figures";
  }
  return "";
}

std::string JoinNumbers(const std::vector<int64_t>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += FormatNumber(values[i]);
  }
  return out;
}

std::string Quoted(const Claim& c) {
  std::string text(TrimAscii(c.value_text));
  if (text.empty() || text.size() > 60) return IntervalText(c);
  const std::string interval = IntervalText(c);
  return "'" + text + "'" + (interval == text ? "" : " = " + interval);
}

struct Tally {
  size_t copies = 0, superseded = 0, hedged = 0, vague_set_aside = 0, outdated = 0;
  std::vector<int64_t> points;
};

std::string DescribeRule(const std::vector<Voice>& voices, size_t claims,
                         const std::vector<std::vector<const Voice*>>& sides, const Figure& f, const Tally& t) {
  std::string r = Plural(claims, "claim", "claims") + " from " + Plural(voices.size(), "claimant", "claimants") +
                  " in " + Plural(static_cast<size_t>(f.outlets), "independent outlet", "independent outlets");
  if (t.copies > 0) r += "; " + Plural(t.copies, "claim in a syndicated copy counts", "claims in syndicated copies count") + " once";
  if (t.superseded > 0) r += "; " + Plural(t.superseded, "earlier claim", "earlier claims") + " superseded by the same claimant's later figure";
  r += ". Scope: " + std::string(ScopeWords(f.scope));
  if (!f.act.empty()) r += "; act: " + f.act;
  r += ". ";
  if (f.low) {
    r += "Low " + FormatNumber(*f.low) + ": the lowest lower bound among current statements";
  } else {
    r += "Low unknown: no current statement gives a lower bound";
  }
  if (f.best) {
    r += t.points.size() == 1 ? "; best " + FormatNumber(*f.best) + ": the one counted claimant's value"
                              : "; best " + FormatNumber(*f.best) + ": median of the counted claimants' values (" + JoinNumbers(t.points) + ")";
  } else {
    r += "; no best: no unhedged claimant gives a value";
  }
  if (f.high) r += "; high " + FormatNumber(*f.high) + ": the highest stated bound";
  r += ".";
  if (t.hedged > 0) r += " " + Plural(t.hedged, "hedged claimant widens", "hedged claimants widen") + " the range but does not set best.";
  if (t.outdated > 0) {
    r += " " + Plural(t.outdated, "claimant's figure is", "claimants' figures are") +
         " outdated by another claimant's higher figure for a later day (tolls rise): it widens the range only.";
  }
  if (t.vague_set_aside > 0) {
    r += " " + Plural(t.vague_set_aside, "vague amount widens", "vague amounts widen") +
         " the range but neither sets best nor conflicts with a precise figure.";
  }
  if (f.status == FigureStatus::kCorroborated) {
    r += " Corroborated: " + Plural(sides.empty() ? 0 : sides[0].size(), "independent claimant", "independent claimants") + " agree within their intervals.";
  } else if (f.status == FigureStatus::kConflicting) {
    r += " Conflicting:";
    for (size_t s = 0; s < sides.size(); ++s) {
      r += s == 0 ? " " : " vs ";
      for (size_t i = 0; i < sides[s].size(); ++i) {
        if (i) r += ", ";
        r += sides[s][i]->label + " (" + Quoted(*sides[s][i]->current) + ")";
      }
    }
    r += ".";
  } else {
    r += " Single source: fewer than two unhedged independent claimants.";
  }
  return r;
}

// The figure of one bucket of claims: values, status, voices, rule (rules 2-6).
Figure MakeFigure(const ClaimIndex& index, const std::vector<Item*>& bucket) {
  const Item& first = *bucket.front();
  Figure f;
  f.event = first.claim->event;
  f.category = first.claim->category;
  f.subject = first.subject;
  f.place = first.place;
  f.act = first.act;
  f.unit = first.claim->unit;
  f.scope = first.scope;
  std::vector<const Claim*> bucket_claims;
  std::set<std::string> outlets;
  Tally t;
  for (const Item* it : bucket) {
    f.claims.push_back(it->claim->id);
    bucket_claims.push_back(it->claim);
    outlets.insert(index.OutletKey(index.OriginalOf(*it->claim)));
    const Article* a = index.FindArticle(it->claim->article);
    if (a && a->duplicate_of) ++t.copies;
    const bool period = it->period_start && it->period_end && *it->period_start != *it->period_end;
    const std::optional<Date> from = period ? it->period_start : it->date;
    const std::optional<Date> to = period ? it->period_end : it->date;
    if (from && from->valid() && (!f.period_start || *from < *f.period_start)) f.period_start = from;
    if (to && to->valid() && (!f.period_end || *f.period_end < *to)) f.period_end = to;
  }
  f.outlets = static_cast<int>(outlets.size());

  const std::vector<Voice> voices = index.Voices(bucket_claims);
  bool precise = false;
  for (const Voice& v : voices) precise |= !v.current->hedged && !IsVague(*v.current);
  for (const Voice& v : voices) {
    t.superseded += v.superseded.size();
    f.sources.push_back(v.label);
    const Claim& cur = *v.current;
    if (cur.value_low && (!f.low || *cur.value_low < *f.low)) f.low = cur.value_low;
    const std::optional<int64_t> top = cur.value_high ? cur.value_high : cur.value_low;
    if (top && (!f.high || *f.high < *top)) f.high = top;
    if (cur.hedged) {
      ++t.hedged;
    } else if (Outdated(v, voices)) {
      ++t.outdated;
    } else if (precise && IsVague(cur)) {
      ++t.vague_set_aside;
    } else if (auto p = PointValue(cur)) {
      t.points.push_back(*p);
    }
  }
  std::sort(t.points.begin(), t.points.end());
  if (!t.points.empty()) f.best = t.points[(t.points.size() - 1) / 2];

  const auto sides = AgreeingSides(voices);
  size_t counted = 0;
  for (const auto& s : sides) counted += s.size();
  if (counted >= 2) f.status = sides.size() == 1 ? FigureStatus::kCorroborated : FigureStatus::kConflicting;
  for (const Voice& v : voices) {
    FigureVoice fv;
    fv.claimant = v.label;
    fv.kind = v.kind;
    fv.current = v.current->id;
    for (const Claim* c : v.series) fv.series.push_back(c->id);
    for (const Claim* c : v.claims) fv.claims.push_back(c->id);
    std::sort(fv.claims.begin(), fv.claims.end(), [](const std::string& a, const std::string& b) { return IdLess(a, b); });
    fv.hedged = v.current->hedged;
    fv.vague = IsVague(*v.current);
    for (size_t s = 0; s < sides.size(); ++s) {
      if (std::find(sides[s].begin(), sides[s].end(), &v) != sides[s].end()) fv.side = static_cast<int>(s);
    }
    f.voices.push_back(std::move(fv));
  }
  f.rule = DescribeRule(voices, bucket.size(), sides, f, t);
  return f;
}

// The number a claim stands for when sizes are compared: its point value, else its upper bound.
std::optional<int64_t> Size(const Claim& c) {
  if (auto p = PointValue(c)) return p;
  return c.value_high;
}

// True when two sizes are more than kApartFactor-fold apart (sizes up to 10 count as 10).
constexpr int64_t kApartFactor = 10;
bool FarApart(int64_t a, int64_t b) {
  const __int128 x = std::max<int64_t>(a, 10), y = std::max<int64_t>(b, 10);
  return x > y * kApartFactor || y > x * kApartFactor;
}

// A claim with no date of its own joins a bucket by guess (its article's day, the latest chain, the
// one act its siblings name). When its size is more than tenfold from the median size of the
// bucket's dated claims, the guess is wrong: "dozens" on the day of a strike and an undated 150,000
// are not one quantity. Such claims leave for a bucket of their own, with their own act.
std::vector<std::vector<Item*>> SetApartDistantGuesses(std::vector<std::vector<Item*>> buckets) {
  std::vector<std::vector<Item*>> out;
  for (auto& bucket : buckets) {
    std::vector<int64_t> sizes;
    for (const Item* it : bucket) {
      if (it->claim->date && it->claim->date->valid()) {
        if (auto size = Size(*it->claim)) sizes.push_back(*size);
      }
    }
    std::vector<Item*> kept, apart;
    if (sizes.empty()) {
      kept = std::move(bucket);
    } else {
      std::sort(sizes.begin(), sizes.end());
      const int64_t median = sizes[(sizes.size() - 1) / 2];
      for (Item* it : bucket) {
        const bool guessed = !(it->claim->date && it->claim->date->valid());
        const std::optional<int64_t> size = Size(*it->claim);
        (guessed && size && FarApart(*size, median) ? apart : kept).push_back(it);
      }
    }
    if (!kept.empty()) out.push_back(std::move(kept));
    if (!apart.empty()) {
      std::map<std::string, std::vector<Item*>> by_act;
      for (Item* it : apart) {
        it->act = it->own_act;
        by_act[it->act].push_back(it);
      }
      for (auto& [act, items] : by_act) out.push_back(std::move(items));
    }
  }
  return out;
}

// Time buckets of one (place, act) set of incident claims (rule 1, time).
std::vector<std::vector<Item*>> IncidentBuckets(const std::vector<Item*>& items, int64_t chain_days) {
  std::vector<std::vector<Item*>> buckets;
  std::vector<int64_t> bucket_first_day;
  std::vector<Item*> dated, published_only, undated;
  for (Item* it : items) {
    if (it->day == kNoDay) {
      undated.push_back(it);
    } else if ((it->date && it->date->valid()) || (it->period_end && it->period_end->valid())) {
      dated.push_back(it);
    } else {
      published_only.push_back(it);
    }
  }
  auto by_day = [](const Item* a, const Item* b) {
    return a->day != b->day ? a->day < b->day : IdLess(a->claim->id, b->claim->id);
  };
  std::sort(dated.begin(), dated.end(), by_day);
  std::sort(published_only.begin(), published_only.end(), by_day);
  auto chain = [&](const std::vector<Item*>& list) {
    int64_t last_day = kNoDay;
    for (Item* it : list) {
      if (buckets.empty() || it->day - last_day > chain_days) {
        buckets.emplace_back();
        bucket_first_day.push_back(it->day);
      }
      buckets.back().push_back(it);
      last_day = it->day;
    }
  };
  if (dated.empty()) {
    chain(published_only);
  } else {
    chain(dated);
    for (Item* it : published_only) {
      size_t b = 0;
      while (b + 1 < buckets.size() && bucket_first_day[b + 1] <= it->day) ++b;
      buckets[b].push_back(it);
    }
  }
  if (!undated.empty()) {
    if (buckets.empty()) buckets.emplace_back();
    for (Item* it : undated) buckets.back().push_back(it);
  }
  return SetApartDistantGuesses(std::move(buckets));
}

}  // namespace

std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims) {
  return Reconcile(articles, events, claims, ReconcileOptions{});
}

std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims, const ReconcileOptions& options) {
  (void)events;
  ClaimIndex index(articles, claims);
  // Where each event's own toll starts: its first article, or the first day one of its claims is
  // about (periods aside: they are what is being judged).
  std::map<std::string, Date, std::less<>> event_start;
  auto note_start = [&event_start](const std::string& event, const std::optional<Date>& day) {
    if (event.empty() || !day || !day->valid()) return;
    auto [it, added] = event_start.emplace(event, *day);
    if (!added && *day < it->second) it->second = *day;
  };
  for (const Article& a : articles) note_start(a.event, a.published);
  for (const Claim& c : claims) {
    if (!c.period_start && c.scope == Scope::kIncident) note_start(c.event, c.date);
  }

  // Per-claim matching attributes, with sub-claims inheriting place, time and act from their parent.
  std::vector<Item> items(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    Item& it = items[i];
    it.claim = &c;
    it.subject = CanonicalSubject(c.subject);
    it.place = IsPlaceName(c.place) ? std::string(TrimAscii(c.place)) : std::string();  // "December" is no place
    it.date = c.date;
    it.period_start = c.period_start;
    it.period_end = c.period_end;
    const Article* article = index.FindArticle(c.article);
    it.act = ActOf(c, article ? std::string_view(article->text) : std::string_view());
    if (c.parent) {
      if (const Claim* p = index.FindClaim(*c.parent); p && p != &c) {
        if (it.place.empty() && IsPlaceName(p->place)) it.place = std::string(TrimAscii(p->place));
        if (!it.date && !it.period_start) {
          it.date = p->date;
          it.period_start = p->period_start;
          it.period_end = p->period_end;
        }
        // "More than 130 injured, 40 of them seriously": a part of the same group is not the group.
        if (it.subject == CanonicalSubject(p->subject)) it.subject += " (part)";
        if (it.act.empty()) {
          const Article* pa = index.FindArticle(p->article);
          it.act = ActOf(*p, pa ? std::string_view(pa->text) : std::string_view());
        }
      }
    }
    it.own_act = it.act;
    it.place_key = CollapseSpaces(ToLowerAscii(it.place));
    auto start = event_start.find(c.event);
    it.scope = ScopeOf(it, start == event_start.end() ? std::nullopt : std::optional<Date>(start->second), options);
    if (it.date && it.date->valid()) {
      it.day = it.date->ToDays();
    } else if (it.period_end && it.period_end->valid()) {
      it.day = it.period_end->ToDays();
    } else {
      it.day = DayOf(article ? article->published : std::nullopt);
    }
  }

  // An undated claim (no day, no period) whose group has a running total and no dated incident claim
  // is that running total's figure: "more than 800 civilians have been killed", said without a date
  // beside "more than 800 civilian deaths in the past 26 days".
  {
    using GroupKey = std::tuple<std::string, int, std::string, int>;
    std::set<GroupKey> running, dated_incident;
    auto group_of = [](const Item& it) {
      return GroupKey{it.claim->event, static_cast<int>(it.claim->category), it.subject, static_cast<int>(it.claim->unit)};
    };
    auto undated = [](const Item& it) { return !(it.date && it.date->valid()) && !it.period_start && !it.period_end; };
    for (const Item& it : items) {
      if (it.scope == Scope::kRunningTotal) running.insert(group_of(it));
      if (it.scope == Scope::kIncident && !undated(it)) dated_incident.insert(group_of(it));
    }
    for (Item& it : items) {
      const GroupKey g = group_of(it);
      if (it.scope == Scope::kIncident && undated(it) && running.contains(g) && !dated_incident.contains(g)) {
        it.scope = Scope::kRunningTotal;
      }
    }
  }

  // A generic group ("people") joins the one specific group ("civilians") its top-level siblings name.
  {
    using GroupKey = std::tuple<std::string, int, int, int>;
    std::map<GroupKey, std::set<std::string>> groups;
    auto key_of = [](const Item& it) {
      return GroupKey{it.claim->event, static_cast<int>(it.scope), static_cast<int>(it.claim->category),
                      static_cast<int>(it.claim->unit)};
    };
    for (const Item& it : items) {
      if (!it.claim->parent) groups[key_of(it)].insert(it.subject);
    }
    for (Item& it : items) {
      auto joins = SubjectJoins().find(it.subject);
      if (it.claim->parent || joins == SubjectJoins().end()) continue;
      const std::set<std::string>& present = groups[key_of(it)];
      std::vector<std::string> found;
      for (const std::string& g : joins->second) {
        if (present.contains(g)) found.push_back(g);
      }
      if (found.size() == 1) it.subject = found[0];
    }
  }

  // Siblings: (event, scope, category, group, unit); resolve empty places and acts; then bucket.
  using SiblingKey = std::tuple<std::string, int, int, std::string, int>;
  std::map<SiblingKey, std::vector<Item*>> siblings;
  for (Item& it : items) {
    siblings[{it.claim->event, static_cast<int>(it.scope), static_cast<int>(it.claim->category), it.subject,
              static_cast<int>(it.claim->unit)}]
        .push_back(&it);
  }

  std::vector<Figure> figures;
  for (auto& [skey, group] : siblings) {
    // The one place the siblings name: its most common spelling is shown.
    std::set<std::string> place_keys;
    for (const Item* it : group) {
      if (!it->place_key.empty()) place_keys.insert(it->place_key);
    }
    if (place_keys.size() == 1) {
      std::map<std::string, int> spellings;
      for (const Item* it : group) {
        if (!it->place.empty()) ++spellings[it->place];
      }
      std::string spelling;
      int count = 0;
      for (const auto& [s, n] : spellings) {
        if (n > count) spelling = s, count = n;
      }
      for (Item* it : group) it->place = spelling, it->place_key = *place_keys.begin();
    }
    std::map<std::string, std::vector<Item*>> by_place;
    for (Item* it : group) by_place[it->place_key].push_back(it);
    for (auto& [place_key, place_items] : by_place) {
      std::set<std::string> acts;
      for (const Item* it : place_items) {
        if (!it->act.empty()) acts.insert(it->act);
      }
      if (acts.size() == 1) {  // a claim naming no act joins the one act its siblings name
        for (Item* it : place_items) it->act = *acts.begin();
      }
      std::map<std::string, std::vector<Item*>> by_act;
      for (Item* it : place_items) by_act[it->act].push_back(it);
      for (auto& [act, act_items] : by_act) {
        std::vector<std::vector<Item*>> buckets;
        if (static_cast<Scope>(std::get<1>(skey)) == Scope::kIncident) {
          buckets = IncidentBuckets(act_items, options.chain_days);
        } else {
          buckets.push_back(act_items);
        }
        for (auto& bucket : buckets) {
          std::sort(bucket.begin(), bucket.end(),
                    [](const Item* a, const Item* b) { return IdLess(a->claim->id, b->claim->id); });
          figures.push_back(MakeFigure(index, bucket));
        }
      }
    }
  }

  std::sort(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
    if (a.event != b.event) return IdLess(a.event, b.event);
    if (a.scope != b.scope) return a.scope < b.scope;
    if (a.category != b.category) return a.category < b.category;
    if (a.subject != b.subject) return a.subject < b.subject;
    if (a.unit != b.unit) return a.unit < b.unit;
    if (a.place != b.place) return a.place < b.place;
    if (a.act != b.act) return a.act < b.act;
    if (DayOf(a.period_start) != DayOf(b.period_start)) return DayOf(a.period_start) < DayOf(b.period_start);
    if (DayOf(a.period_end) != DayOf(b.period_end)) return DayOf(a.period_end) < DayOf(b.period_end);
    return IdLess(a.claims.front(), b.claims.front());
  });
  for (size_t i = 0; i < figures.size(); ++i) figures[i].id = "f" + std::to_string(i + 1);
  return figures;
}

}  // namespace corroborate
