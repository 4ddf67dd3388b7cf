// Word-level feature hashes shared by the tagger and the parser.
//
// Words are normalised before hashing so that the news text the project reads looks like the web
// text the models were trained on: curly quotes become straight ones ("’" -> "'", "“" -> "\""),
// ASCII letters are lower-cased, every digit becomes '0' ("1,200" and "3,500" share features) and
// words are cut at 48 bytes. The original casing survives in the `form` hash and in the shape
// ("Xxx", "dd,ddd", "X.X.").
#ifndef CORROBORATE_SYNTAX_LEXICAL_H_
#define CORROBORATE_SYNTAX_LEXICAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate::syntax {

struct Lexeme {
  uint64_t word = 0;    // normalised lower-case form
  uint64_t form = 0;    // normalised form with its casing
  uint64_t suffix[4] = {};  // last 1..4 bytes of `word`
  uint64_t prefix[3] = {};  // first 1..3 bytes of `word`
  uint64_t shape = 0;
  uint32_t flags = 0;  // kCapital | kAllCaps | kDigit | kHyphen
};
enum LexemeFlag : uint32_t { kCapital = 1, kAllCaps = 2, kDigit = 4, kHyphen = 8 };

// Normalised lower-case form (see above).
std::string NormaliseWord(std::string_view word, bool lower);

// "Xxx", "dd", "x-x": letter classes with runs cut at two.
std::string WordShape(std::string_view word);

std::vector<Lexeme> MakeLexemes(const std::vector<std::string_view>& words);

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_LEXICAL_H_
