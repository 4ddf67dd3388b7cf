// Reconcile: the rules that turn claims into figures, in one place (docs/reconcile.md says the same
// in prose; keep the two in step).
//
// 1. Same thing. Claims match when they have the same event, category and canonical victim group
//    (CanonicalSubject), the same place, and the same time bucket:
//    - place: a claim without a place joins the figure of the one place its siblings (same event,
//      category, group) name, when they name exactly one; otherwise it stays in a place-less figure.
//    - time: claims with a period ("in the past 26 days", "since August") form one cumulative figure
//      per (event, category, group, place); claims about a day are chained by date, and a gap of
//      more than kChainDays days between consecutive days starts a new figure. Rising tolls reported
//      day after day stay one figure, so supersession can apply; two incidents a week apart in one
//      event stay apart. A claim without a date joins the latest chain that starts on or before its
//      article's publication date (when no claim has a date, they chain by publication date).
//    - a sub-claim (parent set: "including 13 children") never joins its parent's figure: its group
//      differs, so it forms (or joins) the figure of that group. It inherits place and date from
//      its parent when it has none.
// 2. Independence. A claim in a syndicated copy (Article::duplicate_of) is evidence from the original
//    article. Claimants are identified by NormalizeClaimant(); several outlets quoting one claimant
//    are one voice. An outlet's own (unattributed) statement is the voice "unattributed: <outlet>".
// 3. Supersession. Each voice's latest statement (ClaimIndex::Earlier: claim date, else publication
//    date, then publication date) is its current one; its older statements are superseded.
// 4. Values, over current statements. low = the lowest stated lower bound (ACLED: the most
//    conservative); high = the highest stated number (an upper bound, or an "at least" number);
//    best = the median (lower middle) of the unhedged voices' PointValue()s (UCDP's best). Hedged
//    voices widen low and high but never set best; with no unhedged voice best is null.
// 5. Status. corroborated when >= 2 unhedged voices and all their intervals share a point;
//    conflicting when >= 2 unhedged voices do not (all claims stay in the figure, and the rule names
//    the sides); single-source otherwise.
// 6. outlets = distinct outlets of the original articles carrying the claims; sources = the voices'
//    labels. Figures are sorted by (event, category, subject, place, period) and numbered f1, f2, ...
#include "corroborate/reconcile.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/dedupe.h"

namespace corroborate {
namespace {

constexpr int64_t kChainDays = 3;
constexpr int64_t kNoDay = std::numeric_limits<int64_t>::min();

const std::map<std::string, std::string, std::less<>>& SubjectTable() {
  static const auto* table = [] {
    auto* m = new std::map<std::string, std::string, std::less<>>();
    for (const auto& row : DataTable("reconcile_subjects.tsv")) {
      if (row.size() >= 2) (*m)[std::string(row[0])] = std::string(row[1]);
    }
    return m;
  }();
  return *table;
}

const std::map<std::string, std::string, std::less<>>& ClaimantTable() {
  static const auto* table = [] {
    auto* m = new std::map<std::string, std::string, std::less<>>();
    for (const auto& row : DataTable("reconcile_claimants.tsv")) {
      if (row.size() >= 2) (*m)[std::string(row[0])] = std::string(row[1]);
    }
    return m;
  }();
  return *table;
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

int64_t DayOf(const std::optional<Date>& d) { return d && d->valid() ? d->ToDays() : kNoDay; }

std::string FormatNumber(int64_t v) {
  const uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string digits = std::to_string(magnitude);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return v < 0 ? "-" + out : out;
}

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

}  // namespace

std::string NormalizeClaimant(std::string_view name) {
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
  const auto& aliases = ClaimantTable();
  if (auto it = aliases.find(out); it != aliases.end()) return it->second;
  return out;
}

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

// ---- ClaimIndex ------------------------------------------------------------------------------------

ClaimIndex::ClaimIndex(const std::vector<Article>& articles, const std::vector<Claim>& claims) {
  articles_.reserve(articles.size());
  for (const Article& a : articles) articles_.emplace(a.id, &a);
  claims_.reserve(claims.size());
  for (const Claim& c : claims) claims_.emplace(c.id, &c);
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

std::pair<std::string, std::string> ClaimIndex::Claimant(const Claim& claim) const {
  if (claim.source && !TrimAscii(*claim.source).empty()) {
    std::string key = NormalizeClaimant(*claim.source);
    std::string label = CollapseSpaces(TrimAscii(*claim.source));
    if (label.rfind("the ", 0) == 0) label.erase(0, 4);  // "the White Helmets" reads as "White Helmets"
    if (!key.empty()) return {key, label};
  }
  const Article* original = OriginalOf(claim);
  std::string name = original ? std::string(TrimAscii(original->outlet)) : std::string();
  if (name.empty()) name = original ? original->id : claim.article;
  return {"outlet:" + OutletKey(original), "unattributed: " + name};
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
    auto [key, label] = Claimant(*c);
    Voice& v = by_key[key];
    v.key = key;
    // The fullest name: the longest label, then the smallest.
    if (v.label.empty() || label.size() > v.label.size() || (label.size() == v.label.size() && label < v.label)) {
      v.label = label;
    }
    v.claims.push_back(c);
  }
  std::vector<Voice> out;
  for (auto& [key, v] : by_key) {
    std::sort(v.claims.begin(), v.claims.end(), [this](const Claim* a, const Claim* b) { return Earlier(*a, *b); });
    v.current = v.claims.back();
    for (const Claim* c : v.claims) {
      if (c->value_low != v.current->value_low || c->value_high != v.current->value_high) v.superseded.push_back(c);
    }
    out.push_back(std::move(v));
  }
  std::sort(out.begin(), out.end(), [](const Voice& a, const Voice& b) {
    const std::string la = ToLowerAscii(a.label), lb = ToLowerAscii(b.label);
    return la != lb ? la < lb : a.key < b.key;
  });
  return out;
}

std::vector<std::vector<const Voice*>> AgreeingSides(const std::vector<Voice>& voices) {
  std::vector<const Voice*> firm;
  for (const Voice& v : voices) {
    if (v.current && !v.current->hedged) firm.push_back(&v);
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
  std::optional<Date> date;  // after inheriting from the parent
  std::optional<Date> period_start;
  std::optional<Date> period_end;
  bool cumulative = false;
  int64_t day = kNoDay;  // the day used for chaining
};

std::string JoinNumbers(const std::vector<int64_t>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += FormatNumber(values[i]);
  }
  return out;
}

std::string DescribeRule(const std::vector<Voice>& voices, const std::vector<const Item*>& items,
                         const std::vector<std::vector<const Voice*>>& sides, const Figure& f,
                         size_t copies, size_t superseded, size_t hedged_voices,
                         const std::vector<int64_t>& points) {
  std::string r = Plural(items.size(), "claim", "claims") + " from " +
                  Plural(voices.size(), "claimant", "claimants") + " in " +
                  Plural(static_cast<size_t>(f.outlets), "independent outlet", "independent outlets");
  if (copies > 0) r += "; " + Plural(copies, "claim in a syndicated copy counts", "claims in syndicated copies count") + " once";
  if (superseded > 0) r += "; " + Plural(superseded, "earlier claim", "earlier claims") + " superseded by the same claimant's later figure";
  r += ". ";
  if (f.low) {
    r += "Low " + FormatNumber(*f.low) + ": the lowest lower bound among current statements";
  } else {
    r += "Low unknown: no current statement gives a lower bound";
  }
  if (f.best) {
    r += points.size() == 1 ? "; best " + FormatNumber(*f.best) + ": the one unhedged claimant's value"
                            : "; best " + FormatNumber(*f.best) + ": median of the unhedged claimants' values (" + JoinNumbers(points) + ")";
  } else {
    r += "; no best: no unhedged claimant gives a value";
  }
  if (f.high) r += "; high " + FormatNumber(*f.high) + ": the highest stated bound";
  r += ".";
  if (hedged_voices > 0) r += " " + Plural(hedged_voices, "hedged claimant widens", "hedged claimants widen") + " the range but does not set best.";
  if (f.status == FigureStatus::kCorroborated) {
    r += " Corroborated: " + Plural(sides.empty() ? 0 : sides[0].size(), "independent claimant", "independent claimants") + " agree within their intervals.";
  } else if (f.status == FigureStatus::kConflicting) {
    r += " Conflicting:";
    for (size_t s = 0; s < sides.size(); ++s) {
      r += s == 0 ? " " : " vs ";
      for (size_t i = 0; i < sides[s].size(); ++i) {
        if (i) r += ", ";
        r += sides[s][i]->label + " (" + IntervalText(*sides[s][i]->current) + ")";
      }
    }
    r += ".";
  } else {
    r += " Single source: fewer than two unhedged independent claimants.";
  }
  return r;
}

}  // namespace

std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims) {
  ClaimIndex index(articles, claims);

  // Per-claim matching attributes, with sub-claims inheriting place and date from their parent.
  std::vector<Item> items(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    Item& it = items[i];
    it.claim = &c;
    it.subject = CanonicalSubject(c.subject);
    it.place = std::string(TrimAscii(c.place));
    it.date = c.date;
    it.period_start = c.period_start;
    it.period_end = c.period_end;
    if (c.parent) {
      if (const Claim* p = index.FindClaim(*c.parent); p && p != &c) {
        if (it.place.empty()) it.place = std::string(TrimAscii(p->place));
        if (!it.date && !it.period_start) {
          it.date = p->date;
          it.period_start = p->period_start;
          it.period_end = p->period_end;
        }
      }
    }
    it.place_key = CollapseSpaces(ToLowerAscii(it.place));
    it.cumulative = it.period_start && it.period_end && it.period_start->valid() && it.period_end->valid() &&
                    *it.period_start != *it.period_end;
    if (it.date && it.date->valid()) {
      it.day = it.date->ToDays();
    } else if (it.cumulative) {
      it.day = it.period_end->ToDays();
    } else {
      const Article* a = index.FindArticle(c.article);
      it.day = DayOf(a ? a->published : std::nullopt);
    }
  }

  // Group by (event, category, subject); resolve empty places; then by place and time bucket.
  using SiblingKey = std::tuple<std::string, int, std::string>;
  std::map<SiblingKey, std::vector<Item*>> siblings;
  for (Item& it : items) {
    siblings[{it.claim->event, static_cast<int>(it.claim->category), it.subject}].push_back(&it);
  }

  std::vector<Figure> figures;
  for (auto& [skey, group] : siblings) {
    std::set<std::string> places;
    for (const Item* it : group) {
      if (!it->place_key.empty()) places.insert(it->place_key);
    }
    if (places.size() == 1) {
      // The one place the siblings name; display the most common spelling.
      std::map<std::string, int> spellings;
      for (const Item* it : group) {
        if (!it->place.empty()) ++spellings[it->place];
      }
      std::string best_spelling;
      int best_count = 0;
      for (const auto& [s, n] : spellings) {
        if (n > best_count) best_spelling = s, best_count = n;
      }
      for (Item* it : group) {
        it->place = best_spelling;
        it->place_key = *places.begin();
      }
    }
    std::map<std::string, std::vector<Item*>> by_place;
    for (Item* it : group) by_place[it->place_key].push_back(it);

    for (auto& [place_key, place_items] : by_place) {
      // Time buckets: one cumulative bucket; day buckets chained by the claims' own dates; a claim
      // without a date joins the latest chain that starts on or before its article's publication
      // (chained by publication date when no claim has a date); with no date at all, the latest chain.
      std::vector<std::vector<Item*>> buckets;
      std::vector<int64_t> bucket_first_day;
      std::vector<Item*> cumulative, dated, published_only, undated;
      for (Item* it : place_items) {
        if (it->cumulative) {
          cumulative.push_back(it);
        } else if (it->day == kNoDay) {
          undated.push_back(it);
        } else if (it->date && it->date->valid()) {
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
      auto chain = [&](const std::vector<Item*>& items) {
        int64_t last_day = kNoDay;
        for (Item* it : items) {
          if (buckets.empty() || it->day - last_day > kChainDays) {
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
      if (!cumulative.empty()) buckets.push_back(cumulative);

      for (auto& bucket : buckets) {
        std::sort(bucket.begin(), bucket.end(),
                  [](const Item* a, const Item* b) { return IdLess(a->claim->id, b->claim->id); });
        Figure f;
        f.event = std::get<0>(skey);
        f.category = static_cast<Category>(std::get<1>(skey));
        f.subject = std::get<2>(skey);
        f.place = bucket.front()->place;
        std::vector<const Claim*> bucket_claims;
        std::set<std::string> outlets;
        size_t copies = 0;
        for (const Item* it : bucket) {
          f.claims.push_back(it->claim->id);
          bucket_claims.push_back(it->claim);
          outlets.insert(index.OutletKey(index.OriginalOf(*it->claim)));
          const Article* a = index.FindArticle(it->claim->article);
          if (a && a->duplicate_of) ++copies;
          const std::optional<Date> first = it->cumulative ? it->period_start : it->date;
          const std::optional<Date> last = it->cumulative ? it->period_end : it->date;
          if (first && first->valid() && (!f.period_start || *first < *f.period_start)) f.period_start = first;
          if (last && last->valid() && (!f.period_end || *f.period_end < *last)) f.period_end = last;
        }
        f.outlets = static_cast<int>(outlets.size());

        const std::vector<Voice> voices = index.Voices(bucket_claims);
        size_t superseded = 0, hedged_voices = 0;
        std::vector<int64_t> points;
        for (const Voice& v : voices) {
          superseded += v.superseded.size();
          f.sources.push_back(v.label);
          const Claim& cur = *v.current;
          if (cur.value_low && (!f.low || *cur.value_low < *f.low)) f.low = cur.value_low;
          const std::optional<int64_t> top = cur.value_high ? cur.value_high : cur.value_low;
          if (top && (!f.high || *f.high < *top)) f.high = top;
          if (cur.hedged) {
            ++hedged_voices;
          } else if (auto p = PointValue(cur)) {
            points.push_back(*p);
          }
        }
        std::sort(points.begin(), points.end());
        if (!points.empty()) f.best = points[(points.size() - 1) / 2];
        // A figure stated only as "up to N" has no stated lower bound; its low stays unknown.

        const auto sides = AgreeingSides(voices);
        size_t firm = 0;
        for (const auto& s : sides) firm += s.size();
        if (firm >= 2) f.status = sides.size() == 1 ? FigureStatus::kCorroborated : FigureStatus::kConflicting;
        f.rule = DescribeRule(voices, std::vector<const Item*>(bucket.begin(), bucket.end()), sides, f, copies,
                              superseded, hedged_voices, points);
        figures.push_back(std::move(f));
      }
    }
  }

  std::sort(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
    if (a.event != b.event) return IdLess(a.event, b.event);
    if (a.category != b.category) return a.category < b.category;
    if (a.subject != b.subject) return a.subject < b.subject;
    if (a.place != b.place) return a.place < b.place;
    if (DayOf(a.period_start) != DayOf(b.period_start)) return DayOf(a.period_start) < DayOf(b.period_start);
    if (DayOf(a.period_end) != DayOf(b.period_end)) return DayOf(a.period_end) < DayOf(b.period_end);
    return IdLess(a.claims.front(), b.claims.front());
  });
  for (size_t i = 0; i < figures.size(); ++i) figures[i].id = "f" + std::to_string(i + 1);
  (void)events;
  return figures;
}

}  // namespace corroborate
