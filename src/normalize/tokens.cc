#include "normalize/tokens.h"

#include <string>
#include <unordered_map>

#include "common/data_tables.h"
#include "common/text_util.h"

namespace corroborate {
namespace {

struct NumberWord {
  int64_t value;
  enum Kind { kUnit, kTen, kScale, kDozen } kind;
};

const std::unordered_map<std::string, NumberWord>& NumberWords() {
  static const auto* table = [] {
    auto* m = new std::unordered_map<std::string, NumberWord>();
    for (const auto& row : DataTable("numbers_words.tsv")) {
      if (row.size() < 3) continue;
      NumberWord w{std::stoll(std::string(row[1])), NumberWord::kUnit};
      if (row[2] == "ten") w.kind = NumberWord::kTen;
      if (row[2] == "scale") w.kind = NumberWord::kScale;
      if (row[2] == "dozen") w.kind = NumberWord::kDozen;
      (*m)[std::string(row[0])] = w;
    }
    return m;
  }();
  return *table;
}

const NumberWord* Lookup(const Token& t) {
  if (t.kind != Token::Kind::kWord) return nullptr;
  auto it = NumberWords().find(t.lower);
  return it == NumberWords().end() ? nullptr : &it->second;
}

bool IsHyphen(const Token& t) { return t.kind == Token::Kind::kPunct && (t.lower == "-" || t.lower == "\xE2\x80\x90" || t.lower == "\xE2\x80\x91"); }

// Whether the UTF-8 sequence at text[i] (a non-ASCII lead byte) is a letter: 2-byte C3..DF (Latin-1
// letters onwards, but not the signs U+00D7 "×" and U+00F7 "÷"), 3-byte E0, E1 and E4..ED, 4-byte F0.
// Everything else non-ASCII is punctuation or a symbol.
bool IsLetterAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == 0xC3 && i + 1 < text.size()) {
    const unsigned char c2 = static_cast<unsigned char>(text[i + 1]);
    if (c2 == 0x97 || c2 == 0xB7) return false;
  }
  return (c >= 0xC3 && c < 0xE0) || c == 0xE0 || c == 0xE1 || (c >= 0xE4 && c <= 0xED) || c == 0xF0;
}

bool IsAsciiOnly(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, size_t max_tokens) {
  std::vector<Token> out;
  size_t i = 0;
  bool space = true, newline = false;
  while (i < text.size() && out.size() < max_tokens) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsAsciiSpace(static_cast<char>(c))) {
      space = true;
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    // Non-breaking and other Unicode spaces (U+00A0, U+2000..U+200B, U+202F) count as spaces.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
      if ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF) {
        space = true;
        i += 3;
        continue;
      }
    }
    Token t;
    t.start = i;
    t.space_before = space;
    t.newline_before = newline;
    if (IsAsciiDigit(static_cast<char>(c))) {
      t.kind = Token::Kind::kNumber;
      while (i < text.size() && IsAsciiDigit(text[i])) ++i;
    } else if (IsAsciiAlpha(static_cast<char>(c)) || IsLetterAt(text, i)) {
      // Letters: ASCII, or the lead byte of a letter script (Latin accents, Greek, Cyrillic, Arabic,
      // Devanagari, Thai, CJK ...); U+2000-U+2FFF (punctuation, symbols) and U+3000-U+303F are not.
      t.kind = Token::Kind::kWord;
      t.capitalised = c >= 'A' && c <= 'Z';
      while (i < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[i]);
        if (IsAsciiAlpha(static_cast<char>(d))) {
          ++i;
        } else if (d >= 0x80 && IsLetterAt(text, i)) {
          int n = Utf8SequenceLength(d);
          i = std::min(text.size(), i + n);
        } else if (d >= 0x80 && d < 0xC0) {
          ++i;  // a stray continuation byte stays inside the word
        } else if (d == '\'' && i + 1 < text.size() && IsAsciiAlpha(text[i + 1]) && i > t.start &&
                   // A possessive "'s" is its own token ("Friday's" -> "Friday" "'" "s").
                   !((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.size() || !IsAsciiAlpha(text[i + 2])))) {
          ++i;
        } else {
          break;
        }
      }
    } else {
      t.kind = Token::Kind::kPunct;
      i = std::min(text.size(), i + static_cast<size_t>(Utf8SequenceLength(c)));
    }
    if (i == t.start) i = std::min(text.size(), i + 1);  // always make progress, whatever the bytes
    t.end = i;
    const std::string_view raw = text.substr(t.start, t.end - t.start);
    if (t.kind == Token::Kind::kPunct) {
      t.lower = std::string(raw);
    } else if (t.kind == Token::Kind::kWord && !IsAsciiOnly(raw)) {
      t.lower = ToLowerUtf8(raw);  // "d\xC3\xA9" "cembre", "\xD0\x94\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F" (Cyrillic)
      if (static_cast<unsigned char>(raw[0]) >= 0x80) t.capitalised = StartsUpper(raw);
    } else {
      t.lower = ToLowerAscii(raw);
    }
    out.push_back(std::move(t));
    space = false;
    newline = false;
  }
  return out;
}

bool IsNumberWord(std::string_view lower) { return NumberWords().count(std::string(lower)) > 0; }

std::optional<int64_t> ParseNumberWords(const std::vector<Token>& tokens, size_t i, size_t* next) {
  // total = completed scale groups; current = the group being read (below the next scale word).
  int64_t total = 0, current = 0;
  bool any = false, after_and = false;
  size_t j = i, end = i;
  // "a hundred", "a dozen", "a thousand".
  if (j < tokens.size() && (tokens[j].lower == "a" || tokens[j].lower == "an") && j + 1 < tokens.size()) {
    const NumberWord* w = Lookup(tokens[j + 1]);
    if (w && (w->kind == NumberWord::kScale || w->kind == NumberWord::kDozen)) {
      current = 1;
      any = true;
      ++j;
    } else {
      return std::nullopt;
    }
  }
  int last_kind = -1;  // kind of the last word read
  while (j < tokens.size()) {
    const NumberWord* w = Lookup(tokens[j]);
    if (!w) {
      // "and" inside ("a hundred and twenty"), hyphens inside ("seventy-nine").
      if (any && tokens[j].lower == "and" && last_kind == NumberWord::kScale && j + 1 < tokens.size() && Lookup(tokens[j + 1]) &&
          Lookup(tokens[j + 1])->kind != NumberWord::kScale) {
        after_and = true;
        ++j;
        continue;
      }
      if (any && IsHyphen(tokens[j]) && !tokens[j].space_before && last_kind == NumberWord::kTen && j + 1 < tokens.size() &&
          Lookup(tokens[j + 1]) && Lookup(tokens[j + 1])->kind == NumberWord::kUnit) {
        ++j;
        continue;
      }
      break;
    }
    if (w->kind == NumberWord::kUnit) {
      if (last_kind == NumberWord::kUnit || (last_kind == NumberWord::kTen && w->value >= 10)) break;
      current += w->value;
    } else if (w->kind == NumberWord::kTen) {
      if (last_kind == NumberWord::kUnit || last_kind == NumberWord::kTen) break;
      current += w->value;
    } else if (w->kind == NumberWord::kDozen) {
      if (!any) current = 1;
      current *= 12;
    } else {  // scale
      if (!any) break;
      if (w->value == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else {
        total += (current == 0 ? 1 : current) * w->value;
        current = 0;
      }
    }
    any = true;
    after_and = false;
    last_kind = w->kind;
    ++j;
    end = j;
    if (total > (int64_t{1} << 50) || j - i > 16) break;  // no real number is longer
  }
  (void)after_and;
  if (!any || end == i) return std::nullopt;
  *next = end;
  return total + current;
}

}  // namespace corroborate
