// ExtractClaims: who says how many were killed, injured, ... when and where, out of one article.
//
// Design. The article is split into sentences (segment) and each sentence is read on its own, with a
// little memory across sentences for claimants ("Maria Lenz, a spokeswoman for the ministry" ...
// later "she said"). In a sentence:
//   1. Candidates: every quantity (normalize/numbers) plus what the number scanner does not count as
//      a quantity but ANNOTATION.md does: "a man" / "one person" (1), "no one" / "nobody" / "no
//      deaths" (0). Quantities with a unit that is money, a percentage or a measure drop out at once.
//   2. Victim group: the noun right after the number, allowing two modifiers ("27 Palestinian
//      civilians", "dozens of people", "Seventy-nine of them"). A number followed by a noun that is
//      not a victim group (data/extract_subjects.tsv: "600 buildings", "30 km") is not a claim; a
//      number followed by a verb or a category word counts "people".
//   3. Category: the category cue (data/extract_categories.tsv) nearest the number on its allowed
//      side, inside the number's clause and never across another number, so "45 killed & 50+
//      injured" reads as two claims. No cue, no claim: crowds, capacities and perpetrators carry none.
//   4. Sub-claims: numbers listed after "including" / "among them" / "of whom" break down the number
//      before them; they share its category unless they carry their own cue.
//   5. Claimant (claimant.cc), hedges (data/extract_hedges.tsv, in the sentence or the start of the
//      next), date (timex against the publication date; durations and "since ..." give periods,
//      running-total phrases a period ending on the publication date) and place (the most specific
//      place named in the sentence).
#include "corroborate/extract.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/annotate.h"
#include "corroborate/numbers.h"
#include "corroborate/segment.h"
#include "corroborate/timex.h"
#include "extract/claimant.h"
#include "extract/phrases.h"
#include "extract/places.h"
#include "extract/structure.h"
#include "normalize/tokens.h"

namespace corroborate {
namespace {

struct SubjectInfo {
  std::optional<Category> category;
  bool singular = false;
  bool agent = false;  // a perpetrator noun ("suspects"): only killed, injured or detained
  CountUnit unit = CountUnit::kPeople;  // homes: a property noun, category housing only
};

struct Tables {
  PhraseTable<std::pair<Category, int>> cues;  // (category, side: -1 before, 1 after, 0 any)
  PhraseTable<SubjectInfo> subjects;
  PhraseTable<bool> hedges;
  PhraseTable<bool> cumulative;
  PhraseTable<bool> running;  // the cumulative phrases of a toll over time
  std::unordered_set<std::string> onsets;  // "since the clashes began": verbs of an event's start
  std::unordered_set<std::string> person_pronouns;  // "he", "she": one person named before
  std::unordered_set<std::string> reflexives;       // "himself": the clause's own subject
  PhraseTable<bool> elsewhere;
  std::unordered_set<std::string> labels;  // "Route 128": the number is a name
};

const Tables& T() {
  static const Tables* t = [] {
    auto* t = new Tables();
    for (const auto& row : DataTable("extract_categories.tsv")) {
      if (row.size() < 3) continue;
      auto cat = ParseCategory(row[1]);
      if (!cat) continue;
      int side = row[2] == "before" ? -1 : row[2] == "after" ? 1 : 0;
      t->cues.Add(row[0], {*cat, side});
    }
    for (const auto& row : DataTable("extract_subjects.tsv")) {
      if (row.empty()) continue;
      SubjectInfo s;
      if (row.size() > 1 && !row[1].empty()) s.category = ParseCategory(row[1]);
      s.singular = row.size() > 2 && row[2] == "1";
      s.agent = row.size() > 3 && row[3] == "1";
      if (row.size() > 4 && !row[4].empty()) s.unit = ParseUnit(row[4]).value_or(CountUnit::kPeople);
      t->subjects.Add(ToLowerAscii(row[0]), s);
    }
    for (const auto& row : DataTable("extract_hedges.tsv")) {
      if (!row.empty()) t->hedges.Add(row[0], true);
    }
    for (const auto& row : DataTable("extract_cumulative.tsv")) {
      if (!row.empty()) t->cumulative.Add(row[0], true);
      if (!row.empty() && (row.size() < 2 || row[1] != "total")) t->running.Add(row[0], true);
    }
    for (const auto& row : DataTable("extract_person_pronouns.tsv")) {
      if (!row.empty()) t->person_pronouns.insert(std::string(row[0]));
      if (row.size() >= 2 && row[1] == "reflexive") t->reflexives.insert(std::string(row[0]));
    }
    for (const auto& row : DataTable("extract_onset_verbs.tsv")) {
      if (!row.empty()) t->onsets.insert(std::string(row[0]));
    }
    for (const auto& row : DataTable("extract_elsewhere.tsv")) {
      if (!row.empty()) t->elsewhere.Add(row[0], true);
    }
    for (const auto& row : DataTable("extract_labels.tsv")) {
      if (!row.empty()) t->labels.insert(std::string(row[0]));
    }
    return t;
  }();
  return *t;
}

// The small word lists of data/extract_words.tsv, one per List.
enum List : size_t { kBareCount, kModifierStop, kAgeUnit, kAgeOld, kAgeLabel, kDifference, kThan, kAgentBy, kOfGroup, kDeterminer, kExtra, kNegation, kSpeech, kSameClause, kNotPresentS, kListOpen, kAmong, kListPronoun, kListJoin, kCopula, kOf, kFigureNoun, kAt, kRiseTo, kRiseVerb, kAndOr, kInFrom, kModal, kForecastVerb, kExpected, kTo, kSince, kUniversal, kDefinite, kIndefinite, kNobody, kNo, kOne, kFrom, kAnother, kWhom, kGenericPerson };
const WordLists& Words() {
  static const WordLists* w = new WordLists("extract_words.tsv", {"bare_count", "modifier_stop", "age_unit", "age_old", "age_label", "difference", "than", "agent_by", "of_group", "determiner", "extra", "negation", "speech", "same_clause", "not_present_s", "list_open", "among", "list_pronoun", "list_join", "copula", "of", "figure_noun", "at", "rise_to", "rise_verb", "and_or", "in_from", "modal", "forecast_verb", "expected", "to", "since", "universal", "definite", "indefinite", "nobody", "no", "one", "from", "another", "whom", "generic_person"});
  return *w;
}
bool In(std::string_view word, List list) { return Words().Has(list, word); }
bool In(const Token& t, List list) { return Words().Has(list, t.lower); }

bool IsPunct(const Token& t, std::string_view p) { return t.kind == Token::Kind::kPunct && t.lower == p; }
bool IsQuoteToken(const Token& t) {
  return t.kind == Token::Kind::kPunct && (t.lower == "\"" || t.lower == "'" || t.lower == "\xE2\x80\x9C" || t.lower == "\xE2\x80\x9D" ||
                                           t.lower == "\xE2\x80\x98" || t.lower == "\xE2\x80\x99");
}

// Words after a number that mean "the noun is left out": the number counts people.
bool IsVerbLike(const std::string& w) { return In(w, kBareCount); }

struct Candidate {
  size_t tok_begin = 0;   // first token of the value
  size_t tok_value_end = 0;  // token after the value
  size_t tok_end = 0;     // token after the subject (or the value when there is none)
  std::optional<int64_t> low, high;
  std::string value_text;
  size_t start = 0, end = 0;  // bytes in the article text (value and subject)
  std::string subject;
  std::optional<Category> category;
  int parent = -1;  // index of the parent candidate
  bool list_head = false;
  bool of_them = false;  // "40 of them": a part of the figure before it
  bool agent = false;    // counts perpetrators ("two suspects")
  bool member = false;   // a member of an "including ..." list or "were among": a part of its parent
  bool single = false;   // "a man", "an elderly woman": one person, often just the sentence's subject
  bool risk = false;     // "could be displaced": at risk
  CountUnit unit = CountUnit::kPeople;
  bool background = false;  // the parse makes it a total of a whole conflict ("the war has killed")
  bool unlisted_noun = false;  // counts a noun not in data/extract_subjects.tsv ("1 tribesman")
  size_t list_end = 0;  // token after the sub-claim list
};

std::optional<int64_t> ToInt(const std::optional<double>& v) {
  if (!v) return std::nullopt;
  double r = std::round(*v);
  if (!(std::fabs(r) < 9e15)) return std::nullopt;
  return static_cast<int64_t>(r);
}

class SentenceReader {
 public:
  SentenceReader(const Article& article, const AnnotatedSentence& s)
      : text_(article.text), s_start_(s.span.start), s_end_(s.span.end), quantities_(s.quantities), tokens_(s.tokens) {
    for (Token& t : tokens_) t.start += s_start_, t.end += s_start_;
  }

  const std::vector<Token>& tokens() const { return tokens_; }

  std::vector<Candidate> Candidates() const {
    std::vector<Candidate> out;
    for (const Quantity& q : quantities_) {
      if (IsMeasureUnit(q.unit)) continue;  // money, percentages, fractions, multiples
      if ((q.low && *q.low < 0) || (q.high && *q.high < 0)) continue;  // "minus 5": no count of people
      size_t b = TokenAt(s_start_ + q.start), e = TokenAfter(s_start_ + q.end);
      if (b >= tokens_.size() || e <= b) continue;
      Candidate c;
      c.tok_begin = b;
      c.tok_value_end = e;
      c.low = ToInt(q.low);
      c.high = ToInt(q.high);
      c.value_text = q.text;
      c.start = s_start_ + q.start;
      c.end = s_start_ + q.end;
      out.push_back(std::move(c));
    }
    // "a man", "one person" (when the number scanner let "one" go), "no one", "nobody", "no deaths".
    for (size_t i = 0; i < tokens_.size(); ++i) {
      const std::string& w = tokens_[i].lower;
      Candidate c;
      if (In(w, kIndefinite) && i + 1 < tokens_.size()) {
        // "a man", "a 23-year-old man", "an elderly Palestinian woman": up to three modifiers.
        size_t j = SkipModifiers(i + 1);
        size_t n = 0;
        const SubjectInfo* s = T().subjects.Match(tokens_, j, &n);
        c.low = c.high = 1;
        c.single = true;
        if (s && s->singular) {
          c.agent = s->agent;
          c.unit = s->unit;
          c.tok_value_end = j + n;
          for (size_t k = j; k < j + n; ++k) c.subject += (c.subject.empty() ? "" : " ") + tokens_[k].lower;
        } else if (const size_t age = AgeEnd(i + 1); age > i + 1 && StandsForPerson(age)) {
          c.tok_value_end = age;  // "a 17-year-old was shot": the age names the person
          c.subject = "person";
        } else if (In(tokens_[i + 1], kAnother) && StandsForPerson(i + 2)) {
          c.tok_value_end = i + 2;  // "a third was wounded"
          c.subject = "person";
        } else {
          continue;
        }
        c.tok_end = c.tok_value_end;
      } else if (In(w, kAnother) && i > 0 && StandsForPerson(i + 1)) {
        // "one was killed and another wounded".
        c.low = c.high = 1;
        c.single = true;
        c.subject = "person";
        c.tok_value_end = c.tok_end = i + 1;
      } else if ((In(w, kNo) && i + 1 < tokens_.size() && In(tokens_[i + 1], kOne)) || In(w, kNobody)) {
        c.low = c.high = 0;
        c.tok_value_end = i + (In(w, kNo) ? 2 : 1);
      } else if (In(w, kNo) && i + 1 < tokens_.size()) {
        size_t n = 0;
        const SubjectInfo* s = T().subjects.Match(tokens_, i + 1, &n);
        if (!s || !s->category) continue;  // "no deaths", "no casualties", "no injuries"
        c.low = c.high = 0;
        c.tok_value_end = i + 1;
      } else {
        continue;
      }
      c.tok_begin = i;
      c.start = tokens_[i].start;
      c.end = tokens_[c.tok_value_end - 1].end;
      c.value_text = std::string(text_.substr(c.start, c.end - c.start));
      // "a 23-year-old man" holds the number 23, an age: the article's count is the "a".
      if (!c.subject.empty()) {
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const Candidate& o) { return o.subject.empty() && o.tok_begin > c.tok_begin && o.tok_value_end <= c.tok_value_end; }),
                  out.end());
      }
      bool overlaps = false;
      for (const Candidate& o : out) overlaps |= o.tok_begin < c.tok_value_end && c.tok_begin < o.tok_value_end;
      if (!overlaps) out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.tok_begin < b.tok_begin; });
    return out;
  }

  // The token after the modifiers of a singular noun from tokens_[i]: an age ("23-year-old", "
  // 7-month-old") or up to three adjectives ("young", "elderly", "Palestinian"), never a function word.
  size_t SkipModifiers(size_t i) const {
    size_t j = i;
    for (int m = 0; m < 3 && j < tokens_.size(); ++m) {
      // "23-year-old", "7-month-old", "12-year old".
      if (const size_t age = AgeEnd(j); age > j) {
        j = age;
        continue;
      }
      if (tokens_[j].kind == Token::Kind::kNumber) break;
      size_t n = 0;
      if (T().subjects.Match(tokens_, j, &n)) break;
      if (tokens_[j].kind != Token::Kind::kWord || In(tokens_[j], kModifierStop) || IsVerbLike(tokens_[j].lower) || T().cues.Match(tokens_, j, &n)) break;
      ++j;
    }
    size_t n = 0;
    return T().subjects.Match(tokens_, j, &n) ? j : i;
  }

  // A word written in capitals ("IS", "UN") among words that are not: a name. In a line written all
  // in capitals ("27 WERE KILLED") it is just a word.
  bool IsAcronym(const Token& t) const {
    auto caps = [&](const Token& w) {
      if (!w.capitalised || w.end - w.start < 2) return false;
      for (size_t k = w.start; k < w.end; ++k) {
        if (text_[k] >= 'a' && text_[k] <= 'z') return false;
      }
      return true;
    };
    if (!caps(t)) return false;
    const size_t i = static_cast<size_t>(&t - tokens_.data());
    return !(i + 1 < tokens_.size() && caps(tokens_[i + 1]));
  }

  // The token after an age written as a noun's modifier at tokens_[j] ("23-year-old", "7-month-old",
  // "12-year old"), or j when there is none.
  size_t AgeEnd(size_t j) const {
    if (j + 2 >= tokens_.size() || tokens_[j].kind != Token::Kind::kNumber || !IsPunct(tokens_[j + 1], "-")) return j;
    size_t k = j + 2;
    if (!In(tokens_[k], kAgeUnit)) return j;
    ++k;
    if (k < tokens_.size() && IsPunct(tokens_[k], "-")) ++k;
    return k < tokens_.size() && In(tokens_[k], kAgeOld) ? k + 1 : j;
  }

  // True when the age ending before tokens_[k] is itself the noun: a verb, a mark or a cue follows.
  bool StandsForPerson(size_t k) const {
    if (k >= tokens_.size()) return true;
    size_t n = 0;
    return tokens_[k].kind == Token::Kind::kPunct || IsVerbLike(tokens_[k].lower) || T().cues.Match(tokens_, k, &n) != nullptr;
  }

  // Ages set off by commas or brackets: "Petra Holm, 64, who", "the victims, 20 and 22, were", "(64)".
  bool IsAgeApposition(const Candidate& c) const {
    if (c.tok_begin < 2 || c.tok_value_end != c.tok_begin + 1 || tokens_[c.tok_begin].kind != Token::Kind::kNumber) return false;
    // The first of "20 and 22", "25, 26, and 33", "11 to 15".
    size_t first = c.tok_begin;
    for (size_t k = first; k >= 2;) {
      size_t sep = k;
      while (sep >= 1 && (In(tokens_[sep - 1], kAndOr) || tokens_[sep - 1].lower == "," || In(tokens_[sep - 1], kTo) ||
                          IsPunct(tokens_[sep - 1], "-")) && sep + 2 >= k)
        --sep;
      if (sep == k || sep < 1 || tokens_[sep - 1].kind != Token::Kind::kNumber) break;
      k = first = sep - 1;
    }
    if (first < 1) return false;
    // "ages 20 and 22", "aged 25 to 30".
    if (In(tokens_[first - 1], kAgeLabel)) return true;
    const std::string& open = tokens_[first - 1].lower;
    if (open != "," && open != "(") return false;
    if (first < 2) return false;
    size_t at = first - 2;
    if (tokens_[at].lower == "." && at >= 1) --at;  // "Holt Jr., 27,"
    const Token& before = tokens_[at];
    size_t n = 0;
    bool person = before.capitalised;
    for (size_t k = at >= 1 ? at - 1 : at; k <= at && !person; ++k) person = T().subjects.Match(tokens_, k, &n) && k + n == at + 1;
    if (!person) return false;
    // The numbers and "and" up to the closing comma, bracket or full stop, each a plausible age.
    for (size_t k = c.tok_begin; k < c.tok_begin + 7; ++k) {
      if (k >= tokens_.size()) return true;  // the sentence ends on the age: "killing Chaz Fain, 18"
      const Token& t = tokens_[k];
      if (t.kind == Token::Kind::kNumber) {
        if (t.lower.size() > 3 || std::stoi(t.lower) > 120) return false;
      } else if (In(t, kAndOr)) {
        continue;
      } else {
        return t.lower == "," || t.lower == ")" || t.lower == "." || t.lower == ";";
      }
    }
    return false;
  }

  // Step 2: the victim group. False when the number counts something else.
  bool ReadSubject(Candidate* c) const {
    if (!c->subject.empty()) return true;  // "a man": read with the value
    // A difference, not a count: "eight more than the official figure", "12 fewer than last year".
    {
      const size_t v = c->tok_value_end;
      if (v + 1 < tokens_.size() && In(tokens_[v + 1], kThan) && In(tokens_[v], kDifference))
        return false;
    }
    // The agent of a passive ("shot by one of the men") and a change ("rose by 5") are not victims.
    if (c->tok_begin >= 1 && In(tokens_[c->tok_begin - 1], kAgentBy)) return false;
    // A number glued to a name or file name ("20140214_Scene", "F16") is an identifier.
    if (c->start > 0 && c->end > c->start) {
      const char before = text_[c->start - 1], after = c->end < text_.size() ? text_[c->end] : ' ';
      if (before == '_' || after == '_' || IsAsciiAlpha(before)) return false;
      // Phone numbers, codes and dates: "877.903.7867", "504-822-1111", "(01-14)", "3/14".
      if ((after == '.' || after == '-' || after == '/') && c->end + 1 < text_.size() && IsAsciiDigit(text_[c->end + 1])) return false;
      if ((before == '-' || before == '/') && c->start >= 2 && IsAsciiDigit(text_[c->start - 2])) return false;
    }
    if (IsAgeApposition(*c)) return false;
    // "Route 128", "Loop 410", "Flight 302": a label.
    if (c->tok_begin >= 2 && tokens_[c->tok_begin].kind == Token::Kind::kNumber && tokens_[c->tok_begin - 1].capitalised) {
      const Token& w = tokens_[c->tok_begin - 1];
      if (T().labels.count(std::string(text_.substr(w.start, w.end - w.start)))) return false;
    }
    // Long digit runs without separators are identifiers, phone numbers or dates ("20140214").
    if (c->value_text.size() >= 7 && c->value_text.find_first_not_of("0123456789") == std::string::npos) return false;
    // "under the age of 25", "aged 25", "ages 18 to 25".
    if (c->tok_begin >= 1) {
      const std::string& p = tokens_[c->tok_begin - 1].lower;
      if (In(p, kAgeLabel)) return false;
      if (In(p, kOf) && c->tok_begin >= 2 && In(tokens_[c->tok_begin - 2], kAgeLabel)) return false;
    }
    size_t i = c->tok_value_end;
    // Ages and identifiers glued by a hyphen: "a 23-year-old", "7-member".
    if (i < tokens_.size() && IsPunct(tokens_[i], "-") && !tokens_[i].space_before) return false;
    // "of them", "of whom", "of the dead": the group is named elsewhere.
    if (i < tokens_.size() && In(tokens_[i], kOf)) {
      if (i + 1 < tokens_.size() && In(tokens_[i + 1], kOfGroup)) {
        c->subject = "people";
        c->tok_end = i + 2;
        c->of_them = true;
        // "six of them children": the part's own group.
        size_t n = 0;
        if (const SubjectInfo* s = T().subjects.Match(tokens_, i + 2, &n); s && !s->category) {
          c->subject.clear();
          for (size_t k = i + 2; k < i + 2 + n; ++k) c->subject += (c->subject.empty() ? "" : " ") + tokens_[k].lower;
          c->tok_end = i + 2 + n;
        }
        return true;
      }
      ++i;
      if (i < tokens_.size() && In(tokens_[i], kDeterminer)) ++i;
    }
    // 18 "terrorists": the group in quotes.
    if (i + 1 < tokens_.size() && IsQuoteToken(tokens_[i])) {
      size_t n = 0;
      if (T().subjects.Match(tokens_, i + 1, &n)) ++i;
    }
    // The group noun, after at most two modifiers; a hyphenated modifier ("pro-Houthi") is one.
    for (size_t at = i, words = 0; words < 3 && at < tokens_.size(); ++words) {
      size_t n = 0;
      const SubjectInfo* s = T().subjects.Match(tokens_, at, &n);
      if (s) {
        // A noun that carries its category ("dead", "missing") counts only right after the number
        // or after "more" / "other": "several coins reported missing" is not about people.
        bool adjacent = true;
        for (size_t k = i; k < at; ++k) adjacent &= In(tokens_[k], kExtra);
        if (s->category && !adjacent) return false;
        c->agent = s->agent;
        c->unit = s->unit;
        c->subject.clear();
        for (size_t k = at; k < at + n; ++k) c->subject += (c->subject.empty() ? "" : " ") + tokens_[k].lower;
        if (s->category) {
          c->category = s->category;
          c->subject = "people";
        }
        c->tok_end = at + n;
        c->end = tokens_[c->tok_end - 1].end;
        return true;
      }
      const Token& t = tokens_[at];
      if (at == i) {
        size_t m = 0;
        // "27 were killed", "12 more"; an acronym ("five IS hideouts") is a name, not the verb "is".
        if (t.kind == Token::Kind::kPunct || (IsVerbLike(t.lower) && !IsAcronym(t)) || T().cues.Match(tokens_, i, &m)) {
          c->subject = "people";
          c->tok_end = c->tok_value_end;
          return true;
        }
      }
      // Modifiers: lower-case words ("more", "young") or capitalised adjectives ("Palestinian").
      if (t.kind != Token::Kind::kWord) break;
      ++at;
      while (at + 1 < tokens_.size() && IsPunct(tokens_[at], "-") && !tokens_[at].space_before && !tokens_[at + 1].space_before &&
             tokens_[at + 1].kind == Token::Kind::kWord)
        at += 2;
    }
    if (i >= tokens_.size()) {
      c->subject = "people";
      c->tok_end = c->tok_value_end;
      return true;
    }
    c->unlisted_noun = true;  // a noun the victim-group table does not know; the parse may still tell
    return false;
  }

  // A value under a label, as infoboxes and fact sheets give them: "Deaths: 243", "Injuries: 12",
  // "Houses destroyed: 877". The label is a cue or a victim group with a category, right before the
  // colon, at the start of the sentence or line.
  void ReadLabel(Candidate* c) const {
    const size_t b = c->tok_begin;
    if (b < 2 || !IsPunct(tokens_[b - 1], ":")) return;
    for (size_t from = 0; from + 1 < b; ++from) {
      if (from > 0 && !tokens_[from].newline_before) continue;
      size_t n = 0, m = 0;
      if (const auto* cue = T().cues.Match(tokens_, from, &n); cue && from + n == b - 1 && cue->first != Category::kHousing) {
        c->category = cue->first;
        return;
      }
      const SubjectInfo* s = T().subjects.Match(tokens_, from, &n);
      if (s && s->category && from + n == b - 1) {
        c->category = s->category;
        return;
      }
      // "Houses destroyed: 877": a property noun and its damage.
      if (s && s->unit == CountUnit::kHomes) {
        const auto* cue = T().cues.Match(tokens_, from + n, &m);
        if (cue && cue->first == Category::kHousing && from + n + m == b - 1) {
          c->category = Category::kHousing;
          c->unit = CountUnit::kHomes;
          c->subject = std::string(tokens_[from].lower);
          return;
        }
      }
    }
  }

  // Step 3: the nearest cue in [lo, hi).
  std::optional<Category> NearestCue(const Candidate& c, size_t lo, size_t hi) const {
    std::optional<Category> best;
    size_t best_distance = 13;
    for (size_t i = lo; i < hi && i < tokens_.size(); ++i) {
      if (i >= c.tok_begin && i < c.tok_end) continue;
      size_t n = 0;
      const auto* cue = T().cues.Match(tokens_, i, &n);
      if (!cue) continue;
      const bool before = i + n <= c.tok_begin;
      if ((before && cue->second == 1) || (!before && cue->second == -1)) continue;
      // Damage is said of homes, and only damage is: "91 homes damaged", not "91 homes ... killed".
      if ((cue->first == Category::kHousing) != (c.unit == CountUnit::kHomes)) continue;
      if (!before && i >= 1) {
        // "were not hurt", "wasn't injured", "never found".
        const std::string& p = tokens_[i - 1].lower;
        if (In(p, kNegation) || (p.size() > 3 && p.compare(p.size() - 3, 3, "n't") == 0)) continue;
        if (i >= 2 && tokens_[i - 1].lower == "t" && tokens_[i - 2].lower == "\xE2\x80\x99") continue;  // "wasn’t"
      }
      // A cue glued by a hyphen to the next word is part of a compound: "toll-free", "dead-end".
      if (i + n < tokens_.size() && IsPunct(tokens_[i + n], "-") && !tokens_[i + n].space_before) continue;
      size_t distance = before ? c.tok_begin - (i + n) : i - c.tok_end;
      // "A man was shot dead", "a woman who was later found dead"; not "a girl runs among the dead".
      if (c.single && !before && !VerbGroup(c.tok_end, i)) continue;
      // A participle before the number counts only right before it ("killed 27", "wounding 50"); in
      // "4 remained missing and 4,100 ..." it belongs to the number before.
      if (before && cue->second == 0 && distance > 0) continue;
      if (distance < best_distance || (distance == best_distance && !before)) {
        best_distance = distance;
        best = cue->first;
      }
      // "a man who was shot in the stomach died on Tuesday": a later death outweighs the wound.
      if (!before && best == Category::kInjured && cue->first == Category::kKilled && cue->second == 1 && distance < 13) {
        best = Category::kKilled;
        best_distance = 0;
      }
      i += n - 1;
    }
    return best;
  }

  // True when the cue at tokens_[to] can still be the verb of the noun ending at `from`: no speech
  // verb ("a woman told reporters her son was killed"), no present-tense verb of the noun's own ("a
  // girl runs among the dead"), no conjunction opening another clause, and not far.
  bool VerbGroup(size_t from, size_t to) const {
    if (to > from + 12) return false;
    for (size_t g = from; g < to && g < tokens_.size(); ++g) {
      const std::string& w = tokens_[g].lower;
      // "a man ... after he was shot": the clause goes on about the same person.
      const bool same = g + 1 < tokens_.size() && T().person_pronouns.count(tokens_[g + 1].lower) > 0;
      if (In(w, kSpeech) && !(same && In(w, kSameClause))) return false;
      if (g == from && tokens_[g].kind == Token::Kind::kWord && w.size() > 2 && w.back() == 's' && !In(w, kNotPresentS)) return false;
    }
    return true;
  }

  bool HasPhrase(const PhraseTable<bool>& table, size_t from = 0, size_t to = SIZE_MAX) const {
    for (size_t i = from; i < tokens_.size() && i < to; ++i) {
      size_t n = 0;
      if (table.Match(tokens_, i, &n)) return true;
    }
    return false;
  }

  size_t TokenAt(size_t byte) const {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].start >= byte) return i;
    }
    return tokens_.size();
  }
  size_t TokenAfter(size_t byte) const {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].start >= byte) return i;
    }
    return tokens_.size();
  }

 private:
  std::string_view text_;
  size_t s_start_, s_end_;
  const std::vector<Quantity>& quantities_;
  std::vector<Token> tokens_;  // offsets in the article's text
};

bool ListCue(const std::vector<Token>& t, size_t i, size_t* next) {
  auto is = [&](size_t k, std::string_view w) { return k < t.size() && t[k].lower == w; };
  size_t j = i;
  if (is(j, ",")) ++j;
  if (j < t.size() && In(t[j], kListOpen)) {
    *next = j + 1;
    return true;
  }
  const bool among = j < t.size() && In(t[j], kAmong) && j + 1 < t.size() && (In(t[j + 1], kListPronoun) || In(t[j + 1], kDefinite));
  const bool of_whom = j + 1 < t.size() && In(t[j], kOf) && In(t[j + 1], kWhom);
  if (among || of_whom) {
    *next = j + 2;
    if (In(t[j + 1], kDefinite)) *next = j + 3;
    return true;
  }
  return false;
}

// A dateline's date, "KABUL, Afghanistan (March 3, 2011) -": the day of publication, not of an event.
bool InDateline(std::string_view sentence, const Timex& t) {
  size_t b = t.start;
  while (b > 0 && sentence[b - 1] == ' ') --b;
  if (b == 0 || sentence[b - 1] != '(') return false;
  size_t e = t.end;
  while (e < sentence.size() && sentence[e] == ' ') ++e;
  if (e >= sentence.size() || sentence[e] != ')') return false;
  ++e;
  while (e < sentence.size() && sentence[e] == ' ') ++e;
  const std::string_view rest = sentence.substr(e);
  return rest.empty() || rest[0] == '-' || rest.rfind("\xE2\x80\x93", 0) == 0 || rest.rfind("\xE2\x80\x94", 0) == 0;
}

// True when "since " ends right before byte `at` of the sentence ("since August").
bool AfterSince(std::string_view sentence, size_t at) {
  return at >= 6 && sentence[at - 1] == ' ' && In(ToLowerAscii(sentence.substr(at - 6, 5)), kSince);
}

// The event day a sentence sets for the figures after it in its paragraph ("Yesterday, an attack in
// Andar district ..."): its last time expression that is one past or present day, not a dateline.
std::optional<Date> DaySet(std::string_view sentence, const std::vector<Timex>& timexes, const std::optional<Date>& dct) {
  std::optional<Date> day;
  for (const Timex& t : timexes) {
    if (t.type != TimexType::kDate || !t.first_day || t.first_day != t.last_day || InDateline(sentence, t)) continue;
    if (AfterSince(sentence, t.start)) continue;  // a period's start
    if (dct && *dct < *t.first_day) continue;  // a coming day sets no event's day
    day = t.first_day;
  }
  return day;
}

// The day, period and precision a claim is about, from the sentence's time expressions.
void ReadDate(std::string_view sentence, const std::vector<Timex>& timexes, const std::vector<size_t>& numbers, size_t value_offset,
              const std::optional<Date>& dct, bool cumulative, Claim* claim) {
  const Timex* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const Timex& t : timexes) {
    if (!t.first_day || !t.last_day || InDateline(sentence, t)) continue;
    size_t distance = t.start > value_offset ? t.start - value_offset : value_offset - t.end;
    // "8 were killed on Saturday and 12 more on Sunday": a time beyond another figure is that one's.
    // A time between an earlier figure and this one is the earlier one's ("killed on Saturday").
    for (size_t n : numbers) {
      if (n == value_offset) continue;
      if ((n > value_offset && n < t.start) || (n < value_offset && n > t.end)) distance += 1000;
      if (n < t.start && t.end <= value_offset) distance += 500;
    }
    // A period ("the past 26 days", "since August") always beats a day for a claim it sits by.
    if (t.type == TimexType::kDuration) distance /= 4;
    if (distance < best_distance) best_distance = distance, best = &t;
  }
  if (!best) {
    if (cumulative && dct) {
      claim->period_end = dct;
      claim->date = dct;
      claim->date_precision = DatePrecision::kDay;
    }
    return;
  }
  const bool since = AfterSince(sentence, best->start);
  const int64_t span = best->last_day->ToDays() - best->first_day->ToDays();
  if (best->type == TimexType::kDuration || (since && dct)) {
    claim->period_start = best->first_day;
    claim->period_end = since ? *dct : *best->last_day;
    claim->date = claim->period_end;
    claim->date_precision = DatePrecision::kDay;
    return;
  }
  if (span == 0) {
    claim->date = best->first_day;
    claim->date_precision = DatePrecision::kDay;
    if (cumulative) claim->period_end = best->first_day;
    return;
  }
  claim->period_start = best->first_day;
  claim->period_end = best->last_day;
  // "so far this year", "this week": a figure is about what has happened, so a period running past
  // the publication date ends on it.
  if (dct && *dct < *claim->period_end && *claim->period_start <= *dct) claim->period_end = dct;
  claim->date = claim->period_end;
  claim->date_precision = span <= 7 ? DatePrecision::kWeek : span <= 31 ? DatePrecision::kMonth : DatePrecision::kYear;
}

// What a claim counts (ANNOTATION.md "Scope"): a part has its whole's scope; a total of a whole
// conflict, of a year or more, or of a time more than a year before publication is background; a
// cumulative toll or a period is a running total; anything else is one incident.
Scope ReadScope(const Claim& claim, const Claim* parent, bool background, bool running, const std::optional<Date>& published) {
  if (parent) return parent->scope;
  if (background) return Scope::kBackground;
  if (claim.period_start && claim.period_end && claim.period_end->ToDays() - claim.period_start->ToDays() >= 365) return Scope::kBackground;
  const std::optional<Date>& day = claim.period_end ? claim.period_end : claim.date;
  if (day && published && published->ToDays() - day->ToDays() > 365) return Scope::kBackground;
  if (claim.date_precision == DatePrecision::kYear && claim.period_start && !running) return Scope::kBackground;
  if (running || (claim.period_start && claim.period_start != claim.period_end)) return Scope::kRunningTotal;
  return Scope::kIncident;
}

// The place a figure refers to: a place where something happened ("in", "across") over one a speaker
// is in ("spoke from Geneva"), a neighbourhood over a city over a country, then the nearest.
const PlaceMention* PlaceFor(const std::vector<PlaceMention>& places, std::string_view sentence, size_t value_offset) {
  const PlaceMention* best = nullptr;
  std::tuple<int, int, size_t> best_rank;
  for (const PlaceMention& p : places) {
    if (p.name == "The" || p.name == "A" || p.name == "An" || p.name == "This" || p.name == "That" || p.name == "Its") continue;
    std::string_view before = sentence.substr(0, p.start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const bool from = before.size() >= 4 && In(ToLowerAscii(before.substr(before.size() - 4)), kFrom);
    const int level = p.neighbourhood ? 0 : p.is_country ? 2 : 1;
    const size_t distance = p.start > value_offset ? p.start - value_offset : value_offset - p.start;
    std::tuple<int, int, size_t> rank{from ? 1 : 0, level, distance};
    if (!best || rank < best_rank) best = &p, best_rank = rank;
  }
  return best;
}


// A dateline's city: "KHARTOUM, Sudan (Reuters) -", "ALEPPO, Syria —", "GAZA CITY -". The capitals
// are read in title case ("Khartoum") and looked up in the gazetteer.
std::string DatelinePlace(std::string_view sentence, const Gazetteer* gazetteer) {
  if (!gazetteer) return {};
  size_t e = 0;
  while (e < sentence.size() && e < 40 && ((sentence[e] >= 'A' && sentence[e] <= 'Z') || sentence[e] == ' ' || sentence[e] == '-' || sentence[e] == '\'')) ++e;
  while (e > 0 && (sentence[e - 1] == ' ' || sentence[e - 1] == '-')) --e;
  if (e < 3 || e >= sentence.size() || !(sentence[e] == ',' || sentence.substr(e).rfind(" -", 0) == 0 ||
                                         sentence.substr(e).rfind(" \xE2\x80\x94", 0) == 0 || sentence.substr(e).rfind(" \xE2\x80\x93", 0) == 0 ||
                                         sentence.substr(e).rfind(" (", 0) == 0))
    return {};
  std::string name(sentence.substr(0, e));
  bool word_start = true;
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c - 'A' + 'a');
    word_start = c == ' ' || c == '-';
  }
  const Gazetteer::Place* p = gazetteer->Find(name);
  return p ? p->name : std::string();
}

// Mentions in `sentence` of places the article introduced elsewhere, added when not found already.
void AddLocalPlaces(const std::vector<std::string>& names, std::string_view sentence, std::vector<PlaceMention>* places) {
  for (const std::string& name : names) {
    for (size_t at = sentence.find(name); at != std::string_view::npos; at = sentence.find(name, at + name.size())) {
      const size_t end = at + name.size();
      const bool word_start = at == 0 || !IsAsciiAlpha(sentence[at - 1]);
      const bool word_end = end >= sentence.size() || !IsAsciiAlpha(sentence[end]);
      if (!word_start || !word_end) continue;
      bool known = false;
      for (const PlaceMention& p : *places) known |= p.start < end && at < p.end;
      if (known) continue;
      PlaceMention m;
      m.start = at;
      m.end = end;
      m.name = name;
      m.neighbourhood = true;
      places->push_back(std::move(m));
    }
  }
}

// The word of a parsed sentence that a candidate counts: its number ("at least 30" -> "30"), else
// the last word of its value ("dozens", "a man" -> "man", "a 3-year-old boy" -> "boy": a single
// person's number is an age); -1 when the words do not line up.
int CountedWord(const Tree& tree, const Candidate& c, const std::vector<Token>& tok) {
  const size_t value_end = tok[c.tok_value_end - 1].end;
  int last = -1, number = -1;
  for (size_t i = 0; i < tree.words().size(); ++i) {
    const Word& w = tree.words()[i];
    if (w.start < c.start || w.end > value_end) continue;
    last = static_cast<int>(i);
    if (w.upos == "NUM") number = static_cast<int>(i);
  }
  return number >= 0 && !c.single ? number : last;
}

// What the parse says about the window reader's candidates: a phrase that did the harm ("two gunmen
// killed three people") is no victim; a phrase the window found no cue for takes the category of
// its predicate ("the patrol killed three gunmen", "the displacement of 400,000 people").
void ReadStructure(const Tree& tree, const std::vector<Token>& tok, std::vector<Candidate>* cands, std::vector<bool>* keep) {
  for (size_t k = 0; k < cands->size(); ++k) {
    Candidate& c = (*cands)[k];
    if (!(*keep)[k] || c.tok_value_end == 0) continue;
    const int w = CountedWord(tree, c, tok);
    if (w < 0) continue;
    const size_t head = PhraseHead(tree, static_cast<size_t>(w));
    if (IsPerpetrator(tree, head) && !c.of_them) {
      (*keep)[k] = false;
      continue;
    }
    c.background = IsBackgroundTotal(tree, head);
    const std::optional<Category> cat = StructureCategory(tree, head);
    // The window's "was shot" is a wound; the parse sees the whole coordination or clause ("was shot
    // in the head and killed", "who was shot ... died").
    if (c.category == Category::kInjured && cat == Category::kKilled) c.category = cat;
    if (c.category) continue;
    if (cat && (*cat == Category::kHousing) == (c.unit == CountUnit::kHomes)) c.category = cat;
  }
}

// True when a noun ends like a noun for people (data/extract_person_suffixes.tsv).
bool EndsLikePeople(const std::string& lower) {
  static const std::vector<std::string>* endings = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& row : DataTable("extract_person_suffixes.tsv")) {
      if (!row.empty()) v->emplace_back(row[0]);
    }
    return v;
  }();
  for (const std::string& e : *endings) {
    if (lower.size() > e.size() + 2 && lower.compare(lower.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

// A number counting a noun the victim-group table does not know is a claim when the parse makes the
// noun the victim of a harm to people: "1 tribesman killed", "the killing of 1 member of the
// police", "7 militiamen were captured", when the noun ends like one for people. Damage to things
// (category housing) never qualifies.
bool StructuralSubject(const Tree& tree, const std::vector<Token>& tok, Candidate* c) {
  const int w = CountedWord(tree, *c, tok);
  if (w < 0 || tree.words()[w].upos != "NUM" || tree.words()[w].deprel != "nummod") return false;
  const size_t noun = PhraseHead(tree, static_cast<size_t>(w));
  const Word& n = tree.words()[noun];
  if (n.upos != "NOUN" || !EndsLikePeople(n.lower) || IsPerpetrator(tree, noun)) return false;
  const std::optional<Category> cat = StructureCategory(tree, noun);
  if (!cat || *cat == Category::kHousing || *cat == Category::kAffected) return false;
  c->category = cat;
  c->subject = n.lower;
  c->tok_end = std::max(c->tok_value_end, n.tok_end);
  c->end = std::max(c->end, n.end);
  return true;
}

// "MARENVALE", "UN": written in capitals, a dateline's place or an acronym, never a person's name.
bool AllCapitals(std::string_view form) {
  bool letters = false;
  for (char ch : form) {
    if (ch >= 'a' && ch <= 'z') return false;
    letters |= ch >= 'A' && ch <= 'Z';
  }
  return letters;
}

// The byte span of a person's phrase: its determiner, modifiers and name parts.
std::pair<size_t, size_t> PersonPhrase(const Tree& tree, size_t noun) {
  size_t left = noun, right = noun;
  for (int c : tree.children(noun)) {
    const std::string& rel = tree.words()[c].deprel;
    if (rel == "det" || rel == "amod" || rel == "compound" || rel == "flat" || rel == "nmod:poss" || rel == "flat:name") {
      left = std::min(left, static_cast<size_t>(c));
      if (rel == "flat" || rel == "flat:name") right = std::max(right, static_cast<size_t>(c));
    }
  }
  return {left, right};
}

// The name a person goes by in the article ("Yusuf Karimi"), lower-cased, or empty for a description.
std::string PersonName(const Tree& tree, size_t noun) {
  const auto& w = tree.words();
  std::string name;
  auto add = [&](size_t i) {
    if (w[i].upos == "PROPN") name += (name.empty() ? "" : " ") + w[i].lower;
  };
  add(noun);
  for (int c : tree.children(noun)) {
    if (w[c].deprel == "flat" || w[c].deprel == "flat:name") add(static_cast<size_t>(c));
  }
  // "the commander, Yusuf Karimi": the apposed name.
  if (name.empty()) {
    if (int a = tree.Child(noun, "appos"); a >= 0 && w[a].upos == "PROPN") return PersonName(tree, static_cast<size_t>(a));
  }
  return name;
}

// People a parsed sentence names without a number, each a count of one (ANNOTATION.md): "a
// 19-year-old woman was shot and killed", "troops killed the militia commander, Yusuf Karimi",
// "Maria Lopez, 41, and her son died" (2). A name already counted in the article (`named`, its
// words) is not counted again, nor a definite description ("the victim") of a harm already counted.
bool InTimex(const std::vector<Timex>& timexes, size_t start, size_t end) {
  for (const Timex& t : timexes) {
    if (t.start < end && start < t.end) return true;
  }
  return false;
}

std::vector<Candidate> PeopleWithoutNumber(const Tree& tree, const std::vector<Token>& tok, const std::vector<Candidate>& cands,
                                           const std::vector<Timex>& timexes, size_t sentence_start, const Gazetteer* gazetteer,
                                           std::vector<std::string>* named, std::vector<Category>* singles_seen) {
  std::vector<Candidate> out;
  const auto& w = tree.words();
  for (size_t i = 0; i < w.size(); ++i) {
    const Word& n = w[i];
    const bool pronoun = n.upos == "PRON" && T().person_pronouns.count(n.lower) > 0;
    if (n.upos != "NOUN" && n.upos != "PROPN" && !pronoun) continue;
    const std::string& rel = n.deprel;
    if (rel == "compound" || rel == "flat" || rel == "flat:name" || rel == "nmod:poss" || rel.rfind("conj", 0) == 0 ||
        rel.rfind("appos", 0) == 0)
      continue;
    if (tree.HasChild(i, "nummod")) continue;  // a number counts it: the window reader's
    size_t len = 0;
    const SubjectInfo* info = T().subjects.Match(tok, n.tok_begin, &len);
    const bool person_noun = n.upos == "NOUN" && info && info->singular && len == 1;
    // A name: a capitalised proper noun the gazetteer does not know as a place; a lone word opening
    // the sentence ("Clashes resulted in ...") is too often a capitalised common noun to count.
    const bool lone_opening = i == 0 && !tree.HasChild(i, "flat") && !tree.HasChild(i, "appos");
    if (n.upos == "PROPN" && InTimex(timexes, n.start - sentence_start, n.end - sentence_start)) continue;  // "Tuesday", "March"
    const bool name = n.upos == "PROPN" && tok[n.tok_begin].capitalised && !lone_opening && !AllCapitals(n.form) &&
                      !(gazetteer && gazetteer->Find(n.form));
    if (!person_noun && !name && !pronoun) continue;
    if (int d = tree.Child(i, "det"); d >= 0 && In(w[d].lower, kUniversal)) continue;
    auto [left, right] = PersonPhrase(tree, i);
    bool overlaps = false;
    for (const Candidate& c : cands) overlaps |= c.tok_begin < w[right].tok_end && w[left].tok_begin < std::max(c.tok_end, c.tok_value_end);
    if (overlaps) continue;
    const std::optional<Category> cat = StructureCategory(tree, i);
    if (!cat) continue;
    // A name stands for a victim of harm, not for an evacuated town or a rescued company.
    if (name && *cat != Category::kKilled && *cat != Category::kInjured && *cat != Category::kDetained && *cat != Category::kMissing) continue;
    // "A man was shot. He died in hospital": a pronoun adds a harm not yet counted for one person.
    if (pronoun && std::find(singles_seen->begin(), singles_seen->end(), *cat) != singles_seen->end()) continue;
    // "A man is in hospital after he was shot": the pronoun is the person the sentence counts already.
    // A reflexive is that person ("a boy shot himself"), who as the subject of the act is no victim yet.
    if (pronoun && !T().reflexives.count(n.lower) && std::any_of(cands.begin(), cands.end(), [](const Candidate& o) { return o.single; })) continue;
    const std::string who = pronoun ? std::string() : PersonName(tree, i);
    if (!who.empty()) {
      const std::string last = who.substr(who.rfind(' ') == std::string::npos ? 0 : who.rfind(' ') + 1);
      bool seen = false;
      for (const std::string& earlier : *named) {
        seen |= earlier == who || (earlier.size() >= last.size() && earlier.compare(earlier.size() - last.size(), last.size(), last) == 0);
      }
      if (seen) continue;
      named->push_back(who);
    } else if (In(w[tree.Child(i, "det") >= 0 ? tree.Child(i, "det") : i].lower, kDefinite) &&
               std::find(singles_seen->begin(), singles_seen->end(), *cat) != singles_seen->end()) {
      continue;
    }
    singles_seen->push_back(*cat);
    Candidate c;
    c.tok_begin = w[left].tok_begin;
    c.tok_value_end = c.tok_end = w[right].tok_end;
    c.low = c.high = ConjunctCount(tree, i);
    c.single = true;
    c.agent = info && info->agent;
    c.category = cat;
    c.subject = person_noun && *c.low == 1 ? n.lower : pronoun && *c.low == 1 ? "person" : "people";
    c.start = w[left].start;
    c.end = w[right].end;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

namespace {
std::vector<Claim> ExtractFrom(const AnnotatedDocument& doc, const ExtractOptions& options);
}  // namespace

std::vector<Claim> ExtractClaims(const Article& article, const ExtractOptions& options) {
  AnnotateOptions annotate;
  annotate.syntax = options.syntax;
  if (!annotate.syntax && options.parse) {
    if (auto reader = DefaultSyntaxReader(); reader.ok()) annotate.syntax = *reader;
  }
  annotate.parse_if = CanHoldClaim;
  return ExtractFrom(Annotate(article, annotate), options);
}

std::vector<Claim> ExtractClaims(const AnnotatedDocument& doc, const ExtractOptions& options) { return ExtractFrom(doc, options); }

bool CanHoldClaim(const AnnotatedSentence& s) {
  if (s.heading) return false;
  // A count of things or people: not money, percentages or other measures.
  for (const Quantity& q : s.quantities) {
    if (!IsMeasureUnit(q.unit)) return true;
  }
  // People without a number need a word of harm ("a man was shot", "he was pronounced dead").
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    size_t n = 0;
    if (T().cues.Match(s.tokens, i, &n)) return true;
    if (s.tokens[i].kind == Token::Kind::kWord && MayBePredicate(s.tokens[i].lower)) return true;
  }
  return false;
}

namespace {
// Whether an unnumbered person wounded (`hurt`) may be the person an article counts as killed
// (`dead`): "the victim was shot in the chest ... she died at the hospital", "Eva Zamora died after
// she was shot". A pronoun or a generic noun ("the victim") may be anyone; otherwise the two must
// name the same kind of person ("the toddler", "a toddler"), and "another" / "a second" is someone else.
bool MayBeSamePerson(const Claim& hurt, const Claim& dead) {
  const std::string first = hurt.value_text.substr(0, hurt.value_text.find(' '));
  if (In(ToLowerAscii(first), kAnother)) return false;
  if (hurt.subject == "people") {  // a name: the same name only
    return !hurt.value_text.empty() && dead.value_text.find(hurt.value_text) != std::string::npos;
  }
  return In(hurt.subject, kGenericPerson) || hurt.subject == dead.subject;
}

// A person the article reports both wounded and dead is one death, not also an injury (a person is
// counted once, ANNOTATION.md): an unnumbered person's injury claim goes when a top-level incident
// killed claim of the article may be the same person.
void DropWoundsOfTheDead(const std::vector<size_t>& singles, std::vector<Claim>* claims) {
  std::vector<bool> drop(claims->size(), false);
  for (size_t i : singles) {
    const Claim& hurt = (*claims)[i];
    if (hurt.category != Category::kInjured || hurt.parent) continue;
    const bool has_parts = std::any_of(claims->begin(), claims->end(), [&](const Claim& c) { return c.parent == hurt.id; });
    for (const Claim& dead : *claims) {
      if (has_parts) break;
      if (dead.category == Category::kKilled && !dead.parent && dead.scope == Scope::kIncident && MayBeSamePerson(hurt, dead)) {
        drop[i] = true;
        break;
      }
    }
  }
  size_t out = 0;
  for (size_t i = 0; i < claims->size(); ++i) {
    if (drop[i]) continue;
    if (out != i) (*claims)[out] = std::move((*claims)[i]);
    ++out;
  }
  claims->resize(out);
}

std::vector<Claim> ExtractFrom(const AnnotatedDocument& doc, const ExtractOptions& options) {
  std::vector<Claim> claims;
  const Article& article = *doc.article;
  const std::string& text = article.text;
  std::vector<Span> sentences;
  for (const AnnotatedSentence& s : doc.sentences) sentences.push_back(s.span);
  ClaimantReader claimants(article);
  // Villages and districts the article introduces ("the village of Orvik") count later on their own.
  std::vector<std::string> local_places;
  // The places of every sentence, read once from its tokens.
  std::vector<std::vector<PlaceMention>> sentence_places(doc.sentences.size());
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const AnnotatedSentence& as = doc.sentences[si];
    sentence_places[si] = FindPlaces(std::string_view(text).substr(as.span.start, as.span.end - as.span.start), as.tokens, options.gazetteer.get());
    for (const PlaceMention& p : sentence_places[si]) {
      if (p.neighbourhood && std::find(local_places.begin(), local_places.end(), p.name) == local_places.end()) local_places.push_back(p.name);
    }
  }
  // The article's lead place: the dateline or the first place the opening sentences name. A figure
  // whose sentence names no place is about it.
  std::string lead_place;
  size_t dateline_sentence = SIZE_MAX;
  for (size_t si = 0, body = 0; si < sentences.size() && body < 2 && lead_place.empty(); ++si) {
    const Span s = sentences[si];
    if (s.end - s.start > 20000 || doc.sentences[si].heading) continue;
    ++body;
    std::string_view sentence(text.data() + s.start, s.end - s.start);
    lead_place = DatelinePlace(sentence, options.gazetteer.get());
    if (!lead_place.empty()) {
      dateline_sentence = si;
      break;
    }
    if (const PlaceMention* p = PlaceFor(sentence_places[si], sentence, 0)) lead_place = p->name;
  }
  std::optional<Date> paragraph_day;      // the event day an earlier sentence of the paragraph set
  std::vector<std::string> named;         // people counted by name so far
  std::vector<Category> singles_seen;     // harms counted for one unnumbered person so far
  std::vector<size_t> single_claims;      // claims that count one unnumbered person
  std::string last_claim_id;  // the last top-level claim, for "N of them" in the next sentence
  size_t last_claim_sentence = SIZE_MAX;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Span s = sentences[si];
    if (si > 0 && doc.sentences[si - 1].paragraph != doc.sentences[si].paragraph) paragraph_day.reset();
    if (si > 0 && !doc.sentences[si - 1].heading && doc.sentences[si - 1].paragraph == doc.sentences[si].paragraph) {
      const Span p = sentences[si - 1];
      if (auto day = DaySet(std::string_view(text).substr(p.start, p.end - p.start), doc.sentences[si - 1].timexes, article.published)) {
        paragraph_day = day;
      }
    }
    if (s.end - s.start > 20000) continue;  // not a sentence: a table or a run-on dump
    // Headlines restate the body's figures in the outlet's voice; the body's sentence is the claim.
    const bool heading = doc.sentences[si].heading;
    SentenceReader reader(article, doc.sentences[si]);
    const auto& tok = reader.tokens();
    // The claimant memory reads every sentence, so a later "she" can point back.
    const std::vector<Attribution> said = claimants.Read(s, si + 1 < sentences.size() ? std::optional<Span>(sentences[si + 1]) : std::nullopt, &doc.sentences[si]);
    if (heading || reader.HasPhrase(T().elsewhere)) continue;
    const AnnotatedSentence& annotated = doc.sentences[si];
    std::optional<Tree> tree;
    if (annotated.parsed) tree.emplace(annotated.words);
    std::vector<Candidate> cands = reader.Candidates();
    // People the parse counts without a number join after the window rules have read the numbers,
    // so that they bound no number's clause and take part in no list (their category is set).
    std::vector<Candidate> unnumbered;
    if (tree) unnumbered = PeopleWithoutNumber(*tree, tok, cands, annotated.timexes, s.start, options.gazetteer.get(), &named, &singles_seen);
    if (cands.empty() && unnumbered.empty()) continue;
    std::vector<bool> keep(cands.size(), false);
    for (size_t k = 0; k < cands.size(); ++k) {
      keep[k] = reader.ReadSubject(&cands[k]);
      if (!keep[k] && cands[k].unlisted_noun && tree) keep[k] = StructuralSubject(*tree, tok, &cands[k]);
    }
    // Sub-claim lists.
    for (size_t k = 0; k < cands.size(); ++k) {
      if (!keep[k] || cands[k].parent >= 0) continue;
      size_t after = 0;
      if (!ListCue(tok, cands[k].tok_end, &after)) continue;
      size_t last = k;
      for (size_t m = k + 1; m < cands.size(); ++m) {
        if (!keep[m]) continue;
        // Members follow one another, joined by commas and "and".
        size_t gap_from = m == k + 1 ? after : cands[last].tok_end;
        bool joined = true;
        for (size_t g = gap_from; g < cands[m].tok_begin; ++g) {
          const std::string& w = tok[g].lower;
          if (!(w == "," || In(w, kListJoin))) joined = false;
        }
        if (!joined) break;
        cands[m].parent = static_cast<int>(k);
        cands[m].member = true;
        last = m;
      }
      if (last != k) {
        cands[k].list_head = true;
        cands[k].list_end = cands[last].tok_end;
      }
    }
    // "Some 300 people were injured in the stampede, including 40 children": a list later in the
    // clause breaks down the figure before it.
    for (size_t m = 1; m < cands.size(); ++m) {
      if (!keep[m] || cands[m].parent >= 0 || cands[m].tok_begin < 1) continue;
      const size_t b = cands[m].tok_begin;
      const bool including = In(tok[b - 1], kListOpen) || (b >= 2 && In(tok[b - 2], kAmong) && In(tok[b - 1], kListPronoun));
      if (!including) continue;
      int p = -1;
      for (size_t k = m; k-- > 0;) {
        if (keep[k] && cands[k].parent < 0) {
          p = static_cast<int>(k);
          break;
        }
      }
      if (p < 0) continue;
      bool clause = true;  // not across a sentence-like break
      for (size_t g = cands[p].tok_end; g < b; ++g) clause &= tok[g].lower != ";" && tok[g].lower != ":";
      if (!clause) continue;
      size_t last = m;
      cands[m].parent = p, cands[m].member = true;
      for (size_t n = m + 1; n < cands.size(); ++n) {
        if (!keep[n]) continue;
        bool joined = true;
        for (size_t g = cands[last].tok_end; g < cands[n].tok_begin; ++g) {
          const std::string& w = tok[g].lower;
          joined &= w == "," || In(w, kAndOr);
        }
        if (!joined) break;
        cands[n].parent = p, cands[n].member = true;
        last = n;
      }
    }
    // "Two children were among 11 people killed": a part named before its whole.
    for (size_t k = 0; k + 1 < cands.size(); ++k) {
      if (!keep[k] || cands[k].parent >= 0 || !keep[k + 1]) continue;
      size_t g = cands[k].tok_end;
      if (g < tok.size() && In(tok[g], kCopula)) ++g;
      if (g >= tok.size() || !In(tok[g], kAmong)) continue;
      ++g;
      if (g < tok.size() && In(tok[g], kDefinite)) ++g;
      if (g != cands[k + 1].tok_begin) continue;
      cands[k].parent = static_cast<int>(k + 1);
      cands[k].member = true;
    }
    // "Of the 45 people injured, 12 were in critical condition": the number after the comma is a part.
    for (size_t k = 0; k + 1 < cands.size(); ++k) {
      if (!keep[k] || cands[k].parent >= 0) continue;
      size_t b = cands[k].tok_begin;
      if (b >= 1 && In(tok[b - 1], kDeterminer)) --b;
      if (b < 1 || !In(tok[b - 1], kOf) || !(b == 1 || tok[b - 2].lower == "," || tok[b - 2].lower == ";")) continue;
      for (size_t m = k + 1; m < cands.size(); ++m) {
        if (!keep[m]) continue;
        bool comma = false;
        for (size_t g = cands[k].tok_end; g < cands[m].tok_begin; ++g) comma |= tok[g].lower == ",";
        if (comma && cands[m].tok_begin - cands[k].tok_end <= 6) cands[m].parent = static_cast<int>(k);
        break;
      }
    }
    // Categories.
    for (size_t k = 0; k < cands.size(); ++k) {
      if (!keep[k] || cands[k].category) continue;
      size_t lo = 0, hi = tok.size();
      // The clause: not across another kept number (sub-claims of this one are skipped over).
      for (size_t m = k; m-- > 0;) {
        if (keep[m] && cands[m].parent != static_cast<int>(k) && cands[k].parent != static_cast<int>(m) &&
            !(cands[k].parent >= 0 && cands[m].parent == cands[k].parent)) {
          lo = cands[m].parent >= 0 && cands[k].parent < 0 ? cands[cands[m].parent].list_end : cands[m].tok_end;
          break;
        }
      }
      size_t after_self = cands[k].list_head ? cands[k].list_end : cands[k].tok_end;
      for (size_t m = k + 1; m < cands.size(); ++m) {
        if (keep[m] && cands[m].parent != static_cast<int>(k) && cands[m].tok_begin >= after_self) {
          hi = cands[m].tok_begin;
          break;
        }
      }
      Candidate probe = cands[k];
      if (probe.list_head) probe.tok_end = probe.list_end;
      if (cands[k].member) {
        // A member of an "including" list has its parent's category unless a cue of its own follows
        // it at once ("including 4 children who died"); a later cue belongs to a later number.
        lo = cands[k].tok_end;
        hi = std::min(hi, cands[k].tok_end + 3);
        for (size_t g = lo; g < hi && g < tok.size(); ++g) {
          if (tok[g].lower == "," || In(tok[g], kAndOr) || tok[g].lower == ";") hi = g;
        }
      }
      cands[k].category = reader.NearestCue(probe, lo, hi);
      if (!cands[k].category) reader.ReadLabel(&cands[k]);
    }
    // Ellipsis: "8 were killed on Saturday and 12 more on Sunday", "stood at 18 on Monday but rose to
    // 26": a number with no cue of its own continues the figure before it.
    for (size_t k = 1; k < cands.size(); ++k) {
      if (!keep[k] || cands[k].category || cands[k].parent >= 0) continue;
      const size_t e = cands[k].tok_value_end, b = cands[k].tok_begin;
      const bool more = e < tok.size() && (In(tok[e], kExtra) || tok[e].lower == "others");
      const bool put_at = b >= 2 && In(tok[b - 1], kAt) && In(tok[b - 2], kFigureNoun);  // "put the figure at 1,480"
      const bool rose = b >= 2 && In(tok[b - 1], kRiseTo) && (In(tok[b - 2], kRiseVerb) || In(tok[b - 1], kRiseVerb));
      if (!more && !rose && !put_at) continue;
      for (size_t m = k; m-- > 0;) {
        if (keep[m] && cands[m].category && cands[m].parent < 0) {
          cands[k].category = cands[m].category;
          break;
        }
      }
    }
    // "Three policemen and a civilian were killed": coordinated groups share the cue after the last.
    for (size_t k = cands.size(); k-- > 1;) {
      const size_t j = k - 1;
      if (!keep[j] || cands[j].category || cands[j].parent >= 0 || !keep[k] || !cands[k].category || cands[k].parent >= 0) continue;
      // Also "11,000 people in 1,655 families", "12 people from 3 families".
      bool joined = cands[j].tok_end < cands[k].tok_begin;
      for (size_t g = cands[j].tok_end; g < cands[k].tok_begin; ++g) {
        const std::string& w = tok[g].lower;
        joined &= w == "," || In(w, kAndOr) || (In(w, kInFrom) && cands[j].tok_end > cands[j].tok_value_end);
      }
      if (joined) cands[j].category = cands[k].category;
    }
    // "More than 130 people were injured, 40 of them seriously": a part of the figure before it.
    for (size_t k = 1; k < cands.size(); ++k) {
      if (!keep[k] || !cands[k].of_them || cands[k].parent >= 0) continue;
      for (size_t m = k; m-- > 0;) {
        if (!keep[m]) continue;
        // "Ten people, six of them children, were killed": the cue after the part serves the whole.
        if (cands[m].parent < 0 && !cands[m].category && cands[k].category && cands[m].tok_end + 1 == cands[k].tok_begin &&
            tok[cands[m].tok_end].lower == ",")
          cands[m].category = cands[k].category;
        if (cands[m].parent < 0 && cands[m].category) {
          cands[k].parent = static_cast<int>(m);
          if (!cands[k].category || cands[k].category == Category::kAffected) cands[k].category = cands[m].category;
        }
        break;
      }
    }
    if (tree) ReadStructure(*tree, tok, &cands, &keep);
    for (Candidate& c : unnumbered) {
      c.value_text = std::string(text.substr(c.start, c.end - c.start));
      cands.push_back(std::move(c));
      keep.push_back(true);
    }
    // Forecasts give no claim ("the toll could rise to 1,000", "is expected to exceed 5,000"); people
    // who could be harmed are at risk, category affected ("up to 2 million people could be
    // displaced"); "may have drowned" is a hedge, not a forecast.
    for (size_t k = 0; k < cands.size(); ++k) {
      if (!keep[k]) continue;
      // Before the number ("could rise to"), or right after its group ("2 million people could be").
      const size_t from = cands[k].tok_begin >= 6 ? cands[k].tok_begin - 6 : 0;
      const size_t to = std::min(tok.size(), cands[k].tok_end + 2);
      for (size_t g = from; g < to; ++g) {
        if (g >= cands[k].tok_begin && g < cands[k].tok_end) continue;
        bool crosses = false;  // not across another figure
        for (size_t m = 0; m < cands.size(); ++m) {
          if (m == k || !keep[m]) continue;
          crosses |= (g < cands[k].tok_begin && cands[m].tok_begin > g && cands[m].tok_begin < cands[k].tok_begin) ||
                     (g >= cands[k].tok_end && cands[m].tok_begin >= cands[k].tok_end && cands[m].tok_begin < g);
        }
        if (crosses) continue;
        const std::string& w = tok[g].lower;
        const std::string next = g + 1 < tok.size() ? tok[g + 1].lower : "";
        const bool modal = In(w, kModal) && In(next, kForecastVerb);
        const bool expected = In(w, kExpected) && In(next, kTo);
        if (modal && g >= cands[k].tok_end) {
          cands[k].risk = true;  // "2 million people could be displaced": people at risk
          break;
        }
        if (modal || expected) {
          keep[k] = false;
          break;
        }
      }
    }
    // A stated risk with a number is "affected" (ANNOTATION.md).
    for (auto& c : cands) {
      if (c.risk && c.category) c.category = Category::kAffected;
    }
    // Sub-claims without a cue of their own take their parent's category.
    for (auto& c : cands) {
      if (c.parent >= 0 && !c.category) c.category = cands[c.parent].category;
    }
    const bool hedged_here = reader.HasPhrase(T().hedges);
    bool hedged_next = false;
    if (si + 1 < sentences.size()) {
      // A hedge opening the next sentence refers back ("The figure could not be verified"), unless
      // that sentence has a figure of its own for it to refer to.
      SentenceReader next(article, doc.sentences[si + 1]);
      hedged_next = next.HasPhrase(T().hedges, 0, 10) && next.Candidates().empty();
    }
    bool cumulative = reader.HasPhrase(T().cumulative);
    bool running = reader.HasPhrase(T().running);
    // "since the clashes began", "since the siege started": a running total from an event's start.
    for (size_t i = 0; i + 2 < tok.size() && !running; ++i) {
      if (!In(tok[i], kSince)) continue;
      for (size_t k = i + 1; k < tok.size() && k < i + 6; ++k) {
        if (T().onsets.count(tok[k].lower)) {
          cumulative = running = true;
          break;
        }
      }
    }
    std::string_view sentence(text.data() + s.start, s.end - s.start);
    std::vector<PlaceMention> places = sentence_places[si];
    AddLocalPlaces(local_places, sentence, &places);
    if (si == dateline_sentence) {  // "KHARTOUM, Sudan (Reuters) - ...": the city is named, in capitals
      PlaceMention m;
      m.end = lead_place.size();
      m.name = lead_place;
      places.push_back(std::move(m));
    }
    const std::vector<Timex>& timexes = doc.sentences[si].timexes;
    std::vector<std::string> ids(cands.size());
    size_t prev_claim_start = s.start;  // attributions before this and the number speak for it
    // Text order, except that a whole named after its part ("Two children were among 11 people
    // killed") is written first, so that a parent always precedes its sub-claims.
    std::vector<size_t> order;
    std::vector<bool> placed(cands.size(), false);
    std::vector<size_t> by_text(cands.size());
    for (size_t k = 0; k < cands.size(); ++k) by_text[k] = k;
    std::stable_sort(by_text.begin(), by_text.end(), [&](size_t a, size_t b) { return cands[a].tok_begin < cands[b].tok_begin; });
    for (size_t k : by_text) {
      if (placed[k]) continue;
      if (cands[k].parent > static_cast<int>(k) && !placed[cands[k].parent]) {
        order.push_back(cands[k].parent);
        placed[cands[k].parent] = true;
      }
      order.push_back(k);
      placed[k] = true;
    }
    std::vector<size_t> starts;  // the other numbers of the sentence, for dates
    for (size_t k = 0; k < cands.size(); ++k) {
      if (keep[k] && cands[k].category) starts.push_back(cands[k].start - s.start);
    }
    for (size_t k : order) {
      const Candidate& c = cands[k];
      if (!keep[k] || !c.category) continue;
      if ((*c.category == Category::kHousing) != (c.unit == CountUnit::kHomes)) continue;  // homes are only damaged
      if (c.parent >= 0 && ids[c.parent].empty()) continue;  // a sub-claim of a non-claim
      // "No arrests have been made", "no one has been detained": about suspects, not victims.
      if (c.high == 0 && *c.category == Category::kDetained) continue;
      // Perpetrators count only when something happened to them: "two suspects fled" is no claim.
      if (c.agent && *c.category != Category::kKilled && *c.category != Category::kInjured && *c.category != Category::kDetained) continue;
      Claim claim;
      claim.id = article.id + ".c" + std::to_string(claims.size() + 1);
      ids[k] = claim.id;
      claim.article = article.id;
      claim.category = *c.category;
      claim.subject = c.subject.empty() ? "people" : c.subject;
      claim.value_low = c.low;
      claim.value_high = c.high;
      claim.value_text = c.value_text;
      claim.unit = c.unit;
      claim.sentence = std::string(sentence);
      claim.start = c.start;
      claim.end = c.end;
      if (c.parent >= 0) claim.parent = ids[c.parent];
      // "She said 9 of them later died": a part of the figure the sentence before gave.
      if (c.parent < 0 && c.of_them && !last_claim_id.empty() && last_claim_sentence + 1 == si) claim.parent = last_claim_id;
      // Who speaks for the figure: the first attribution between the sentence's previous figure and
      // this one ("Abel said volunteers had counted 35 dead": Abel), else the nearest one after it.
      const Attribution* who = nullptr;
      for (const Attribution& a : said) {
        if (a.closes && prev_claim_start != s.start) continue;  // it spoke for the figure before
        if (a.at >= prev_claim_start && a.at < c.start) {
          who = &a;
          break;
        }
      }
      if (!who) {
        for (const Attribution& a : said) {
          size_t d = a.at > c.start ? a.at - c.start : c.start - a.at;
          size_t best = who ? (who->at > c.start ? who->at - c.start : c.start - who->at) : SIZE_MAX;
          if (d < best) who = &a;
        }
      }
      if (c.parent < 0) prev_claim_start = c.end;
      claim.hedged = hedged_here || hedged_next || (who && who->hedge);
      if (who) {
        claim.source = who->name;
        claim.source_kind = who->kind;
        // A country or a capital speaking ("Russia said", "Moscow said") is its government.
        if (options.gazetteer && (who->kind == SourceKind::kPerson || who->kind == SourceKind::kOrganization)) {
          if (const Gazetteer::Place* p = options.gazetteer->Find(who->name); p && (p->is_country || p->population >= 1000000)) {
            claim.source_kind = SourceKind::kGovernment;
          }
        }
      } else {
        claim.source_kind = SourceKind::kUnattributed;
      }
      ReadDate(sentence, timexes, starts, c.start - s.start, article.published, cumulative, &claim);
      // An undated figure in a dated post is about the day it was posted.
      if (!claim.date && !claim.period_start && who && who->said_on) {
        claim.date = who->said_on;
        claim.date_precision = DatePrecision::kDay;
      }
      // A figure with no time of its own takes the day an earlier sentence of its paragraph set.
      if (!claim.date && !claim.period_start && !cumulative && paragraph_day) {
        claim.date = paragraph_day;
        claim.date_precision = DatePrecision::kDay;
      }
      const Claim* parent_claim = nullptr;
      for (size_t q = claims.size(); claim.parent && q-- > 0;) {
        if (claims[q].id == *claim.parent) {
          parent_claim = &claims[q];
          break;
        }
      }
      claim.scope = ReadScope(claim, parent_claim, c.background, running, article.published);
      if (const PlaceMention* place = PlaceFor(places, sentence, c.start - s.start)) {
        claim.place = place->name;
      } else {
        claim.place = lead_place;
      }
      if (!claim.parent) last_claim_id = claim.id, last_claim_sentence = si;
      if (c.single) singles_seen.push_back(claim.category), single_claims.push_back(claims.size());
      claims.push_back(std::move(claim));
    }
  }
  DropWoundsOfTheDead(single_claims, &claims);
  return claims;
}

}  // namespace

}  // namespace corroborate
