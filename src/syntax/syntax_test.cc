#include "corroborate/syntax.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corroborate {
namespace {

// The compiled-in model, loaded once for this test binary.
const SyntaxModel& Model() { return **SyntaxModel::Default(); }

// Every test needs the model; a build made without data/syntax_model.bin skips them.
class SyntaxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto m = SyntaxModel::Default();
    if (!m.ok() && m.status().code() == StatusCode::kNotFound) GTEST_SKIP() << m.status().ToString();
    ASSERT_TRUE(m.ok()) << m.status().ToString();
  }
};

struct Parsed {
  std::vector<std::string> words;
  Analysis a;
  int Index(std::string_view w) const {
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == w) return static_cast<int>(i);
    }
    return -100;
  }
  int Head(std::string_view w) const { return a.words[Index(w)].head; }
  const std::string& Rel(std::string_view w) const { return a.words[Index(w)].deprel; }
  const WordAnalysis& Of(std::string_view w) const { return a.words[Index(w)]; }
};

Parsed Parse(std::vector<std::string> words) {
  Parsed p;
  p.words = std::move(words);
  p.a = Model().Analyze(std::vector<std::string_view>(p.words.begin(), p.words.end()));
  return p;
}

int Roots(const Analysis& a) {
  int n = 0;
  for (const auto& w : a.words) n += w.head == -1;
  return n;
}

TEST_F(SyntaxTest, DefaultModelLoadsAndIsShared) {
  auto a = SyntaxModel::Default();
  auto b = SyntaxModel::Default();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->get(), b->get());
  EXPECT_NE((*a)->Describe().find("parser"), std::string::npos);
}

TEST_F(SyntaxTest, BadModelBytesAreCorrupt) {
  EXPECT_EQ(SyntaxModel::LoadFromBytes("CBSYN01\nxxxxxxxxgarbage").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(SyntaxModel::LoadFromBytes("").status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(SyntaxModel::LoadFromFile("/nonexistent/model.bin").status().code(), StatusCode::kNotFound);
}

TEST_F(SyntaxTest, ObjectAndNumericModifier) {
  const Parsed p = Parse({"The", "patrol", "killed", "three", "gunmen", "."});
  EXPECT_EQ(p.Head("gunmen"), p.Index("killed"));
  EXPECT_EQ(p.Rel("gunmen"), "obj");
  EXPECT_EQ(p.Head("three"), p.Index("gunmen"));
  EXPECT_EQ(p.Rel("three"), "nummod");
  EXPECT_EQ(p.Rel("patrol"), "nsubj");
  EXPECT_EQ(p.Rel("killed"), "root");
  EXPECT_EQ(p.Of("killed").upos, "VERB");
  EXPECT_EQ(p.Of("killed").lemma, "kill");
  EXPECT_EQ(p.Of("gunmen").lemma, "gunman");
  EXPECT_EQ(p.Of("three").upos, "NUM");
}

TEST_F(SyntaxTest, PassiveSubjectAndConjunction) {
  const Parsed p = Parse({"At", "least", "30", "villagers", "were", "rounded", "up", "and", "shot", "."});
  EXPECT_EQ(p.Head("villagers"), p.Index("rounded"));
  EXPECT_EQ(p.Rel("villagers"), "nsubj:pass");
  EXPECT_EQ(p.Head("shot"), p.Index("rounded"));
  EXPECT_EQ(p.Rel("shot"), "conj");
  EXPECT_EQ(p.Head("30"), p.Index("villagers"));
  EXPECT_EQ(p.Rel("30"), "nummod");
  EXPECT_EQ(p.Of("were").lemma, "be");
}

TEST_F(SyntaxTest, IrregularVerbLemmas) {
  const Parsed p = Parse({"Thousands", "fled", "and", "many", "bled", "."});
  EXPECT_EQ(p.Of("fled").lemma, "flee");
  EXPECT_EQ(p.Of("bled").lemma, "bleed");
}

TEST_F(SyntaxTest, PassiveAgent) {
  const Parsed p = Parse({"Five", "people", "were", "killed", "by", "the", "militia", "on", "Monday", "."});
  EXPECT_EQ(p.Rel("people"), "nsubj:pass");
  EXPECT_EQ(p.Head("militia"), p.Index("killed"));
  EXPECT_EQ(p.Rel("militia"), "obl:agent");
}

TEST_F(SyntaxTest, CliticsTheTokenizerKeepsWhole) {
  const Parsed p = Parse({"Officials", "didn't", "confirm", "the", "toll", "."});
  ASSERT_EQ(p.a.words.size(), 6u);
  EXPECT_EQ(p.Of("didn't").upos, "AUX");
  EXPECT_EQ(p.Of("didn't").lemma, "do");
  EXPECT_EQ(p.Head("didn't"), p.Index("confirm"));
  EXPECT_EQ(p.Rel("toll"), "obj");
  const Parsed q = Parse({"The", "army", "\xE2\x80\x99s", "statement"});  // a curly-quoted 's on its own
  EXPECT_EQ(q.a.words[2].upos, "PART");
}

TEST_F(SyntaxTest, EveryOutputIsATree) {
  const Parsed p = Parse({"Rebels", "said", "12", "civilians", ",", "including", "four", "children", ",", "died", "."});
  EXPECT_EQ(Roots(p.a), 1);
  const Parsed q = Parse({"At", "least", "82", "civilians", "were", "killed", "by", "government", "forces", ",", "the", "UN",
                          "said", "."});
  for (const auto& w : q.a.words) EXPECT_EQ(w.deprel == "root", w.head == -1);  // "root" only on the root
  for (size_t i = 0; i < p.a.words.size(); ++i) {
    int h = static_cast<int>(i), steps = 0;
    while (h != -1 && steps++ <= static_cast<int>(p.a.words.size())) h = p.a.words[h].head;
    EXPECT_EQ(h, -1) << "cycle through word " << i;
  }
}

TEST_F(SyntaxTest, RobustToOddInput) {
  EXPECT_TRUE(Model().Analyze({}).words.empty());
  const Analysis one = Model().Analyze({"Yes"});
  ASSERT_EQ(one.words.size(), 1u);
  EXPECT_EQ(one.words[0].head, -1);
  EXPECT_EQ(one.words[0].deprel, "root");
  std::vector<std::string> long_words;
  for (int i = 0; i < 500; ++i) long_words.push_back(i % 7 == 0 ? "," : i % 3 ? "people" : "killed");
  const Parsed p = Parse(long_words);
  EXPECT_EQ(p.a.words.size(), 500u);
  EXPECT_EQ(Roots(p.a), 1);
  const std::string bytes("\xFF\xFE\x00\x80'\xE2\x80", 7);
  const std::string big(100000, 'x');
  const Analysis odd = Model().Analyze({bytes, "", "'", "n't", "'s", big, "\xE2\x80\x99", "x'"});
  ASSERT_EQ(odd.words.size(), 8u);
  EXPECT_EQ(Roots(odd), 1);
  for (const auto& w : odd.words) {
    EXPECT_FALSE(w.upos.empty());
    EXPECT_GE(w.head, -1);
    EXPECT_LT(w.head, 8);
  }
}

}  // namespace
}  // namespace corroborate
