#include "corroborate/segment.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text)) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(SegmentTest, SplitsOnTerminators) {
  auto s = Split("At least 12 people died. Dozens were hurt! Why? Nobody knows.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "At least 12 people died.");
  EXPECT_EQ(s[3], "Nobody knows.");
}

TEST(SegmentTest, AbbreviationsInitialsAndDecimalsDoNotSplit) {
  auto s = Split("Mr. Smith of the U.S. Army said 3.5 million were hit. J. R. Doe agreed on Dec. 9 in St. Louis.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "J. R. Doe agreed on Dec. 9 in St. Louis.");
}

TEST(SegmentTest, QuotesStayWithTheirSentence) {
  auto s = Split("\"We found 30 bodies,\" he said. \"It is terrible.\" She left.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "\"It is terrible.\"");
  auto curly = Split("\xE2\x80\x9CNine died.\xE2\x80\x9D The mayor wept.");
  ASSERT_EQ(curly.size(), 2u);
}

TEST(SegmentTest, LinesAndBlocks) {
  auto s = Split("Headline without a stop\n\nFirst paragraph here\nwrapped on two lines.\n\nPost text\n\xE2\x80\x94 Author (@a) May 1");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "Headline without a stop");
  EXPECT_EQ(s[1], "First paragraph here\nwrapped on two lines.");
  EXPECT_EQ(s[3], "\xE2\x80\x94 Author (@a) May 1");
  // The signature line ends at its own line break, even without a full stop.
  auto post = Split("Post text\n\xE2\x80\x94 Author (@a) May 1\nNext story begins here.");
  ASSERT_EQ(post.size(), 3u);
  EXPECT_EQ(post[2], "Next story begins here.");
  auto list = Split("Casualties:\n- 12 killed\n- 30 injured\nOfficials gave no more details.");
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[2], "- 30 injured");
}

TEST(SegmentTest, LowercaseAfterStopContinues) {
  EXPECT_EQ(Split("The toll, est. at 40 by officials, rose.").size(), 1u);
  EXPECT_EQ(Split("It rose to 40 vs. 30 last year.").size(), 1u);
}

TEST(SegmentTest, SpansAreInOrderAndTrimmed) {
  std::string text = "  One.   Two.  \n\n  Three  ";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 3u);
  for (size_t k = 1; k < spans.size(); ++k) EXPECT_LE(spans[k - 1].end, spans[k].start);
  EXPECT_EQ(text.substr(spans[2].start, spans[2].end - spans[2].start), "Three");
}

TEST(SegmentTest, HostileInput) {
  std::string s(200000, '.');
  s += std::string(1000, '\n') + "\xFF\xE2\x80";
  auto spans = SplitSentences(s);
  for (Span sp : spans) EXPECT_LE(sp.end, s.size());
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(SegmentTest, LineSeparatorsAndHeaderLines) {
  // A press release whose lines are joined by U+2028: the header, the dateline and a place tag are
  // lines of their own, the body sentence starts after them.
  const std::string ls = "\xE2\x80\xA8";
  const std::string text = "Force Detains Suspects in Orvik" + ls + "For Immediate Release" + ls + ls + "ORVIK, Dressa (May 3, 2024) -" + ls +
                           "North District" + ls + "A patrol detained two suspects yesterday.";
  EXPECT_EQ(Sentences(text), (std::vector<std::string>{"Force Detains Suspects in Orvik", "For Immediate Release", "ORVIK, Dressa (May 3, 2024) -",
                                                       "North District", "A patrol detained two suspects yesterday."}));
  EXPECT_EQ(ParagraphBreakLength(text, text.find(ls + ls)), 6u);
  EXPECT_EQ(LineBreakLength(text, text.find(ls)), 3u);
}

TEST(SegmentTest, SoftWrapsStayInTheSentence) {
  EXPECT_EQ(Sentences("The state asked for help in the\nform of water for more than 2,000 families that\nwere displaced."),
            (std::vector<std::string>{"The state asked for help in the\nform of water for more than 2,000 families that\nwere displaced."}));
  EXPECT_EQ(Sentences("A new wave of returnees emerged in 2003, when the Government dismantled\nfive camps."),
            (std::vector<std::string>{"A new wave of returnees emerged in 2003, when the Government dismantled\nfive camps."}));
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

TEST(SegmentTest, ReferenceMarksCloseTheSentence) {
  const std::string text = "The block collapsed.[153] The governor said no one was hurt.[12][13] Rain fell.";
  std::vector<std::string> got;
  for (const Span& s : SplitSentences(text)) got.emplace_back(text.substr(s.start, s.end - s.start));
  EXPECT_EQ(got, (std::vector<std::string>{"The block collapsed.[153]", "The governor said no one was hurt.[12][13]", "Rain fell."}));
}

}  // namespace
}  // namespace corroborate
