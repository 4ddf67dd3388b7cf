// Numbers: a token scanner for quantities in news English.
//
// Design: the text is tokenized once (normalize/tokens.h). At each token the scanner tries, in order:
//   1. a range: "between X and Y", "from X to Y", "X to Y", "X-Y", "X or Y";
//   2. a qualifier phrase (data/numbers_qualifiers.tsv) followed by a number;
//   3. a vague amount (data/numbers_vague.tsv: "dozens", "tens of thousands", "several");
//   4. a bare number, then a trailing qualifier ("50+", "82 or more", "230 or so").
// A number is digits with thousands separators and decimals, optionally scaled ("1.2 million", "5m",
// data/numbers_scales.tsv), or number words ("Seventy-nine", "a hundred and twenty", "two dozen").
// Not quantities: anything inside a date or clock time (the timex scanner decides), bare years,
// ordinals ("3rd"), identifiers glued to letters ("MH17", "COVID-19"), phone-like digit groups,
// numbers after "No."/"#", and match scores ("won 2-1"). The interval rules live in one place,
// ApplyRule(), and are documented in docs/numbers.md.
#include "corroborate/numbers.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/timex.h"
#include "normalize/tokens.h"

namespace corroborate {

const char* QuantityKindName(QuantityKind k) {
  switch (k) {
    case QuantityKind::kExact: return "exact";
    case QuantityKind::kMin: return "min";
    case QuantityKind::kMax: return "max";
    case QuantityKind::kApprox: return "approx";
    case QuantityKind::kRange: return "range";
    case QuantityKind::kVague: return "vague";
  }
  return "exact";
}

namespace {

enum class Rule { kMin, kMinExcl, kMax, kMaxExcl, kApprox, kNearly };

struct Phrase {
  std::vector<std::string> words;
  Rule rule;
  double low = 0, high = 0;  // vague amounts
};

struct Tables {
  std::vector<Phrase> before, after, vague;  // longest first
  std::unordered_map<std::string, std::pair<double, bool>> scales;  // word -> (multiplier, tight only)
};

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) out.emplace_back(phrase.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

const Tables& T() {
  static const Tables* t = [] {
    auto* t = new Tables();
    const std::map<std::string_view, Rule> rules = {{"min", Rule::kMin},       {"min_excl", Rule::kMinExcl},
                                                   {"max", Rule::kMax},       {"max_excl", Rule::kMaxExcl},
                                                   {"approx", Rule::kApprox}, {"nearly", Rule::kNearly}};
    for (const auto& row : DataTable("numbers_qualifiers.tsv")) {
      if (row.size() < 3 || !rules.count(row[2])) continue;
      Phrase p{Words(row[0]), rules.at(row[2])};
      (row[1] == "after" ? t->after : t->before).push_back(std::move(p));
    }
    for (const auto& row : DataTable("numbers_vague.tsv")) {
      if (row.size() < 3) continue;
      Phrase p{Words(row[0]), Rule::kApprox, std::stod(std::string(row[1])), std::stod(std::string(row[2]))};
      t->vague.push_back(std::move(p));
    }
    for (const auto& row : DataTable("numbers_scales.tsv")) {
      if (row.size() < 3) continue;
      t->scales[std::string(row[0])] = {std::stod(std::string(row[1])), row[2] == "1"};
    }
    auto longest = [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); };
    for (auto* v : {&t->before, &t->after, &t->vague}) std::stable_sort(v->begin(), v->end(), longest);
    return t;
  }();
  return *t;
}

// Currency codes (data/numbers_currencies.tsv): code -> whether digits may be glued to it ("RM79").
const std::unordered_map<std::string, bool>& Currencies() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, bool>();
    for (const auto& row : DataTable("numbers_currencies.tsv")) {
      if (!row.empty()) (*m)[std::string(row[0])] = row.size() > 1 && row[1] == "code";
    }
    return m;
  }();
  return *map;
}
bool GluedCurrency(const std::string& code) {
  auto it = Currencies().find(code);
  return it != Currencies().end() && it->second;
}

// Words that make a nearby digit run a label (data/numbers_labels.tsv): word -> kinds.
bool LabelWord(const std::string& word, std::string_view kind) {
  static const auto* table = [] {
    auto* m = new std::unordered_multimap<std::string, std::string>();
    for (const auto& row : DataTable("numbers_labels.tsv")) {
      if (row.size() >= 2) m->emplace(std::string(row[0]), std::string(row[1]));
    }
    return m;
  }();
  auto [b, e] = table->equal_range(word);
  for (auto it = b; it != e; ++it) {
    if (it->second == kind) return true;
  }
  return false;
}

// The cue lists of data/numbers_cues.tsv; the enum follows the order of the names in Cues().
enum Cue : size_t { kStarter, kGluedNot, kMetresAfter, kDashNameNot, kLabelBefore, kOrdinalSuffix, kHalfNot, kVagueBare, kOneNot, kOnePronoun, kUnitDeterminer, kUnitStop, kEra, kEraAfter };

const WordLists& Cues() {
  static const WordLists* cues = new WordLists("numbers_cues.tsv", {"starter", "glued_not", "metres_after", "dash_name_not", "label_before", "ordinal_suffix", "half_not", "vague_bare", "one_not", "one_pronoun", "unit_determiner", "unit_stop", "era", "era_after"});
  return *cues;
}

bool IsCurrency(const std::string& s) {
  return s == "$" || s == "\xC2\xA3" || s == "\xE2\x82\xAC" || s == "\xC2\xA5" || s == "\xE2\x82\xB9";
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text), owned_(Tokenize(text)), t_(owned_) {
    Block(FindTimexes(text, std::nullopt, t_));
  }
  Scanner(std::string_view text, const std::vector<Token>& tokens, const std::vector<Timex>& timexes) : text_(text), t_(tokens) {
    Block(timexes);
  }
  // Dates and clock times are not quantities; durations ("three days") are.
  void Block(const std::vector<Timex>& timexes) {
    for (const Timex& x : timexes) {
      if (x.type == TimexType::kDate || x.type == TimexType::kTime) blocked_.push_back({x.start, x.end});
    }
  }

  std::vector<Quantity> Run() {
    std::vector<Quantity> out;
    size_t i = 0;
    size_t prev_first = 0, prev_next = 0;  // token span of the last quantity kept
    while (i < t_.size()) {
      if (!CanStart(i)) {  // most tokens start nothing: skip the matchers
        ++i;
        continue;
      }
      Quantity q;
      size_t next = i;
      if (Match(i, &next, &q) && next > i) {
        // A conversion in brackets takes the bound of the figure it converts: "more than 100
        // kilometers (60 miles)", "up to PS2.7m ($3.5m)".
        if (!out.empty() && i > prev_next && i - prev_next <= 3 && Is(i - 1, "(") && q.kind == QuantityKind::kExact && q.value &&
            (out.back().kind == QuantityKind::kMin || out.back().kind == QuantityKind::kMax || out.back().kind == QuantityKind::kApprox)) {
          if (OnlyWords(prev_next, i - 1, false)) {
            const QuantityKind kind = out.back().kind;
            ApplyRule(kind == QuantityKind::kMin ? Rule::kMin : kind == QuantityKind::kMax ? Rule::kMax : Rule::kApprox, *q.value, &q);
          }
        }
        // A change: "rose from 20 to 35", "from 208 pounds to 193" (Range() left the two apart).
        if (!out.empty() && out.back().value && q.value && prev_first > 0 && Is(prev_first - 1, "from") && i > prev_next &&
            i - prev_next <= 3 && Is(i - 1, "to")) {
          if (OnlyWords(prev_next, i - 1, true)) q.changed_from = out.back().value;
        }
        q.start = t_[i].start;
        q.end = t_[next - 1].end;
        // "from 450 sq ft up to 900 sq ft", "from $5 up to $20": one range.
        if (!out.empty() && q.kind == QuantityKind::kMax && q.value && out.back().kind == QuantityKind::kExact && out.back().value &&
            *out.back().value < *q.value && prev_first > 0 && Is(prev_first - 1, "from") && Is(i, "up") && Is(i + 1, "to") &&
            i >= prev_next && i - prev_next <= 3 && !Blocked(q.number_start, q.number_end)) {
          if (OnlyWords(prev_next, i, false)) {
            Quantity& r = out.back();
            r.low = r.value;
            r.high = q.value;
            r.value.reset();
            r.kind = QuantityKind::kRange;
            r.number_end = q.number_end;
            r.end = q.end;
            r.text = std::string(text_.substr(r.start, r.end - r.start));
            prev_next = next;
            i = next;
            continue;
          }
        }
        if (!Blocked(q.number_start, q.number_end)) {
          q.text = std::string(text_.substr(q.start, q.end - q.start));
          if (q.unit.empty())
            q.unit = q.value && *q.value < 1 && *q.value > 0 && q.kind == QuantityKind::kExact && !IsNum(i) && !Is(i, ".")
                       ? "fraction"
                       : UnitAt(next, i);
          out.push_back(std::move(q));
          prev_first = i, prev_next = next;
        }
        i = next;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  // Whether a quantity can start at token i: a number, a number word, a currency, a sign, or the first
  // word of a qualifier, vague amount, fraction, range or multiple.
  bool CanStart(size_t i) const {
    const Token& t = t_[i];
    if (t.kind == Token::Kind::kNumber) return true;
    static const auto* starters = [] {
      auto* set = new std::unordered_set<std::string>{"-", "\xE2\x88\x92", "."};
      for (const auto& row : DataTable("numbers_cues.tsv")) {
        if (row.size() >= 2 && row[1] == "starter") set->insert(std::string(row[0]));
      }
      for (const auto* v : {&T().before, &T().vague}) {
        for (const Phrase& p : *v) set->insert(p.words[0]);
      }
      for (const auto& [code, glued] : Currencies()) set->insert(code);
      return set;
    }();
    if (IsCurrency(t.lower) || starters->count(t.lower)) return true;
    if (t.kind != Token::Kind::kWord) return false;
    return IsNumberWord(t.lower) || (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 4, 4, "fold") == 0);
  }
  bool Is(size_t i, std::string_view lower) const { return i < t_.size() && t_[i].lower == lower; }
  // Whether token i is a word of the cue list (data/numbers_cues.tsv).
  bool In(size_t i, Cue list) const { return i < t_.size() && Cues().Has(list, t_[i].lower); }
  // Whether tokens [from, to) are all words ("%" too when `percent`): nothing but a unit between two figures.
  bool OnlyWords(size_t from, size_t to, bool percent) const {
    for (size_t k = from; k < to; ++k) {
      if (!IsWord(k) && !(percent && Is(k, "%"))) return false;
    }
    return true;
  }
  // The word or dash joining the two ends of a range: "and", "to", "-".
  bool RangeJoin(size_t k) const { return Is(k, "and") || Is(k, "to") || IsDash(k); }
  bool IsNum(size_t i) const { return i < t_.size() && t_[i].kind == Token::Kind::kNumber; }
  bool IsWord(size_t i) const { return i < t_.size() && t_[i].kind == Token::Kind::kWord; }
  int NumVal(size_t i) const { return IsNum(i) && t_[i].lower.size() <= 6 ? std::atoi(t_[i].lower.c_str()) : -1; }
  bool Tight(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  bool IsDash(size_t i) const {
    return Is(i, "-") || Is(i, "\xE2\x80\x93") || Is(i, "\xE2\x80\x94") || Is(i, "\xE2\x80\x90") || Is(i, "\xE2\x80\x91");
  }
  bool Blocked(size_t start, size_t end) const {
    for (const auto& [s, e] : blocked_) {
      if (start < e && s < end) return true;
    }
    return false;
  }
  size_t MatchPhrase(size_t i, const Phrase& p) const {
    for (size_t k = 0; k < p.words.size(); ++k) {
      if (!Is(i + k, p.words[k])) return 0;
    }
    return p.words.size();
  }

  // The number at i: sets *value, the number's token end, and whether it was written in digits.
  bool NumberAt(size_t i, double* value, size_t* next, bool* digits) const {
    if (i >= t_.size()) return false;
    // ".500", ".001": a decimal written without its leading zero.
    if (t_[i].lower == "." && t_[i].space_before && IsNum(i + 1) && Tight(i + 1) && !(i > 0 && IsNum(i - 1) && Tight(i))) {
      *value = std::stod("0." + t_[i + 1].lower.substr(0, 15));
      *next = i + 2;
      *digits = true;
      return true;
    }
    if (IsNum(i)) {
      if (Excluded(i)) return false;
      const std::string& first = t_[i].lower;
      std::string whole = first;
      size_t j = i + 1;
      // Thousands separators: "130,000", "1,200,000" (groups of exactly three digits).
      if (first.size() <= 3) {
        while (Is(j, ",") && Tight(j) && IsNum(j + 1) && Tight(j + 1) && t_[j + 1].lower.size() == 3) {
          whole += t_[j + 1].lower;
          j += 2;
        }
        // Groups set apart by one space, as French-style and UN reports write them: "14 000", "9 300".
        while (j == i + 1 && SpacedGroup(j)) {
          whole += t_[j].lower;
          ++j;
          while (SpacedGroup(j)) whole += t_[j].lower, ++j;
        }
      }
      std::string frac;
      if (Is(j, ".") && Tight(j) && IsNum(j + 1) && Tight(j + 1)) {
        frac = t_[j + 1].lower;
        j += 2;
      }
      if (whole.size() > 1 && whole[0] == '0' && frac.empty()) return false;  // "007", "09"
      if (whole.size() > 15) return false;
      double v = std::stod(whole + (frac.empty() ? "" : "." + frac));
      // Scientific notation: "1.99×10−30", "2.998 x 10^8".
      if ((Is(j, "\xC3\x97") || Is(j, "x")) && NumVal(j + 1) == 10) {
        size_t e = j + 2;
        if (Is(e, "^")) ++e;
        const bool negative = Is(e, "-") || Is(e, "\xE2\x88\x92");
        if (negative) ++e;
        if (IsNum(e) && Tight(e) && t_[e].lower.size() <= 3) {
          v = std::stod(whole + (frac.empty() ? "" : "." + frac) + (negative ? "e-" : "e") + t_[e].lower);
          j = e + 1;
        }
      }
      // A mixed number: "2 1/2", "5 1/2 hours".
      if (frac.empty() && IsNum(j) && !Tight(j) && Is(j + 1, "/") && Tight(j + 1) && IsNum(j + 2) && Tight(j + 2)) {
        const double a = std::atof(t_[j].lower.c_str()), b = std::atof(t_[j + 2].lower.c_str());
        if (a >= 1 && a < b && b <= 16 && !Is(j + 3, "/")) v += a / b, j += 3;
      }
      // A scale: "1.2 million", "5m", "3bn", "4 hundred million".
      if (IsWord(j)) {
        auto it = T().scales.find(t_[j].lower);
        if (it != T().scales.end() && (!it->second.second || Tight(j)) && !Metres(i, j)) {
          v *= it->second.first;
          ++j;
          auto more = IsWord(j) ? T().scales.find(t_[j].lower) : T().scales.end();
          if (more != T().scales.end() && !more->second.second && more->second.first > it->second.first) {
            v *= more->second.first;
            ++j;
          }
        } else if (Tight(j)) {
          // Glued to letters ("17th", "3rd", "5km" is a measure with a unit, kept): ordinals are not.
          // "22pm" (a clock time the timex scanner could not read) and "49ers" (a name) are not either.
          const std::string& w = t_[j].lower;
          if (Cues().Has(kGluedNot, w)) return false;
        }
      }
      *value = v;
      *next = j;
      *digits = true;
      return true;
    }
    size_t end = i;
    if (auto v = ParseNumberWords(t_, i, &end)) {
      double value_d = static_cast<double>(*v);
      // "two million", "1 million" with word scales handled inside ParseNumberWords.
      *value = value_d;
      *next = end;
      *digits = false;
      return true;
    }
    return false;
  }

  // "37m (121ft)", "a 100m sprint", "32m2": an "m" glued to the number at i is metres, not million,
  // when no currency comes before it and a measure follows (a bracket, a hyphen, a "2", "long", ...).
  bool Metres(size_t i, size_t m) const {
    if (t_[m].lower != "m" || (i > 0 && (IsCurrency(t_[i - 1].lower) || Currencies().count(t_[i - 1].lower)))) return false;
    if (m + 1 >= t_.size()) return false;
    if (Tight(m + 1) && (IsNum(m + 1) || t_[m + 1].lower == "\xC2\xB2" || t_[m + 1].lower == "\xC2\xB3")) return true;
    return Is(m + 1, "(") || Is(m + 1, "-") || In(m + 1, kMetresAfter);
  }

  // A percent sign right after the number at i ("1.3%", "-0.6%").
  bool PercentAfter(size_t i) const {
    size_t k = i + 1;
    if (Is(k, ".") && Tight(k) && IsNum(k + 1)) k += 2;
    return Is(k, "%");
  }

  // "sixfold", "six-fold", "a 10-fold increase": a multiple, unit "fold".
  bool MatchFold(size_t i, size_t* next, Quantity* q) const {
    double v = 0;
    size_t end = i;
    if (IsWord(i) && t_[i].lower.size() > 4 && t_[i].lower.compare(t_[i].lower.size() - 4, 4, "fold") == 0) {
      const std::string stem = t_[i].lower.substr(0, t_[i].lower.size() - 4);
      Token probe = t_[i];
      probe.lower = stem;
      size_t e = 0;
      auto n = IsNumberWord(stem) ? ParseNumberWords({probe}, 0, &e) : std::nullopt;
      if (!n) return false;
      v = static_cast<double>(*n);
      end = i + 1;
    } else {
      // Cheap test first: "fold" must follow within a few tokens.
      bool fold_ahead = false;
      for (size_t k = i + 2; k < t_.size() && k <= i + 8 && !fold_ahead; ++k) fold_ahead = Is(k, "fold");
      if (!fold_ahead) return false;
      bool digits = false;
      size_t e = i;
      if (!NumberAt(i, &v, &e, &digits) || !IsDash(e) || !Tight(e) || !Is(e + 1, "fold")) return false;
      end = e + 2;
    }
    q->low = q->high = q->value = v;
    q->kind = QuantityKind::kExact;
    q->unit = "fold";
    q->number_start = t_[i].start;
    q->number_end = t_[end - 1].end;
    *next = end;
    return true;
  }

  // Identifiers and other digit runs that are not amounts.
  bool Excluded(size_t i) const {
    if (i > 0 && Tight(i)) {
      const Token& prev = t_[i - 1];
      // "MH17", "G20", "S23" are names; "RM79", "$US55,931,000", "$A82" are amounts.
      const bool dollar_code = Currencies().count(prev.lower) && i > 1 && Is(i - 2, "$") && Tight(i - 1);
      const bool part_of_name = i > 1 && Tight(i - 1) && (IsWord(i - 2) || IsDash(i - 2));  // "PLX-R18" (not "(RM79")
      if (prev.kind == Token::Kind::kWord && (!GluedCurrency(prev.lower) || part_of_name) && !dollar_code) return true;
      if (IsDash(i - 1) && i > 1 && Tight(i - 1) && t_[i - 2].kind == Token::Kind::kWord && !In(i - 2, kDashNameNot))
        return true;  // "COVID-19" (not "sub-7", "minus-130", "0-to-60")
      if (prev.lower == "#") return true;
      if (prev.lower == "." && i > 1 && IsNum(i - 2) && Tight(i - 1)) return true;  // tail of a decimal we did not start at
      if (prev.lower == "," && i > 1 && IsNum(i - 2)) return true;
    }
    if (i > 0 && In(i - 1, kLabelBefore))
      return true;
    // A reference mark glued to the text it cites: "collapse.[153]", "Etang,[1]", "[note 4]".
    if (i > 1 && Is(i - 1, "[") && Tight(i - 1) && Is(i + 1, "]") && Tight(i + 1)) return true;
    if (i > 1 && Is(i - 1, ".") && Is(i - 2, "no")) return true;
    if (i > 1 && Is(i - 1, ".") && Tight(i - 1) && Tight(i) && t_[i - 2].kind == Token::Kind::kWord) return true;  // "ID.3"
    // A model or index name before the number: an acronym ("ASX 200", "S&P 500") or a camel-case
    // brand ("iPhone 14"); and the part after its dash ("ISO 3888-2").
    if (i > 0 && t_[i].space_before && NameWord(i - 1)) return true;
    if (i > 2 && Tight(i) && IsDash(i - 1) && Tight(i - 1) && IsNum(i - 2) && t_[i - 2].space_before && NameWord(i - 3)) return true;
    // "COVID -19": a name's number written loosely (a change after an index keeps its sign: "DAX -1.3%").
    if (i > 1 && IsDash(i - 1) && Tight(i) && NameWord(i - 2) && !PercentAfter(i)) return true;
    // A year of an era, and the other end of its range: "A.D. 1000 and 1260", "AD 79", "300 BC".
    if (EraAt(i)) return true;
    if (i > 1 && RangeJoin(i - 1) && IsNum(i - 2) && EraAt(i - 2)) return true;
    if (RangeJoin(i + 1) && IsNum(i + 2) && EraAt(i + 2)) return true;
    // Ages given as a bracket: "women aged 25 to 54".
    if (i > 0 && Is(i - 1, "aged")) return true;
    if (i >= 3 && RangeJoin(i - 1) && IsNum(i - 2) && Is(i - 3, "aged")) return true;
    // A street address: "9 E 71st St", "49 Zorro Ranch Road", "16-18 Industrial Avenue".
    for (size_t k = i + 1, last = i + 4; k < t_.size() && k <= last; ++k) {
      if (k == i + 1 && IsDash(k) && Tight(k) && IsNum(k + 1) && Tight(k + 1)) {
        ++k, last += 2;
        continue;
      }
      if (t_[k].kind == Token::Kind::kPunct && t_[k].lower != ".") break;
      if (t_[k].kind == Token::Kind::kWord && !t_[k].capitalised && !In(k, kOrdinalSuffix)) break;
      if (k > i + 1 && t_[k].capitalised && LabelWord(t_[k].lower, "street")) return true;
    }
    // An age in apposition: "Senard, 65, now faces ...", "Jamie Armstrong, 25, said".
    if (i >= 2 && Is(i - 1, ",") && Is(i + 1, ",") && t_[i].lower.size() <= 3 && t_[i - 2].capitalised) return true;
    // Labels that name a thing whatever their case ("a category 4 hurricane", "level 3 alert"), a
    // capitalised label ("Unit 3", "Game 6"), a market index or ranking ("Stoxx 600", "Fortune 500").
    if (i > 0 && (LabelWord(t_[i - 1].lower, "label") || LabelWord(t_[i - 1].lower, "index") ||
                  (t_[i - 1].capitalised && LabelWord(t_[i - 1].lower, "title"))))
      return true;
    // A model name: "iPhone 11 Pro", "Galaxy S23 Ultra", "Note 20 Ultra".
    if (IsWord(i + 1) && t_[i + 1].capitalised && LabelWord(t_[i + 1].lower, "model")) return true;
    // A code: "9AB8" (a postcode), "3G4".
    if (IsWord(i + 1) && Tight(i + 1) && IsNum(i + 2) && Tight(i + 2)) {
      bool caps = true;
      for (char c : std::string_view(text_.data() + t_[i + 1].start, t_[i + 1].end - t_[i + 1].start)) caps = caps && c >= 'A' && c <= 'Z';
      if (caps) return true;
    }
    // Phone-like: three or more digit groups joined by dashes.
    {
      size_t first = i, last = i;
      while (first >= 2 && IsDash(first - 1) && Tight(first - 1) && Tight(first) && IsNum(first - 2)) first -= 2;
      while (IsDash(last + 1) && Tight(last + 1) && Tight(last + 2) && IsNum(last + 2)) last += 2;
      if (last - first >= 4) return true;
    }
    // The end of a span of years: "the 2014-15 season".
    if (i > 1 && IsDash(i - 1) && Tight(i - 1) && Tight(i) && t_[i].lower.size() == 2 && t_[i - 2].lower.size() == 4) {
      const int y = std::atoi(t_[i - 2].lower.c_str());
      if (y >= 1900 && y <= 2100) return true;
    }
    // A bare year: four digits 1900..2100, no separators, nothing scaling it; not the end of a range
    // from an amount ("between 500 and 2000 people"). An earlier year ranged with one is a year too
    // ("between 1600 and 1900").
    if (PlainFourDigits(i)) {
      int y = std::atoi(t_[i].lower.c_str());
      // (The amount has three digits, alone or after a separator: the timex scanner reads it the same way.)
      const bool from_amount = i > 1 && RangeJoin(i - 1) && IsNum(i - 2) && t_[i - 2].lower.size() == 3;
      if (y >= 1900 && y <= 2100 && !from_amount && !QualifiedBefore(i) && !(i > 0 && IsCurrency(t_[i - 1].lower))) return true;  // "$2000" is money
      const size_t k = i + 2;
      if (y >= 1000 && y < 1900 && RangeJoin(i + 1) && PlainFourDigits(k) &&
          std::atoi(t_[k].lower.c_str()) >= 1900 && std::atoi(t_[k].lower.c_str()) <= 2100)
        return true;
    }
    // A match score: "won 2-1", "a 3-0 victory".
    if (IsDash(i + 1) && Tight(i + 1) && IsNum(i + 2) && Tight(i + 2) && t_[i].lower.size() <= 2 && t_[i + 2].lower.size() <= 2 &&
        ScoreContext(i))
      return true;
    if (i > 1 && IsDash(i - 1) && Tight(i) && Tight(i - 1) && IsNum(i - 2) && t_[i].lower.size() <= 2 && ScoreContext(i - 2))
      return true;
    return false;
  }
  // Four digits with no thousands separator, decimal or scale around them ("1990", not "1,990").
  bool PlainFourDigits(size_t i) const {
    if (!IsNum(i) || t_[i].lower.size() != 4) return false;
    if (i > 0 && Tight(i) && (Is(i - 1, ",") || Is(i - 1, "."))) return false;
    return !((Is(i + 1, ",") || Is(i + 1, ".")) && Tight(i + 1) && IsNum(i + 2) && Tight(i + 2));
  }
  // A word that names what a number after it identifies: an acronym ("ASX", "S&P", "ISO"; not a
  // currency code) or a camel-case brand ("iPhone").
  bool NameWord(size_t k) const {
    if (!IsWord(k)) return false;
    const std::string_view w(text_.data() + t_[k].start, t_[k].end - t_[k].start);
    size_t upper = 0, lower = 0;
    for (char c : w) upper += c >= 'A' && c <= 'Z', lower += c >= 'a' && c <= 'z';
    const bool acronym = upper >= 1 && lower == 0 && w.size() <= 5 && w != "A" && w != "I" && !Currencies().count(t_[k].lower);
    const bool camel = lower > 0 && upper > 0 && !(w[0] >= 'A' && w[0] <= 'Z');
    return acronym || camel;
  }
  // An era marker around the number at i: "AD"/"A.D." before it, or "AD", "BC", "BCE", "CE", "B.C."
  // after it.
  bool EraAt(size_t i) const {
    auto era = [&](size_t k, bool after) {
      if (!IsWord(k)) return false;
      const std::string_view w(text_.data() + t_[k].start, t_[k].end - t_[k].start);
      if (Cues().Has(kEra, w) || (after && Cues().Has(kEraAfter, w))) return true;
      // "A.D.", "B.C.": a capital letter, a dot, a capital letter.
      return (w == "A" || (after && w == "B")) && Is(k + 1, ".") && Tight(k + 1) && IsWord(k + 2) && Tight(k + 2) &&
             (t_[k + 2].lower == "d" || t_[k + 2].lower == "c") && t_[k + 2].capitalised;
    };
    if (i > 0 && era(i - 1, false)) return true;
    if (i > 3 && Is(i - 1, ".") && IsWord(i - 2) && t_[i - 2].lower == "d" && era(i - 4, false)) return true;
    return era(i + 1, true);
  }
  bool ScoreContext(size_t i) const {
    size_t from = i >= 4 ? i - 4 : 0;
    for (size_t k = from; k < std::min(t_.size(), i + 6); ++k) {
      if (LabelWord(t_[k].lower, "score")) return true;
    }
    return false;
  }
  bool QualifiedBefore(size_t i) const {
    for (const Phrase& p : T().before) {
      if (i >= p.words.size() && MatchPhrase(i - p.words.size(), p) == p.words.size()) return true;
    }
    return false;
  }

  static double RoundWhole(double v) { return std::round(v); }
  static bool Whole(double v) { return v == 0 || (std::fabs(v) >= 1 && std::fabs(v - std::round(v)) < 1e-9); }

  void ApplyRule(Rule r, double v, Quantity* q) const {
    q->value = v;
    switch (r) {
      case Rule::kMin: q->low = v, q->high.reset(), q->kind = QuantityKind::kMin; break;
      case Rule::kMinExcl: q->low = Whole(v) ? v + 1 : v, q->high.reset(), q->kind = QuantityKind::kMin; break;
      case Rule::kMax: q->low.reset(), q->high = v, q->kind = QuantityKind::kMax; break;
      case Rule::kMaxExcl: q->low.reset(), q->high = Whole(v) ? v - 1 : v, q->kind = QuantityKind::kMax; break;
      case Rule::kApprox:
        q->low = Whole(v) ? RoundWhole(v * 0.9) : v * 0.9;
        q->high = Whole(v) ? RoundWhole(v * 1.1) : v * 1.1;
        q->kind = QuantityKind::kApprox;
        break;
      case Rule::kNearly:
        q->low = Whole(v) ? std::min(v - 1, RoundWhole(v * 0.9)) : v * 0.9;
        q->high = v;
        q->kind = QuantityKind::kApprox;
        break;
    }
  }

  // "half", "a third", "two-thirds", "three quarters" (followed by "of" or a noun phrase): a fraction.
  bool MatchFraction(size_t i, size_t* next, Quantity* q) const {
    if (i >= t_.size()) return false;  // called after a qualifier that may end the text
    static const auto* denominators = [] {
      auto* m = new std::unordered_map<std::string, double>();
      for (const auto& row : DataTable("numbers_fractions.tsv")) {
        if (row.size() >= 2) (*m)[std::string(row[0])] = std::stod(std::string(row[1]));
      }
      return m;
    }();
    // "1/2 pound", "1/16 of a pint" (also with the fraction slash U+2044): a common denominator.
    if (IsNum(i) && !(i > 0 && IsNum(i - 1)) && (Is(i + 1, "/") || Is(i + 1, "\xE2\x81\x84")) && Tight(i + 1) && IsNum(i + 2) &&
        Tight(i + 2) && !(Is(i + 3, "/") || Is(i + 3, "\xE2\x81\x84"))) {
      static const std::unordered_set<int> common = {2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128};
      const int a = NumVal(i), b = NumVal(i + 2);
      if (a >= 1 && a < b && common.count(b) && (Is(i + 3, "of") || IsWord(i + 3))) {
        q->low = q->high = q->value = static_cast<double>(a) / b;
        q->kind = QuantityKind::kExact;
        q->unit = "fraction";
        q->number_start = t_[i].start;
        q->number_end = t_[i + 2].end;
        *next = i + 3;
        return true;
      }
    }
    // A proportion: "one out of three Germans", "one in five children", "3 out of 10".
    {
      double a = 0, b = 0;
      bool da = false, db = false;
      size_t e1 = i, e2 = i;
      if ((IsNum(i) || IsNumberWord(t_[i].lower)) && NumberAt(i, &a, &e1, &da)) {
        size_t k = Is(e1, "out") && Is(e1 + 1, "of") ? e1 + 2 : (Is(e1, "in") && a == 1) ? e1 + 1 : 0;
        if (k && NumberAt(k, &b, &e2, &db) && b > a && b >= 2 && a >= 1) {
          q->low = q->high = q->value = a / b;
          q->kind = QuantityKind::kExact;
          q->unit = "fraction";
          q->number_start = t_[i].start;
          q->number_end = t_[e2 - 1].end;
          *next = e2;
          return true;
        }
      }
    }
    size_t j = i;
    double numerator = 1;
    if (Is(j, "a") || Is(j, "one")) {
      ++j;
    } else if (size_t end = j; IsWord(j) && IsNumberWord(t_[j].lower)) {
      auto v = ParseNumberWords(t_, j, &end);
      if (!v || *v < 1 || *v > 9 || end != j + 1) return false;
      numerator = static_cast<double>(*v);
      j = end;
    } else if (!Is(j, "half")) {
      return false;
    }
    if (IsDash(j) && Tight(j)) ++j;
    auto it = IsWord(j) ? denominators->find(t_[j].lower) : denominators->end();
    if (it == denominators->end()) return false;
    // "a quarter" is a time unit unless a share follows: "a quarter of the houses"; "half the condos";
    // "the second half of the game" is a period.
    if (!Is(j + 1, "of") && !(Is(i, "half") && Is(j + 1, "the"))) return false;
    if (Is(i, "half") && i > 0 &&
        In(i - 1, kHalfNot))
      return false;
    const double v = numerator / it->second;
    q->low = q->high = q->value = v;
    q->kind = QuantityKind::kExact;
    q->number_start = t_[i].start;
    q->number_end = t_[j].end;
    *next = j + 1;
    return true;
  }

  bool Match(size_t i, size_t* next, Quantity* q) const {
    if (MatchFraction(i, next, q)) return true;
    // 1. "between X and Y", "from X to Y".
    if ((Is(i, "between") || Is(i, "from")) && Range(i + 1, Is(i, "between") ? "and" : "to", next, q)) return true;
    // 2. A qualifier before a number (with an optional currency sign between: "more than $5m").
    for (const Phrase& p : T().before) {
      size_t n = MatchPhrase(i, p);
      if (n == 0) continue;
      size_t j = i + n;
      // "about 40-50", "some 2 to 3 million": the range is the quantity, the qualifier part of its text.
      if (Range(j, "", next, q)) return true;
      // "nearly two-thirds of": the qualifier bounds the fraction.
      if (Quantity f; MatchFraction(j, next, &f)) {
        ApplyRule(p.rule, *f.value, q);
        q->number_start = f.number_start;
        q->number_end = f.number_end;
        q->unit = "fraction";
        return true;
      }
      if (j < t_.size() && IsCurrency(t_[j].lower)) ++j;
      double v = 0;
      size_t end = j;
      bool digits = false;
      if (!NumberAt(j, &v, &end, &digits)) continue;
      // A word number after "over"/"under"/"some" must be a real count ("over one" is rarely a count).
      q->number_start = t_[j].start;
      q->number_end = t_[end - 1].end;
      ApplyRule(p.rule, v, q);
      *next = end;
      return true;
    }
    // 3. Vague amounts.
    for (const Phrase& p : T().vague) {
      size_t n = MatchPhrase(i, p);
      if (n == 0) continue;
      // "several" and "a few" count only before a noun or "of"; "scores" only before "of".
      size_t j = i + n;
      if (p.words[0] == "scores" && !Is(j, "of")) continue;
      if (!IsWord(j) && !Cues().Has(kVagueBare, p.words[0])) continue;
      q->low = p.low;
      q->high = p.high;
      q->kind = QuantityKind::kVague;
      q->number_start = t_[i].start;
      q->number_end = t_[j - 1].end;
      *next = j;
      return true;
    }
    // A negative number: "-1.3%", "minus 5 yards" (a sign with a space before it and none after).
    const bool signed_money = (Is(i, "-") || Is(i, "\xE2\x88\x92")) && t_[i].space_before && Tight(i + 1) &&
                              i + 1 < t_.size() && IsCurrency(t_[i + 1].lower) && IsNum(i + 2) && Tight(i + 2);  // "-$50.8bn"
    const bool money_signed = IsCurrency(t_[i].lower) && (Is(i + 1, "-") || Is(i + 1, "\xE2\x88\x92")) && Tight(i + 1) && IsNum(i + 2) &&
                              Tight(i + 2);  // "$-50.8bn"
    // ("40 -50" is a range written loosely; a percentage makes it a signed change: "Stoxx 50 -1.3%".)
    // ("COVID -19": a name's number written loosely, not a negative one.)
    if (money_signed ||
        ((Is(i, "minus") || signed_money || ((Is(i, "-") || Is(i, "\xE2\x88\x92")) && t_[i].space_before && IsNum(i + 1) && Tight(i + 1))) &&
         !(i > 0 && IsNum(i - 1) && !PercentAfter(i + 1)) && !(i > 0 && NameWord(i - 1) && !PercentAfter(i + 1)))) {
      double v = 0;
      const size_t at = (Is(i, "minus") && IsDash(i + 1) && Tight(i + 1)) || signed_money || money_signed ? i + 2 : i + 1;  // "minus-130 degrees"
      size_t end = at;
      bool digits = false;
      if (NumberAt(at, &v, &end, &digits) && digits) {
        q->low = q->high = q->value = -v;
        q->kind = QuantityKind::kExact;
        if (signed_money) q->unit = t_[i + 1].lower;
        if (money_signed) q->unit = t_[i].lower;
        q->number_start = t_[i].start;
        q->number_end = t_[end - 1].end;
        *next = end;
        return true;
      }
    }
    // "sub-7 nanometer", "sub-300 sq m": below the number.
    if (Is(i, "sub") && IsDash(i + 1) && Tight(i + 1) && IsNum(i + 2) && Tight(i + 2)) {
      double v = 0;
      size_t end = i + 2;
      bool digits = false;
      if (NumberAt(i + 2, &v, &end, &digits)) {
        ApplyRule(Rule::kMaxExcl, v, q);
        q->number_start = t_[i + 2].start;
        q->number_end = t_[end - 1].end;
        *next = end;
        return true;
      }
    }
    // "sixfold", "a 10-fold rise": a multiple.
    if (MatchFold(i, next, q)) return true;
    // 4. A bare number, a range starting with it, or a trailing qualifier.
    size_t j = i + CurrencyLength(i);
    double v = 0;
    size_t end = j;
    bool digits = false;
    if (!NumberAt(j, &v, &end, &digits)) return false;
    if (!digits && (t_[j].lower == "one") && !StandaloneOne(j, end)) return false;
    // A number word joined to a noun is a modifier, not an amount: "a six-speed gearbox", "a
    // three-bed flat", "a five-year plan" ("185-hp" in digits stays a measure).
    if (!digits && IsDash(end) && Tight(end) && IsWord(end + 1) && Tight(end + 1) && !Is(end + 1, "plus") &&
        !IsNumberWord(t_[end + 1].lower))
      return false;
    // "X to Y", "X-Y", "X or Y".
    if (Range(i, "", next, q)) return true;
    q->number_start = t_[j].start;
    q->number_end = t_[end - 1].end;
    q->low = v;
    q->high = v;
    q->value = v;
    q->kind = QuantityKind::kExact;
    *next = end;
    for (const Phrase& p : T().after) {
      size_t n = MatchPhrase(end, p);
      if (n == 0) continue;
      if (p.words[0] == "+" && !Tight(end)) continue;
      ApplyRule(p.rule, v, q);
      *next = end + n;
      break;
    }
    // "50-plus".
    if (IsDash(end) && Tight(end) && Is(end + 1, "plus")) {
      ApplyRule(Rule::kMin, v, q);
      *next = end + 2;
    }
    return true;
  }

  // "one" counts when it is a number of something ("one person", "one of the dead" is still one), not
  // in "one another", "no one", "one day".
  bool StandaloneOne(size_t j, size_t end) const {
    if (Is(end, "another") || (j > 0 && In(j - 1, kOneNot)))
      return false;
    // "this one.", "that one," (a pronoun; "said that one person died" counts).
    if (j > 0 && In(j - 1, kOnePronoun) && (end >= t_.size() || t_[end].kind == Token::Kind::kPunct))
      return false;
    // A name: "BBC One", "Formula One", "Apple One's plan".
    if (t_[j].capitalised && j > 0 && t_[j - 1].capitalised && t_[j - 1].kind == Token::Kind::kWord) return false;
    return true;
  }

  // X <sep> Y starting at i; sep "and"/"to"/"" (any of to, -, or).
  // A currency before a number at i: a sign ("$") or a code glued to the digits ("RM120,000").
  bool CurrencyBefore(size_t i) const { return CurrencyLength(i) > 0; }
  // Tokens of a currency written before the number at i: "$" 1, "RM" (glued) 1, "$US" / "HK$"-style 2.
  size_t CurrencyLength(size_t i) const {
    if (i >= t_.size()) return 0;
    if (IsCurrency(t_[i].lower)) {
      return IsWord(i + 1) && Tight(i + 1) && Currencies().count(t_[i + 1].lower) && IsNum(i + 2) && Tight(i + 2) ? 2 : 1;
    }
    return IsWord(i) && GluedCurrency(t_[i].lower) && IsNum(i + 1) && Tight(i + 1) ? 1 : 0;
  }
  // The length of a unit written after a number and repeated after the second number of a range:
  // "%", "per cent", "percent", or a word glued to the digits ("15kHz"); 0 when there is none.
  size_t RangeUnitAt(size_t k) const {
    if (Is(k, "%") || Is(k, "percent")) return 1;
    if (Is(k, "per") && Is(k + 1, "cent")) return 2;
    return IsWord(k) && Tight(k) && !T().scales.count(t_[k].lower) ? 1 : 0;
  }
  bool SameTokens(size_t a, size_t b, size_t n) const {
    for (size_t x = 0; x < n; ++x) {
      if (a + x >= t_.size() || b + x >= t_.size() || t_[a + x].lower != t_[b + x].lower) return false;
    }
    return true;
  }

  bool Range(size_t i, std::string_view sep, size_t* next, Quantity* q) const {
    size_t j = i + CurrencyLength(i);
    double a = 0, b = 0;
    size_t end = j;
    bool da = false, db = false;
    if (!NumberAt(j, &a, &end, &da)) return false;
    // "between 5% and 6%", "from 1 per cent to 1.5 per cent", "15kHz and 17kHz": the unit is said twice.
    const size_t unit_at = end, unit_len = RangeUnitAt(end);
    size_t k = end + unit_len;
    bool dash = false;
    if (!sep.empty()) {
      if (!Is(k, sep) && !(sep == "to" && IsDash(k))) return false;
    } else if (IsDash(k) && Tight(k) && Is(k + 1, "to") && Tight(k + 1) && IsDash(k + 2) && Tight(k + 2)) {
      dash = true;  // "0-to-60"
      k += 2;
    } else if (IsDash(k)) {
      dash = true;
    } else if (!(Is(k, "to") || Is(k, "or"))) {
      return false;
    }
    ++k;
    k += CurrencyLength(k);
    size_t end2 = k;
    if (!NumberAt(k, &b, &end2, &db)) return false;
    if (unit_len > 0) {
      if (!SameTokens(unit_at, end2, unit_len)) return false;
      end2 += unit_len;
    }
    if (dash && (!da || !db)) return false;
    // "2 to 3 million": the scale of the second applies to the first.
    // "2 to 3 million": the second number's scale applies to the first.
    const double scale = ScaleOf(end2 - 1 - unit_len);
    if (scale > 1 && ScaleOf(end - 1) == 1 && a < 1000 && a * scale <= b) a *= scale;  // also "four to five thousand"
    if (!(a < b)) return false;  // "3-1" is not a range; "Y to X" with Y>X neither
    // "rose from $43.6 billion to $419.2 billion", "fell from 4.8 to 4.7": a change, two values.
    // "the toll rose by 12 to 47": the change and the new level (a level at least twice the change;
    // "fell by 1 to 1.5 degrees" is a range of the change).
    if (!dash && i >= 2 && (Is(i - 1, "from") || (Is(i - 1, "by") && b >= 2 * a))) {
      for (size_t k = i - 1; k-- > 0 && i - k <= 4;) {
        if (LabelWord(t_[k].lower, "change")) return false;
      }
    }
    q->low = a;
    q->high = b;
    q->kind = QuantityKind::kRange;
    if (unit_len > 0) q->unit = Is(unit_at, "per") || Is(unit_at, "percent") ? "%" : t_[unit_at].lower;
    q->number_start = t_[j].start;
    q->number_end = t_[end2 - 1].end;
    *next = end2;
    return true;
  }
  double ScaleOf(size_t last) const {
    if (!IsWord(last)) return 1;
    auto it = T().scales.find(t_[last].lower);
    return it == T().scales.end() ? 1 : it->second.first;
  }

  // The unit: a currency sign before the number, "%"/"percent" or the noun after it.
  std::string UnitAt(size_t next, size_t first) const {
    if (first < t_.size() && IsCurrency(t_[first].lower)) return t_[first].lower;
    if (first < t_.size() && IsWord(first) && CurrencyLength(first) > 0) return t_[first].lower;  // "RM79"
    if (first > 0 && IsCurrency(t_[first - 1].lower)) return t_[first - 1].lower;
    size_t k = next;
    if (Is(k, "%") || Is(k, "percent") || (Is(k, "per") && Is(k + 1, "cent"))) return "%";
    if (Is(k, "of")) ++k;
    if (In(k, kUnitDeterminer)) return "";
    // A preposition or conjunction is no unit: "from 240 to 273", "12 and 14".
    if (In(k, kUnitStop)) return "";
    // Skip one adjective-like word before a noun is not attempted: the next word is the unit.
    if (IsWord(k) && !t_[k].newline_before) return t_[k].lower;
    return "";
  }

  // True when tokens_[j] is a three-digit group one space (or a no-break or thin space) after the
  // number before it, and not itself followed by digits glued on ("14 000", not "3 1/2" or "9 300.5").
  bool SpacedGroup(size_t j) const {
    if (j == 0 || !IsNum(j) || t_[j].lower.size() != 3 || !IsNum(j - 1) || t_[j].newline_before) return false;
    const std::string_view gap = text_.substr(t_[j - 1].end, t_[j].start - t_[j - 1].end);
    if (gap != " " && gap != "\xC2\xA0" && gap != "\xE2\x80\xAF" && gap != "\xE2\x80\x89") return false;
    return !(j + 1 < t_.size() && Tight(j + 1) && (Is(j + 1, ".") || Is(j + 1, ",") || Is(j + 1, "/")) && IsNum(j + 2));
  }

  std::string_view text_;
  std::vector<Token> owned_;  // the tokens, when the caller gave none
  const std::vector<Token>& t_;
  std::vector<std::pair<size_t, size_t>> blocked_;
};

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) { return Scanner(text).Run(); }

std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens, const std::vector<Timex>& timexes) {
  return Scanner(text, tokens, timexes).Run();
}

bool IsMeasureUnit(std::string_view unit) {
  const std::string u(unit);
  return u == "%" || u == "fraction" || u == "fold" || IsCurrency(u) || Currencies().count(u) > 0;
}

}  // namespace corroborate
