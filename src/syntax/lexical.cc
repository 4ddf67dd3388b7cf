#include "syntax/lexical.h"

#include "common/text_util.h"
#include "syntax/perceptron.h"

namespace corroborate::syntax {
namespace {

constexpr size_t kMaxWordBytes = 48;

char ShapeClass(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (IsAsciiDigit(c)) return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';
  return c;
}

}  // namespace

std::string NormaliseWord(std::string_view word, bool lower) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size() && out.size() < kMaxWordBytes; ++i) {
    const char c = word[i];
    if (c == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80') {
      const char d = word[i + 2];
      if (d == '\x98' || d == '\x99') {  // ‘ ’
        out.push_back('\'');
        i += 2;
        continue;
      }
      if (d == '\x9C' || d == '\x9D') {  // “ ”
        out.push_back('"');
        i += 2;
        continue;
      }
      if (d == '\x93' || d == '\x94') {  // – —
        out.push_back('-');
        i += 2;
        continue;
      }
    }
    if (IsAsciiDigit(c)) {
      out.push_back('0');
    } else {
      out.push_back(lower ? ToLowerAscii(c) : c);
    }
  }
  if (out == "``" || out == "''") out = "\"";
  return out;
}

std::string WordShape(std::string_view word) {
  std::string out;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < word.size() && i < kMaxWordBytes; ++i) {
    const char k = ShapeClass(word[i]);
    if (k == 'u' && (static_cast<unsigned char>(word[i]) & 0xC0) == 0x80) continue;  // continuation byte
    run = (k == last) ? run + 1 : 1;
    last = k;
    if (run <= 2) out.push_back(k);
  }
  return out;
}

std::vector<Lexeme> MakeLexemes(const std::vector<std::string_view>& words) {
  std::vector<Lexeme> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string form = NormaliseWord(words[i], false);
    const std::string w = NormaliseWord(words[i], true);
    Lexeme& x = out[i];
    x.word = HashString(w);
    x.form = HashString(form) ^ 0x5bd1e995ULL;
    for (size_t k = 0; k < 4; ++k) {
      x.suffix[k] = Mix(k + 1, HashString(std::string_view(w).substr(w.size() > k + 1 ? w.size() - k - 1 : 0)));
    }
    for (size_t k = 0; k < 3; ++k) x.prefix[k] = Mix(k + 11, HashString(std::string_view(w).substr(0, k + 1)));
    x.shape = HashString(WordShape(words[i])) ^ 0x27d4eb2fULL;
    bool upper = false, lower = false;
    for (char c : words[i]) {
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      if (IsAsciiDigit(c)) x.flags |= kDigit;
      if (c == '-') x.flags |= kHyphen;
    }
    if (!words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z') x.flags |= kCapital;
    if (upper && !lower) x.flags |= kAllCaps;
  }
  return out;
}

}  // namespace corroborate::syntax
