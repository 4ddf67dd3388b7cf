#include "corroborate/annotate.h"

#include <gtest/gtest.h>

#include "corroborate/tokens.h"

namespace corroborate {
namespace {

std::vector<std::string> Forms(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const Word& w : words) out.push_back(w.form);
  return out;
}

TEST(WordsOf, JoinsDigitGroupsAndSplitsClitics) {
  const std::string s = "Police didn't say why 1,200 people and Barbee\xE2\x80\x99s 3.5 tons were there.";
  const std::vector<Word> words = WordsOf(s, 100, Tokenize(s));
  EXPECT_EQ(Forms(words), (std::vector<std::string>{"Police", "did", "n't", "say", "why", "1,200", "people", "and", "Barbee",
                                                    "\xE2\x80\x99s", "3.5", "tons", "were", "there", "."}));
  // Offsets are in the article: the sentence starts at byte 100.
  EXPECT_EQ(words[5].start, 100 + s.find("1,200"));
  EXPECT_EQ(words[5].end, 100 + s.find("1,200") + 5);
  EXPECT_EQ(words[2].tok_begin, words[1].tok_begin);  // "did" and "n't" share one token
  EXPECT_EQ(words[1].lemma, "did");                    // the lower form until syntax fills it
  EXPECT_TRUE(words[1].upos.empty());
}

TEST(WordsOf, SpacedDigitsStayApart) {
  const std::string s = "Scores were 3 , 4 and 10.";
  EXPECT_EQ(Forms(WordsOf(s, 0, Tokenize(s))), (std::vector<std::string>{"Scores", "were", "3", ",", "4", "and", "10", "."}));
}

// A stand-in syntax reader: every word a NOUN headed by the first.
class FlatSyntax : public SyntaxReader {
 public:
  void Analyze(std::vector<Word>* words) const override {
    for (size_t i = 0; i < words->size(); ++i) {
      (*words)[i].upos = "NOUN";
      (*words)[i].head = i == 0 ? -1 : 0;
      (*words)[i].deprel = i == 0 ? "root" : "dep";
    }
  }
};

TEST(Annotate, LayersPerSentenceAndParsesOnlyWhatIsAsked) {
  Article a;
  a.text = "Floods hit Orvik.\n\nAt least 12 people died on Monday. Rain goes on.";
  a.published = Date{2024, 3, 14};
  a.blocks = {{Block::Kind::kHeading, 0, 17}};
  AnnotateOptions options;
  options.syntax = std::make_shared<FlatSyntax>();
  options.parse_if = [](const AnnotatedSentence& s) { return !s.quantities.empty(); };
  const AnnotatedDocument doc = Annotate(a, options);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(doc.sentences[0].heading);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  const AnnotatedSentence& s = doc.sentences[1];
  ASSERT_EQ(s.quantities.size(), 1u);
  EXPECT_EQ(s.quantities[0].text, "At least 12");
  ASSERT_EQ(s.timexes.size(), 1u);
  EXPECT_EQ(s.timexes[0].value, "2024-03-11");
  EXPECT_TRUE(s.parsed);
  EXPECT_EQ(s.words[0].upos, "NOUN");
  EXPECT_FALSE(doc.sentences[2].parsed);
  EXPECT_TRUE(doc.sentences[2].words[0].upos.empty());
}

TEST(Annotate, HostileTextKeepsEmptyLayers) {
  Article a;
  a.text = std::string(30000, 'x') + ". \xFF\xFE 5";
  const AnnotatedDocument doc = Annotate(a, {});
  for (const AnnotatedSentence& s : doc.sentences) {
    if (s.span.end - s.span.start > 20000) EXPECT_TRUE(s.tokens.empty());
  }
  EXPECT_TRUE(Annotate(Article{}, {}).sentences.empty());
}

}  // namespace
}  // namespace corroborate
