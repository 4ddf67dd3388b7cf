#include "extract/structure.h"

#include <gtest/gtest.h>

#include "extract/hand_parse.h"

namespace corroborate {
namespace {

// A parse written by hand, CoNLL-U style: "form|UPOS|lemma|head|deprel" per word, heads 1-based
// (0 = root). Byte offsets are the words' positions in the joined text.
std::vector<Word> Parse(const std::string& spec) {
  std::vector<Word> words = HandWords(spec);
  size_t at = 0;
  for (Word& w : words) {
    w.start = at;
    w.end = at + w.form.size();
    at = w.end + 1;
  }
  return words;
}

std::optional<Category> CategoryOfWord(const std::vector<Word>& words, size_t counted) {
  Tree tree(words);
  return StructureCategory(tree, PhraseHead(tree, counted));
}

TEST(Structure, ObjectOfActiveVerb) {
  // The patrol killed three gunmen .
  auto w = Parse("The|DET|the|2|det patrol|NOUN|patrol|3|nsubj killed|VERB|kill|0|root three|NUM|three|5|nummod "
                 "gunmen|NOUN|gunman|3|obj .|PUNCT|.|3|punct");
  EXPECT_EQ(CategoryOfWord(w, 3), Category::kKilled);
  Tree tree(w);
  EXPECT_TRUE(IsPerpetrator(tree, 1));   // the patrol did it
  EXPECT_FALSE(CategoryOfWord(w, 1));    // and is no victim
  // Police detained two suspects .
  auto d = Parse("Police|NOUN|police|2|nsubj detained|VERB|detain|0|root two|NUM|two|4|nummod suspects|NOUN|suspect|2|obj");
  EXPECT_EQ(CategoryOfWord(d, 2), Category::kDetained);
}

TEST(Structure, PassivesJoinedByAnd) {
  // At least 30 villagers were rounded up by soldiers and shot .
  auto w = Parse("At|ADP|at|2|case least|ADJ|least|3|nmod 30|NUM|30|4|nummod villagers|NOUN|villager|6|nsubj:pass "
                 "were|AUX|be|6|aux:pass rounded|VERB|round|0|root up|ADP|up|6|compound:prt by|ADP|by|9|case "
                 "soldiers|NOUN|soldier|6|obl:agent and|CCONJ|and|11|cc shot|VERB|shoot|6|conj");
  EXPECT_EQ(CategoryOfWord(w, 2), Category::kInjured);  // shot alone is a wound; outweighs the round-up
  Tree tree(w);
  EXPECT_TRUE(IsPerpetrator(tree, 8));
  // Two men were shot and killed .
  auto k = Parse("Two|NUM|two|2|nummod men|NOUN|man|4|nsubj:pass were|AUX|be|4|aux:pass shot|VERB|shoot|0|root "
                 "and|CCONJ|and|6|cc killed|VERB|kill|4|conj");
  EXPECT_EQ(CategoryOfWord(k, 0), Category::kKilled);
}

TEST(Structure, ModifiersUpgradeAWound) {
  // A man was shot dead . / A woman was fatally shot .
  auto d = Parse("A|DET|a|2|det man|NOUN|man|4|nsubj:pass was|AUX|be|4|aux:pass shot|VERB|shoot|0|root dead|ADJ|dead|4|xcomp");
  EXPECT_EQ(CategoryOfWord(d, 1), Category::kKilled);
  auto f = Parse("A|DET|a|2|det woman|NOUN|woman|5|nsubj:pass was|AUX|be|5|aux:pass fatally|ADV|fatally|5|advmod "
                 "shot|VERB|shoot|0|root");
  EXPECT_EQ(CategoryOfWord(f, 1), Category::kKilled);
  // Three people were not hurt .
  auto n = Parse("Three|NUM|three|2|nummod people|NOUN|person|5|nsubj:pass were|AUX|be|5|aux:pass not|PART|not|5|advmod "
                 "hurt|VERB|hurt|0|root");
  EXPECT_FALSE(CategoryOfWord(n, 0));
}

TEST(Structure, Nominalisations) {
  // the displacement of more than 400,000 people
  auto w = Parse("the|DET|the|2|det displacement|NOUN|displacement|0|root of|ADP|of|7|case more|ADJ|more|6|advmod "
                 "than|ADP|than|4|fixed 400,000|NUM|400,000|7|nummod people|NOUN|person|2|nmod");
  EXPECT_EQ(CategoryOfWord(w, 5), Category::kDisplaced);
  // bringing to 90,000 the number of people who have fled
  auto b = Parse("bringing|VERB|bring|0|root to|ADP|to|3|case 90,000|NUM|90,000|1|obl the|DET|the|5|det number|NOUN|number|1|obj "
                 "of|ADP|of|7|case people|NOUN|person|5|nmod who|PRON|who|10|nsubj have|AUX|have|10|aux fled|VERB|flee|7|acl:relcl");
  EXPECT_EQ(CategoryOfWord(b, 2), Category::kDisplaced);
  // The death toll rose to 31 .
  auto t = Parse("The|DET|the|3|det death|NOUN|death|3|compound toll|NOUN|toll|4|nsubj rose|VERB|rise|0|root to|ADP|to|6|case "
                 "31|NUM|31|4|obl");
  EXPECT_EQ(CategoryOfWord(t, 5), Category::kKilled);
}

TEST(Structure, ControlAndParticiples) {
  // forcing some 200 families to evacuate
  auto f = Parse("forcing|VERB|force|0|root some|ADV|some|3|advmod 200|NUM|200|4|nummod families|NOUN|family|1|obj "
                 "to|PART|to|6|mark evacuate|VERB|evacuate|1|xcomp");
  EXPECT_EQ(CategoryOfWord(f, 2), Category::kEvacuated);
  // The floods left 500 people homeless .
  auto h = Parse("The|DET|the|2|det floods|NOUN|flood|3|nsubj left|VERB|leave|0|root 500|NUM|500|5|nummod people|NOUN|person|3|obj "
                 "homeless|ADJ|homeless|3|xcomp");
  EXPECT_EQ(CategoryOfWord(h, 3), Category::kDisplaced);
  // the 12 people killed in the attack
  auto p = Parse("the|DET|the|3|det 12|NUM|12|3|nummod people|NOUN|person|0|root killed|VERB|kill|3|acl in|ADP|in|7|case "
                 "the|DET|the|7|det attack|NOUN|attack|4|obl");
  EXPECT_EQ(CategoryOfWord(p, 1), Category::kKilled);
  // more than 8,000 people are sheltering in schools
  auto s = Parse("8,000|NUM|8,000|2|nummod people|NOUN|person|4|nsubj are|AUX|be|4|aux sheltering|VERB|shelter|0|root");
  EXPECT_EQ(CategoryOfWord(s, 0), Category::kDisplaced);
}

TEST(Structure, SingleVictimsCountTheirConjuncts) {
  // Maria Lopez , 41 , and her son died .
  auto w = Parse("Maria|PROPN|Maria|9|nsubj Lopez|PROPN|Lopez|1|flat ,|PUNCT|,|4|punct 41|NUM|41|1|appos ,|PUNCT|,|8|punct "
                 "and|CCONJ|and|8|cc her|PRON|she|8|nmod:poss son|NOUN|son|1|conj died|VERB|die|0|root");
  Tree tree(w);
  EXPECT_EQ(ConjunctCount(tree, 0), 2);
  EXPECT_EQ(StructureCategory(tree, 0), Category::kKilled);
  EXPECT_EQ(StructureCategory(tree, PhraseHead(tree, 7)), Category::kKilled);  // "her son" climbs to the first conjunct
}

TEST(Structure, BackgroundTotals) {
  // the war , which has killed some 400,000 people
  auto w = Parse("the|DET|the|2|det war|NOUN|war|0|root ,|PUNCT|,|6|punct which|PRON|which|6|nsubj has|AUX|have|6|aux "
                 "killed|VERB|kill|2|acl:relcl some|ADV|some|8|advmod 400,000|NUM|400,000|9|nummod people|NOUN|person|6|obj");
  Tree tree(w);
  EXPECT_TRUE(IsBackgroundTotal(tree, 8));
  EXPECT_EQ(StructureCategory(tree, 8), Category::kKilled);
  // The conflict has displaced two million people .
  auto d = Parse("The|DET|the|2|det conflict|NOUN|conflict|4|nsubj has|AUX|have|4|aux displaced|VERB|displace|0|root "
                 "two|NUM|two|6|nummod million|NUM|million|7|nummod people|NOUN|person|4|obj");
  EXPECT_TRUE(IsBackgroundTotal(Tree(d), 6));
  // An air strike killed 12 people .
  auto a = Parse("An|DET|a|3|det air|NOUN|air|3|compound strike|NOUN|strike|4|nsubj killed|VERB|kill|0|root 12|NUM|12|6|nummod "
                 "people|NOUN|person|4|obj");
  EXPECT_FALSE(IsBackgroundTotal(Tree(a), 5));
}

TEST(Structure, BrokenTreesDoNotHang) {
  std::vector<Word> w = Parse("a|DET|a|2|det b|NOUN|b|1|conj c|NOUN|c|2|appos");  // a cycle: 1 <-> 2
  Tree tree(w);
  (void)PhraseHead(tree, 2);
  (void)StructureCategory(tree, 1);
  (void)ConjunctCount(tree, 2);
  EXPECT_EQ(tree.WordAt(100000), -1);
}

TEST(Structure, ParticipleReadAsNoun) {
  // The child was shot in the head . ("shot" tagged as a noun under a copula)
  auto w = Parse("The|DET|the|2|det child|NOUN|child|4|nsubj was|AUX|be|4|cop shot|NOUN|shot|0|root in|ADP|in|7|case "
                 "the|DET|the|7|det head|NOUN|head|4|obl");
  EXPECT_EQ(CategoryOfWord(w, 1), Category::kInjured);
  // A man was found shot . (the complement of a raising verb)
  auto f = Parse("A|DET|a|2|det man|NOUN|man|4|nsubj:pass was|AUX|be|4|aux:pass found|VERB|find|0|root shot|NOUN|shot|4|xcomp");
  EXPECT_EQ(CategoryOfWord(f, 1), Category::kInjured);
  // The table was a bargain . (a noun that is no participle of harm)
  auto n = Parse("The|DET|the|2|det table|NOUN|table|4|nsubj was|AUX|be|4|cop bargain|NOUN|bargain|0|root");
  EXPECT_FALSE(CategoryOfWord(n, 1));
}

TEST(Structure, PurposeInfinitiveIsNoClaim) {
  // The force conducted an operation to detain a leader .
  auto w = Parse("The|DET|the|2|det force|NOUN|force|3|nsubj conducted|VERB|conduct|0|root an|DET|a|5|det "
                 "operation|NOUN|operation|3|obj to|PART|to|7|mark detain|VERB|detain|5|acl a|DET|a|9|det leader|NOUN|leader|7|obj");
  EXPECT_FALSE(CategoryOfWord(w, 8));
  // The floods forced 200 families to evacuate . (a complement: it happened)
  auto c = Parse("The|DET|the|2|det floods|NOUN|flood|3|nsubj forced|VERB|force|0|root 200|NUM|200|5|nummod "
                 "families|NOUN|family|3|obj to|PART|to|7|mark evacuate|VERB|evacuate|3|xcomp");
  EXPECT_EQ(CategoryOfWord(c, 3), Category::kEvacuated);
}

TEST(Structure, PredicateForms) {
  EXPECT_TRUE(MayBePredicate("shot"));       // irregular
  EXPECT_TRUE(MayBePredicate("fled"));
  EXPECT_TRUE(MayBePredicate("wounded"));    // regular
  EXPECT_TRUE(MayBePredicate("stabbing"));   // doubled consonant
  EXPECT_TRUE(MayBePredicate("displacement"));
  EXPECT_FALSE(MayBePredicate("table"));
}

TEST(Structure, GraverOfClauseAndPredicate) {
  // A woman who was shot died .
  auto w = Parse("A|DET|a|2|det woman|NOUN|woman|6|nsubj who|PRON|who|5|nsubj:pass was|AUX|be|5|aux:pass "
                 "shot|VERB|shoot|2|acl:relcl died|VERB|die|0|root");
  EXPECT_EQ(CategoryOfWord(w, 1), Category::kKilled);
}

TEST(Structure, ConjunctWithItsOwnSubject) {
  // One person was killed and five others were hurt .
  auto w = Parse("One|NUM|one|2|nummod person|NOUN|person|4|nsubj:pass was|AUX|be|4|aux:pass killed|VERB|kill|0|root "
                 "and|CCONJ|and|9|cc five|NUM|five|7|nummod others|NOUN|other|9|nsubj:pass were|AUX|be|9|aux:pass "
                 "hurt|VERB|hurt|4|conj");
  EXPECT_EQ(CategoryOfWord(w, 0), Category::kKilled);
  EXPECT_EQ(CategoryOfWord(w, 5), Category::kInjured);
}

TEST(Structure, PlacedInAShelter) {
  // 180 people were accommodated at evacuation centres .
  auto w = Parse("180|NUM|180|2|nummod people|NOUN|people|4|nsubj:pass were|AUX|be|4|aux:pass accommodated|VERB|accommodate|0|root "
                 "at|ADP|at|7|case evacuation|NOUN|evacuation|7|compound centres|NOUN|centre|4|obl");
  EXPECT_EQ(CategoryOfWord(w, 0), Category::kDisplaced);
  // 3 people were taken to a medical centre . (no place of refuge)
  auto m = Parse("3|NUM|3|2|nummod people|NOUN|people|4|nsubj:pass were|AUX|be|4|aux:pass taken|VERB|take|0|root "
                 "to|ADP|to|8|case a|DET|a|8|det medical|ADJ|medical|8|amod centre|NOUN|centre|4|obl");
  EXPECT_FALSE(CategoryOfWord(m, 0));
}

TEST(Structure, APersonWithAnInjury) {
  // Three victims showed up with gunshot wounds .
  auto w = Parse("Three|NUM|three|2|nummod victims|NOUN|victim|3|nsubj showed|VERB|show|0|root up|ADP|up|3|compound:prt "
                 "with|ADP|with|7|case gunshot|NOUN|gunshot|7|compound wounds|NOUN|wound|3|obl");
  EXPECT_EQ(CategoryOfWord(w, 0), Category::kInjured);
  // Two men with knives were seen . (no injury)
  auto k = Parse("Two|NUM|two|2|nummod men|NOUN|man|6|nsubj:pass with|ADP|with|4|case knives|NOUN|knife|2|nmod "
                 "were|AUX|be|6|aux:pass seen|VERB|see|0|root");
  EXPECT_FALSE(CategoryOfWord(k, 0));
}

}  // namespace
}  // namespace corroborate
