// Summarize: the timeline and the cited brief of each event.
//
// Timeline: one entry per claimant statement. A statement is what one claimant (ClaimIndex::Claimant:
// a normalised name, or an outlet speaking for itself) said on one day (the claim's date, else its
// article's publication date) about one event; every article that carries it (other outlets quoting
// the same claimant, syndicated copies) is folded into the same entry, which cites the earliest
// original article. Text: "<claimant>: 45 killed, 50+ injured (civilians)".
//
// Brief: generated from the figures, never copied from articles; each sentence cites the earliest
// original (non-duplicate) article carrying its claims, lists the other carriers in also_in, and
// its claim ids. Sentences, at most 8:
//   1. the lead: the headline figure (killed first, then by size) with best, range, claimants, status,
//      and the groups it breaks down into ("Those killed include 13 children and 11 women.");
//   2. coverage: how many articles and outlets, over which days, how many syndicated copies;
//   3. up to three more headline figures of other categories or groups;
//   4. one sentence per conflicting figure (up to two), naming both sides;
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
#include "common/text_util.h"
#include "corroborate/dedupe.h"
#include "corroborate/reconcile.h"

namespace corroborate {
namespace {

struct CategoryWords {
  std::string label, verb, noun;
};

const CategoryWords& WordsFor(Category c) {
  static const auto* table = [] {
    auto* m = new std::map<std::string, CategoryWords>();
    for (const auto& row : DataTable("summarize_categories.tsv")) {
      if (row.size() >= 4) (*m)[std::string(row[0])] = {std::string(row[1]), std::string(row[2]), std::string(row[3])};
    }
    return m;
  }();
  static const CategoryWords kFallback{"affected", "were affected", "affected"};
  auto it = table->find(CategoryName(c));
  return it == table->end() ? kFallback : it->second;
}

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

std::string SpeakerLabel(const Voice& v) {
  if (v.key.rfind("outlet:", 0) == 0) {
    std::string name = v.label.rfind("unattributed: ", 0) == 0 ? v.label.substr(14) : v.label;
    return name + " (own reporting)";
  }
  return v.label;
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

std::string GroupAndPlace(const Figure& f) {
  std::string s = f.subject.empty() ? "people" : f.subject;
  return s;
}

std::string PlacePhrase(const Figure& f) { return f.place.empty() ? "" : " in " + f.place; }

std::string PeriodPhrase(const Figure& f) {
  if (f.period_start && f.period_end && *f.period_start != *f.period_end) {
    return " between " + f.period_start->ToString() + " and " + f.period_end->ToString();
  }
  if (f.period_end) return " as of " + f.period_end->ToString();
  return "";
}

// "an estimated 52 (range 45-61)", "45", "at least 82", "up to 100,000", "between 20 and 40". A high
// set by an "at least" statement is open: "at least 82", "range 45-82+".
std::string FigureAmount(const Figure& f, const std::vector<Voice>& voices) {
  bool open_top = false;
  for (const Voice& v : voices) {
    if (!v.current->value_high && v.current->value_low == f.high) open_top = true;
  }
  const std::string top = f.high ? FormatNumber(*f.high) + (open_top ? "+" : "") : "";
  if (f.best) {
    if (f.low == f.best && f.high == f.best) return (open_top ? "at least " : "") + FormatNumber(*f.best);
    std::string s = "an estimated " + FormatNumber(*f.best);
    if (f.low && f.high) s += " (range " + FormatNumber(*f.low) + "-" + top + ")";
    else if (f.high) s += " (up to " + FormatNumber(*f.high) + ")";
    return s;
  }
  if (f.low && f.high && *f.low != *f.high) return "between " + FormatNumber(*f.low) + " and " + FormatNumber(*f.high);
  if (f.high) return (f.low ? "" : "up to ") + FormatNumber(*f.high);
  if (f.low) return "at least " + FormatNumber(*f.low);
  return "an unknown number of";
}

std::string Attribution(const Figure& f, const std::vector<Voice>& voices) {
  std::string s;
  if (voices.size() == 1) {
    s = "according to " + SpeakerLabel(voices[0]);
  } else {
    s = "according to " + Plural(static_cast<int64_t>(voices.size()), "claimant", "claimants");
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
  std::string amount = FigureAmount(f, voices);
  amount[0] = static_cast<char>(amount[0] >= 'a' && amount[0] <= 'z' ? amount[0] - 32 : amount[0]);
  return amount + " " + GroupAndPlace(f) + " " + WordsFor(f.category).verb + PlacePhrase(f) + PeriodPhrase(f) + ", " +
         Attribution(f, voices) + ".";
}

}  // namespace

void Summarize(Report& report) {
  report.timeline.clear();
  report.summary.clear();
  ClaimIndex index(report.articles, report.claims);

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
    auto [key, label] = index.Claimant(c);
    const std::optional<Date> when = index.When(c);
    Statement& s = statements[{c.event, key, when ? when->ToDays() : INT64_MAX}];
    s.event = c.event;
    s.key = key;
    if (s.label.empty() || label.size() > s.label.size() || (label.size() == s.label.size() && label < s.label)) s.label = label;
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
    std::string text;
    if (s.key.rfind("outlet:", 0) == 0) {
      text = (s.label.rfind("unattributed: ", 0) == 0 ? s.label.substr(14) : s.label) + " (own reporting): ";
    } else {
      text = s.label + ": ";
    }
    bool first_item = true;
    for (const Item& item : items) {
      if (item.is_part) continue;
      const Claim& c = *item.claim;
      if (!first_item) text += ", ";
      first_item = false;
      text += ValueText(c);
      if (subjects.size() > 1) text += " " + CanonicalSubject(c.subject);
      text += " " + WordsFor(c.category).label;
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
      std::vector<const Claim*> cs;
      bool all_sub = true;
      for (const std::string& id : f->claims) {
        if (const Claim* c = index.FindClaim(id)) {
          cs.push_back(c);
          all_sub &= c->parent.has_value();
        }
      }
      voices[f] = index.Voices(cs);
      is_sub[f] = all_sub;
    }
    // Headline order: top-level figures first, then category (killed first), then size.
    std::vector<const Figure*> ranked;
    for (const Figure* f : figures) {
      if (!voices[f].empty()) ranked.push_back(f);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Figure* a, const Figure* b) {
      if (is_sub[a] != is_sub[b]) return !is_sub[a];
      if (a->category != b->category) return a->category < b->category;
      const int64_t sa = a->best.value_or(a->high.value_or(0)), sb = b->best.value_or(b->high.value_or(0));
      if (sa != sb) return sa > sb;
      return IdLess(a->id, b->id);
    });

    // 1. Lead.
    if (!ranked.empty()) {
      const Figure* lead = ranked[0];
      summary.sentences.push_back(MakeSentence(FigureSentence(*lead, voices[lead]), Cite(index, CurrentClaims(voices[lead]))));
    }
    // 1b. The groups the lead's figure breaks down into (sub-claims: "including 13 children").
    if (!ranked.empty() && !is_sub[ranked[0]]) {
      const Figure* lead = ranked[0];
      std::vector<const Figure*> parts;
      for (const Figure* f : ranked) {
        if (is_sub[f] && f->category == lead->category && f->place == lead->place && parts.size() < 3) parts.push_back(f);
      }
      if (!parts.empty()) {
        std::string text = std::string("Those ") + WordsFor(lead->category).noun + " include ";
        std::vector<const Claim*> cited;
        for (size_t i = 0; i < parts.size(); ++i) {
          if (i) text += i + 1 == parts.size() ? " and " : ", ";
          text += FigureAmount(*parts[i], voices[parts[i]]) + " " + GroupAndPlace(*parts[i]);
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
          std::string o = ToLowerAscii(TrimAscii(a->outlet));
          outlets.insert(o.empty() ? "#" + a->id : o);
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
        if (ranked.empty()) text += "; no casualty figures were found";
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
    // 3. More headline figures: other top-level figures, one per (category, group).
    {
      std::set<std::pair<int, std::string>> said;
      if (!ranked.empty()) said.insert({static_cast<int>(ranked[0]->category), ranked[0]->subject});
      int added = 0;
      for (size_t i = 1; i < ranked.size() && added < 3; ++i) {
        const Figure* f = ranked[i];
        if (is_sub[f] || !said.insert({static_cast<int>(f->category), f->subject}).second) continue;
        summary.sentences.push_back(MakeSentence(FigureSentence(*f, voices[f]), Cite(index, CurrentClaims(voices[f]))));
        ++added;
      }
    }
    // 4. Conflicts.
    {
      int added = 0;
      for (const Figure* f : ranked) {
        if (f->status != FigureStatus::kConflicting || added >= 2) continue;
        const auto sides = AgreeingSides(voices[f]);
        if (sides.size() < 2) continue;
        std::string text = "Sources disagree on the number of " + GroupAndPlace(*f) + " " + WordsFor(f->category).noun +
                           PlacePhrase(*f) + ": ";
        std::vector<const Claim*> cited;
        for (size_t s = 0; s < sides.size(); ++s) {
          if (s == 1) text += ", while ";
          if (s > 1) text += ", and ";
          for (size_t i = 0; i < sides[s].size(); ++i) {
            const Voice* v = sides[s][i];
            if (i) text += i + 1 == sides[s].size() ? " and " : ", ";
            text += SpeakerLabel(*v) + " gives " + ValueText(*v->current);
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
        const TimelineEntry& last = report.timeline[entries.back()];
        std::vector<const Claim*> cs;
        for (const std::string& id : last.claims) {
          if (const Claim* c = index.FindClaim(id)) cs.push_back(c);
        }
        std::string text = "The latest statement";
        if (last.date) text += ", on " + last.date->ToString();
        text += ", is from " + last.text + ".";
        summary.sentences.push_back(MakeSentence(std::move(text), Cite(index, cs)));
      }
    }
    if (summary.sentences.size() > 8) summary.sentences.resize(8);
    std::erase_if(summary.sentences, [](const SummarySentence& s) { return s.article.empty(); });
    if (!summary.sentences.empty()) report.summary.push_back(std::move(summary));
  }
}

}  // namespace corroborate
