#include "syntax/lexical.h"

#include <gtest/gtest.h>

namespace corroborate::syntax {
namespace {

TEST(LexicalTest, NormalisesQuotesDigitsAndCase) {
  EXPECT_EQ(NormaliseWord("Don\xE2\x80\x99t", true), "don't");
  EXPECT_EQ(NormaliseWord("\xE2\x80\x9C", true), "\"");
  EXPECT_EQ(NormaliseWord("``", true), "\"");
  EXPECT_EQ(NormaliseWord("1,200", true), "0,000");
  EXPECT_EQ(NormaliseWord("UN", false), "UN");
  EXPECT_EQ(NormaliseWord(std::string(100, 'a'), true).size(), 48u);
}

TEST(LexicalTest, ShapesCutRunsAtTwo) {
  EXPECT_EQ(WordShape("Killed"), "Xxx");
  EXPECT_EQ(WordShape("1,200"), "d,dd");
  EXPECT_EQ(WordShape("U.N."), "X.X.");
  EXPECT_EQ(WordShape("\xC3\x89lys\xC3\xA9" "e"), "uxxux");
}

TEST(LexicalTest, SameNormalisedWordSameHash) {
  const auto a = MakeLexemes({"1,200", "Don\xE2\x80\x99t", "", "UN"});
  const auto b = MakeLexemes({"3,500", "don't", "", "un"});
  EXPECT_EQ(a[0].word, b[0].word);
  EXPECT_EQ(a[1].word, b[1].word);
  EXPECT_NE(a[1].form, b[1].form);  // the cased form differs
  EXPECT_TRUE(a[3].flags & kAllCaps);
  EXPECT_TRUE(a[0].flags & kDigit);
}

}  // namespace
}  // namespace corroborate::syntax
