#include "normalize/tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/text_util.h"

namespace corroborate {
namespace {

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) out.emplace_back(text.substr(t.start, t.end - t.start));
  return out;
}

TEST(TokensTest, WordsNumbersAndPunctuation) {
  EXPECT_EQ(Texts("At least 1,200 people; MH17."),
            (std::vector<std::string>{"At", "least", "1", ",", "200", "people", ";", "MH", "17", "."}));
  auto t = Tokenize("Friday's toll");
  ASSERT_EQ(t.size(), 4u);  // a possessive 's is its own token
  EXPECT_EQ(t[0].lower, "friday");
  EXPECT_TRUE(t[0].capitalised);
  EXPECT_FALSE(t[1].space_before);
}

TEST(TokensTest, WordsStartingWithNonAsciiLettersStayWhole) {
  EXPECT_EQ(Texts("\xC3\x89lys\xC3\xA9" "e said \xC3\x9Cr\xC3\xBCmqi"),
            (std::vector<std::string>{"\xC3\x89lys\xC3\xA9" "e", "said", "\xC3\x9Cr\xC3\xBCmqi"}));
  EXPECT_EQ(Texts("3 \xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F"),  // Cyrillic
            (std::vector<std::string>{"3", "\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F"}));
  for (const Token& t : Tokenize("\xC3\x89t\xC3\xA9 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1")) {
    EXPECT_TRUE(IsValidUtf8(t.lower));
    EXPECT_EQ(t.kind, Token::Kind::kWord);
  }
}

TEST(TokensTest, WordsAreLowerCasedByCodePoint) {
  auto t = Tokenize("\xC3\x89LYS\xC3\x89" "E \xD0\x94\xD0\x95\xD0\x9A\xD0\x90\xD0\x91\xD0\xA0\xD0\xAF d\xC3\xA9" "cembre");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].lower, "\xC3\xA9lys\xC3\xA9" "e");
  EXPECT_TRUE(t[0].capitalised);
  EXPECT_EQ(t[1].lower, "\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F");  // Cyrillic
  EXPECT_TRUE(t[1].capitalised);
  EXPECT_FALSE(t[2].capitalised);
  EXPECT_EQ(t[2].lower, "d\xC3\xA9" "cembre");
}

TEST(TokensTest, MultiplicationAndDivisionSignsAreSymbols) {
  EXPECT_EQ(Texts("1.99\xC3\x97" "10"), (std::vector<std::string>{"1", ".", "99", "\xC3\x97", "10"}));
  auto t = Tokenize("6 \xC3\xB7 2");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].kind, Token::Kind::kPunct);
}

TEST(TokensTest, BrokenUtf8MakesProgress) {
  const std::string bad = "\xC3 \x97\x97 \xF0\x9F abc \xE2\x80";
  size_t total = 0;
  for (const Token& t : Tokenize(bad)) {
    EXPECT_LT(t.start, t.end);
    EXPECT_LE(t.end, bad.size());
    total += t.end - t.start;
  }
  EXPECT_GT(total, 0u);
}

TEST(TokensTest, NumberWords) {
  auto t = Tokenize("a hundred and twenty people");
  size_t next = 0;
  auto v = ParseNumberWords(t, 0, &next);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(*v, 120);
  EXPECT_EQ(next, 4u);
  t = Tokenize("Seventy-nine of them");
  v = ParseNumberWords(t, 0, &next);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(*v, 79);
  EXPECT_FALSE(ParseNumberWords(Tokenize("a car"), 0, &next).has_value());
}

}  // namespace
}  // namespace corroborate
