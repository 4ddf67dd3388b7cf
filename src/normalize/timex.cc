// Timex: a token scanner for time expressions in news English (and European date formats).
//
// Design: the text is tokenized once (normalize/tokens.h); at each token the matchers below are
// tried in a fixed order (absolute dates and times, then relative expressions, durations, sets) and
// the first that matches consumes its tokens, so results are in order and never overlap. Every word
// list (months in several languages, weekdays, units, parts of day, deictic words, tense
// cues) is data/timex_*.tsv. Values follow TIMEX3: "2016-11-30", "2016-11", "2016-W48", "2016",
// "2016-11-30TNI", "2016-12-09T12:56", "P26D", "PT3H", "P1W" (SET), "PRESENT_REF".
//
// News-tense rules for relative days, against the publication date (dct); the tense of a clause is
// read from cue words (Tense()):
//   - a bare weekday ("on Wednesday") is the most recent such day on or before the dct, unless its
//     clause is in the future tense, then the next one after the dct;
//   - "last Wednesday" is strictly before the dct, "next Friday" strictly after, "this Friday" in the
//     dct's week;
//   - a day and month without a year are the nearest such day, but more than three months ahead only
//     in a future-tense clause; a month alone beyond the months next to the dct follows the tense;
//   - "the past 26 days" is a DURATION covering the 26 days that end on the dct.
#include "corroborate/timex.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "normalize/tokens.h"

namespace corroborate {

const char* TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

namespace {

struct Lexicon {
  struct Month { int month; bool ambiguous; bool day_only; };
  using Entry = std::pair<std::string, std::string>;  // (kind, value)
  std::unordered_map<std::string, Month> months;
  std::unordered_map<std::string, std::vector<Entry>> words;  // a word may have several kinds ("gave": past, deadline)
};

const Lexicon& Lex() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon();
    for (const auto& row : DataTable("timex_months.tsv")) {
      if (row.size() < 2) continue;
      const bool day_only = row.size() > 2 && row[2] == "day";
      l->months[std::string(row[0])] = {std::atoi(std::string(row[1]).c_str()), (row.size() > 2 && row[2] == "1") || day_only, day_only};
    }
    for (const auto& row : DataTable("timex_words.tsv")) {
      if (row.size() < 2) continue;
      l->words[std::string(row[0])].push_back({std::string(row[1]), row.size() > 2 ? std::string(row[2]) : std::string()});
    }
    return l;
  }();
  return *lex;
}

// The cue lists of data/timex_cues.tsv; the enum follows the order of the names in Cues().
enum Cue : size_t {
  kStarter, kDaySuffix, kOrdinalSuffix, kPastNegative, kBe, kPresentBe, kUntil, kLatest, kYearEndAhead, kAgo, kMeridiem,
  kZone, kNoon, kClockPrep, kPeriodModifier, kThePeriod, kPeriodNot, kWeekdayBack, kAhead, kWeekdayClash,
  kOvernightAdjective, kOvernightNext, kEdge, kThis, kPeriodBack, kPeriodFirst, kVagueCount, kArticle, kOne,
  kUnitModifier, kVagueQualifier, kVaguePrep, kEvery, kMonthCue, kSeasonPrep, kMonthBack, kYearFollow, kYearDeterminer,
  kYearCue, kFullMonth, kFutureNegative
};

const WordLists& Cues() {
  static const WordLists* cues = new WordLists(
      "timex_cues.tsv",
      {"starter",        "day_suffix", "ordinal_suffix", "past_negative",  "be",          "present_be",     "until",
       "latest",         "year_end_ahead", "ago",        "meridiem",       "zone",        "noon",           "clock_prep",
       "period_modifier", "the_period", "period_not",    "weekday_back",   "ahead",       "weekday_clash",  "overnight_adjective",
       "overnight_next", "edge",       "this",           "period_back",    "period_first", "vague_count",   "article",
       "one",            "unit_modifier", "vague_qualifier", "vague_prep", "every",       "month_cue",      "season_prep",
       "month_back",     "year_follow", "year_determiner", "year_cue", "full_month", "future_negative"});
  return *cues;
}

std::string Pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

// ISO 8601 week: (iso year, week number).
std::pair<int, int> IsoWeek(const Date& d) {
  Date thursday = d.AddDays(3 - d.Weekday());
  Date jan1{thursday.year, 1, 1};
  int week = static_cast<int>((thursday.ToDays() - jan1.ToDays()) / 7) + 1;
  return {thursday.year, week};
}

std::string WeekValue(const Date& d) {
  auto [y, w] = IsoWeek(d);
  return Pad(y, 4) + "-W" + Pad(w, 2);
}

class Scanner {
 public:
  Scanner(std::string_view text, const std::optional<Date>& dct, const std::vector<Token>& tokens) : text_(text), dct_(dct), t_(tokens) {
    if (dct_ && !dct_->valid()) dct_.reset();
    // Look every word up once: the matchers ask about the same tokens many times.
    words_.assign(t_.size(), nullptr);
    months_.assign(t_.size(), nullptr);
    cues_.assign(t_.size(), 0);
    for (size_t i = 0; i < t_.size(); ++i) {
      if (t_[i].kind != Token::Kind::kWord) continue;  // the cue lists hold words only
      cues_[i] = Cues().Mask(t_[i].lower);
      if (auto it = Lex().words.find(t_[i].lower); it != Lex().words.end()) words_[i] = &it->second;
      if (auto it = Lex().months.find(t_[i].lower); it != Lex().months.end()) months_[i] = &it->second;
    }
  }

  std::vector<Timex> Run() {
    std::vector<Timex> out;
    size_t i = 0;
    while (i < t_.size()) {
      if (!CanStart(i)) {  // most tokens start nothing: skip the matchers
        ++i;
        continue;
      }
      size_t next = i;
      Timex tx;
      if (Match(i, &next, &tx) && next > i) {
        tx.start = t_[i].start;
        tx.end = t_[next - 1].end;
        tx.text = std::string(text_.substr(tx.start, tx.end - tx.start));
        if ((tx.type == TimexType::kDate || tx.type == TimexType::kTime) && tx.first_day) anchor_ = tx;
        out.push_back(std::move(tx));
        i = next;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  // Whether any matcher can start at token i: a number, a word of the tables, a number word, or one
  // of the words the matchers open with ("the", "last", "every", ...; holiday names).
  bool CanStart(size_t i) const {
    if (t_[i].kind == Token::Kind::kNumber || words_[i] || months_[i]) return true;
    if (t_[i].kind != Token::Kind::kWord) return false;
    static const auto* starters = [] {
      auto* set = new std::unordered_set<std::string>();
      for (const auto& row : DataTable("timex_holidays.tsv")) {
        if (!row.empty()) set->insert(std::string(row[0].substr(0, row[0].find(' '))));
      }
      return set;
    }();
    return IsNumberWord(t_[i].lower) || Cues().Has(kStarter, t_[i].lower) || starters->count(t_[i].lower) > 0;
  }

  // ---- token helpers ----
  bool Is(size_t i, std::string_view lower) const { return i < t_.size() && t_[i].lower == lower; }
  // Whether token i is a word of the cue list (data/timex_cues.tsv).
  bool In(size_t i, Cue list) const { return i < t_.size() && ((cues_[i] >> list) & 1); }
  bool IsNum(size_t i) const { return i < t_.size() && t_[i].kind == Token::Kind::kNumber; }
  bool IsWord(size_t i) const { return i < t_.size() && t_[i].kind == Token::Kind::kWord; }
  // Adjacent: no space between token i-1 and i.
  bool Tight(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  int NumVal(size_t i) const {
    if (!IsNum(i) || t_[i].lower.size() > 6) return -1;
    return std::atoi(t_[i].lower.c_str());
  }
  // The word's first entry in data/timex_words.tsv (its value for weekdays, units, parts ...).
  const Lexicon::Entry* Word(size_t i) const { return i < t_.size() && words_[i] ? &words_[i]->front() : nullptr; }
  bool WordKind(size_t i, std::string_view kind) const {
    if (i >= t_.size() || !words_[i]) return false;
    for (const auto& e : *words_[i]) {
      if (e.first == kind) return true;
    }
    return false;
  }
  // A month name at i (with an optional "." after an abbreviation); sets *next.
  // `after_day`: the month follows a day number ("14 mars 2025"), which settles what it is.
  int MonthAt(size_t i, size_t* next, bool need_cue_if_ambiguous, bool after_day = false) const {
    if (i >= t_.size() || !months_[i]) return 0;
    const Lexicon::Month& m = *months_[i];
    // Abbreviations and ambiguous words must be capitalised ("may" the verb, "mar", "dec").
    bool abbrev = t_[i].lower.size() <= 4 && !In(i, kFullMonth);
    if ((abbrev || m.ambiguous) && !t_[i].capitalised && !after_day) return 0;
    if (m.day_only && !after_day) return 0;
    if (m.ambiguous && need_cue_if_ambiguous) return 0;
    size_t j = i + 1;
    if (abbrev && Is(j, ".") && Tight(j)) ++j;
    *next = j;
    return m.month;
  }
  // A day number 1..31 with an optional ordinal suffix ("9", "9th", "1er", "9.").
  int DayAt(size_t i, size_t* next) const {
    int d = NumVal(i);
    if (d < 1 || d > 31 || t_[i].lower.size() > 2) return 0;
    size_t j = i + 1;
    if (IsWord(j) && Tight(j) &&
        In(j, kDaySuffix))
      ++j;
    *next = j;
    return d;
  }
  int YearAt(size_t i) const {
    if (!IsNum(i) || t_[i].lower.size() != 4) return 0;
    int y = NumVal(i);
    return (y >= 1000 && y <= 2999) ? y : 0;
  }
  // A year in digits or in words as spoken ("nineteen ninety-six", "nineteen oh five"; "two thousand"
  // after "year"); sets *next.
  int YearSpanAt(size_t i, size_t* next) const {
    if (int y = YearAt(i)) {
      *next = i + 1;
      return y;
    }
    if (!IsWord(i) || !IsNumberWord(t_[i].lower)) return 0;
    size_t e = i;
    auto century = ParseNumberWords(t_, i, &e);
    if (!century) return 0;
    if (*century >= 1000 && *century <= 2999 && e > i + 1 && i > 0 && Is(i - 1, "year")) {  // "the year two thousand"
      *next = e;
      return static_cast<int>(*century);
    }
    if (e != i + 1 || *century < 11 || *century > 19) return 0;
    size_t r_at = e, r_end = e;
    int64_t rest = -1;
    if (Is(r_at, "oh") && IsWord(r_at + 1)) {
      auto unit = ParseNumberWords(t_, r_at + 1, &r_end);
      if (unit && *unit >= 1 && *unit <= 9) rest = *unit;
    } else if (auto r = ParseNumberWords(t_, r_at, &r_end); r && *r >= 10 && *r <= 99) {
      rest = *r;
    }
    if (rest < 0) return 0;
    *next = r_end;
    return static_cast<int>(*century * 100 + rest);
  }
  // The tense cue of token k: +1 future ("will", "they'll", "scheduled", "would"), -1 past ("said",
  // "was", "didn't", a lower-case "-ed" verb, an irregular past), 0 none. Passives are read with
  // their auxiliary: "will be buried" is future, "was released" past; "set" is future only as "set
  // to", "set for".
  int CueAt(size_t k) const {
    if (!IsWord(k)) return 0;
    const std::string& w = t_[k].lower;
    auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0; };
    if (ends("'ll") || Cues().Has(kFutureNegative, w) || ends("wouldn't")) return 1;
    if (ends("n't")) return Cues().Has(kPastNegative, w) ? -1 : 0;
    if (w == "set") return (Is(k + 1, "to") || Is(k + 1, "for")) ? 1 : -1;
    if (WordKind(k, "future")) return 1;
    bool past = WordKind(k, "past");
    if (!past && !t_[k].capitalised && w.size() >= 5 && ends("ed") && !WordKind(k, "notpast")) past = true;
    if (!past) return 0;
    // A participle after "be": the auxiliary before it decides ("will be", "could be" ahead; "was",
    // "has been" behind; "is", "are" say nothing of time).
    if (k > 0 && In(k - 1, kBe)) {
      if (k > 1 && (Is(k - 2, "to") || WordKind(k - 2, "future") || WordKind(k - 2, "modal") || CueAt(k - 2) > 0)) return 1;
      return 0;
    }
    if (k > 0 && In(k - 1, kPresentBe)) return 0;
    return -1;
  }
  // The tense of the clause around token i: the nearest cue before it in the sentence, else the
  // nearest after it; +1 future, -1 past, 0 unknown. "as early as Tuesday", "no later than Friday"
  // point ahead.
  // A possessive ("Wednesday's ruling") is read from what follows it only.
  int Tense(size_t i) const {
    if (i >= 3 && ((Is(i - 3, "as") && (Is(i - 2, "early") || Is(i - 2, "soon")) && Is(i - 1, "as")) ||
                   (Is(i - 3, "no") && Is(i - 2, "later") && Is(i - 1, "than"))))
      return 1;
    // A deadline: "extended the offer until 9 a.m. Tuesday", "gave them until Friday".
    for (size_t u = i, n = 0; u-- > 0 && n < 8; ++n) {
      if (In(u, kUntil)) {
        for (size_t k = u, m = 0; k-- > 0 && m < 8; ++m) {
          if (WordKind(k, "deadline")) return 1;
        }
        break;
      }
      if (t_[u].kind == Token::Kind::kPunct && t_[u].lower != "." && t_[u].lower != ":") break;
    }
    auto boundary = [&](size_t k) {
      if (t_[k].kind != Token::Kind::kPunct) return false;
      if (t_[k].lower == ".") return !(k > 0 && IsWord(k - 1) && (t_[k - 1].lower.size() == 1 || IsAbbreviation(t_[k - 1].lower)));
      return t_[k].lower == "!" || t_[k].lower == "?" || t_[k].lower == ";" || t_[k].lower == "\"";
    };
    size_t last = i;  // the expression's last token
    while (last + 1 < t_.size() && IsWord(last + 1) && Tight(last + 1) == false && WordKind(last + 1, "part")) ++last;
    const bool possessive = Is(last + 1, "'") && Tight(last + 1) && Is(last + 2, "s");
    for (size_t k = i, n = 0; !possessive && k-- > 0 && n < 16; ++n) {
      if (boundary(k)) break;
      if (int c = CueAt(k)) return c;
    }
    // After the expression: skip the expression's own words ("Monday's talks will ...").
    for (size_t k = i + 1, n = 0; k < t_.size() && n < 12; ++k, ++n) {
      if (boundary(k)) break;
      if (int c = CueAt(k)) return c;
    }
    return 0;
  }

  // ---- values ----
  void SetDay(Timex* tx, const Date& d) const {
    tx->type = TimexType::kDate;
    tx->value = d.ToString();
    tx->first_day = d;
    tx->last_day = d;
  }
  void SetMonth(Timex* tx, int year, int month, int from = 1, int to = 31) const {
    tx->type = TimexType::kDate;
    if (year == 0) {
      tx->value = "XXXX-" + Pad(month, 2);
      return;
    }
    tx->value = Pad(year, 4) + "-" + Pad(month, 2);
    int last = DaysInMonth(year, month);
    tx->first_day = Date{year, month, std::min(from, last)};
    tx->last_day = Date{year, month, std::min(to, last)};
  }
  void SetYear(Timex* tx, int year) const {
    tx->type = TimexType::kDate;
    tx->value = Pad(year, 4);
    tx->first_day = Date{year, 1, 1};
    tx->last_day = Date{year, 12, 31};
  }
  void SetWeek(Timex* tx, const Date& any_day) const {
    tx->type = TimexType::kDate;
    tx->value = WeekValue(any_day);
    tx->first_day = any_day.AddDays(-any_day.Weekday());
    tx->last_day = tx->first_day->AddDays(6);
  }
  // The year for a day and month written without one, the expression starting at token i: the
  // nearest such day to publication, but one more than three months ahead only in a future-tense
  // clause (news mostly reports the past).
  int GuessYear(int month, int day, size_t i) const {
    if (!dct_) return 0;
    auto offset = [&](int y) { return Date{y, month, std::min(day, DaysInMonth(y, month))}.ToDays() - dct_->ToDays(); };
    int best = dct_->year;
    for (int y : {dct_->year - 1, dct_->year + 1}) {
      if (std::llabs(offset(y)) < std::llabs(offset(best))) best = y;
    }
    if (offset(best) > 92 && Tense(i) <= 0) --best;
    return best;
  }

  // (year, quarter) of the last quarter completed before the dct.
  std::pair<int, int> LastQuarter() const {
    int q = (dct_->month - 1) / 3;  // 0-based quarter of the dct
    return q == 0 ? std::make_pair(dct_->year - 1, 4) : std::make_pair(dct_->year, q);
  }
  void SetQuarter(Timex* tx, std::pair<int, int> yq) const {
    tx->type = TimexType::kDate;
    tx->value = Pad(yq.first, 4) + "-Q" + std::to_string(yq.second);
    tx->first_day = Date{yq.first, 3 * yq.second - 2, 1};
    tx->last_day = Date{yq.first, 3 * yq.second, DaysInMonth(yq.first, 3 * yq.second)};
  }

  // [the] [fiscal] first|second|third|fourth[-]quarter [of] [YYYY]; "the latest quarter"; "fiscal 1989".
  bool MatchQuarter(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    // "this year's third quarter", "last year's quarter".
    int year_shift = 0;
    bool year_given = false;
    if ((Is(j, "this") || Is(j, "last")) && Is(j + 1, "year") && Is(j + 2, "'") && Is(j + 3, "s") && dct_) {
      year_shift = Is(j, "last") ? -1 : 0;
      year_given = true;
      j += 4;
    }
    if (Is(j, "the")) ++j;
    // "the 1988 third quarter"; "the 1988 quarter", "the 1988 period" when quarters are compared:
    // the same quarter as the last completed one, in that year.
    if (int y = YearAt(j); y && dct_) {
      if (WordKind(j + 1, "ordinal") && Is(j + 2, "quarter")) {
        const int q = std::atoi(Word(j + 1)->second.c_str());
        if (q < 1 || q > 4) return false;
        SetQuarter(tx, {y, q});
        *next = j + 3;
        return true;
      }
      if (Is(j + 1, "quarter") || (Is(j + 1, "period") && QuarterContext(i))) {
        SetQuarter(tx, {y, LastQuarter().second});
        *next = j + 2;
        return true;
      }
      return false;
    }
    if (Is(j, "fiscal") && YearAt(j + 1)) {
      SetYear(tx, YearAt(j + 1));
      *next = j + 2;
      return true;
    }
    if (Is(j, "fiscal")) ++j;
    int q = 0;
    if (In(j, kLatest)) {
      q = -1;
    } else if (year_given && Is(j, "quarter")) {
      q = -1;
      --j;
    } else if (WordKind(j, "ordinal")) {
      q = std::atoi(Word(j)->second.c_str());
    } else if (IsNum(j) && Tight(j + 1) && IsWord(j + 1) && In(j + 1, kOrdinalSuffix)) {
      q = NumVal(j);
      ++j;
    }
    if (q == 0 || q > 4) return false;
    ++j;
    if (Is(j, "-") && Tight(j)) ++j;
    if (!Is(j, "quarter")) return false;
    ++j;
    if (!dct_) {
      tx->type = TimexType::kDate;
      tx->value = q > 0 ? "XXXX-Q" + std::to_string(q) : "XXXX-QX";
      *next = j;
      return true;
    }
    std::pair<int, int> yq = LastQuarter();
    if (q > 0) {
      yq.second = q;
      yq.first = q <= (dct_->month - 1) / 3 + 1 ? dct_->year : dct_->year - 1;
    }
    if (Is(j, "of") && YearAt(j + 1)) yq.first = YearAt(j + 1), j += 2;
    else if (YearAt(j)) yq.first = YearAt(j), ++j;
    else if (year_given) yq.first = (q > 0 ? dct_->year : yq.first) + year_shift;
    SetQuarter(tx, yq);
    *next = j;
    return true;
  }

  // Quarters are being compared: "quarter" in the 400 tokens before i.
  bool QuarterContext(size_t i) const {
    for (size_t k = i, n = 0; k-- > 0 && n < 400; ++n) {
      // Not "a quarter-century", "a quarter of the vote".
      if ((t_[k].lower == "quarter" && !Is(k + 1, "-") && !Is(k + 1, "of") && !Is(k + 1, "century")) || t_[k].lower == "quarterly") return true;
    }
    return false;
  }

  // "by year-end" (the publication year's last day), "since year-end" (last year's).
  bool MatchYearEnd(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    if (!(Is(j, "year") && ((Is(j + 1, "-") && Is(j + 2, "end")) || Is(j + 1, "end")))) return false;
    if (!dct_) return false;
    const size_t end = Is(j + 1, "-") ? j + 3 : j + 2;
    const bool ahead = i > 0 && In(i - 1, kYearEndAhead);
    SetDay(tx, Date{ahead ? dct_->year : dct_->year - 1, 12, 31});
    *next = end;
    return true;
  }

  // "year-earlier", "year-ago" (as in "the year-earlier quarter"): the same quarter a year before.
  bool MatchYearEarlier(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    if (Is(j, "the")) ++j;
    if (!(Is(j, "year") && Is(j + 1, "-") && In(j + 2, kAgo))) return false;
    if (!dct_) return false;
    size_t k = j + 3;
    if (Is(k, "quarter") || Is(k, "period")) ++k;
    if (QuarterContext(i) || Is(k - 1, "quarter")) {
      auto yq = LastQuarter();
      SetQuarter(tx, {yq.first - 1, yq.second});
    } else {
      SetYear(tx, dct_->year - 1);
    }
    *next = k;
    return true;
  }

  // A holiday ("Thanksgiving", "Christmas Eve"), the nearest one to publication (data/timex_holidays.tsv).
  bool MatchHoliday(size_t i, size_t* next, Timex* tx) const {
    static const auto* table = [] {
      auto* v = new std::vector<std::pair<std::vector<std::string>, std::string>>();
      for (const auto& row : DataTable("timex_holidays.tsv")) {
        if (row.size() < 2) continue;
        std::vector<std::string> words;
        std::string cur;
        for (char c : std::string(row[0]) + " ") {
          if (c == ' ') {
            if (!cur.empty()) words.push_back(cur), cur.clear();
          } else {
            cur += c;
          }
        }
        v->push_back({words, std::string(row[1])});
      }
      std::stable_sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
      return v;
    }();
    if (!IsWord(i) || !t_[i].capitalised) return false;
    for (const auto& entry : *table) {
      const std::vector<std::string>& words = entry.first;
      const std::string& rule = entry.second;
      size_t k = 0;
      while (k < words.size() && Is(i + k, words[k])) ++k;
      if (k != words.size()) continue;
      if (!dct_) {
        tx->type = TimexType::kDate;
        tx->value = "XXXX-XX-XX";
        *next = i + k;
        return true;
      }
      auto day_in = [&](int year) -> std::optional<Date> {
        if (rule.size() == 5 && rule[2] == '-') return Date{year, std::atoi(rule.substr(0, 2).c_str()), std::atoi(rule.substr(3).c_str())};
        // N-WD-MM
        size_t d1 = rule.find('-'), d2 = rule.rfind('-');
        if (d1 == std::string::npos || d2 == d1) return std::nullopt;
        const std::string nth = rule.substr(0, d1), wd = rule.substr(d1 + 1, d2 - d1 - 1);
        const int month = std::atoi(rule.substr(d2 + 1).c_str());
        static const char* kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        int target = -1;
        for (int x = 0; x < 7; ++x) {
          if (wd == kDays[x]) target = x;
        }
        if (target < 0 || month < 1 || month > 12) return std::nullopt;
        if (nth == "last") {
          Date d{year, month, DaysInMonth(year, month)};
          return d.AddDays(-((d.Weekday() - target + 7) % 7));
        }
        Date first{year, month, 1};
        return first.AddDays((target - first.Weekday() + 7) % 7 + 7 * (std::atoi(nth.c_str()) - 1));
      };
      std::optional<Date> best;
      for (int y : {dct_->year - 1, dct_->year, dct_->year + 1}) {
        auto d = day_in(y);
        if (!d || !d->valid()) continue;
        if (!best || std::llabs(d->ToDays() - dct_->ToDays()) < std::llabs(best->ToDays() - dct_->ToDays())) best = d;
      }
      if (!best) return false;
      SetDay(tx, *best);
      *next = i + k;
      return true;
    }
    return false;
  }

  // A time named through the last one the text gave (the narrative's reference time): "that day",
  // "later that year", "the same day", "the following month", "the previous year". Nothing without one.
  bool MatchAnaphor(size_t i, size_t* next, Timex* tx) const {
    if (!anchor_ || !anchor_->first_day) return false;
    size_t j = i;
    if ((Is(j, "earlier") || Is(j, "later")) && Is(j + 1, "that")) ++j;
    int shift = 0;
    if (Is(j, "that") && Is(j + 1, "same")) j += 2;
    else if (Is(j, "that")) ++j;
    else if (Is(j, "the") && Is(j + 1, "same")) j += 2;
    else if (Is(j, "the") && (Is(j + 1, "following") || Is(j + 1, "previous"))) shift = Is(j + 1, "following") ? 1 : -1, j += 2;
    else return false;
    if (!WordKind(j, "unit") || t_[j].lower.back() == 's') return false;
    const std::string& unit = Word(j)->second;
    const Date& d = *anchor_->first_day;
    if (unit == "D") {
      // Only a day the text named as a day.
      if (anchor_->last_day != anchor_->first_day) return false;
      SetDay(tx, d.AddDays(shift));
    } else if (unit == "M") {
      const Date m = Shift(d, shift, "M");
      SetMonth(tx, m.year, m.month);
    } else if (unit == "Y") {
      SetYear(tx, d.year + shift);
    } else if (unit == "Q") {
      int q = (d.month - 1) / 3 + shift;
      SetQuarter(tx, {d.year + (q < 0 ? -1 : q > 3 ? 1 : 0), (q + 4) % 4 + 1});
    } else if (unit == "W") {
      SetWeek(tx, d.AddDays(7 * shift));
    } else {
      return false;
    }
    *next = j + 1;
    return true;
  }

  // ---- matchers ----
  bool Match(size_t i, size_t* next, Timex* tx) {
    return MatchIso(i, next, tx) || MatchNumericDate(i, next, tx) || MatchNamedDate(i, next, tx) ||
           MatchClock(i, next, tx) || MatchQuarter(i, next, tx) || MatchYearEarlier(i, next, tx) || MatchYearEnd(i, next, tx) || MatchHoliday(i, next, tx) || MatchAnaphor(i, next, tx) || MatchDeictic(i, next, tx) || MatchWeekday(i, next, tx) || MatchOvernight(i, next, tx) ||
           MatchCalendarUnit(i, next, tx) || MatchAgo(i, next, tx) || MatchDuration(i, next, tx) ||
           MatchSet(i, next, tx) || MatchMonthOrSeason(i, next, tx) || MatchYear(i, next, tx) || MatchVagueDuration(i, next, tx);
  }

  // A clock time after a date: "at 12:56 pm", ", 08:48 GMT", "T12:56:00Z". Returns the token after it.
  bool ClockAt(size_t i, size_t* next, int* hour, int* minute) const {
    size_t j = i;
    int h = NumVal(j);
    if (h < 0 || h > 24 || t_[j].lower.size() > 2) return false;
    int m = 0;
    ++j;
    bool has_minutes = false;
    // "12:56"; "10.45" only with am/pm after it ("at 3.23 shekels" is a price).
    const bool dot = Is(j, ".");
    if ((Is(j, ":") || dot) && Tight(j) && IsNum(j + 1) && Tight(j + 1) && t_[j + 1].lower.size() == 2 &&
        (!dot || In(j + 2, kMeridiem))) {
      m = NumVal(j + 1);
      if (m > 59) return false;
      j += 2;
      has_minutes = true;
      if (Is(j, ":") && Tight(j) && IsNum(j + 1) && t_[j + 1].lower.size() == 2) j += 2;  // seconds
    }
    bool ampm = false;
    if (In(j, kMeridiem)) {
      bool pm = t_[j].lower[0] == 'p';
      size_t k = j + 1;
      if ((Is(j, "a") || Is(j, "p")) ) {
        if (!(Is(k, ".") && Tight(k) && (Is(k + 1, "m")) && Tight(k + 1))) return has_minutes ? (*next = j, *hour = h, *minute = m, true) : false;
        k += 2;
        if (Is(k, ".") && Tight(k)) ++k;
      }
      if (h > 12 || h == 0) return false;
      if (pm && h != 12) h += 12;
      if (!pm && h == 12) h = 0;
      j = k;
      ampm = true;
    }
    if (!has_minutes && !ampm) return false;
    if (h == 24) h = 0;
    // A time zone: GMT, UTC, Z, EST, "local time".
    if (IsWord(j) && t_[j].lower.size() <= 4 && In(j, kZone))
      ++j;
    else if (Is(j, "local") && Is(j + 1, "time")) j += 2;
    *next = j;
    *hour = h;
    *minute = m;
    return true;
  }
  bool AttachClock(size_t j, size_t* next, Timex* tx) const {
    size_t k = j;
    if (Is(k, ",") || Is(k, "at") || Is(k, "-") || Is(k, "|") || Is(k, "t") || Is(k, "\xE2\x80\x93") || Is(k, "\xC2\xB7")) ++k;
    int h = 0, m = 0;
    size_t end = k;
    if (!ClockAt(k, &end, &h, &m)) return false;
    tx->type = TimexType::kTime;
    tx->value += "T" + Pad(h, 2) + ":" + Pad(m, 2);
    *next = end;
    return true;
  }

  bool MatchIso(size_t i, size_t* next, Timex* tx) const {
    int y = YearAt(i);
    if (!y || !Is(i + 1, "-") || !Tight(i + 1) || !IsNum(i + 2) || !Tight(i + 2) || t_[i + 2].lower.size() != 2) return false;
    int mo = NumVal(i + 2);
    if (mo < 1 || mo > 12) return false;
    size_t j = i + 3;
    if (Is(j, "-") && Tight(j) && IsNum(j + 1) && Tight(j + 1) && t_[j + 1].lower.size() == 2) {
      int d = NumVal(j + 1);
      if (d < 1 || d > DaysInMonth(y, mo)) return false;
      SetDay(tx, Date{y, mo, d});
      j += 2;
      // "T12:56:00Z" tokenizes as "T12" would not: the T is its own word only before a digit run.
      if (IsWord(j) && Tight(j) && (t_[j].lower == "t") && IsNum(j + 1)) {
        size_t end = j;
        Timex copy = *tx;
        if (AttachClock(j, &end, &copy)) {
          *tx = copy;
          j = end;
        }
      } else if (Is(j, "t") || IsNum(j)) {
        size_t end = j;
        if (AttachClock(j, &end, tx)) j = end;
      }
      // A numeric zone offset "+02:00" after an ISO time.
      if (tx->type == TimexType::kTime && (Is(j, "+") || Is(j, "-")) && Tight(j) && IsNum(j + 1)) {
        j += 2;
        if (Is(j, ":") && IsNum(j + 1)) j += 2;
      }
      *next = j;
      return true;
    }
    SetMonth(tx, y, mo);
    *next = j;
    return true;
  }

  // 09/12/2016, 12/9/2016, 9.12.2016: only when the day and month cannot be mixed up (one part > 12),
  // or the parts are equal; 2016/12/09 always.
  bool MatchNumericDate(size_t i, size_t* next, Timex* tx) const {
    if (!IsNum(i)) return false;
    std::string sep = i + 1 < t_.size() ? t_[i + 1].lower : "";
    if (sep != "/" && sep != ".") return false;
    if (!Tight(i + 1) || !IsNum(i + 2) || !Tight(i + 2) || !Is(i + 3, sep) || !Tight(i + 3) || !IsNum(i + 4) || !Tight(i + 4)) return false;
    int a = NumVal(i), b = NumVal(i + 2), c = NumVal(i + 4);
    int y = 0, mo = 0, d = 0;
    if (t_[i].lower.size() == 4) {
      y = a, mo = b, d = c;
    } else if (t_[i + 4].lower.size() == 4 || t_[i + 4].lower.size() == 2) {
      y = t_[i + 4].lower.size() == 4 ? c : 2000 + c;
      if (a > 12 && b <= 12) d = a, mo = b;
      else if (b > 12 && a <= 12) d = b, mo = a;
      else if (a == b) d = a, mo = b;
      else if (sep == ".") d = a, mo = b;  // 9.12.2016 is day-first wherever dots are used
      else return false;
    } else {
      return false;
    }
    if (mo < 1 || mo > 12 || y < 1000 || d < 1 || d > DaysInMonth(y, mo)) return false;
    SetDay(tx, Date{y, mo, d});
    size_t j = i + 5;
    size_t end = j;
    if (AttachClock(j, &end, tx)) j = end;
    *next = j;
    return true;
  }

  // [Weekday[,]] Month Day[,] [Year] | [Weekday[,]] Day [of|de] Month [de] [Year] | Month Year.
  bool MatchNamedDate(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    bool weekday = false;
    if (WordKind(j, "weekday") && t_[j].capitalised) {
      weekday = true;
      ++j;
      if (Is(j, ",") || (Is(j, ".") && Tight(j))) ++j;
    }
    int month = 0, day = 0, year = 0;
    size_t k = j;
    if ((month = MonthAt(j, &k, false)) != 0) {
      size_t m_end = k;
      size_t d_end = k;
      if ((day = DayAt(k, &d_end)) != 0 && !(Is(d_end, ":") && Tight(d_end) && IsNum(d_end + 1) && Tight(d_end + 1))) {
        k = d_end;
        size_t y_at = k;
        if (Is(y_at, ",")) ++y_at;
        if ((year = YearAt(y_at)) != 0) k = y_at + 1;
      } else {
        day = 0;
        size_t y_at = m_end;
        if (Is(y_at, ",")) ++y_at;
        if ((year = YearSpanAt(y_at, &k)) == 0) return false;  // a month alone is MatchMonthOrSeason's
      }
    } else if ((day = DayAt(j, &k)) != 0) {
      if (Is(k, ".") && Tight(k)) ++k;  // German "9. Dezember"
      if (Is(k, "of") || Is(k, "de")) ++k;
      size_t m_end = k;
      if ((month = MonthAt(k, &m_end, false, /*after_day=*/true)) == 0) return false;
      k = m_end;
      size_t y_at = k;
      if (Is(y_at, ",")) ++y_at;
      if (Is(y_at, "de")) ++y_at;
      if ((year = YearAt(y_at)) != 0) k = y_at + 1;
    } else {
      return false;
    }
    if (day > 0) {
      int y = year ? year : GuessYear(month, day, i);
      if (y == 0) {
        tx->type = TimexType::kDate;
        tx->value = "XXXX-" + Pad(month, 2) + "-" + Pad(day, 2);
      } else {
        if (day > DaysInMonth(y, month)) return false;
        SetDay(tx, Date{y, month, day});
      }
      size_t end = k;
      if (AttachClock(k, &end, tx)) k = end;
    } else {
      if (weekday) return false;
      SetMonth(tx, year, month);
    }
    *next = k;
    return true;
  }

  // A clock time on its own ("at 3pm", "08:48 GMT"), on the publication day.
  bool MatchClock(size_t i, size_t* next, Timex* tx) const {
    if (In(i, kNoon)) {
      if (!(i > 0 && In(i - 1, kClockPrep)) &&
          !WordKind(i + 1, "weekday"))
        return false;
      tx->type = TimexType::kTime;
      std::string day = dct_ ? dct_->ToString() : std::string("XXXX-XX-XX");
      size_t after = i + 1;
      Timex d;
      if (MatchWeekday(i + 1, &after, &d) && d.first_day) day = d.first_day->ToString();
      else after = i + 1;
      tx->value = day + (Is(i, "midnight") ? "T24:00" : "T12:00");
      *next = after;
      return true;
    }
    if (!IsNum(i)) return false;
    if (i > 0 && (Is(i - 1, "$") || Is(i - 1, "\xC2\xA3") || Is(i - 1, "\xE2\x82\xAC"))) return false;
    int h = 0, m = 0;
    size_t end = i;
    if (!ClockAt(i, &end, &h, &m)) return false;
    // "3:1" scores and "2.5" decimals are not times: ClockAt needs two-digit minutes or am/pm; a
    // decimal like "2.50" followed by no am/pm is only a time after "at".
    if (Is(i + 1, ".") && !(end > i + 3) && !(i > 0 && Is(i - 1, "at"))) return false;
    tx->type = TimexType::kTime;
    std::string day = dct_ ? dct_->ToString() : std::string("XXXX-XX-XX");
    // "10 p.m. Wednesday", "5 p.m. EST Nov. 9": the day follows the time.
    size_t k = end, probe = 0;
    if (Is(k, "on") || (Is(k, ",") && (MonthAt(k + 1, &probe, false) || WordKind(k + 1, "weekday")))) ++k;
    Timex d;
    size_t after = k;
    if (k < t_.size() && (MatchNamedDate(k, &after, &d) || MatchWeekday(k, &after, &d) || MatchDeictic(k, &after, &d)) && d.first_day &&
        d.first_day == d.last_day) {
      day = d.first_day->ToString();
      end = after;
    }
    tx->value = day + "T" + Pad(h, 2) + ":" + Pad(m, 2);
    *next = end;
    return true;
  }

  // today, yesterday, tomorrow, tonight, this morning, last night, now.
  bool MatchDeictic(size_t i, size_t* next, Timex* tx) const {
    auto* w = Word(i);
    if (w && w->first == "ref") {
      tx->type = TimexType::kDate;
      tx->value = w->second;
      *next = i + 1;
      return true;
    }
    if (w && w->first == "deictic") {
      int offset = std::atoi(w->second.c_str());
      size_t j = i + 1;
      std::string part;
      if (Is(i, "tonight")) part = "NI";
      else if (WordKind(j, "part")) part = Word(j)->second, ++j;
      if (dct_) {
        SetDay(tx, dct_->AddDays(offset));
        if (!part.empty()) {
          tx->type = TimexType::kTime;
          tx->value += "T" + part;
        }
      } else {
        tx->value = offset == 0 ? "PRESENT_REF" : (offset < 0 ? "PAST_REF" : "FUTURE_REF");
      }
      *next = j;
      return true;
    }
    // "the near future", "the near term", "the short term".
    if (Is(i, "the") && ((Is(i + 1, "near") && (Is(i + 2, "future") || Is(i + 2, "term"))) || (Is(i + 1, "short") && Is(i + 2, "term")))) {
      tx->type = TimexType::kDate;
      tx->value = "FUTURE_REF";
      *next = i + 3;
      return true;
    }
    if (Is(i, "the") && (Is(i + 1, "future") || (Is(i + 1, "past") && !IsNum(i + 2) && !WordKind(i + 2, "unit") &&
                                                  !(i + 2 < t_.size() && IsWord(i + 2) && (Is(i + 2, "few") || Is(i + 2, "several") ||
                                                                                          IsNumberWord(t_[i + 2].lower)))))) {
      tx->type = TimexType::kDate;
      tx->value = Is(i + 1, "future") ? "FUTURE_REF" : "PAST_REF";
      *next = i + 2;
      return true;
    }
    // "the weekend", "the year" (the publication's), "the quarter" (the last one completed), "the
    // week", "the day", "the fiscal year", "the full year", "the latest period" (in earnings news).
    size_t u = i + 1;
    if (Is(i, "the") && In(u, kPeriodModifier)) ++u;
    const bool period = Is(u, "period") && QuarterContext(i);
    if (Is(i, "the") && dct_ && (In(u, kThePeriod) || period) &&
        !(u + 1 < t_.size() && (In(u + 1, kPeriodNot) || Is(u + 1, "-") ||
                                IsNum(u + 1) || (IsWord(u + 1) && IsNumberWord(t_[u + 1].lower))))) {
      if (Is(u, "year") && (Is(u + 1, "ended") || Is(u + 1, "ending"))) {
        // "the fiscal year ended Sept. 30": a year-long period named by its end.
        tx->type = TimexType::kDuration;
        tx->value = "P1Y";
      } else if (Is(u, "week")) {
        SetWeek(tx, *dct_);
      } else if (Is(u, "day")) {
        SetDay(tx, *dct_);
      } else if (Is(u, "weekend")) {
        Date monday = dct_->AddDays(-dct_->Weekday() - (dct_->Weekday() < 5 ? 7 : 0));
        tx->type = TimexType::kDate;
        tx->value = WeekValue(monday) + "-WE";
        tx->first_day = monday.AddDays(5);
        tx->last_day = monday.AddDays(6);
      } else if (Is(u, "year")) {
        SetYear(tx, dct_->year);
      } else {
        SetQuarter(tx, LastQuarter());
      }
      *next = u + 1;
      return true;
    }
    // "this morning", "last night", "this evening".
    if ((Is(i, "this") || Is(i, "last")) && WordKind(i + 1, "part")) {
      const std::string& part = Word(i + 1)->second;
      if (Is(i, "last") && part != "NI" && part != "EV") return false;
      int offset = Is(i, "last") ? -1 : 0;
      if (!dct_) return false;
      SetDay(tx, dct_->AddDays(offset));
      tx->type = TimexType::kTime;
      tx->value += "T" + part;
      *next = i + 2;
      return true;
    }
    return false;
  }

  // [overnight on|late on|early on|on|last|next|this] Weekday [morning|night...].
  bool MatchWeekday(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    // "overnight on Monday", "overnight Monday": that day's night; "overnight into Tuesday": the night
    // before Tuesday.
    int overnight = 0;  // 1 the day's night, 2 the night before the day
    if (Is(j, "overnight")) {
      size_t k = j + 1;
      overnight = Is(k, "into") ? 2 : 1;
      if (Is(k, "on") || Is(k, "into")) ++k;
      if (!WordKind(k, "weekday")) return false;
      j = k;
    }
    int direction = 0;  // -1 last, +1 next, 2 this, 0 bare
    if (In(j, kWeekdayBack)) direction = -1, ++j;
    else if (In(j, kAhead)) direction = 1, ++j;
    else if (Is(j, "this")) direction = 2, ++j;
    if (!WordKind(j, "weekday") || !t_[j].capitalised) return false;
    if (t_[j].lower.size() <= 4 && t_[j].lower != "sat" && !(Is(j + 1, ".") || Is(j + 1, ","))) {
      // "Sun" (the newspaper), "Wed" (married) and the like need a following date or dot.
      if (In(j, kWeekdayClash)) return false;
    }
    int wd = std::atoi(Word(j)->second.c_str());
    size_t k = j + 1;
    std::string part = overnight ? "NI" : "";
    if (WordKind(k, "part") && (!overnight || Word(k)->second == "NI")) part = Word(k)->second, ++k;  // ("overnight on Monday night")
    if (!dct_) {
      tx->type = TimexType::kDate;
      tx->value = "XXXX-WXX-" + std::to_string(wd + 1);
      *next = k;
      return true;
    }
    int today = dct_->Weekday();
    Date d;
    if (direction == -1) {
      int back = (today - wd + 7) % 7;
      d = dct_->AddDays(-(back == 0 ? 7 : back));
    } else if (direction == 1) {
      int ahead = (wd - today + 7) % 7;
      d = dct_->AddDays(ahead == 0 ? 7 : ahead);
    } else if (direction == 2) {
      d = dct_->AddDays(wd - today);
    } else if (Tense(i) > 0) {
      int ahead = (wd - today + 7) % 7;
      d = dct_->AddDays(ahead == 0 ? 7 : ahead);
    } else {
      d = dct_->AddDays(-((today - wd + 7) % 7));
    }
    SetDay(tx, overnight == 2 ? d.AddDays(-1) : d);
    if (!part.empty()) {
      tx->type = TimexType::kTime;
      tx->value += "T" + part;
    }
    *next = k;
    return true;
  }

  // "overnight" as an adverb ("rebels attacked overnight", "overnight, the toll rose"): in past-tense
  // reporting the night before publication, in a future-tense clause the coming night. (Not the last
  // day the text named: a report of a strike "overnight" often recalls an older date.) Not the
  // adjective: "an overnight curfew", "overnight rates".
  bool MatchOvernight(size_t i, size_t* next, Timex* tx) const {
    if (!Is(i, "overnight") || !dct_) return false;
    if (i > 0 && In(i - 1, kOvernightAdjective)) return false;
    const size_t k = i + 1;
    if (k < t_.size() && !(t_[k].kind == Token::Kind::kPunct || In(k, kOvernightNext) || t_[k].newline_before)) return false;
    SetDay(tx, Tense(i) > 0 ? *dct_ : dct_->AddDays(-1));
    tx->type = TimexType::kTime;
    tx->value += "TNI";
    *next = k;
    return true;
  }

  // last/this/next/earlier this/later this week|month|year|weekend.
  bool MatchCalendarUnit(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    int offset = 0;
    if (In(j, kEdge) && Is(j + 1, "this")) j += 2, offset = 0;
    else if (In(j, kThis)) ++j, offset = 0;
    else if (In(j, kPeriodBack)) ++j, offset = -1;
    else if (In(j, kAhead)) ++j, offset = 1;
    else return false;
    if (!dct_) return false;
    if (Is(j, "weekend")) {
      Date monday = dct_->AddDays(-dct_->Weekday() + 7 * offset);
      if (offset == -1 && dct_->Weekday() >= 5) monday = dct_->AddDays(-dct_->Weekday() - 7);
      tx->type = TimexType::kDate;
      tx->value = WeekValue(monday) + "-WE";
      tx->first_day = monday.AddDays(5);
      tx->last_day = monday.AddDays(6);
      *next = j + 1;
      return true;
    }
    if (WordKind(j, "season")) {
      // "last summer" is the most recent one over by publication, "this summer" the publication year's.
      static const std::unordered_map<std::string, int> kEnds = {{"SP", 5}, {"SU", 8}, {"FA", 11}, {"WI", 2}};
      auto it = kEnds.find(Word(j)->second);
      int y = dct_->year + offset;
      if (offset == -1 && it != kEnds.end() && it->second < dct_->month && Word(j)->second != "WI") y = dct_->year;
      tx->type = TimexType::kDate;
      tx->value = Pad(y, 4) + "-" + Word(j)->second;
      *next = j + 1;
      return true;
    }
    auto* w = Word(j);
    if (!w || w->first != "unit" || (t_[j].lower.back() == 's')) return false;
    const std::string& unit = w->second;
    if (unit == "W") {
      SetWeek(tx, dct_->AddDays(7 * offset));
    } else if (unit == "M") {
      int m = dct_->month + offset, y = dct_->year;
      if (m < 1) m += 12, --y;
      if (m > 12) m -= 12, ++y;
      SetMonth(tx, y, m);
    } else if (unit == "Y") {
      SetYear(tx, dct_->year + offset);
    } else if (unit == "Q") {
      const int q = (dct_->month - 1) / 3 + offset;  // 0-based, may leave the year
      const int y = dct_->year + (q < 0 ? -1 : q > 3 ? 1 : 0);
      SetQuarter(tx, {y, (q + 4) % 4 + 1});
    } else if (unit == "D" && offset != 0) {
      SetDay(tx, dct_->AddDays(offset));
    } else {
      return false;
    }
    *next = j + 1;
    return true;
  }

  // A count of units: digits, words, "a"/"an", "several", "a few". Sets *n (-1 = unknown amount).
  bool CountAt(size_t i, size_t* next, int64_t* n) const {
    if (IsNum(i)) {
      if (t_[i].lower.size() > 5) return false;
      if (i + 1 < t_.size() && (Is(i + 1, ".") || Is(i + 1, ",")) && Tight(i + 1) && IsNum(i + 2) && Tight(i + 2)) return false;
      *n = NumVal(i);
      *next = i + 1;
      return true;
    }
    if (In(i, kVagueCount)) {
      *n = -1;
      *next = i + 1;
      return true;
    }
    if (Is(i, "a") && Is(i + 1, "few")) {
      *n = -1;
      *next = i + 2;
      return true;
    }
    if ((Is(i, "a") && Is(i + 1, "couple") && Is(i + 2, "of")) || (Is(i, "couple") && Is(i + 1, "of"))) {
      *n = 2;
      *next = Is(i, "a") ? i + 3 : i + 2;
      return true;
    }
    if (In(i, kArticle) && WordKind(i + 1, "unit")) {
      *n = 1;
      *next = i + 1;
      return true;
    }
    size_t end = i;
    if (auto v = ParseNumberWords(t_, i, &end)) {
      *n = *v;
      *next = end;
      return true;
    }
    return false;
  }

  static std::string DurationValue(int64_t n, const std::string& unit) {
    std::string count = n < 0 ? "X" : std::to_string(n);
    if (unit == "H") return "PT" + count + "H";
    if (unit == "MIN") return "PT" + count + "M";
    if (unit == "DE") return "P" + (n < 0 ? count : std::to_string(n * 10)) + "Y";
    return "P" + count + unit;
  }
  Date Shift(const Date& d, int64_t n, const std::string& unit) const {
    if (unit == "D") return d.AddDays(n);
    if (unit == "W") return d.AddDays(7 * n);
    int64_t months = unit == "M" ? n : unit == "Q" ? 3 * n : unit == "Y" ? 12 * n : unit == "DE" ? 120 * n : 0;
    int64_t total = d.year * 12 + (d.month - 1) + months;
    int y = static_cast<int>(total / 12), m = static_cast<int>(total % 12) + 1;
    return Date{y, m, std::min(d.day, DaysInMonth(y, m))};
  }

  // "two days ago", "a week ago", "three years earlier" (ago only).
  bool MatchAgo(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    int64_t n = 0;
    if (!CountAt(i, &j, &n)) return false;
    auto* w = Word(j);
    if (!w || w->first != "unit" || !(Is(j + 1, "ago") || Is(j + 1, "earlier"))) return false;
    const std::string& unit = w->second;
    if (!dct_ || n < 0 || n > 10000) {
      tx->type = TimexType::kDate;
      tx->value = "PAST_REF";
    } else if (unit == "D") {
      SetDay(tx, Shift(*dct_, -n, unit));
    } else if (unit == "W") {
      SetWeek(tx, Shift(*dct_, -n, unit));
    } else if (unit == "M") {
      Date d = Shift(*dct_, -n, unit);
      SetMonth(tx, d.year, d.month);
    } else if (unit == "Y" && n == 1 && QuarterContext(i)) {
      // Earnings news: "a year earlier" is the same quarter a year before.
      auto yq = LastQuarter();
      SetQuarter(tx, {yq.first - 1, yq.second});
    } else if (unit == "Y") {
      SetYear(tx, dct_->year - static_cast<int>(n));
    } else {
      tx->type = TimexType::kDate;
      tx->value = "PAST_REF";
    }
    *next = j + 2;
    return true;
  }

  // [the] [past|last|previous|first|next] N units, N-unit, N units-long: DURATION. "the past 26 days"
  // and "the last two weeks" cover the period ending on the dct.
  bool MatchDuration(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    bool anchored_past = false;
    if (Is(j, "the") && In(j + 1, kPeriodBack)) j += 2, anchored_past = true;
    else if (In(j, kPeriodBack)) ++j, anchored_past = true;
    else if (Is(j, "the") && In(j + 1, kPeriodFirst)) j += 2;
    int64_t n = 0;
    size_t k = j;
    bool counted = CountAt(j, &k, &n);
    if (!counted) {
      if (!anchored_past) return false;
      n = 1;  // "the past week"
      k = j;
    }
    // "20 more years", "an additional year", "three straight days", "eight trading days".
    if (counted && In(k, kUnitModifier) &&
        WordKind(k + 1, "unit"))
      ++k;
    // A half more: "2 1/2 years", "two and a half days" (and "an hour and a half" after the unit).
    bool half = false;
    if (counted && n >= 0 && NumVal(k) == 1 && Is(k + 1, "/") && Tight(k + 1) && NumVal(k + 2) == 2 && Tight(k + 2)) half = true, k += 3;
    else if (counted && n >= 0 && Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half")) half = true, k += 3;
    bool hyphen = false;
    if (Is(k, "-") && Tight(k)) {  // "three-day ceasefire"; not "last-minute"
      if (!counted) return false;
      ++k, hyphen = true;
    }
    auto* w = Word(k);
    if (!w || w->first != "unit") return false;
    // Ages are not time expressions ("a 23-year-old", "six years old"); terms are ("a 30-year bond").
    if (Is(k + 1, "old") || (Is(k + 1, "-") && Is(k + 2, "old"))) return false;
    // "a quarter of the vote", "three quarters of them" are fractions.
    if (w->second == "Q" && (Is(k + 1, "of") || hyphen)) return false;
    if (n == 1 && counted && !(In(j, kOne) || IsNum(j)) && !anchored_past) return false;
    const std::string& unit = w->second;
    if (n > 100000) return false;
    size_t end = k + 1;
    if (!half && n >= 0 && Is(end, "and") && Is(end + 1, "a") && Is(end + 2, "half")) half = true, end += 3;
    tx->type = TimexType::kDuration;
    tx->value = DurationValue(n, unit);
    if (half) {
      // The half in the next smaller unit: P2Y6M, PT5H30M, PT1M30S, P3DT12H (weeks keep the whole count).
      if (unit == "Y") tx->value += "6M";
      else if (unit == "H") tx->value += "30M";
      else if (unit == "MIN") tx->value += "30S";
      else if (unit == "D") tx->value += "T12H";
      else if (unit == "M") tx->value += "15D";
      else if (unit == "DE") tx->value = "P" + std::to_string(n * 10 + 5) + "Y";
    }
    if (anchored_past && dct_ && n > 0 && unit != "H" && unit != "MIN") {
      tx->first_day = Shift(*dct_, -n, unit).AddDays(1);  // "the past 7 days" ends on the dct and has 7 days
      tx->last_day = *dct_;
    }
    *next = end;
    return true;
  }

  // "for weeks", "in recent years", "in the coming days", "within days": an unspecified number of units.
  bool MatchVagueDuration(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    const bool qualified = In(j, kVagueQualifier);
    if (qualified) ++j;
    if (!WordKind(j, "unit") || t_[j].lower.back() != 's') return false;
    if (!qualified && !(i > 0 && In(i - 1, kVaguePrep))) return false;
    if (Is(i, "future")) {
      tx->type = TimexType::kDate;
      tx->value = "FUTURE_REF";
    } else {
      tx->type = TimexType::kDuration;
      tx->value = DurationValue(-1, Word(j)->second);
    }
    *next = j + 1;
    return true;
  }

  // every day / each week / daily / weekly.
  bool MatchSet(size_t i, size_t* next, Timex* tx) const {
    if (WordKind(i, "set")) {
      tx->type = TimexType::kSet;
      tx->value = Word(i)->second;
      *next = i + 1;
      return true;
    }
    if (In(i, kEvery) && WordKind(i + 1, "unit") && t_[i + 1].lower.back() != 's') {
      tx->type = TimexType::kSet;
      tx->value = DurationValue(1, Word(i + 1)->second);
      *next = i + 2;
      return true;
    }
    if (In(i, kEvery) && WordKind(i + 1, "weekday")) {
      tx->type = TimexType::kSet;
      tx->value = "XXXX-WXX-" + std::to_string(std::atoi(Word(i + 1)->second.c_str()) + 1);
      *next = i + 2;
      return true;
    }
    return false;
  }

  // [early|mid|late|mid-] Month [Year], seasons with a year ("summer 2016"). A month without a year is
  // the one on or before the dct (news reports the past), unless "next".
  bool MatchMonthOrSeason(size_t i, size_t* next, Timex* tx) const {
    size_t j = i;
    int from = 1, to = 31;
    if ((Is(j, "mid") || Is(j, "early") || Is(j, "late")) && (Is(j + 1, "-") || !Is(j, "mid"))) {
      if (Is(j, "mid")) from = 11, to = 20;
      if (Is(j, "early")) from = 1, to = 10;
      if (Is(j, "late")) from = 21, to = 31;
      j += Is(j + 1, "-") ? 2 : 1;
    }
    bool cue = j > i || (i > 0 && In(i - 1, kMonthCue));
    size_t k = j;
    int month = MonthAt(j, &k, !cue);
    if (month == 0) {
      // "summer 2016", "the winter of 1994".
      size_t y_at = Is(j + 1, "of") ? j + 2 : j + 1, y_end = y_at;
      if (WordKind(j, "season")) {
        if (int y = YearSpanAt(y_at, &y_end)) {
          tx->type = TimexType::kDate;
          tx->value = Pad(y, 4) + "-" + Word(j)->second;
          *next = y_end;
          return true;
        }
        // "in the summer", "during the winter": the most recent such season begun by publication, or
        // in a future-tense clause the coming one.
        // "the fall of Kabul", "the fall in prices" are not seasons: a preposition must lead.
        const bool the_cue = i > 1 && Is(i - 1, "the") &&
                             In(i - 2, kSeasonPrep);
        if (dct_ && (cue || the_cue) && !Is(j + 1, "of") && !Is(j + 1, "in")) {
          static const std::unordered_map<std::string, int> kStarts = {{"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};
          const std::string& season = Word(j)->second;
          auto it = kStarts.find(season);
          if (it == kStarts.end()) return false;
          int y = dct_->year;
          if (Tense(i) > 0) {
            if (it->second < dct_->month && season != "WI") ++y;
          } else if (it->second > dct_->month) {
            --y;
          }
          tx->type = TimexType::kDate;
          tx->value = Pad(y, 4) + "-" + season;
          *next = j + 1;
          return true;
        }
      }
      return false;
    }
    if (t_[j].lower.size() <= 4 && !cue && !(Is(k - 1, "."))) return false;  // "Jan" as a name
    int year = 0;
    if (dct_ && Is(k, "last") && Is(k + 1, "year")) year = dct_->year - 1, k += 2;
    else if (dct_ && Is(k, "next") && Is(k + 1, "year")) year = dct_->year + 1, k += 2;
    else if (dct_ && Is(k, "this") && Is(k + 1, "year")) year = dct_->year, k += 2;
    else if (size_t y_end = k; (year = YearSpanAt(k, &y_end)) != 0) k = y_end;
    else if (Is(k, ",") && YearAt(k + 1)) year = YearAt(k + 1), k += 2;
    if (year == 0 && dct_) {
      // A month named alone is the nearest one to publication, ties and long reaches into the
      // future going to the past (news reports what happened): "in October" read in January is last
      // October, "in January" read in November is next January. "next" points ahead, "last" and
      // "since" to the most recent one before the publication month (or that month itself).
      const std::string prev = i > 0 ? t_[i - 1].lower : "";
      const int m0 = dct_->year * 12 + (dct_->month - 1);
      auto months_from_dct = [&](int y) { return y * 12 + (month - 1) - m0; };
      if (prev == "next") {
        year = dct_->year;
        if (months_from_dct(year) <= 0) ++year;
      } else if (Cues().Has(kMonthBack, prev)) {
        year = dct_->year;
        if (months_from_dct(year) > 0 || (prev == "last" && months_from_dct(year) == 0)) --year;
      } else if (prev == "this") {
        year = dct_->year;
      } else if (const int tense = std::min({std::abs(months_from_dct(dct_->year - 1)), std::abs(months_from_dct(dct_->year)),
                                             std::abs(months_from_dct(dct_->year + 1))}) > 1 ? Tense(i) : 0;
                 tense != 0) {
        // Beyond the months next to publication, in a future-tense clause the coming such month, in a
        // past-tense one the most recent.
        year = dct_->year;
        if (tense > 0 && months_from_dct(year) < 0) ++year;
        if (tense < 0 && months_from_dct(year) > 0) --year;
      } else {
        int best = dct_->year;
        for (int y : {dct_->year - 1, dct_->year + 1}) {
          const int d = std::abs(months_from_dct(y)), bd = std::abs(months_from_dct(best));
          if (d < bd || (d == bd && months_from_dct(y) < 0)) best = y;
        }
        // Further than two months ahead is read as the past (news reports what happened).
        if (months_from_dct(best) > 2) best -= 1;
        year = best;
      }
    }
    SetMonth(tx, year, month, from, to);
    *next = k;
    return true;
  }

  // A year on its own after a cue ("in 2015", "since 2011"), or "the 1990s"; a spoken year
  // ("nineteen ninety-six") anywhere; a century ("the 20th century" is "19").
  bool MatchYear(size_t i, size_t* next, Timex* tx) const {
    size_t spelled_end = i;
    if (!IsNum(i)) {
      if (int y = YearSpanAt(i, &spelled_end)) {
        SetYear(tx, y);
        *next = spelled_end;
        return true;
      }
    }
    {
      size_t j = Is(i, "the") ? i + 1 : i;
      int nth = 0;
      size_t k = j;
      if (IsNum(j) && Tight(j + 1) && In(j + 1, kOrdinalSuffix)) {
        nth = NumVal(j);
        k = j + 2;
      } else if (WordKind(j, "ordinal")) {
        nth = std::atoi(Word(j)->second.c_str());
        k = j + 1;
      }
      if (nth >= 1 && nth <= 30 && Is(k, "century")) {
        tx->type = TimexType::kDate;
        tx->value = Pad(nth - 1, 2);
        tx->first_day = Date{(nth - 1) * 100 + (nth == 1 ? 1 : 0), 1, 1};
        tx->last_day = Date{(nth - 1) * 100 + 99, 12, 31};
        *next = k + 1;
        return true;
      }
    }
    int y = YearAt(i);
    if (!y || y < 1800 || y > 2200) return false;
    // A year with no cue before it still counts when no noun follows it ("in 1990 and 1991", "1990.").
    const bool glued = i > 0 && Tight(i) && t_[i - 1].kind == Token::Kind::kPunct;  // "05/06/2016", "-2016"
    // "2000 - 2500 calories": a dash to a number that is no year makes both amounts.
    const bool to_amount = i + 2 < t_.size() && (Is(i + 1, "-") || Is(i + 1, "\xE2\x80\x93")) && IsNum(i + 2) &&
                           !(YearAt(i + 2) >= 1800 && YearAt(i + 2) <= 2200) && t_[i + 2].lower.size() != 2;
    // "between 500 and 2000 people", "1,500 to 2000": the end of a range from an amount (three digits,
    // alone or after a thousands separator) is an amount too.
    const bool from_amount = i > 1 && (Is(i - 1, "and") || Is(i - 1, "to") || Is(i - 1, "-") || Is(i - 1, "\xE2\x80\x93")) && IsNum(i - 2) &&
                             t_[i - 2].lower.size() == 3;
    if (from_amount) return false;
    const bool bare_ok = (glued || to_amount || (i > 0 && Is(i - 1, "$"))) ? false
                         : (i + 1 >= t_.size() || t_[i + 1].kind == Token::Kind::kPunct || In(i + 1, kYearFollow));
    // A year as a modifier after a determiner: "the 2019 floods", "its 1990 invasion", "both 1990", "a
    // 1996 law". Not an address ("the 1900 block of Maryland Avenue") nor a model year ("a 2001 Buick").
    const bool modifier = !glued && i > 0 && (i + 1 >= t_.size() || !(Is(i + 1, ",") && Tight(i + 1))) && !Is(i + 1, "block") &&
                          (In(i - 1, kYearDeterminer) || (In(i - 1, kArticle) && IsWord(i + 1) && !t_[i + 1].capitalised));
    if (!bare_ok && !modifier && !(i > 0 && (In(i - 1, kYearCue) || Is(i - 1, "-")))) {
      return false;
    }
    if (i + 1 < t_.size() && Tight(i + 1) && (Is(i + 1, ",") || Is(i + 1, ".")) && IsNum(i + 2) && Tight(i + 2)) return false;
    if (Is(i + 1, "s") && Tight(i + 1)) {
      tx->type = TimexType::kDate;
      tx->value = Pad(y / 10, 3);
      *next = i + 2;
      return true;
    }
    // Followed by a unit or a noun of count ("in 2015 people"...) is rare; accept.
    SetYear(tx, y);
    *next = i + 1;
    return true;
  }

  std::string_view text_;
  std::optional<Date> dct_;
  const std::vector<Token>& t_;
  std::optional<Timex> anchor_;  // the last DATE or TIME read that covers known days
  std::vector<const std::vector<Lexicon::Entry>*> words_;  // per token: its entries in the word table
  std::vector<const Lexicon::Month*> months_;              // per token: the month it names
  std::vector<uint64_t> cues_;                             // per token: bit c set = in cue list c
};

}  // namespace

std::vector<Timex> FindTimexes(std::string_view text, const std::optional<Date>& dct) {
  const std::vector<Token> tokens = Tokenize(text);
  return Scanner(text, dct, tokens).Run();
}

std::vector<Timex> FindTimexes(std::string_view text, const std::optional<Date>& dct, const std::vector<Token>& tokens) {
  return Scanner(text, dct, tokens).Run();
}

std::optional<Date> ParseDateString(std::string_view text) {
  text = TrimAscii(text);
  if (text.empty() || text.size() > 200) return std::nullopt;
  if (auto d = Date::Parse(text); d && d->valid()) return d;
  for (const Timex& t : FindTimexes(text, std::nullopt)) {
    if ((t.type == TimexType::kDate || t.type == TimexType::kTime) && t.first_day && t.first_day == t.last_day &&
        t.first_day->valid()) {
      return t.first_day;
    }
  }
  return std::nullopt;
}

}  // namespace corroborate
