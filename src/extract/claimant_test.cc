#include "extract/claimant.h"

#include <gtest/gtest.h>

#include <sstream>

#include "extract/attribution.h"
#include "extract/hand_parse.h"

namespace corroborate {
namespace {

// A sentence parsed by hand, CoNLL-U style: "form|UPOS|lemma|head|deprel" per word, heads 1-based
// (0 = root). The article text is the forms joined by spaces (none before ",", ".", ":" and "'s").
struct Parsed {
  Article article;
  AnnotatedSentence sentence;
};

Parsed Parse(const std::string& spec) {
  Parsed p;
  for (Word w : HandWords(spec)) {
    const bool glued = w.form == "," || w.form == "." || w.form == ":" || w.form == "'s";
    if (!p.article.text.empty() && !glued) p.article.text += ' ';
    w.start = p.article.text.size();
    p.article.text += w.form;
    w.end = p.article.text.size();
    p.sentence.words.push_back(std::move(w));
  }
  p.article.id = "t";
  p.sentence.span = {0, p.article.text.size()};
  p.sentence.parsed = true;
  return p;
}

std::vector<Attribution> ReadParsed(const Parsed& p) {
  ClaimantReader reader(p.article);
  return reader.Read(p.sentence.span, std::nullopt, &p.sentence);
}

std::string FirstName(const Parsed& p) {
  const std::vector<Attribution> a = ReadParsed(p);
  return a.empty() ? "" : a[0].name;
}

TEST(ClaimantStructure, SubjectBeforeTheVerb) {
  // A senior administration official said three people died .
  Parsed p = Parse("A|DET|a|4|det senior|ADJ|senior|4|amod administration|NOUN|administration|4|compound "
                   "official|NOUN|official|5|nsubj said|VERB|say|0|root three|NUM|three|7|nummod people|NOUN|person|8|nsubj "
                   "died|VERB|die|5|ccomp .|PUNCT|.|5|punct");
  const std::vector<Attribution> a = ReadParsed(p);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].name, "senior administration official");
  EXPECT_EQ(a[0].at, p.sentence.words[4].start);
  EXPECT_FALSE(a[0].closes);
}

TEST(ClaimantStructure, SubjectAfterTheVerbAndClosingClause) {
  // Three people died , said Maria Lenz , a spokeswoman for the Interior Ministry .
  Parsed p = Parse("Three|NUM|three|2|nummod people|NOUN|person|3|nsubj died|VERB|die|0|root ,|PUNCT|,|5|punct "
                   "said|VERB|say|3|parataxis Maria|PROPN|Maria|5|nsubj Lenz|PROPN|Lenz|6|flat ,|PUNCT|,|10|punct "
                   "a|DET|a|10|det spokeswoman|NOUN|spokeswoman|6|appos for|ADP|for|14|case the|DET|the|14|det "
                   "Interior|PROPN|Interior|14|compound Ministry|PROPN|Ministry|10|nmod .|PUNCT|.|3|punct");
  const std::vector<Attribution> a = ReadParsed(p);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].name, "Maria Lenz, a spokeswoman for the Interior Ministry");
  EXPECT_EQ(a[0].kind, SourceKind::kGovernment);
  Tree tree(p.sentence.words);
  const std::vector<SourcePhrase> s = FindSources(tree, p.article.text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_TRUE(s[0].closes);  // the statement comes before "said"
}

TEST(ClaimantStructure, RelativeClauseIsTrimmed) {
  // Jonas Abel , who leads the relief network , said 35 were dead .
  Parsed p = Parse("Jonas|PROPN|Jonas|9|nsubj Abel|PROPN|Abel|1|flat ,|PUNCT|,|5|punct who|PRON|who|5|nsubj "
                   "leads|VERB|lead|1|acl:relcl the|DET|the|8|det relief|NOUN|relief|8|compound network|NOUN|network|5|obj "
                   "said|VERB|say|0|root 35|NUM|35|12|nsubj were|AUX|be|12|cop dead|ADJ|dead|9|ccomp");
  EXPECT_EQ(FirstName(p), "Jonas Abel");
}

TEST(ClaimantStructure, RelativePronounSpeaks) {
  // Residents , who said they counted 12 bodies , fled .
  Parsed p = Parse("Residents|NOUN|resident|9|nsubj ,|PUNCT|,|4|punct who|PRON|who|4|nsubj said|VERB|say|1|acl:relcl "
                   "they|PRON|they|6|nsubj counted|VERB|count|4|ccomp 12|NUM|12|8|nummod bodies|NOUN|body|6|obj "
                   "fled|VERB|flee|0|root");
  EXPECT_EQ(FirstName(p), "residents");
}

TEST(ClaimantStructure, AccordingTo) {
  // At least 40 died , according to the United Nations refugee agency .
  Parsed p = Parse("At|ADP|at|2|case least|ADJ|least|3|nmod 40|NUM|40|4|nsubj died|VERB|die|0|root ,|PUNCT|,|11|punct "
                   "according|VERB|accord|11|case to|ADP|to|6|fixed the|DET|the|11|det United|PROPN|United|10|compound "
                   "Nations|PROPN|Nations|11|compound refugee|NOUN|refugee|12|compound agency|NOUN|agency|4|obl .|PUNCT|.|4|punct");
  // (heads as a parser may give them; the phrase is the subtree of "agency")
  const std::vector<Attribution> a = ReadParsed(p);
  ASSERT_FALSE(a.empty());
  EXPECT_NE(a[0].name.find("United Nations"), std::string::npos);
}

TEST(ClaimantStructure, AgentOfAPassiveReport) {
  // It was reported by the Health Ministry that 40 died .
  Parsed p = Parse("It|PRON|it|3|expl was|AUX|be|3|aux:pass reported|VERB|report|0|root by|ADP|by|7|case "
                   "the|DET|the|7|det Health|PROPN|Health|7|compound Ministry|PROPN|Ministry|3|obl:agent that|SCONJ|that|10|mark "
                   "40|NUM|40|10|nsubj died|VERB|die|3|ccomp .|PUNCT|.|3|punct");
  EXPECT_EQ(FirstName(p), "Health Ministry");
  // 40 people were reported dead : no source.
  Parsed q = Parse("40|NUM|40|2|nummod people|NOUN|person|4|nsubj:pass were|AUX|be|4|aux:pass reported|VERB|report|0|root "
                   "dead|ADJ|dead|4|xcomp");
  Tree tree(q.sentence.words);
  EXPECT_TRUE(FindSources(tree, q.article.text).empty());
}

TEST(ClaimantStructure, SpeakerLabel) {
  // PENCE : We will rebuild .
  Parsed p = Parse("PENCE|PROPN|Pence|4|vocative :|PUNCT|:|1|punct We|PRON|we|4|nsubj rebuild|VERB|rebuild|0|root .|PUNCT|.|4|punct");
  EXPECT_EQ(FirstName(p), "PENCE");
  // UPDATE : 40 died . -- no speaker.
  Parsed q = Parse("UPDATE|NOUN|update|0|root :|PUNCT|:|1|punct 40|NUM|40|4|nsubj died|VERB|die|1|parataxis");
  EXPECT_TRUE(ReadParsed(q).empty());
}

TEST(ClaimantStructure, OwnerOfAStatement) {
  // The ministry 's statement put the toll at 40 .
  Parsed p = Parse("The|DET|the|2|det ministry|NOUN|ministry|4|nmod:poss 's|PART|'s|2|case statement|NOUN|statement|5|nsubj "
                   "put|VERB|put|0|root the|DET|the|7|det toll|NOUN|toll|5|obj at|ADP|at|9|case 40|NUM|40|5|obl");
  EXPECT_EQ(FirstName(p), "ministry");
  // A report by Amnesty International found that ...
  Parsed q = Parse("A|DET|a|2|det report|NOUN|report|6|nsubj by|ADP|by|5|case Amnesty|PROPN|Amnesty|5|compound "
                   "International|PROPN|International|2|nmod found|VERB|find|0|root that|SCONJ|that|10|mark "
                   "12|NUM|12|9|nummod people|NOUN|person|10|nsubj:pass disappeared|VERB|disappear|6|ccomp");
  EXPECT_EQ(FirstName(q), "Amnesty International");
}

TEST(ClaimantStructure, BeliefNeedsAClause) {
  // Investigators believe that 12 people died .
  Parsed p = Parse("Investigators|NOUN|investigator|2|nsubj believe|VERB|believe|0|root that|SCONJ|that|6|mark "
                   "12|NUM|12|5|nummod people|NOUN|person|6|nsubj died|VERB|die|2|ccomp .|PUNCT|.|2|punct");
  const std::vector<Attribution> a = ReadParsed(p);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].name, "Investigators");
  EXPECT_TRUE(a[0].hedge);
  // Rescuers found 12 bodies . -- finding bodies is no statement.
  Parsed q = Parse("Rescuers|NOUN|rescuer|2|nsubj found|VERB|find|0|root 12|NUM|12|4|nummod bodies|NOUN|body|2|obj .|PUNCT|.|2|punct");
  EXPECT_TRUE(ReadParsed(q).empty());
  // The attack claimed 46 lives .
  Parsed c = Parse("The|DET|the|2|det attack|NOUN|attack|3|nsubj claimed|VERB|claim|0|root 46|NUM|46|5|nummod "
                   "lives|NOUN|life|3|obj .|PUNCT|.|3|punct");
  EXPECT_TRUE(ReadParsed(c).empty());
}

TEST(ClaimantStructure, SubjectOfAGoverningVerb) {
  // The ministry issued a statement saying 40 died .
  Parsed p = Parse("The|DET|the|2|det ministry|NOUN|ministry|3|nsubj issued|VERB|issue|0|root a|DET|a|5|det "
                   "statement|NOUN|statement|3|obj saying|VERB|say|5|acl 40|NUM|40|8|nsubj died|VERB|die|6|ccomp");
  EXPECT_EQ(FirstName(p), "ministry");
  // Lenz declined to say how many died .
  Parsed q = Parse("Lenz|PROPN|Lenz|2|nsubj declined|VERB|decline|0|root to|PART|to|4|mark say|VERB|say|2|xcomp "
                   "how|ADV|how|6|advmod many|ADJ|many|7|nsubj died|VERB|die|4|ccomp");
  EXPECT_EQ(FirstName(q), "Lenz");
  // Lenz said 40 died and added that 12 were missing .
  Parsed r = Parse("Lenz|PROPN|Lenz|2|nsubj said|VERB|say|0|root 40|NUM|40|4|nsubj died|VERB|die|2|ccomp and|CCONJ|and|6|cc "
                   "added|VERB|add|2|conj that|SCONJ|that|10|mark 12|NUM|12|10|nsubj were|AUX|be|10|cop missing|ADJ|missing|6|ccomp");
  EXPECT_EQ(ReadParsed(r).size(), 2u);
}

TEST(ClaimantStructure, PronounsResolveAcrossSentences) {
  Parsed p = Parse("Maria|PROPN|Maria|7|nsubj Lenz|PROPN|Lenz|1|flat ,|PUNCT|,|5|punct a|DET|a|5|det "
                   "spokeswoman|NOUN|spokeswoman|1|appos ,|PUNCT|,|1|punct said|VERB|say|0|root 40|NUM|40|9|nsubj died|VERB|die|7|ccomp .|PUNCT|.|7|punct");
  const size_t first_end = p.article.text.size();
  // She added that 12 were missing .
  Parsed q = Parse("She|PRON|she|2|nsubj added|VERB|add|0|root that|SCONJ|that|6|mark 12|NUM|12|6|nsubj were|AUX|be|6|cop "
                   "missing|ADJ|missing|2|ccomp .|PUNCT|.|2|punct");
  Article article;
  article.text = p.article.text + " " + q.article.text;
  for (Word& w : q.sentence.words) w.start += first_end + 1, w.end += first_end + 1;
  q.sentence.span = {first_end + 1, article.text.size()};
  ClaimantReader reader(article);
  ASSERT_FALSE(reader.Read(p.sentence.span, q.sentence.span, &p.sentence).empty());
  const std::vector<Attribution> a = reader.Read(q.sentence.span, std::nullopt, &q.sentence);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].name, "Maria Lenz, a spokeswoman");
}

TEST(ClaimantStructure, QuotedAndReportedSpeakersAreNoSources) {
  // Merrill says Machado promised to help . -- Machado's promise is Merrill's report.
  Parsed p = Parse("Merrill|PROPN|Merrill|2|nsubj says|VERB|say|0|root Machado|PROPN|Machado|4|nsubj promised|VERB|promise|2|ccomp "
                   "to|PART|to|6|mark help|VERB|help|4|xcomp .|PUNCT|.|2|punct");
  Tree tree(p.sentence.words);
  const std::vector<SourcePhrase> s = FindSources(tree, p.article.text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].begin, 0u);
  // " Lenz says 40 died , " Abel said . -- the quoted verb is Abel's words.
  Parsed q = Parse("\"|PUNCT|\"|3|punct Lenz|PROPN|Lenz|3|nsubj says|VERB|say|9|ccomp 40|NUM|40|5|nsubj died|VERB|die|3|ccomp "
                   ",|PUNCT|,|3|punct \"|PUNCT|\"|3|punct Abel|PROPN|Abel|9|nsubj said|VERB|say|0|root .|PUNCT|.|9|punct");
  Tree qt(q.sentence.words);
  const std::vector<SourcePhrase> qs = FindSources(qt, q.article.text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].begin, 7u);
  EXPECT_TRUE(qs[0].closes);
}

TEST(ClaimantStructure, AppealNeedsWhatIsAskedFor) {
  // The mayor called for calm . / Neighbours called police .
  Parsed p = Parse("The|DET|the|2|det mayor|NOUN|mayor|3|nsubj called|VERB|call|0|root for|ADP|for|5|case calm|NOUN|calm|3|obl .|PUNCT|.|3|punct");
  Tree tree(p.sentence.words);
  EXPECT_EQ(FindSources(tree, p.article.text).size(), 1u);
  Parsed q = Parse("Neighbours|NOUN|neighbour|2|nsubj called|VERB|call|0|root police|NOUN|police|2|obj .|PUNCT|.|2|punct");
  Tree qt(q.sentence.words);
  EXPECT_TRUE(FindSources(qt, q.article.text).empty());
}

TEST(ClaimantStructure, PhraseLeavesOutPrepositionAndANamedBodysPlace) {
  // The Health Ministry in Gaza said 112 died . / Medical sources in Gaza said 31 died .
  Parsed p = Parse("The|DET|the|3|det Health|PROPN|Health|3|compound Ministry|PROPN|Ministry|6|nsubj in|ADP|in|5|case "
                   "Gaza|PROPN|Gaza|3|nmod said|VERB|say|0|root 112|NUM|112|8|nsubj died|VERB|die|6|ccomp");
  Tree tree(p.sentence.words);
  const std::vector<SourcePhrase> s = FindSources(tree, p.article.text);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].begin, 0u);  // "The Health Ministry" (the determiner goes when the name resolves)
  EXPECT_EQ(s[0].end, 3u);
  Parsed q = Parse("Medical|ADJ|medical|2|amod sources|NOUN|source|5|nsubj in|ADP|in|4|case Gaza|PROPN|Gaza|2|nmod "
                   "said|VERB|say|0|root 31|NUM|31|7|nsubj died|VERB|die|5|ccomp");
  Tree qt(q.sentence.words);
  const std::vector<SourcePhrase> qs = FindSources(qt, q.article.text);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].end, 4u);  // "Medical sources in Gaza"
}

TEST(ClaimantStructure, WordWindowsNameWinsAtTheSameCue) {
  // A parse that cuts the name ("Rights" hangs on the verb): the windows read "Human Rights Watch".
  Parsed p = Parse("400|NUM|400|2|nummod people|NOUN|person|4|nsubj:pass were|AUX|be|4|aux:pass detained|VERB|detain|0|root "
                   ",|PUNCT|,|9|punct Human|ADJ|human|7|amod Rights|PROPN|Rights|9|compound Watch|PROPN|Watch|9|nsubj "
                   "said|VERB|say|4|parataxis .|PUNCT|.|4|punct");
  const std::vector<Attribution> a = ReadParsed(p);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].name, "Human Rights Watch");
  EXPECT_TRUE(a[0].closes);
}

TEST(ClaimantStructure, SignedQuote) {
  // "We lost everything." ― Amina Haddad
  Parsed p = Parse("\xE2\x80\x9C|PUNCT|\"|3|punct We|PRON|we|3|nsubj lost|VERB|lose|0|root everything|PRON|everything|3|obj "
                   ".|PUNCT|.|3|punct \xE2\x80\x9D|PUNCT|\"|3|punct \xE2\x80\x95|PUNCT|-|8|punct Amina|PROPN|Amina|3|parataxis "
                   "Haddad|PROPN|Haddad|8|flat");
  EXPECT_EQ(FirstName(p), "Amina Haddad");
  // A dash inside a sentence is no signature: "Three died ― two of them children ― in the raid."
  Parsed q = Parse("Three|NUM|three|2|nsubj died|VERB|die|0|root \xE2\x80\x95|PUNCT|-|5|punct two|NUM|two|2|appos "
                   "children|NOUN|child|4|nmod");
  Tree qt(q.sentence.words);
  EXPECT_TRUE(FindSources(qt, q.article.text).empty());
}

TEST(ClaimantStructure, UnparsedSentenceUsesWordWindows) {
  Parsed p = Parse("Police|NOUN|police|2|nsubj said|VERB|say|0|root 3|NUM|3|4|nsubj died|VERB|die|2|ccomp");
  p.sentence.parsed = false;
  EXPECT_EQ(FirstName(p), "police");
}

TEST(ClaimantStructure, MalformedTreesGiveNoPhraseOutsideTheSentence) {
  // Cycles, heads out of range, a word its own head, empty words.
  const char* specs[] = {
      "Police|NOUN|police|2|nsubj said|VERB|say|1|ccomp",
      "Police|NOUN|police|1|nsubj said|VERB|say|2|root",
      "Police|NOUN|police|9|nsubj said|VERB|say|-5|root",
      "Smith|PROPN|Smith|3|nsubj said|VERB|say|3|conj added|VERB|add|2|conj",
      "who|PRON|who|2|nsubj said|VERB|say|1|acl:relcl",
      "according|VERB|accord|1|case",
      "statement|NOUN|statement|1|nmod:poss",
      ":|PUNCT|:|0|root",
  };
  for (const char* spec : specs) {
    Parsed p = Parse(spec);
    Tree tree(p.sentence.words);
    for (const SourcePhrase& s : FindSources(tree, p.article.text)) {
      EXPECT_LT(s.begin, s.end) << spec;
      EXPECT_LE(s.end, p.sentence.words.size()) << spec;
      EXPECT_LT(s.cue, p.sentence.words.size()) << spec;
    }
    ReadParsed(p);
  }
  std::vector<Word> none;
  Tree empty(none);
  EXPECT_TRUE(FindSources(empty, "").empty());
  Parsed p = Parse("Police|NOUN|police|2|nsubj said|VERB|say|0|root");
  p.sentence.words.clear();
  EXPECT_EQ(FirstName(p), "police");  // parsed but wordless: the word windows read it
}

}  // namespace
}  // namespace corroborate
