#include "syntax/parser.h"

#include <gtest/gtest.h>

namespace corroborate::syntax {
namespace {

TEST(ParserTest, ProjectiveTreesStayAsTheyAre) {
  const std::vector<int> heads = {1, -1, 3, 1};
  EXPECT_EQ(Projectivize(heads), heads);
}

TEST(ParserTest, CrossingArcIsLiftedToTheGrandparent) {
  // w1 -> w3 spans the root w2, and so does w4 -> w1: the shorter is lifted first (w3 to w4),
  // then w1 to w2.
  EXPECT_EQ(Projectivize({2, 4, -1, 1, 2}), (std::vector<int>{2, 2, -1, 4, 2}));
}

TEST(ParserTest, TrainsOnATinyTreebankAndParsesIt) {
  TreebankSentence s;
  s.form = {"Gunmen", "killed", "three", "people", "."};
  s.upos = {"NOUN", "VERB", "NUM", "NOUN", "PUNCT"};
  s.head = {1, -1, 3, 1, 1};
  s.deprel = {"nsubj", "root", "nummod", "obj", "punct"};
  s.lemma = s.xpos = s.form;
  const std::vector<TreebankSentence> train(3, s);
  const std::vector<std::vector<int>> tags(3, {0, 1, 2, 0, 3});
  const Parser p = Parser::Train(train, tags, 5, 0.0f);
  const Parse out = p.Run(MakeLexemes({"Gunmen", "killed", "three", "people", "."}), tags[0]);
  EXPECT_EQ(out.head, s.head);
  ASSERT_EQ(out.label.size(), 5u);
  EXPECT_EQ(p.labels()[out.label[2]], "nummod");
  EXPECT_TRUE(p.Run({}, {}).head.empty());
}

}  // namespace
}  // namespace corroborate::syntax
