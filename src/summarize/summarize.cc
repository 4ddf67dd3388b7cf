// Summarize: the timeline and the cited brief of each event.
//
// Timeline: one entry per claimant statement. A statement is what one claimant (ClaimIndex::Claimant:
// one name per body, or an outlet speaking for itself) said on one day (the claim's date, else its
// article's publication date) about one event; every article that carries it (other outlets quoting
// the same claimant, syndicated copies) is folded into the same entry, which cites the earliest
// original article. Text: "<claimant>: 45 killed, 50+ injured (civilians)"; a statement that moves
// the claimant's own series (Figure::voices) reads "death toll rises from 23 to 31".
//
// Brief: generated from the figures and their voices, never copied from articles; each sentence
// cites the earliest original (non-duplicate) article carrying its claims, lists the other carriers
// in also_in, and its claim ids. Amounts keep the sources' wording beside the interval ("more than
// 800 (801 or more)"). Sentences (SummarizeOptions bounds them):
//   1. one line per headline figure (incident and running-total figures, top-level groups, killed
//      first, then by size), the first followed by the groups it breaks down into;
//   2. coverage: how many articles and outlets, over which days, how many syndicated copies;
//   3. context: background totals (a whole war, a year), never compared with the event's figures;
//   4. one sentence per conflicting figure, naming both sides with their wording;
//   5. the latest statement on the timeline.
// An event without figures gets the coverage sentence only.
#include "corroborate/summarize.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "common/data_tables.h"
#include "common/ids.h"
#include "common/text_util.h"
#include "corroborate/reconcile.h"

namespace corroborate {
namespace {

struct CategoryWords {
  std::string label, verb, noun, toll;
};

const CategoryWords& WordsFor(Category c) {
  static const auto* table = [] {
    auto* m = new std::map<std::string, CategoryWords>();
    for (const auto& row : DataTable("summarize_categories.tsv")) {
      if (row.size() >= 5) {
        (*m)[std::string(row[0])] = {std::string(row[1]), std::string(row[2]), std::string(row[3]), std::string(row[4])};
      }
    }
    return m;
  }();
  static const CategoryWords kFallback{"affected", "were affected", "affected", "number affected"};
  auto it = table->find(CategoryName(c));
  return it == table->end() ? kFallback : it->second;
}


// The figure as written, for the middle of a sentence: "At least 12" at the start of its own
// sentence reads "at least 12" here.
std::string ValueText(const Claim& c) {
  std::string t(TrimAscii(c.value_text));
  if (t.size() >= 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'a' && t[1] <= 'z') t[0] = static_cast<char>(t[0] - 'A' + 'a');
  if (!t.empty() && t.size() <= 40) return t;
  if (c.value_low && c.value_high) {
    return *c.value_low == *c.value_high ? FormatNumber(*c.value_low)
                                         : FormatNumber(*c.value_low) + "-" + FormatNumber(*c.value_high);
  }
  if (c.value_low) return "at least " + FormatNumber(*c.value_low);
  if (c.value_high) return "up to " + FormatNumber(*c.value_high);
  return "an unknown number of";
}

std::string Plural(int64_t n, const char* one, const char* many) {
  return FormatNumber(n) + " " + (n == 1 ? one : many);
}

bool EarlierArticle(const Article* a, const Article* b) {
  if (a->published.has_value() != b->published.has_value()) return a->published.has_value();
  if (a->published && *a->published != *b->published) return *a->published < *b->published;
  return IdLess(a->id, b->id);
}

// The citation of a set of claims: the earliest non-duplicate article carrying them (the earliest
// carrier when all are copies), and every other carrier.
struct Citation {
  std::string article;
  std::vector<std::string> also_in;
  std::vector<std::string> claims;
};

Citation Cite(const ClaimIndex& index, std::vector<const Claim*> claims) {
  Citation cite;
  std::vector<const Article*> carriers;
  std::set<std::string> seen;
  for (const Claim* c : claims) {
    cite.claims.push_back(c->id);
    const Article* a = index.FindArticle(c->article);
    if (a && seen.insert(a->id).second) carriers.push_back(a);
  }
  std::sort(cite.claims.begin(), cite.claims.end(), [](const std::string& a, const std::string& b) { return IdLess(a, b); });
  cite.claims.erase(std::unique(cite.claims.begin(), cite.claims.end()), cite.claims.end());
  const Article* best = nullptr;
  for (const Article* a : carriers) {
    const bool original = !a->duplicate_of;
    const bool best_original = best && !best->duplicate_of;
    if (!best || (original && !best_original) || (original == best_original && EarlierArticle(a, best))) best = a;
  }
  if (best) cite.article = best->id;
  for (const Article* a : carriers) {
    if (a != best) cite.also_in.push_back(a->id);
  }
  std::sort(cite.also_in.begin(), cite.also_in.end(), [](const std::string& a, const std::string& b) { return IdLess(a, b); });
  return cite;
}

SummarySentence MakeSentence(std::string text, Citation cite) {
  SummarySentence s;
  s.text = std::move(text);
  s.article = std::move(cite.article);
  s.also_in = std::move(cite.also_in);
  s.claims = std::move(cite.claims);
  return s;
}

// The interval of a claim in words: "801 or more", "117,000-130,000", "up to 100,000", "46".
std::string IntervalWords(std::optional<int64_t> low, std::optional<int64_t> high) {
  if (low && high) return *low == *high ? FormatNumber(*low) : FormatNumber(*low) + "-" + FormatNumber(*high);
  if (low) return FormatNumber(*low) + " or more";
  if (high) return "up to " + FormatNumber(*high);
  return "an unknown number";
}

// The source's wording with its interval beside it when they differ: "more than 800 (801 or more)",
// "Seventy-nine (79)", "46".
std::string Worded(const Claim& c) {
  const std::string text = ValueText(c);
  const std::string interval = IntervalWords(c.value_low, c.value_high);
  return text == interval || text == "an unknown number of" ? interval : text + " (" + interval + ")";
}

std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

// A figure's voices as Reconcile left them (Figure::voices), with their claims looked up.
std::vector<Voice> VoicesOf(const Figure& f, const ClaimIndex& index) {
  std::vector<Voice> out;
  for (const FigureVoice& fv : f.voices) {
    Voice v;
    v.key = fv.claimant;
    v.label = fv.claimant;
    v.kind = fv.kind;
    v.current = index.FindClaim(fv.current);
    for (const std::string& id : fv.claims) {
      if (const Claim* c = index.FindClaim(id)) v.claims.push_back(c);
    }
    for (const std::string& id : fv.series) {
      if (const Claim* c = index.FindClaim(id)) v.series.push_back(c);
    }
    if (v.current) out.push_back(std::move(v));
  }
  return out;
}

// The claims behind a figure's current values: each voice's current statement and its other
// carriers (the same claimant with the same values).
std::vector<const Claim*> CurrentClaims(const std::vector<Voice>& voices) {
  std::vector<const Claim*> out;
  for (const Voice& v : voices) {
    for (const Claim* c : v.claims) {
      if (c->value_low == v.current->value_low && c->value_high == v.current->value_high) out.push_back(c);
    }
  }
  return out;
}

std::string Group(const Figure& f) { return f.subject.empty() ? "people" : f.subject; }

std::string PlacePhrase(const Figure& f) {
  std::string s;
  if (!f.act.empty()) s += " in the " + f.act + (f.act == "execution" ? "s" : "");
  if (!f.place.empty()) s += " in " + f.place;
  return s;
}

std::string PeriodPhrase(const Figure& f) {
  if (f.period_start && f.period_end && *f.period_start != *f.period_end) {
    return " between " + f.period_start->ToString() + " and " + f.period_end->ToString();
  }
  if (f.period_end) return (f.scope == Scope::kIncident ? " on " : " as of ") + f.period_end->ToString();
  return "";
}

// The amount of a figure. One counted value (or all voices saying the same): the source's wording
// with its interval ("More than 800 (801 or more)"). Several: "an estimated 52 (range 45-61+)".
std::string FigureAmount(const Figure& f, const std::vector<Voice>& voices) {
  std::set<std::pair<std::optional<int64_t>, std::optional<int64_t>>> values;
  for (const Voice& v : voices) values.insert({v.current->value_low, v.current->value_high});
  if (values.size() == 1) {
    // The wording of the voice that sets best (else the first).
    const Voice* shown = &voices[0];
    for (const Voice& v : voices) {
      if (!v.current->hedged) {
        shown = &v;
        break;
      }
    }
    return Worded(*shown->current);
  }
  bool open_top = false;
  for (const Voice& v : voices) {
    if (!v.current->value_high && v.current->value_low == f.high) open_top = true;
  }
  const std::string top = f.high ? FormatNumber(*f.high) + (open_top ? "+" : "") : "";
  if (f.best) {
    std::string s = "an estimated " + FormatNumber(*f.best);
    if (f.low && f.high) s += " (range " + FormatNumber(*f.low) + "-" + top + ")";
    else if (f.high) s += " (up to " + FormatNumber(*f.high) + ")";
    return s;
  }
  if (f.low && f.high && *f.low != *f.high) return "between " + FormatNumber(*f.low) + " and " + top;
  if (f.high) return (f.low ? "" : "up to ") + FormatNumber(*f.high);
  if (f.low) return "at least " + FormatNumber(*f.low);
  return "an unknown number of";
}

// A claimant with its kind: "White Helmets (organization)"; an outlet's own reporting as it is.
std::string WithKind(const Voice& v) {
  if (v.kind == SourceKind::kUnattributed) return v.label;
  return v.label + " (" + SourceKindName(v.kind) + ")";
}

// "according to White Helmets (organization)", "according to UN (organization, '46') and White
// Helmets (organization, 'more than 50')".
std::string Attribution(const Figure& f, const std::vector<Voice>& voices) {
  std::string s = "according to ";
  if (voices.size() == 1) {
    s += WithKind(voices[0]);
  } else if (voices.size() <= 3) {
    for (size_t i = 0; i < voices.size(); ++i) {
      const Voice& v = voices[i];
      if (i) s += i + 1 == voices.size() ? " and " : ", ";
      s += v.label + " (";
      if (v.kind != SourceKind::kUnattributed) s += std::string(SourceKindName(v.kind)) + ", ";
      s += "'" + ValueText(*v.current) + "'" + (v.current->hedged ? ", unconfirmed" : "") + ")";
    }
  } else {
    s += Plural(static_cast<int64_t>(voices.size()), "claimant", "claimants");
  }
  s += " in " + Plural(f.outlets, "independent outlet", "independent outlets");
  bool hedged_only = true;
  for (const Voice& v : voices) hedged_only &= v.current->hedged;
  switch (f.status) {
    case FigureStatus::kCorroborated: s += "; the claimants agree"; break;
    case FigureStatus::kConflicting: s += "; the claimants' figures conflict"; break;
    case FigureStatus::kSingleSource: s += hedged_only ? "; unconfirmed" : "; single source"; break;
  }
  return s;
}

std::string FigureSentence(const Figure& f, const std::vector<Voice>& voices) {
  std::string s = Capitalized(FigureAmount(f, voices)) + " " + Group(f) + " " + WordsFor(f.category).verb + PlacePhrase(f) +
                  PeriodPhrase(f);
  if (f.scope == Scope::kRunningTotal) s += " (a running total)";
  return s + ", " + Attribution(f, voices) + ".";
}

// "For context, UN puts people killed in Syria at nearly 400,000 (360,000-400,000) ..., a background
// total not compared with this event's figures."
std::string ContextSentence(const Figure& f, const std::vector<Voice>& voices) {
  std::string who = voices.size() == 1 ? voices[0].label : Plural(static_cast<int64_t>(voices.size()), "claimant", "claimants");
  return "For context, " + who + " put" + (voices.size() == 1 ? "s" : "") + " the number of " + Group(f) + " " +
         WordsFor(f.category).noun + PlacePhrase(f) + PeriodPhrase(f) + " at " + FigureAmount(f, voices) +
         ", a background total not compared with this event's figures.";
}

// The statement before `c` in its claimant's series, when `c` changed it (claim id -> previous claim).
using SeriesPrevious = std::map<std::string, const Claim*, std::less<>>;

SeriesPrevious PreviousInSeries(const std::vector<Figure>& figures, const ClaimIndex& index) {
  SeriesPrevious out;
  for (const Figure& f : figures) {
    for (const FigureVoice& v : f.voices) {
      for (size_t i = 1; i < v.series.size(); ++i) {
        const Claim* prev = index.FindClaim(v.series[i - 1]);
        const Claim* cur = index.FindClaim(v.series[i]);
        if (!prev || !cur) continue;
        // Every carrier of the changed value reads as the change.
        for (const std::string& id : v.claims) {
          const Claim* c = index.FindClaim(id);
          if (c && c->value_low == cur->value_low && c->value_high == cur->value_high) out.emplace(id, prev);
        }
      }
    }
  }
  return out;
}

// "death toll rises from 23 to 31", "death toll revised from 31 to 28".
std::string ChangeText(const Claim& prev, const Claim& cur) {
  const int64_t a = PointValue(prev).value_or(prev.value_high.value_or(0));
  const int64_t b = PointValue(cur).value_or(cur.value_high.value_or(0));
  const std::string toll = WordsFor(cur.category).toll;
  if (a == b) return toll + " given as " + ValueText(cur) + " (earlier " + ValueText(prev) + ")";
  return toll + (b > a ? " rises from " : " revised from ") + ValueText(prev) + " to " + ValueText(cur);
}

}  // namespace

void Summarize(Report& report) { Summarize(report, SummarizeOptions{}); }

void Summarize(Report& report, const SummarizeOptions& options) {
  report.timeline.clear();
  report.summary.clear();
  ClaimIndex index(report.articles, report.claims);
  const SeriesPrevious previous = PreviousInSeries(report.figures, index);

  // ---- Timeline ----
  struct Statement {
    std::string event;
    std::string key;
    std::string label;
    std::optional<Date> date;
    std::vector<const Claim*> claims;
  };
  std::map<std::tuple<std::string, std::string, int64_t>, Statement> statements;
  for (const Claim& c : report.claims) {
    const ClaimantName name = index.Claimant(c);
    const std::optional<Date> when = index.When(c);
    Statement& s = statements[{c.event, name.key, when ? when->ToDays() : INT64_MAX}];
    s.event = c.event;
    s.key = name.key;
    s.label = name.label;
    s.date = when;
    s.claims.push_back(&c);
  }
  std::map<std::string, std::vector<size_t>> timeline_of_event;
  for (auto& [k, s] : statements) {
    // Distinct items, parents first, then by category and first claim.
    std::sort(s.claims.begin(), s.claims.end(), [](const Claim* a, const Claim* b) {
      if (a->parent.has_value() != b->parent.has_value()) return !a->parent.has_value();
      if (a->category != b->category) return a->category < b->category;
      return IdLess(a->id, b->id);
    });
    // Distinct items (same category, group, values and hedge = one item). A sub-claim whose parent
    // is an item of this statement is written after it: "at least 82 killed (civilians, including 13
    // children, 11 women)".
    using ItemKey = std::tuple<int, std::string, int64_t, int64_t, bool>;
    auto key_of = [](const Claim* c) {
      return ItemKey{static_cast<int>(c->category), CanonicalSubject(c->subject), c->value_low.value_or(-1),
                     c->value_high.value_or(-1), c->hedged};
    };
    std::map<ItemKey, size_t> item_of_key;
    std::map<std::string, size_t> item_of_claim;
    struct Item {
      const Claim* claim;
      std::vector<const Claim*> parts;
      bool is_part = false;
    };
    std::vector<Item> items;
    for (const Claim* c : s.claims) {
      const ItemKey k = key_of(c);
      auto it = item_of_key.find(k);
      if (it == item_of_key.end()) {
        it = item_of_key.emplace(k, items.size()).first;
        items.push_back({c, {}, false});
        if (c->parent) {
          auto parent = item_of_claim.find(*c->parent);
          if (parent != item_of_claim.end() && parent->second != it->second) {
            items[parent->second].parts.push_back(c);
            items.back().is_part = true;
          }
        }
      }
      item_of_claim[c->id] = it->second;
    }
    std::set<std::string> subjects;
    for (const Item& item : items) {
      if (!item.is_part) subjects.insert(CanonicalSubject(item.claim->subject));
    }
    std::string text = s.label + ": ";
    bool first_item = true;
    for (const Item& item : items) {
      if (item.is_part) continue;
      const Claim& c = *item.claim;
      if (!first_item) text += ", ";
      first_item = false;
      if (auto prev = previous.find(c.id); prev != previous.end()) {
        text += ChangeText(*prev->second, c);
        if (subjects.size() > 1) text += " (" + CanonicalSubject(c.subject) + ")";
      } else {
        text += ValueText(c);
        if (subjects.size() > 1) text += " " + CanonicalSubject(c.subject);
        text += " " + WordsFor(c.category).label;
      }
      if (c.hedged) text += " (unconfirmed)";
      if (!item.parts.empty()) {
        text += " (";
        if (subjects.size() == 1) text += CanonicalSubject(c.subject) + ", ";
        text += "including ";
        for (size_t i = 0; i < item.parts.size(); ++i) {
          if (i) text += ", ";
          text += ValueText(*item.parts[i]) + " " + CanonicalSubject(item.parts[i]->subject);
        }
        text += ")";
      }
    }
    bool parts_shown = false;
    for (const Item& item : items) parts_shown |= !item.parts.empty();
    if (subjects.size() == 1 && !(parts_shown && items.size() == 1 + items[0].parts.size())) {
      text += " (" + *subjects.begin() + ")";
    }
    Citation cite = Cite(index, s.claims);
    TimelineEntry e;
    e.date = s.date;
    e.event = s.event;
    e.text = std::move(text);
    e.article = cite.article;
    e.claims = std::move(cite.claims);
    report.timeline.push_back(std::move(e));
  }
  std::sort(report.timeline.begin(), report.timeline.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    if (a.date && *a.date != *b.date) return *a.date < *b.date;
    if (a.event != b.event) return IdLess(a.event, b.event);
    if (a.text != b.text) return a.text < b.text;
    return IdLess(a.article, b.article);
  });
  for (size_t i = 0; i < report.timeline.size(); ++i) timeline_of_event[report.timeline[i].event].push_back(i);

  // ---- Brief ----
  std::map<std::string, std::vector<const Figure*>> figures_of_event;
  for (const Figure& f : report.figures) figures_of_event[f.event].push_back(&f);

  for (const Event& event : report.events) {
    EventSummary summary;
    summary.event = event.id;
    std::vector<const Figure*> figures = figures_of_event[event.id];
    std::map<const Figure*, std::vector<Voice>> voices;
    std::map<const Figure*, bool> is_sub;
    for (const Figure* f : figures) {
      voices[f] = VoicesOf(*f, index);
      bool all_sub = true;
      for (const std::string& id : f->claims) {
        if (const Claim* c = index.FindClaim(id)) all_sub &= c->parent.has_value();
      }
      is_sub[f] = all_sub;
    }
    // Headline order: the event's own figures before background ones, top-level before sub-groups,
    // then category (killed first), then size.
    std::vector<const Figure*> ranked, context;
    for (const Figure* f : figures) {
      if (voices[f].empty()) continue;
      (f->scope == Scope::kBackground ? context : ranked).push_back(f);
    }
    auto by_weight = [&](const Figure* a, const Figure* b) {
      if (is_sub[a] != is_sub[b]) return !is_sub[a];
      if (a->scope != b->scope) return a->scope < b->scope;
      if (a->category != b->category) return a->category < b->category;
      const int64_t sa = a->best.value_or(a->high.value_or(0)), sb = b->best.value_or(b->high.value_or(0));
      if (sa != sb) return sa > sb;
      return IdLess(a->id, b->id);
    };
    std::stable_sort(ranked.begin(), ranked.end(), by_weight);
    std::stable_sort(context.begin(), context.end(), by_weight);

    // 1. One line per headline figure: top-level figures, one per (category, group, act, scope); the
    //    first is followed by the groups it breaks down into (sub-claims: "including 13 children").
    {
      std::set<std::tuple<int, std::string, std::string, int>> said;
      size_t added = 0;
      for (const Figure* f : ranked) {
        if (added >= options.max_headlines) break;
        if (is_sub[f] && added > 0) continue;
        if (!said.insert({static_cast<int>(f->category), f->subject, f->act, static_cast<int>(f->scope)}).second) continue;
        summary.sentences.push_back(MakeSentence(FigureSentence(*f, voices[f]), Cite(index, CurrentClaims(voices[f]))));
        if (added++ > 0 || is_sub[f]) continue;
        std::vector<const Figure*> parts;
        for (const Figure* p : ranked) {
          if (is_sub[p] && p->category == f->category && p->place == f->place && p->act == f->act &&
              p->scope == f->scope && parts.size() < 3) {
            parts.push_back(p);
          }
        }
        if (parts.empty()) continue;
        std::string text = std::string("Those ") + WordsFor(f->category).noun + " include ";
        std::vector<const Claim*> cited;
        for (size_t i = 0; i < parts.size(); ++i) {
          if (i) text += i + 1 == parts.size() ? " and " : ", ";
          text += FigureAmount(*parts[i], voices[parts[i]]) + " " + Group(*parts[i]);
          for (const Claim* c : CurrentClaims(voices[parts[i]])) cited.push_back(c);
        }
        text += ".";
        summary.sentences.push_back(MakeSentence(std::move(text), Cite(index, cited)));
      }
    }
    // 2. Coverage.
    {
      std::vector<const Article*> members;
      std::set<std::string> outlets;
      int copies = 0;
      for (const std::string& id : event.articles) {
        const Article* a = index.FindArticle(id);
        if (!a) continue;
        members.push_back(a);
        if (a->duplicate_of) {
          ++copies;
        } else {
          outlets.insert(index.OutletKey(a));
        }
      }
      if (!members.empty()) {
        std::string text = Plural(static_cast<int64_t>(members.size()), "article", "articles") + " from " +
                           Plural(static_cast<int64_t>(outlets.size()), "independent outlet", "independent outlets") +
                           (members.size() == 1 ? " covers " : " cover ") + (event.title.empty() ? "this event" : "\"" + event.title + "\"");
        if (event.start && event.end) {
          text += *event.start == *event.end ? " on " + event.start->ToString()
                                             : " from " + event.start->ToString() + " to " + event.end->ToString();
        }
        if (copies > 0) text += "; " + Plural(copies, "is a syndicated copy", "are syndicated copies");
        if (ranked.empty() && context.empty()) text += "; no casualty figures were found";
        text += ".";
        std::sort(members.begin(), members.end(), [](const Article* a, const Article* b) {
          if (a->duplicate_of.has_value() != b->duplicate_of.has_value()) return !a->duplicate_of.has_value();
          return EarlierArticle(a, b);
        });
        Citation cite;
        cite.article = members[0]->id;
        for (size_t i = 1; i < members.size(); ++i) cite.also_in.push_back(members[i]->id);
        std::sort(cite.also_in.begin(), cite.also_in.end(), [](const std::string& a, const std::string& b) { return IdLess(a, b); });
        summary.sentences.push_back(MakeSentence(std::move(text), std::move(cite)));
      }
    }
    // 3. Context: background totals.
    {
      size_t added = 0;
      for (const Figure* f : context) {
        if (added >= options.max_context || is_sub[f]) continue;
        summary.sentences.push_back(MakeSentence(ContextSentence(*f, voices[f]), Cite(index, CurrentClaims(voices[f]))));
        ++added;
      }
    }
    // 4. Conflicts, each side with its wording (the sides Reconcile recorded in Figure::voices).
    {
      size_t added = 0;
      for (const Figure* f : ranked) {
        if (f->status != FigureStatus::kConflicting || added >= options.max_conflicts) continue;
        std::map<int, std::vector<const Voice*>> sides;
        const std::vector<Voice>& vs = voices[f];
        for (size_t i = 0; i < f->voices.size() && i < vs.size(); ++i) {
          if (f->voices[i].side >= 0) sides[f->voices[i].side].push_back(&vs[i]);
        }
        if (sides.size() < 2) continue;
        std::string text = "Sources disagree on the number of " + Group(*f) + " " + WordsFor(f->category).noun +
                           PlacePhrase(*f) + ": ";
        std::vector<const Claim*> cited;
        size_t s = 0;
        for (const auto& [side, members] : sides) {
          if (s == 1) text += ", while ";
          if (s > 1) text += ", and ";
          ++s;
          for (size_t i = 0; i < members.size(); ++i) {
            const Voice* v = members[i];
            if (i) text += i + 1 == members.size() ? " and " : ", ";
            text += v->label + " gives " + Worded(*v->current);
            for (const Claim* c : v->claims) {
              if (c->value_low == v->current->value_low && c->value_high == v->current->value_high) cited.push_back(c);
            }
          }
        }
        text += ".";
        summary.sentences.push_back(MakeSentence(std::move(text), Cite(index, cited)));
        ++added;
      }
    }
    // 5. Latest statement.
    {
      const auto& entries = timeline_of_event[event.id];
      if (entries.size() >= 2) {
        size_t latest = entries.back();  // the latest dated entry (undated ones sort last)
        for (size_t i : entries) {
          if (report.timeline[i].date) latest = i;
        }
        const TimelineEntry& last = report.timeline[latest];
        std::vector<const Claim*> cs;
        for (const std::string& id : last.claims) {
          if (const Claim* c = index.FindClaim(id)) cs.push_back(c);
        }
        std::string text = "The latest statement";
        if (last.date) text += ", on " + last.date->ToString() + ",";
        text += " is from " + last.text + ".";
        summary.sentences.push_back(MakeSentence(std::move(text), Cite(index, cs)));
      }
    }
    if (summary.sentences.size() > options.max_sentences) summary.sentences.resize(options.max_sentences);
    std::erase_if(summary.sentences, [](const SummarySentence& s) { return s.article.empty(); });
    if (!summary.sentences.empty()) report.summary.push_back(std::move(summary));
  }
}

}  // namespace corroborate
