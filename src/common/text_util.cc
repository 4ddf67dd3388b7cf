#include "common/text_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <string>
#include <unordered_set>

#include "common/data_tables.h"

namespace corroborate {

bool IsAbbreviation(std::string_view lower_word) {
  static const auto* set = [] {
    auto* s = new std::unordered_set<std::string_view>();
    for (const auto& row : DataTable("segment_abbreviations.tsv")) {
      if (!row.empty()) s->insert(row[0]);
    }
    return s;
  }();
  return set->count(lower_word) > 0;
}

bool IsCalendarName(std::string_view lower_word) {
  static const auto* set = [] {
    auto* s = new std::unordered_set<std::string_view>();
    for (const auto& row : DataTable("timex_months.tsv")) {
      if (!row.empty()) s->insert(row[0]);
    }
    for (const auto& row : DataTable("timex_words.tsv")) {
      if (row.size() >= 2 && row[1] == "weekday") s->insert(row[0]);
    }
    return s;
  }();
  return set->count(lower_word) > 0;
}

bool IsPlaceName(std::string_view place) {
  const std::string lower = ToLowerAscii(TrimAscii(place));
  if (lower.empty() || IsCalendarName(std::string_view(lower).substr(0, lower.find(' ')))) return false;
  for (char c : lower) {
    if (IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLowerAscii(c);
  return out;
}

std::string ToLowerUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) {  // ill-formed: keep the bytes
      out.append(s.data() + start, static_cast<size_t>(i - start));
      continue;
    }
    c = c < 0x80 ? ToLowerAscii(static_cast<char>(c)) : u_tolower(c);
    uint8_t buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
  }
  return out;
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(b, i, static_cast<int32_t>(std::min<size_t>(s.size(), 4)), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToLowerAscii(a[i]) != ToLowerAscii(b[i])) return false;
  }
  return true;
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    std::string_view line = s.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (eol == s.size() && line.empty() && pos == s.size() && pos != 0) break;
    lines.push_back(line);
    pos = eol + 1;
  }
  return lines;
}

int Utf8SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    unsigned int cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace corroborate
