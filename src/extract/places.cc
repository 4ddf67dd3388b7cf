// FindPlaces: capitalised word sequences (up to four words, joined by spaces or hyphens, "al-"
// prefixes allowed) looked up in the gazetteer, longest first; plus names the text introduces with a
// cue (data/places_cues.tsv).
#include "extract/places.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "normalize/tokens.h"

namespace corroborate {
namespace {

struct Cues {
  std::unordered_set<std::string> stop;
  std::vector<std::vector<std::string>> before;  // "village of"
  std::unordered_set<std::string> after;         // "district"
  std::unordered_set<std::string> locative;      // "in"
};

const Cues& C() {
  static const Cues* c = [] {
    auto* c = new Cues();
    for (const auto& row : DataTable("places_stopwords.tsv")) {
      if (!row.empty()) c->stop.insert(std::string(row[0]));
    }
    for (const auto& row : DataTable("places_cues.tsv")) {
      if (row.size() < 2) continue;
      std::string cue(row[0]);
      if (row[1] == "after") {
        c->after.insert(cue.substr(cue.rfind(' ') == std::string::npos ? 0 : cue.rfind(' ') + 1));
      } else if (row[1] == "before") {
        std::vector<std::string> words;
        size_t i = 0;
        while (i <= cue.size()) {
          size_t j = cue.find(' ', i);
          if (j == std::string::npos) j = cue.size();
          words.push_back(cue.substr(i, j - i));
          i = j + 1;
        }
        c->before.push_back(words);
      } else {
        c->locative.insert(cue);
      }
    }
    return c;
  }();
  return *c;
}

// The word lists of data/places_words.tsv; the enum follows the order of the names in Words().
enum WordList : size_t { kOpener, kParticle };
const WordLists& Words() {
  static const WordLists* words = new WordLists("places_words.tsv", {"opener", "particle"});
  return *words;
}

bool Capitalised(const Token& t) { return t.kind == Token::Kind::kWord && t.capitalised; }  // "Paris", "\xC3\x8Ele"

// A sentence-initial word or one after a quote: capitalised for grammar, not because it is a name.
bool SentenceStart(const std::vector<Token>& t, size_t i) {
  if (i == 0) return true;
  const Token& p = t[i - 1];
  return p.kind == Token::Kind::kPunct && (p.lower == "." || p.lower == "\"" || p.lower == "!" || p.lower == "?" ||
                                           p.lower == "\xE2\x80\x9C" || p.newline_before || t[i].newline_before);
}

}  // namespace

const PlaceMention* MostSpecific(const std::vector<PlaceMention>& places) {
  const PlaceMention* best = nullptr;
  auto rank = [](const PlaceMention& p) {
    // Lower is more specific.
    if (p.neighbourhood) return std::make_pair(0, 0LL);
    if (p.is_country) return std::make_pair(3, 0LL);
    return std::make_pair(1, p.population);
  };
  for (const auto& p : places) {
    if (!best || rank(p) < rank(*best)) best = &p;
  }
  return best;
}

std::vector<PlaceMention> FindPlaces(std::string_view text, const Gazetteer* gazetteer) {
  return FindPlaces(text, Tokenize(text, 1u << 20), gazetteer);
}

std::vector<PlaceMention> FindPlaces(std::string_view text, const std::vector<Token>& t, const Gazetteer* gazetteer) {
  std::vector<PlaceMention> out;
  const Cues& cues = C();
  size_t i = 0;
  while (i < t.size()) {
    // "the village of X", "the town of X".
    bool matched_before = false;
    for (const auto& cue : cues.before) {
      size_t k = 0;
      while (k < cue.size() && i + k < t.size() && t[i + k].lower == cue[k]) ++k;
      if (k != cue.size()) continue;
      size_t j = i + k, e = j;
      while (e < t.size() && e - j < 4 && (Capitalised(t[e]) || (e > j && t[e].lower == "-" && !t[e].space_before))) ++e;
      if (e > j && Capitalised(t[e - 1])) {
        PlaceMention m;
        m.start = t[j].start;
        m.end = t[e - 1].end;
        m.name = std::string(text.substr(m.start, m.end - m.start));
        m.neighbourhood = true;
        if (gazetteer) {
          if (const auto* p = gazetteer->Find(m.name)) m.country = p->country, m.population = p->population;
        }
        out.push_back(std::move(m));
        i = e;
        matched_before = true;
      }
      break;
    }
    if (matched_before) continue;
    if (!Capitalised(t[i])) {
      ++i;
      continue;
    }
    // A capitalised preposition or determiner opening a sentence is not part of a name: "In Tellan,
    // ...", "Across Sudan, ...", "The camp ...".
    if (cues.locative.count(t[i].lower) || Words().Has(kOpener, t[i].lower)) {
      ++i;
      continue;
    }
    // The capitalised run from i (words, inner hyphens, "al-"/"el-" prefixes).
    size_t run_end = i;
    while (run_end < t.size() && run_end - i < 8) {
      if (Capitalised(t[run_end]) || (Words().Has(kParticle, t[run_end].lower) && run_end + 1 < t.size() &&
                                      t[run_end + 1].lower == "-")) {
        ++run_end;
      } else if (run_end > i && t[run_end].lower == "-" && !t[run_end].space_before && run_end + 1 < t.size() &&
                 !t[run_end + 1].space_before && t[run_end + 1].kind == Token::Kind::kWord) {
        ++run_end;
      } else {
        break;
      }
    }
    // "X district": a neighbourhood the text names.
    if (run_end < t.size() && cues.after.count(t[run_end].lower) && run_end > i) {
      PlaceMention m;
      m.start = t[i].start;
      m.end = t[run_end - 1].end;
      m.name = std::string(text.substr(m.start, m.end - m.start));
      bool known_large = false;
      if (gazetteer) {
        if (const auto* p = gazetteer->Find(m.name)) {
          m.country = p->country, m.population = p->population, m.is_country = p->is_country;
          known_large = p->is_country || p->population >= 1000000;
        }
      }
      m.neighbourhood = !known_large;
      out.push_back(std::move(m));
      i = run_end + 1;
      continue;
    }
    bool found = false;
    if (gazetteer) {
      const bool locative = i > 0 && cues.locative.count(t[i - 1].lower) > 0;
      const bool start = SentenceStart(t, i);
      for (size_t e = run_end; e > i; --e) {
        if (t[e - 1].lower == "-") continue;
        std::string_view name = text.substr(t[i].start, t[e - 1].end - t[i].start);
        const Gazetteer::Place* p = gazetteer->Find(name);
        if (!p) continue;
        const bool single = e == i + 1;
        bool ok = locative || p->is_country || (p->population >= 100000 && !cues.stop.count(p->name));
        if (single && cues.stop.count(p->name) && !locative) ok = false;
        // A lone capitalised word at a sentence start that is a small place is usually not one.
        if (start && single && !locative && !p->is_country && p->population < 500000) ok = false;
        // Part of a longer name ("Aleppo University", "Jordan Peterson"): the run goes on with a
        // capitalised word the gazetteer did not take.
        if (ok && e < run_end && !p->is_country && !locative) ok = false;
        if (!ok) continue;
        PlaceMention m;
        m.start = t[i].start;
        m.end = t[e - 1].end;
        m.name = p->name;
        m.country = p->country;
        m.is_country = p->is_country;
        m.population = p->population;
        out.push_back(std::move(m));
        i = e;
        found = true;
        break;
      }
    }
    if (!found) i = std::max(i + 1, run_end);
  }
  return out;
}

}  // namespace corroborate
