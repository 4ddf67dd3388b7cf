// SplitSentences: a rule-based splitter for news text.
//
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes and brackets after it) followed by
// whitespace and then something that can start a sentence (a capital, a digit, an opening quote or
// bracket, a dash), unless the full stop ends an abbreviation (data/segment_abbreviations.tsv), an
// initial ("J. Smith") or a number ("3.5"). Blank lines always end a sentence; a single line break
// ends one after a terminator or a colon, and before and after a line that starts with a bullet or a
// dash (lists, social-post attribution lines); otherwise it is a soft wrap inside the sentence.
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

bool LineStartsList(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i < s.size() && (s[i] == '-' || s[i] == '*' || StartsWith(s, i, "\xE2\x80\xA2") || StartsWith(s, i, "\xE2\x80\x94") ||
                          StartsWith(s, i, "\xE2\x80\x93"));
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && IsAsciiSpace(text[b])) ++b;
    while (e > b && IsAsciiSpace(text[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  };
  size_t i = 0, line_start = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') {
      size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      bool blank = j < text.size() && text[j] == '\n';
      size_t p = i;
      while (p > start && IsAsciiSpace(text[p - 1])) --p;
      char last = p > start ? text[p - 1] : '.';
      bool ends = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')' ||
                  (p >= 3 && (StartsWith(text, p - 3, "\xE2\x80\x9D") || StartsWith(text, p - 3, "\xE2\x80\xA6")));
      // A list item or a signature line ("— Relief Corps (@ReliefCorps) 29 November 2016") is a line
      // of its own.
      if (blank || ends || LineStartsList(text, i + 1) || LineStartsList(text, line_start)) emit(i);
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
    while (size_t k = ClosingLength(text, j)) j += k;
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
