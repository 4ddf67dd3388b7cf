// SplitSentences: a rule-based splitter for news text.
//
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes and brackets after it) followed by
// whitespace and then something that can start a sentence (a capital, a digit, an opening quote or
// bracket, a dash), unless the full stop ends an abbreviation (data/segment_abbreviations.tsv), an
// initial ("J. Smith") or a number ("3.5"). Blank lines (and U+2029, or two U+2028) always end a
// sentence; a single line break (or U+2028) ends one after a terminator or a colon, after a short
// line of its own (a headline, dateline or place tag before a capitalised line), and before and after
// a line that starts with a bullet or a dash (lists, social-post attribution lines); otherwise it is a
// soft wrap inside the sentence.
#include "corroborate/segment.h"

#include <string>
#include <unordered_set>

#include "common/data_tables.h"
#include "common/text_util.h"

namespace corroborate {
namespace {

bool StartsWith(std::string_view s, size_t i, std::string_view p) { return s.substr(i, p.size()) == p; }

// Closing quotes and brackets: ASCII and the curly ones.
size_t ClosingLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']') return 1;
  if (StartsWith(s, i, "\xE2\x80\x9D") || StartsWith(s, i, "\xE2\x80\x99") || StartsWith(s, i, "\xC2\xBB")) return StartsWith(s, i, "\xC2\xBB") ? 2 : 3;
  return 0;
}

// A reference mark after a sentence's full stop: "[153]", "[12][13]", "[a]", "[citation needed]".
size_t ReferenceMarkLength(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '[') return 0;
  const size_t close = s.find(']', i);
  if (close == std::string_view::npos || close - i > 20 || close == i + 1) return 0;
  for (size_t k = i + 1; k < close; ++k) {
    if (s[k] == '\n' || s[k] == '[') return 0;
  }
  return close - i + 1;
}

bool CanStartSentence(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if ((c >= 'A' && c <= 'Z') || IsAsciiDigit(static_cast<char>(c))) return true;
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '-' || c == '@' || c == '#') return true;
  if (StartsWith(s, i, "\xE2\x80\x9C") || StartsWith(s, i, "\xE2\x80\x98") || StartsWith(s, i, "\xE2\x80\x94") ||
      StartsWith(s, i, "\xE2\x80\x93") || StartsWith(s, i, "\xC2\xAB"))
    return true;
  // Capitals outside ASCII (É, Ö, Д, Σ ...).
  return c >= 0x80 && StartsUpper(s.substr(i));
}

// The word right before position `dot` (letters and inner dots), lower-cased.
std::string WordBefore(std::string_view s, size_t dot) {
  size_t b = dot;
  while (b > 0 && (IsAsciiAlpha(s[b - 1]) || (s[b - 1] == '.' && b >= 2 && IsAsciiAlpha(s[b - 2])))) --b;
  return ToLowerAscii(s.substr(b, dot - b));
}

// Spaces inside a line: ASCII blanks and the no-break space.
size_t InlineSpaceLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') return 1;
  return StartsWith(s, i, "\xC2\xA0") ? 2 : 0;
}

// Words a line can end with only when the sentence runs on into the next line
// (data/segment_run_on_words.tsv).
bool IsRunOnWord(const std::string& lower) {
  static const auto* set = [] {
    auto* s = new std::unordered_set<std::string_view>();
    for (const auto& row : DataTable("segment_run_on_words.tsv")) {
      if (!row.empty()) s->insert(row[0]);
    }
    return s;
  }();
  return set->count(lower) > 0;
}

// A short line that ends in no punctuation and is followed by a line starting with a capital is a
// line of its own: a headline, a byline, a dateline, a place tag ("Sangin/Helmand"). A line that
// ends in a comma, a hyphen or a function word runs on into the next ("... asked for help\nin the").
bool StandsAlone(std::string_view s, size_t line_start, size_t line_end, size_t next) {
  if (line_end <= line_start || line_end - line_start > 70 || next >= s.size() || !CanStartSentence(s, next)) return false;
  const char last = s[line_end - 1];
  if (last == ',' || last == '(' || last == '&' || last == '/') return false;
  if (last == '-' && line_end - line_start >= 2 && s[line_end - 2] != ' ') return false;  // a word broken by a hyphen
  size_t b = line_end;
  while (b > line_start && IsAsciiAlpha(s[b - 1])) --b;
  const std::string word = ToLowerAscii(s.substr(b, line_end - b));
  return !IsRunOnWord(word);
}

bool LineStartsList(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i < s.size() && (s[i] == '-' || s[i] == '*' || StartsWith(s, i, "\xE2\x80\xA2") || StartsWith(s, i, "\xE2\x80\x94") ||
                          StartsWith(s, i, "\xE2\x80\x93"));
}

}  // namespace

size_t LineBreakLength(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == '\n') return 1;
  return StartsWith(text, i, "\xE2\x80\xA8") || StartsWith(text, i, "\xE2\x80\xA9") ? 3 : 0;
}

size_t ParagraphBreakLength(std::string_view text, size_t i) {
  if (StartsWith(text, i, "\xE2\x80\xA9")) return 3;
  const size_t first = LineBreakLength(text, i);
  if (first == 0) return 0;
  size_t j = i + first;
  while (size_t k = InlineSpaceLength(text, j)) j += k;
  const size_t second = LineBreakLength(text, j);
  return second ? j + second - i : 0;
}

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    for (size_t k; b < e && (IsAsciiSpace(text[b]) || (k = LineBreakLength(text, b) + InlineSpaceLength(text, b)) > 0);) {
      b += IsAsciiSpace(text[b]) ? 1 : k;
    }
    while (e > b && IsAsciiSpace(text[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  };
  size_t i = 0, line_start = 0;
  while (i < text.size()) {
    char c = text[i];
    if (const size_t lb = LineBreakLength(text, i); lb > 0) {
      size_t j = i + lb;
      while (size_t k = InlineSpaceLength(text, j)) j += k;
      const bool blank = ParagraphBreakLength(text, i) > 0 || LineBreakLength(text, j) > 0;
      size_t p = i;
      while (p > start && IsAsciiSpace(text[p - 1])) --p;
      char last = p > start ? text[p - 1] : '.';
      bool ends = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')' ||
                  (p >= 3 && (StartsWith(text, p - 3, "\xE2\x80\x9D") || StartsWith(text, p - 3, "\xE2\x80\xA6")));
      // A list item or a signature line ("— Relief Corps (@ReliefCorps) 29 November 2016") is a line
      // of its own.
      if (blank || ends || StandsAlone(text, line_start, p, j) || LineStartsList(text, i + lb) || LineStartsList(text, line_start)) emit(i);
      i = j;
      line_start = j;
      continue;
    }
    bool terminator = c == '.' || c == '!' || c == '?';
    size_t len = 1;
    if (StartsWith(text, i, "\xE2\x80\xA6")) terminator = true, len = 3;
    if (!terminator) {
      ++i;
      continue;
    }
    size_t j = i + len;
    while (j < text.size() && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;  // "?!", "..."
    while (size_t k = ClosingLength(text, j) + ReferenceMarkLength(text, j)) j += k;
    if (j < text.size() && !(text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r')) {
      i = j > i ? j : i + 1;
      continue;
    }
    size_t n = j;
    while (n < text.size() && (text[n] == ' ' || text[n] == '\t')) ++n;
    if (n < text.size() && text[n] != '\n' && !CanStartSentence(text, n)) {
      i = j;
      continue;
    }
    if (c == '.' && len == 1 && j == i + 1) {
      std::string w = WordBefore(text, i);
      bool initial = w.size() == 1 && i >= 1 && text[i - 1] >= 'A' && text[i - 1] <= 'Z';
      if (initial || IsAbbreviation(w)) {
        // An abbreviation ends a sentence only at the end of a line ("... in the U.S.\n").
        if (!(n < text.size() && text[n] == '\n')) {
          i = j;
          continue;
        }
      }
    }
    emit(j);
    i = j;
  }
  emit(text.size());
  return out;
}

}  // namespace corroborate
