#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

namespace corroborate::syntax {
namespace {

TreebankSentence Sentence(std::vector<std::string> form, std::vector<std::string> lemma, std::vector<std::string> upos) {
  TreebankSentence s;
  s.form = std::move(form);
  s.lemma = std::move(lemma);
  s.upos = std::move(upos);
  s.xpos = s.deprel = s.upos;
  s.head.assign(s.form.size(), -1);
  return s;
}

Lemmatizer Toy() {
  return Lemmatizer::Train({
      Sentence({"Troops", "killed", "villagers", "and", "burned", "homes"}, {"troop", "kill", "villager", "and", "burn", "home"},
               {"NOUN", "VERB", "NOUN", "CCONJ", "VERB", "NOUN"}),
      Sentence({"Rebels", "shelled", "towns", "and", "went", "away"}, {"rebel", "shell", "town", "and", "go", "away"},
               {"NOUN", "VERB", "NOUN", "CCONJ", "VERB", "ADV"}),
      Sentence({"The", "Red", "Cross", "counted", "bodies"}, {"the", "Red", "Cross", "count", "body"},
               {"DET", "PROPN", "PROPN", "VERB", "NOUN"}),
      Sentence({"Officials", "listed", "cities", "."}, {"official", "list", "city", "."}, {"NOUN", "VERB", "NOUN", "PUNCT"}),
  });
}

TEST(LemmatizerTest, SuffixRulesGeneraliseToUnseenWords) {
  const Lemmatizer m = Toy();
  EXPECT_EQ(m.Lemmatize("wounded", "VERB"), "wound");
  EXPECT_EQ(m.Lemmatize("soldiers", "NOUN"), "soldier");
  EXPECT_EQ(m.Lemmatize("Gunmen", "PROPN"), "Gunmen");  // proper nouns keep their form
}

TEST(LemmatizerTest, ExceptionsAndCase) {
  const Lemmatizer m = Toy();
  EXPECT_EQ(m.Lemmatize("went", "VERB"), "go");
  EXPECT_EQ(m.Lemmatize("The", "DET"), "the");
}

TEST(LemmatizerTest, RoundTrip) {
  const Lemmatizer m = Toy();
  ByteWriter w;
  m.Write(&w);
  ByteReader r(w.bytes());
  Lemmatizer back;
  ASSERT_TRUE(back.Read(&r));
  EXPECT_EQ(back.Lemmatize("went", "VERB"), "go");
  EXPECT_EQ(back.Lemmatize("soldiers", "NOUN"), "soldier");
  EXPECT_EQ(back.Lemmatize("", "NOUN"), "");
}

}  // namespace
}  // namespace corroborate::syntax
