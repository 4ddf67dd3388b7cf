#include "corroborate/extract.h"

#include <gtest/gtest.h>

#include "extract/places.h"

namespace corroborate {
namespace {

std::shared_ptr<const Gazetteer> SmallGazetteer() {
  static auto g = Gazetteer::FromTsv(
      "# name\tcountry\tpopulation\tkind\n"
      "Marenvale\tXX\t250000\tcity\n"
      "Tellan\tXX\t40000\tcity\n"
      "Geneva\tCH\t183000\tcity\n"
      "Police\tPL\t34000\tcity\n"
      "Norland\tXX\t0\tcountry\n"
      "Tellan\tYY\t900\tcity\n");
  return g.ok() ? *g : nullptr;
}

std::vector<Claim> Extract(const std::string& text, std::optional<Date> published = Date{2016, 12, 1}) {
  Article a;
  a.id = "a1";
  a.text = text;
  a.published = published;
  ExtractOptions o;
  o.gazetteer = SmallGazetteer();
  return ExtractClaims(a, o);
}

TEST(ExtractTest, TwoFiguresInOneClause) {
  auto c = Extract("45 killed & 50+ injured in Marenvale on Wednesday.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].category, Category::kKilled);
  EXPECT_EQ(c[0].value_low, 45);
  EXPECT_EQ(c[0].value_high, 45);
  EXPECT_EQ(c[1].category, Category::kInjured);
  EXPECT_EQ(c[1].value_low, 50);
  EXPECT_FALSE(c[1].value_high.has_value());
  EXPECT_EQ(c[0].date, (Date{2016, 11, 30}));
  EXPECT_EQ(c[0].place, "Marenvale");
  EXPECT_EQ(c[0].id, "a1.c1");
  EXPECT_EQ(c[0].source_kind, SourceKind::kUnattributed);
  EXPECT_FALSE(c[0].source.has_value());
}

TEST(ExtractTest, CuesAroundTheNumber) {
  auto lives = Extract("The shelling claimed 46 lives, the Health Ministry said.");
  ASSERT_EQ(lives.size(), 1u);
  EXPECT_EQ(lives[0].category, Category::kKilled);
  EXPECT_EQ(lives[0].source, "Health Ministry");
  EXPECT_EQ(lives[0].source_kind, SourceKind::kGovernment);
  EXPECT_FALSE(lives[0].hedged);
  auto toll = Extract("The death toll rose to 31.");
  ASSERT_EQ(toll.size(), 1u);
  EXPECT_EQ(toll[0].category, Category::kKilled);
  auto exec = Extract("Seventy-nine of them were executed.");
  ASSERT_EQ(exec.size(), 1u);
  EXPECT_EQ(exec[0].value_low, 79);
  auto fled = Extract("Nearly 130,000 people fled.");
  ASSERT_EQ(fled.size(), 1u);
  EXPECT_EQ(fled[0].category, Category::kDisplaced);
  EXPECT_EQ(fled[0].value_low, 117000);
  EXPECT_EQ(fled[0].value_high, 130000);
  auto siege = Extract("The offensive left its 250,000 residents under siege.");
  ASSERT_EQ(siege.size(), 1u);
  EXPECT_EQ(siege[0].category, Category::kTrapped);
  EXPECT_EQ(siege[0].subject, "residents");
}

TEST(ExtractTest, SubClaimsNameTheirParent) {
  auto c = Extract("At least 82 civilians, including 11 women and 13 children, were killed in Tellan.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].subject, "civilians");
  EXPECT_EQ(c[0].value_low, 82);
  EXPECT_FALSE(c[0].parent.has_value());
  EXPECT_EQ(c[1].subject, "women");
  EXPECT_EQ(c[1].parent, "a1.c1");
  EXPECT_EQ(c[2].subject, "children");
  EXPECT_EQ(c[2].category, Category::kKilled);
  EXPECT_EQ(c[2].parent, "a1.c1");
  EXPECT_EQ(c[0].place, "Tellan");
}

TEST(ExtractTest, ZerosAndSingles) {
  auto none = Extract("No one was killed in the fire.");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].value_low, 0);
  EXPECT_EQ(none[0].value_high, 0);
  auto one = Extract("A woman was shot dead at the checkpoint.");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].value_low, 1);
  EXPECT_EQ(one[0].subject, "woman");
  EXPECT_EQ(one[0].category, Category::kKilled);
}

TEST(ExtractTest, NumbersOfOtherThingsAreNotClaims) {
  EXPECT_TRUE(Extract("Organisers said 20,000 marched through the capital.").empty());
  EXPECT_TRUE(Extract("A 23-year-old was among them, and everyone under 40 was told to stay home.").empty());
  EXPECT_TRUE(Extract("About 600 buildings were destroyed in 2015.").empty());
  EXPECT_TRUE(Extract("The ceasefire lasted three days and cost $4 million.").empty());
  EXPECT_TRUE(Extract("The quake, of magnitude 6.1, struck 30 km from the coast.").empty());
  EXPECT_TRUE(Extract("United won 3-1 in front of 40,000 fans.").empty());
  EXPECT_TRUE(Extract("About 200 masked men threw stones.").empty());
}

TEST(ExtractTest, ClaimantsResolveToTheFullestName) {
  auto c = Extract(
      "Maria Lenz, a spokeswoman for the Interior Ministry, said 27 people were killed. She added that 40 were hurt. "
      "\"We found 12 bodies,\" said Tom Berg, a rescue worker. According to the Norland Red Cross, 300 families were displaced.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].source, "Maria Lenz, a spokeswoman for the Interior Ministry");
  EXPECT_EQ(c[1].source, "Maria Lenz, a spokeswoman for the Interior Ministry");
  EXPECT_EQ(c[1].category, Category::kInjured);
  EXPECT_EQ(c[2].source, "Tom Berg, a rescue worker");
  EXPECT_EQ(c[2].source_kind, SourceKind::kPerson);
  EXPECT_EQ(c[3].source, "Norland Red Cross");
  EXPECT_EQ(c[3].source_kind, SourceKind::kOrganization);
}

TEST(ExtractTest, SocialPostsSpeakForTheirAuthor) {
  Article a;
  a.id = "a7";
  a.text = "Rescuers worked through the night.\n\n12 killed in Tellan market strike #Tellan\n\xE2\x80\x94 Tellan Civil Defence (@TellanCD) 30 November 2016";
  Block post;
  post.kind = Block::Kind::kSocialPost;
  post.start = a.text.find("12 killed");
  post.end = a.text.size();
  post.author = "Tellan Civil Defence";
  post.handle = "@TellanCD";
  a.blocks.push_back(post);
  auto c = ExtractClaims(a, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Tellan Civil Defence (@TellanCD)");
  EXPECT_EQ(c[0].source_kind, SourceKind::kSocial);
}

TEST(ExtractTest, HedgesAndPeriods) {
  auto c = Extract("Unconfirmed reports said dozens were killed or wounded. Over the past 26 days, 800 civilians have died.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_TRUE(c[0].hedged);
  EXPECT_EQ(c[0].category, Category::kAffected);
  EXPECT_EQ(c[0].value_low, 24);
  EXPECT_FALSE(c[1].hedged);
  EXPECT_EQ(c[1].period_start, (Date{2016, 11, 6}));
  EXPECT_EQ(c[1].period_end, (Date{2016, 12, 1}));
  EXPECT_EQ(c[1].date, c[1].period_end);
  auto next = Extract("Forty people were reported killed. The figure could not be independently verified.");
  ASSERT_EQ(next.size(), 1u);
  EXPECT_TRUE(next[0].hedged);
}

TEST(ExtractTest, EvidenceSpanPointsAtTheNumber) {
  std::string text = "Officials said on Tuesday that more than 800 people had been evacuated from Marenvale.";
  auto c = Extract(text);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(text.substr(c[0].start, c[0].end - c[0].start).rfind("more than 800", 0), 0u);
  EXPECT_EQ(c[0].category, Category::kEvacuated);
  EXPECT_EQ(c[0].value_low, 801);
  EXPECT_EQ(c[0].date, (Date{2016, 11, 29}));
  EXPECT_EQ(c[0].sentence, text);
}

TEST(PlacesTest, GazetteerNamesNeedCuesWhenAmbiguous) {
  auto g = SmallGazetteer();
  ASSERT_NE(g, nullptr);
  auto p = FindPlaces("Police said the Sheikh Maqsoud district of Marenvale was hit, near Tellan and in Police.", g.get());
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].name, "Sheikh Maqsoud");
  EXPECT_TRUE(p[0].neighbourhood);
  EXPECT_EQ(p[1].name, "Marenvale");
  EXPECT_EQ(p[2].name, "Tellan");
  EXPECT_EQ(p[2].country, "XX");  // the larger of two places of that name
  EXPECT_EQ(p[3].name, "Police");
  EXPECT_EQ(MostSpecific(p)->name, "Sheikh Maqsoud");
  EXPECT_TRUE(FindPlaces("Nothing here.", nullptr).empty());
}

TEST(GazetteerTest, BadInputIsAnError) {
  EXPECT_FALSE(Gazetteer::FromTsv("only\ttwo\n").ok());
  EXPECT_FALSE(Gazetteer::FromTsv("").ok());
  EXPECT_FALSE(Gazetteer::Load("/nonexistent/gazetteer.tsv").ok());
}

TEST(ExtractTest, LeadPlaceWhenTheSentenceNamesNone) {
  auto c = Extract(
      "Shelling hit residential areas of Marenvale overnight, residents said.\n\n"
      "At least 14 people were killed, the civil defence said. Three people were injured in Tellan.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].place, "Marenvale");  // from the article's opening sentence
  EXPECT_EQ(c[1].place, "Tellan");     // its own sentence's place wins
  EXPECT_EQ(Extract("At least 14 people were killed.")[0].place, "");
}

TEST(ExtractTest, SingleVictimsWithAgesAndNegations) {
  auto c = Extract(
      "A 34-year-old woman was shot and killed outside a shop, police said. An elderly man was taken to a hospital. "
      "A passer-by wasn't hurt. The two victims, 19 and 23, were treated for gunshot wounds.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].category, Category::kKilled);
  EXPECT_EQ(c[0].value_low, 1);
  EXPECT_EQ(c[0].subject, "woman");
  EXPECT_EQ(c[0].value_text, "A 34-year-old woman");
  EXPECT_EQ(c[1].category, Category::kInjured);
  EXPECT_EQ(c[1].subject, "man");
  EXPECT_EQ(c[2].value_low, 2);  // "two victims"; 19 and 23 are their ages
  EXPECT_EQ(c[2].category, Category::kInjured);
}

TEST(ExtractTest, NotVictims) {
  // Perpetrators fleeing, arrests of suspects, ages, phone numbers, identifiers, compounds.
  EXPECT_TRUE(Extract("The two suspects fled on foot.").empty());
  EXPECT_TRUE(Extract("No arrests have been made.").empty());
  EXPECT_TRUE(Extract("Since 1990, people under the age of 25 have been killed at a higher rate.").empty());
  EXPECT_TRUE(Extract("Call the toll-free line at 800.555.0199 with information.").empty());
  EXPECT_TRUE(Extract("Photo 20140214_scene.jpg shows where the man died.").size() <= 1u);
  // The agent of the passive is no victim; "he" is (a count of one).
  for (const Claim& c : Extract("He was shot by one of the men, who then fled.")) EXPECT_NE(c.value_text, "one");
  EXPECT_TRUE(Extract("A woman who lives nearby said she heard shots.").empty());
  EXPECT_TRUE(Extract("Several coins were reported missing.").empty());
}

TEST(ExtractTest, ScriptsBeyondLatin) {
  // Devanagari and Thai beside English: offsets kept, the evidence is the article's own text.
  std::string text = "At least 12 people were killed in the flood (\xE0\xA4\xAC\xE0\xA4\xBE\xE0\xA4\xA2\xE0\xA4\xBC), "
                     "officials said. \xE0\xB8\x81";
  auto c = Extract(text);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value_low, 12);
  EXPECT_EQ(text.substr(c[0].start, 11), "At least 12");
  EXPECT_NE(c[0].sentence.find("\xE0\xA4\xAC"), std::string::npos);
  EXPECT_EQ(c[0].source, "officials");
}

TEST(ExtractTest, PartsAcrossClausesAndSentences) {
  auto of = Extract("Of the 52 people injured, 9 were in critical condition, doctors said.");
  ASSERT_EQ(of.size(), 2u);
  EXPECT_EQ(of[1].parent, of[0].id);
  EXPECT_EQ(of[1].category, Category::kInjured);
  EXPECT_EQ(of[0].source, "doctors");
  auto next = Extract("Dr Anna Berg, a surgeon at the Tellan hospital, said 70 wounded people had arrived. She said 6 of them later died.");
  ASSERT_EQ(next.size(), 2u);
  EXPECT_EQ(next[1].category, Category::kKilled);
  EXPECT_EQ(next[1].parent, next[0].id);
  EXPECT_EQ(next[1].source, next[0].source);
  auto list = Extract("The blast killed 11 people, including 3 guards, and injured 40.");
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[1].category, Category::kKilled);  // the later "injured" belongs to 40
  EXPECT_EQ(list[2].category, Category::kInjured);
  auto more = Extract("Six people were killed on Friday and 4 more on Saturday. The toll stood at 7 on Monday but rose to 15 by Tuesday.");
  ASSERT_EQ(more.size(), 4u);
  EXPECT_EQ(more[1].category, Category::kKilled);
  EXPECT_EQ(more[3].category, Category::kKilled);
  EXPECT_EQ(more[3].value_low, 15);
}

TEST(ExtractTest, ClaimantShapes) {
  auto outer = Extract("Karl Dane, who runs the relief network, said volunteers had counted 35 dead.");
  ASSERT_EQ(outer.size(), 1u);
  EXPECT_EQ(outer[0].source, "Karl Dane");  // the one telling, not the ones counting
  auto described = Extract("Nobody was injured, the coast guard said.");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].source, "coast guard");
  EXPECT_EQ(described[0].source_kind, SourceKind::kGovernment);
  auto in = Extract("About 90 civilians were wounded, medics in Marenvale said.");
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].source, "medics in Marenvale");
  auto acronym = Extract("The fighting has killed more than 2,000 people, according to NRMC.");
  ASSERT_EQ(acronym.size(), 1u);
  EXPECT_EQ(acronym[0].source_kind, SourceKind::kOrganization);
  auto media = Extract("Local media reported that 14 people were killed.");
  ASSERT_EQ(media.size(), 1u);
  EXPECT_EQ(media[0].source, "Local media");
  EXPECT_EQ(media[0].source_kind, SourceKind::kMedia);
  auto a = Extract("One child died in the camp last night, a doctor told us.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].source, "doctor");
  EXPECT_EQ(a[0].source_kind, SourceKind::kPerson);
}

TEST(ExtractTest, SentenceInitialPreposition) {
  auto c = Extract("In Tellan, 3 people were injured.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].place, "Tellan");
}

TEST(ExtractTest, WholesAndParts) {
  auto among = Extract("Three children were among 14 people killed in the raid, the ministry said.");
  ASSERT_EQ(among.size(), 2u);
  EXPECT_EQ(among[0].value_low, 14);  // the whole is written first
  EXPECT_EQ(among[1].subject, "children");
  EXPECT_EQ(among[1].parent, among[0].id);
  EXPECT_EQ(among[1].category, Category::kKilled);
  auto later = Extract("About 200 people were hurt in the crush at the stadium, including 25 children.");
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[1].parent, later[0].id);
  EXPECT_EQ(later[1].category, Category::kInjured);
  auto them = Extract("Twelve people, five of them children, died when the boat capsized.");
  ASSERT_EQ(them.size(), 2u);
  EXPECT_EQ(them[0].category, Category::kKilled);
  EXPECT_EQ(them[1].subject, "children");
  EXPECT_EQ(them[1].parent, them[0].id);
  auto coordinated = Extract("Two soldiers and a nurse were wounded.");
  ASSERT_EQ(coordinated.size(), 2u);
  EXPECT_EQ(coordinated[0].category, Category::kInjured);
  EXPECT_EQ(coordinated[1].subject, "nurse");
  auto put = Extract("The rebels said 900 had died, but the agency put the figure at 610.");
  ASSERT_EQ(put.size(), 2u);
  EXPECT_EQ(put[1].category, Category::kKilled);
  EXPECT_EQ(put[1].source, "agency");
}

TEST(ExtractTest, EachFigureItsOwnDay) {
  auto c = Extract("Five people were killed on Saturday and 9 more on Sunday.");  // published Thursday 2016-12-01
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].date, (Date{2016, 11, 26}));
  EXPECT_EQ(c[1].date, (Date{2016, 11, 27}));
}

TEST(ExtractTest, QuoteGoesOnFromTheSentenceBefore) {
  auto c = Extract("\"They fired at the queue,\" a witness, Sami Rahim, said. \"I saw nine bodies on the road.\"");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].value_low, 9);
  ASSERT_TRUE(c[0].source.has_value());
  EXPECT_NE(c[0].source->find("Sami Rahim"), std::string::npos);
  auto none = Extract("The town was quiet. \"I saw nine bodies on the road.\"");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_FALSE(none[0].source.has_value());
}

TEST(ExtractTest, TwoClaimantsInOneSentence) {
  auto c = Extract("The quake killed at least 900 people, the regional government said, but the UN put the figure at 640.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "regional government");
  EXPECT_EQ(c[1].source, "UN");
  EXPECT_EQ(c[1].source_kind, SourceKind::kOrganization);
  auto possessive = Extract("The agency's latest count put the number of dead at 1,212.");
  ASSERT_EQ(possessive.size(), 1u);
  EXPECT_EQ(possessive[0].category, Category::kKilled);
  EXPECT_EQ(possessive[0].source, "agency");
}

TEST(ExtractTest, PlainTextPostsAndIntroducedQuotes) {
  auto post = Extract(
      "Rescuers worked through the night.\n"
      "31 killed & 40 injured after strikes on the market in #Marenvale\n"
      "\xE2\x80\x94 The Relief Corps (@ReliefCorps) 29 November 2016\n"
      "The army denied targeting civilians.");
  ASSERT_EQ(post.size(), 2u);
  EXPECT_EQ(post[0].source, "The Relief Corps (@ReliefCorps)");
  EXPECT_EQ(post[0].source_kind, SourceKind::kSocial);
  EXPECT_EQ(post[0].date, (Date{2016, 11, 29}));
  auto colon = Extract(
      "Interior Ministry spokeswoman Petra Holm said:\n"
      "\xE2\x80\x9CMore than 2,000 civilians escaped from the districts overnight.\xE2\x80\x9D\n"
      "As the army said it would open a corridor, aid groups asked for access.");
  ASSERT_EQ(colon.size(), 1u);
  EXPECT_EQ(colon[0].category, Category::kDisplaced);
  ASSERT_TRUE(colon[0].source.has_value());
  EXPECT_NE(colon[0].source->find("Petra Holm"), std::string::npos);
}

TEST(ExtractTest, ASingleNounNeedsItsOwnVerb) {
  EXPECT_TRUE(Extract("A girl runs among the dead bodies in the square.").empty());
  // The woman is no victim; her son, named without a number, is one (ANNOTATION.md).
  auto son = Extract("A woman told reporters that her son was killed.");
  ASSERT_EQ(son.size(), 1u);
  EXPECT_EQ(son[0].subject, "son");
  EXPECT_EQ(son[0].category, Category::kKilled);
  auto c = Extract("A man is in hospital after he was shot in the leg.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].category, Category::kInjured);
}

TEST(ExtractTest, LabelsAndDatesAreNotCounts) {
  EXPECT_TRUE(Extract("The shooting happened on Loop 410, and the suspects fled.").empty());
  EXPECT_TRUE(Extract("Third killing in the city this year (01-14) 18:58 GMT").empty());
  auto c = Extract("A man who was shot in the stomach passed away on Tuesday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].category, Category::kKilled);  // the later death outweighs the wound
}

TEST(ExtractTest, PeriodsEndByPublication) {
  auto c = Extract("At least 14 people have been killed this month, police said.");  // published 2016-12-01
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].period_start, (Date{2016, 12, 1}));
  EXPECT_EQ(c[0].period_end, (Date{2016, 12, 1}));
  EXPECT_EQ(c[0].date, (Date{2016, 12, 1}));
}

TEST(ExtractTest, MoreShapesOfCoverage) {
  auto rescued = Extract("Rescuers have pulled 45 survivors from the rubble.");
  ASSERT_EQ(rescued.size(), 1u);
  EXPECT_EQ(rescued[0].category, Category::kRescued);
  auto flee = Extract("The clashes have forced more than 300,000 people to flee their homes.");
  ASSERT_EQ(flee.size(), 1u);
  EXPECT_EQ(flee[0].category, Category::kDisplaced);
  auto hospital = Extract("Sixty people remain in hospital.");
  ASSERT_EQ(hospital.size(), 1u);
  EXPECT_EQ(hospital[0].category, Category::kInjured);
  auto reports = Extract("Earlier reports put the toll at 20.");
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_FALSE(reports[0].source.has_value());
  auto bank = Extract("The storm has affected 2 million people, the World Bank said.");
  ASSERT_EQ(bank.size(), 1u);
  EXPECT_EQ(bank[0].source_kind, SourceKind::kOrganization);
}

TEST(ExtractTest, RunningTotalsAndDescribedEnvoys) {
  auto c = Extract(
      "Anna Vik, the UN special envoy for Norland, told reporters that 1,800 people had been wounded. "
      "According to Vik, about 20,000 people have fled since the clashes began.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "Anna Vik, the UN special envoy for Norland");
  EXPECT_EQ(c[0].source_kind, SourceKind::kOrganization);
  EXPECT_EQ(c[1].source, c[0].source);
  EXPECT_EQ(c[1].period_end, (Date{2016, 12, 1}));
}

TEST(ExtractTest, PeopleInFamiliesAndPronounsForWorkers) {
  auto c = Extract(
      "At least 900 people in 160 families had been affected, the agency said. "
      "\"We pulled 12 people alive today,\" a rescue worker in Tellan said. He said six children were among the dead.");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].category, Category::kAffected);
  EXPECT_EQ(c[1].subject, "families");
  EXPECT_EQ(c[2].category, Category::kRescued);
  EXPECT_EQ(c[2].source_kind, SourceKind::kPerson);
  EXPECT_EQ(c[3].source, c[2].source);  // "he" is the rescue worker
}

TEST(ExtractTest, DatelineGivesTheLeadPlace) {
  auto c = Extract("MARENVALE, Norland (Reuters) - Shelling hit the city overnight. At least 14 people were killed, medics said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].place, "Marenvale");
  auto same = Extract("MARENVALE, Norland (Reuters) - At least 14 people were killed in shelling overnight, medics said.");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].place, "Marenvale");  // the city, not the country after it
}

TEST(ExtractTest, ForecastsAreNotClaims) {
  EXPECT_TRUE(Extract("Officials warned the death toll could rise to 1,000.").empty());
  EXPECT_TRUE(Extract("The toll is expected to exceed 5,000 as rescuers reach remote villages.").empty());
  auto risk = Extract("Up to 2 million people could be displaced if the dam fails.");
  ASSERT_EQ(risk.size(), 1u);
  EXPECT_EQ(risk[0].category, Category::kAffected);  // a stated risk
  auto may = Extract("The UN fears as many as 300 people may have drowned.");
  ASSERT_EQ(may.size(), 1u);
  EXPECT_TRUE(may[0].hedged);
  auto stated = Extract("Officials said 40 people were killed and warned the toll could rise.");
  ASSERT_EQ(stated.size(), 1u);
}

TEST(ExtractTest, HostileText) {
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk += "12, 13 and 14 killed, including 5 of them, said he. ";
  junk += std::string(50000, '9') + " \xFF\xFE\xC3";
  auto c = Extract(junk);
  EXPECT_FALSE(c.empty());
  for (const Claim& x : c) EXPECT_LE(x.end, junk.size());
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

TEST(ExtractScopeTest, IncidentRunningTotalAndBackground) {
  auto c = Extract("Twelve people were killed in Marenvale on Wednesday. The toll so far stands at 40 dead. "
                   "Some 9,000 people have been killed since 2011.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].scope, Scope::kIncident);
  EXPECT_EQ(c[1].scope, Scope::kRunningTotal);
  EXPECT_EQ(c[2].scope, Scope::kBackground);
}

TEST(ExtractScopeTest, PartsShareTheirWholesScope) {
  auto c = Extract("So far 40 people have died, including 9 children.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].parent, c[0].id);
  EXPECT_EQ(c[0].scope, Scope::kRunningTotal);
  EXPECT_EQ(c[1].scope, Scope::kRunningTotal);
}

TEST(ExtractUnitTest, HomesAndHouseholds) {
  auto c = Extract("At least 60 homes were destroyed and 200 families were displaced. Food reached 300 homes.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].category, Category::kHousing);
  EXPECT_EQ(c[0].unit, CountUnit::kHomes);
  EXPECT_EQ(c[1].category, Category::kDisplaced);
  EXPECT_EQ(c[1].unit, CountUnit::kHouseholds);
  EXPECT_EQ(c[1].subject, "families");
}

TEST(ExtractDateTest, TheParagraphsDayAndNotTheDatelines) {
  auto c = Extract("MARENVALE, Norland (Dec. 1, 2016) - A patrol clashed with gunmen in Tellan yesterday. "
                   "Two suspects were detained.\n\nFour more were detained.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].date, (Date{2016, 11, 30}));  // the lead's "yesterday", not the dateline
  EXPECT_FALSE(c[1].date.has_value());           // another paragraph: no day carried
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

TEST(ExtractLabelTest, InfoboxValues) {
  auto c = Extract("Deaths: 243\n196 in Tellan\nHouses destroyed: 877\nDate: 12 July\n\nThe bill: 40 pages.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].category, Category::kKilled);
  EXPECT_EQ(c[0].value_low, 243);
  EXPECT_EQ(c[1].category, Category::kHousing);
  EXPECT_EQ(c[1].unit, CountUnit::kHomes);
  EXPECT_EQ(c[1].value_low, 877);
}

TEST(ExtractTest, APersonShotWhoDiedIsOneDeath) {
  // The wounded person the article later reports dead is counted once, as killed.
  auto same = Extract("The victim was shot in the chest on Monday. She died at a hospital.");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].category, Category::kKilled);
  // Two people: different nouns, or "another".
  auto two = Extract("One man was killed and a woman was shot on Monday.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].category, Category::kInjured);
  auto other = Extract("A man was shot dead on Monday. Another man was shot in the leg.");
  ASSERT_EQ(other.size(), 2u);
  EXPECT_EQ(other[1].category, Category::kInjured);
}

TEST(ExtractTest, SingleVictimsOfShootWithoutACue) {
  // No cue phrase of the word reader: the parse finds the victim.
  auto a = Extract("A 3-year-old boy was accidentally shot in the face on Thursday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].category, Category::kInjured);
  EXPECT_EQ(a[0].value_low, 1);
  auto k = Extract("A 15-year-old boy was shot in the head and killed on Thursday.");  // the graver harm
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].category, Category::kKilled);
  auto r = Extract("The boy shot himself in the hand on Thursday.");  // a reflexive object
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].category, Category::kInjured);
  auto s = Extract("A 9-year-old boy accidentally shot himself in the leg on Thursday.");  // a single subject too
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].category, Category::kInjured);
}

}  // namespace
}  // namespace corroborate
