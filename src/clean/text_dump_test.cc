#include "clean/text_dump.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "common/text_util.h"

namespace corroborate {
namespace {

// Invented page dumps in the style of real crawler output.
const char kHarbourDump[] =
    "menu\n"
    "\n"
    "Independent journalism since 1998\n"
    "\n"
    "Floodwaters cut off villages as Marenvale dam gives way\n"
    "\n"
    "March 3, 2021 at 9:14 am\n"
    "\n"
    "Residents wade through a flooded street in Lower Marenvale on March 2 2021 [Ana Ruiz/ Coastline Photo Agency]\n"
    "\n"
    "At least 31 people have died and more than 4,000 have been forced from their homes after the Marenvale dam "
    "gave way late on Monday, the regional civil protection office said.\n"
    "\n"
    "Rescue teams reached the village of Tellan by boat yesterday and evacuated 212 residents, officials said.\n"
    "\n"
    "Kindly Share This Story:\n"
    "Facebook\n"
    "Twitter\n"
    "WhatsApp\n"
    "\n"
    "Sign up for our daily newsletter\n"
    "\n"
    "Related Post\n"
    "Dam inspection report was delayed, documents show\n"
    "Storm season forecast raised again\n"
    "\n"
    "Leave a Reply\n"
    "Your email address will not be published. Required fields are marked *\n"
    "This is a long reader comment that says the authorities were warned about the dam for years and did nothing at all.\n";

TEST(TextDumpTest, RemovesEachKindOfBoilerplate) {
  auto a = CleanTextDump(kHarbourDump);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Floodwaters cut off villages as Marenvale dam gives way");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2021-03-03");
  EXPECT_EQ(a->published_how, "text");
  const std::string& t = a->text;
  EXPECT_EQ(t.find("menu"), std::string::npos);
  EXPECT_EQ(t.find("since 1998"), std::string::npos);
  EXPECT_EQ(t.find("March 3, 2021"), std::string::npos);
  EXPECT_EQ(t.find("Coastline Photo Agency"), std::string::npos);
  EXPECT_EQ(t.find("Share"), std::string::npos);
  EXPECT_EQ(t.find("WhatsApp"), std::string::npos);
  EXPECT_EQ(t.find("newsletter"), std::string::npos);
  EXPECT_EQ(t.find("Related"), std::string::npos);
  EXPECT_EQ(t.find("inspection report"), std::string::npos);
  EXPECT_EQ(t.find("Leave a Reply"), std::string::npos);
  EXPECT_EQ(t.find("reader comment"), std::string::npos);
  EXPECT_EQ(t,
            "Floodwaters cut off villages as Marenvale dam gives way\n\n"
            "At least 31 people have died and more than 4,000 have been forced from their homes after the Marenvale dam "
            "gave way late on Monday, the regional civil protection office said.\n\n"
            "Rescue teams reached the village of Tellan by boat yesterday and evacuated 212 residents, officials said.");
  ASSERT_EQ(a->blocks.size(), 3u);
  EXPECT_EQ(a->blocks[0].kind, Block::Kind::kHeading);
  EXPECT_EQ(a->blocks[1].kind, Block::Kind::kParagraph);
}

TEST(TextDumpTest, OffsetsMapBackToTheInput) {
  std::string_view in(kHarbourDump);
  auto a = CleanTextDump(in);
  ASSERT_TRUE(a.ok());
  for (const Block& b : a->blocks) {
    std::string_view block = std::string_view(a->text).substr(b.start, b.end - b.start);
    size_t at = a->offsets.ToInput(b.start);
    EXPECT_EQ(in.substr(at, block.size()), block);
  }
  size_t pos = a->text.find("212 residents");
  EXPECT_EQ(a->offsets.ToInput(pos), in.find("212 residents"));
}

const char kRiverDump[] =
    "Thousands flee as fighting reaches the outskirts of Doranth.\n"
    "Thousands flee as fighting reaches the outskirts of Doranth.\n"
    "Families carrying what they could walked for hours on Tuesday, according to volunteers of the Doranth Relief Network.\n"
    "The volunteers posted pictures of the crowded road out of the city.\n"
    "12 killed & 30+ injured when shells hit the road out of #Doranth this morninghttps://t.co/Ab3De5Gh7Jpic.twitter.com/QwErTy1234\n"
    "\xE2\x80\x94 Doranth Relief (@DoranthRelief) 30 novembre 2016\n"
    "The city council said on Wednesday that the road would stay open.\n"
    "Up to 20,000 people remain in the old town: https://t.co/Zx9Yw8Vu7T#Doranthpic.twitter.com/PoIuYt0987\n"
    "\xE2\x80\x94 Aid Watch (@aidwatch_org) 29 novembre 2016\n"
    "Aid Watch said most of those remaining were elderly people.\n";

TEST(TextDumpTest, SocialPostsAreAttributedDatedBlocks) {
  auto a = CleanTextDump(kRiverDump);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  // Printed twice at the top: the headline, kept once.
  EXPECT_EQ(a->title, "Thousands flee as fighting reaches the outskirts of Doranth.");
  EXPECT_EQ(a->text.find("Thousands flee"), a->text.rfind("Thousands flee"));
  std::vector<const Block*> posts;
  for (const Block& b : a->blocks) {
    if (b.kind == Block::Kind::kSocialPost) posts.push_back(&b);
  }
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0]->author, "Doranth Relief");
  EXPECT_EQ(posts[0]->handle, "@DoranthRelief");
  ASSERT_TRUE(posts[0]->date.has_value());
  EXPECT_EQ(posts[0]->date->ToString(), "2016-11-30");
  std::string first(a->text.substr(posts[0]->start, posts[0]->end - posts[0]->start));
  EXPECT_EQ(first,
            "12 killed & 30+ injured when shells hit the road out of #Doranth this morning\n"
            "\xE2\x80\x94 Doranth Relief (@DoranthRelief) 30 novembre 2016");
  std::string second(a->text.substr(posts[1]->start, posts[1]->end - posts[1]->start));
  EXPECT_EQ(second,
            "Up to 20,000 people remain in the old town: #Doranth\n"
            "\xE2\x80\x94 Aid Watch (@aidwatch_org) 29 novembre 2016");
  EXPECT_EQ(posts[1]->date->ToString(), "2016-11-29");
  EXPECT_EQ(a->text.find("t.co"), std::string::npos);
  EXPECT_EQ(a->text.find("pic.twitter"), std::string::npos);
  // No date line: the latest explicit date in the page, honestly labelled.
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2016-11-30");
  EXPECT_EQ(a->published_how, "inferred");
  // Post text offsets map back into the line they came from.
  size_t hash = a->text.find("#Doranth this");
  EXPECT_EQ(a->offsets.ToInput(hash), std::string_view(kRiverDump).find("#Doranth this"));
  size_t tail = a->text.find("#Doranth\n");
  EXPECT_EQ(a->offsets.ToInput(tail), std::string_view(kRiverDump).find("#Doranthpic"));
}

TEST(TextDumpTest, ParseSocialAttribution) {
  auto a = ParseSocialAttribution("\xE2\x80\x94 Cruz Roja Norte (@cruzroja_norte) 3 de marzo de 2021");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->author, "Cruz Roja Norte");
  EXPECT_EQ(a->handle, "@cruzroja_norte");
  auto b = ParseSocialAttribution("- City Fire Service (@cityfire) December 9, 2016");
  ASSERT_TRUE(b.has_value());
  ASSERT_TRUE(b->date.has_value());
  EXPECT_EQ(b->date->ToString(), "2016-12-09");
  auto c = ParseSocialAttribution("A post shared by Lena Ostrova (@lena.ostrova) on Dec 9, 2016 at 3:22am PST");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->author, "Lena Ostrova");
  ASSERT_TRUE(c->date.has_value());
  EXPECT_EQ(c->date->ToString(), "2016-12-09");
  EXPECT_FALSE(ParseSocialAttribution("The mayor (@mayor) said nothing."));
  EXPECT_FALSE(ParseSocialAttribution("\xE2\x80\x94 and then (@ night) came"));
  auto d = ParseSocialAttribution("\xE2\x80\x94 Rettungsdienst Ost (@rd_ost) 30 novembre 2016");
  ASSERT_TRUE(d.has_value());
  ASSERT_TRUE(d->date.has_value());
}

TEST(TextDumpTest, DateLinesInCommonFormats) {
  auto check = [](const char* line, const char* want) {
    auto d = ParseDateLine(line);
    ASSERT_TRUE(d.has_value()) << line;
    EXPECT_EQ(d->ToString(), want) << line;
  };
  check("December 9, 2016 at 12:56 pm", "2016-12-09");
  check("Tuesday 13 December 2016 08:48 GMT", "2016-12-13");
  check("Published: 9 December 2016", "2016-12-09");
  check("Posted on March 3, 2021", "2021-03-03");
  check("By Jane Roe | March 3, 2021", "2021-03-03");
  check("2021-03-03T09:14:00Z", "2021-03-03");
  bool updated = false;
  auto u = ParseDateLine("Last updated: 4 March 2021", &updated);
  ASSERT_TRUE(u.has_value());
  EXPECT_TRUE(updated);
  EXPECT_FALSE(ParseDateLine("March 2021"));
  EXPECT_FALSE(ParseDateLine("The dam gave way on Monday and 31 people died in the flood that followed it."));
  EXPECT_FALSE(ParseDateLine("Creating new perspectives"));
}

TEST(TextDumpTest, TrickyDateLinePositionsAndBylines) {
  const char dump[] =
      "Quake shakes northern valley\n"
      "By Jane Roe, Valley Courier\n"
      "Tuesday 13 December 2016 08:48 GMT\n"
      "Last updated: Wednesday 14 December 2016 10:00 GMT\n"
      "An earthquake of magnitude 6.1 struck the northern valley before dawn, killing at least 14 people, the "
      "interior ministry said.\n";
  auto a = CleanTextDump(dump);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Quake shakes northern valley");
  EXPECT_EQ(a->author, "Jane Roe");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2016-12-13");
  EXPECT_EQ(a->text.find("By Jane"), std::string::npos);
  EXPECT_EQ(a->text.find("Last updated"), std::string::npos);
}

TEST(TextDumpTest, OnlyUpdatedDate) {
  auto a = CleanTextDump("Storm leaves 3 dead\n\nUpdated: March 4, 2021\n\nThree people died when the storm "
                         "brought down power lines across the coast, police said on Thursday.\n");
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2021-03-04");
  EXPECT_EQ(a->published_how, "text");
}

TEST(TextDumpTest, NoDateAtAll) {
  auto a = CleanTextDump("Aid convoy reaches the north\n\nA convoy of 40 trucks reached the northern towns on "
                         "Wednesday, the aid agency said, the first in three weeks.\n");
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->published.has_value());
  EXPECT_EQ(a->published_how, "none");
}

TEST(TextDumpTest, NewsletterRegistrationCookieAndUiLines) {
  const char dump[] =
      "Search\n"
      "We use cookies to improve your experience. By continuing you accept our cookie policy.\n"
      "Accept all\n"
      "Evacuations ordered along the river\n"
      "Authorities ordered the evacuation of 9,000 people living along the river on Friday as water levels kept "
      "rising after a week of heavy rain.\n"
      "Advertisement\n"
      "Officials said the shelters in the three nearest towns could hold about 6,000 people in total tonight.\n"
      "Get the latest headlines delivered straight to your inbox every morning\n"
      "Already a subscriber? Log in to continue reading this article\n"
      "Copyright 2021 Valley Courier. All rights reserved.\n";
  auto a = CleanTextDump(dump);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Evacuations ordered along the river");
  for (const char* gone : {"Search", "cookies", "Accept all", "Advertisement", "inbox", "subscriber", "Copyright"}) {
    EXPECT_EQ(a->text.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(a->text.find("9,000 people"), std::string::npos);
  EXPECT_NE(a->text.find("about 6,000 people"), std::string::npos);
}

TEST(TextDumpTest, HeadlineMentioningAYearIsNotASlogan) {
  auto a = CleanTextDump("Worst floods since 2009 kill 12\n\nTwelve people were killed as the worst floods in "
                         "more than a decade swept through the lowlands, officials said on Monday.\n");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Worst floods since 2009 kill 12");
}

TEST(TextDumpTest, QuotesListsAndWrappedLines) {
  const char dump[] =
      "Ministry gives new figures\n"
      "\n"
      "The health ministry said in a statement on Monday that the number of\n"
      "people treated in hospitals had reached 1,300 across the region.\n"
      "\n"
      "\xE2\x80\x9CWe are doing everything we can to reach the villages,\xE2\x80\x9D the minister said.\n"
      "\n"
      "\xE2\x80\x9CMore than 500 of them are children and many need surgery.\xE2\x80\x9D\n"
      "\n"
      "\xE2\x80\xA2 120 schools closed\n"
      "\xE2\x80\xA2 40 bridges damaged\n";
  auto a = CleanTextDump(dump);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the number of people treated"), std::string::npos) << a->text;
  size_t pos = a->text.find("people treated");
  EXPECT_EQ(a->offsets.ToInput(pos), std::string_view(dump).find("people treated"));
  bool quote = false, list = false;
  for (const Block& b : a->blocks) {
    std::string_view t = std::string_view(a->text).substr(b.start, b.end - b.start);
    if (b.kind == Block::Kind::kQuote) quote = t.find("More than 500") != std::string_view::npos;
    if (b.kind == Block::Kind::kListItem && t == "40 bridges damaged") list = true;
  }
  EXPECT_TRUE(quote);
  EXPECT_TRUE(list);
}

TEST(TextDumpTest, CommentCounterAboveTheArticleDoesNotEndIt) {
  const char dump[] =
      "We use cookies to give you the best experience on our site. Continue to accept our cookie policy.\n"
      "Trusted news since 1971\n"
      "Comments\n"
      "Landslide buries homes in Pereth\n"
      "Posted on 4 May 2022\n"
      "At least 17 people are missing after a landslide buried a row of homes in Pereth, the mayor said.\n"
      "Leave a comment\n"
      "Great reporting, thanks for keeping us informed about this terrible event in our region.\n";
  auto a = CleanTextDump(dump);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Landslide buries homes in Pereth");
  EXPECT_EQ(a->text,
            "Landslide buries homes in Pereth\n\n"
            "At least 17 people are missing after a landslide buried a row of homes in Pereth, the mayor said.");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2022-05-04");
}

TEST(TextDumpTest, CaptionsDroppedButAgencyEndingKept) {
  const char dump[] =
      "Shelling hits market in Doranth\n"
      "Smoke rises over the old market after the shelling on Monday [Lena Ostrova/ Northwire Images]\n"
      "A boy walks past a burned bus in Doranth (Photo: Tomas Vell/Getty Images)\n"
      "Photo: Residents clear rubble from the market square\n"
      "At least 23 people were killed when shells hit the crowded market, the local health office told reporters (Reuters)\n"
      "The market had reopened only last week after months of closure, traders said.\n";
  auto a = CleanTextDump(dump);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Smoke rises"), std::string::npos);
  EXPECT_EQ(a->text.find("burned bus"), std::string::npos);
  EXPECT_EQ(a->text.find("rubble"), std::string::npos);
  EXPECT_NE(a->text.find("At least 23 people were killed"), std::string::npos);
}

TEST(TextDumpTest, NothingLeft) {
  EXPECT_EQ(CleanTextDump("").status().code(), StatusCode::kEmpty);
  EXPECT_EQ(CleanTextDump(" \n\n \t\n").status().code(), StatusCode::kEmpty);
  auto s = CleanTextDump("clear\nShare\nFacebook\nTwitter\nAdvertisement\n");
  EXPECT_EQ(s.status().code(), StatusCode::kEmpty);
  EXPECT_NE(s.status().message().find("no article text"), std::string::npos);
}

TEST(TextDumpTest, HugeInputsStayLinearAndSafe) {
  std::string big;
  for (int i = 0; i < 200000; ++i) {
    big += "Line " + std::to_string(i) + " says that 5 people were hurt in the storm and roads were closed.\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  auto a = CleanTextDump(big);
  auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(a.ok());
  EXPECT_LT(secs, 20.0);
  std::string one_line(8 << 20, 'a');
  auto b = CleanTextDump(one_line);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.size(), one_line.size());
  std::string dashes(1 << 20, '\n');
  EXPECT_FALSE(CleanTextDump(dashes).ok());
}

TEST(TextDumpTest, RandomInputNeverBreaksInvariants) {
  std::mt19937 rng(5);
  const std::string pieces[] = {"Share\n", "Leave a Reply\n", "\xE2\x80\x94 A (@b) 30 novembre 2016\n",
                                "December 9, 2016\n", "word ", "\n\n", "https://t.co/x", "pic.twitter.com/y",
                                "[A/ B]\n", "Related Post\n", "The toll rose to 40 people, officials said.\n"};
  for (int i = 0; i < 300; ++i) {
    std::string s;
    int k = rng() % 30;
    for (int j = 0; j < k; ++j) s += pieces[rng() % std::size(pieces)];
    auto a = CleanTextDump(s);
    if (!a.ok()) continue;
    EXPECT_TRUE(IsValidUtf8(a->text));
    size_t prev_end = 0;
    for (const Block& b : a->blocks) {
      EXPECT_LE(b.start, b.end);
      EXPECT_LE(b.end, a->text.size());
      EXPECT_GE(b.start, prev_end);
      prev_end = b.end;
    }
    for (size_t t = 0; t < a->text.size(); t += 7) EXPECT_LE(a->offsets.ToInput(t), s.size());
  }
}

}  // namespace
}  // namespace corroborate
