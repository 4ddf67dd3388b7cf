#include "syntax/conllu.h"

#include <gtest/gtest.h>

namespace corroborate::syntax {
namespace {

TEST(ConlluTest, ReadsWordsAndSkipsRangesAndEmptyNodes) {
  const std::string text =
      "# text = Rebels don't shoot.\n"
      "1\tRebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n"
      "4\tshoot\tshoot\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "\n"
      "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";
  auto s = ParseConllu(text);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  const TreebankSentence& a = (*s)[0];
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a.form[2], "n't");
  EXPECT_EQ(a.lemma[2], "not");
  EXPECT_EQ(a.head[0], 3);
  EXPECT_EQ(a.head[3], -1);
  EXPECT_EQ(a.deprel[0], "nsubj");
}

TEST(ConlluTest, BadHeadIsCorrupt) {
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\t9\tdep\t_\t_\n").ok());
  EXPECT_FALSE(ParseConllu("1\ta\ta\tX\tX\t_\tz\tdep\t_\t_\n").ok());
  EXPECT_FALSE(ParseConllu("1\ta\n").ok());
}

TEST(ConlluTest, MissingFileIsNotFound) {
  EXPECT_EQ(ReadConllu("/nonexistent/x.conllu.gz").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace corroborate::syntax
