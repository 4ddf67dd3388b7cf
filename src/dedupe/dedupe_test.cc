#include "corroborate/dedupe.h"

#include "common/ids.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corroborate {
namespace {

const char* kStory =
    "Rescue teams in the river town of Marrowby pulled survivors from collapsed homes on Thursday after "
    "a night of flooding that officials said left at least 31 people dead. The regional governor, Ilse "
    "Brandt, told reporters that water had risen more than two metres within an hour, trapping families "
    "on rooftops. Volunteers in fishing boats ferried the elderly to a school on higher ground. "
    "Hospitals in the neighbouring district of Kellen reported treating 140 people for injuries and "
    "hypothermia. The weather service warned that more rain was expected over the weekend and urged "
    "residents of low-lying streets to leave while roads remained open.";

const char* kRewrite =
    "Floods in Marrowby: what we know. The regional governor, Ilse Brandt, told reporters that water had "
    "risen more than two metres within an hour, trapping families on rooftops. Critics say the town's "
    "levees had not been inspected in a decade, and a local council member called for an inquiry into "
    "spending on flood defences. Insurance companies estimate damage in the hundreds of millions, and "
    "farmers downstream fear their harvest is lost. The national government has promised emergency "
    "funds, but opposition lawmakers say the money will arrive too late for families already homeless.";

const char* kOtherEvent =
    "A fire at a textile warehouse in the port city of Dunmore killed four workers early on Monday, the "
    "fire brigade said. Firefighters fought the blaze for six hours before bringing it under control, and "
    "investigators are examining whether faulty wiring was to blame. The owner of the warehouse said he "
    "was cooperating fully with the authorities and offered condolences to the families of the dead.";

Article Make(const std::string& id, const std::string& outlet, std::optional<Date> published,
             const std::string& text) {
  Article a;
  a.id = id;
  a.outlet = outlet;
  a.published = published;
  a.text = text;
  return a;
}


TEST(DedupeTest, VerbatimCopyPointsAtEarliest) {
  std::vector<Article> articles = {
      Make("a1", "Copy Daily", Date{2024, 3, 8}, kStory),
      Make("a2", "River Herald", Date{2024, 3, 7}, kStory),
      Make("a3", "Port News", Date{2024, 3, 7}, kOtherEvent),
  };
  MarkDuplicates(articles);
  ASSERT_TRUE(articles[0].duplicate_of.has_value());
  EXPECT_EQ(*articles[0].duplicate_of, "a2");
  EXPECT_FALSE(articles[1].duplicate_of.has_value());
  EXPECT_FALSE(articles[2].duplicate_of.has_value());
}

TEST(DedupeTest, SameDayTieGoesToSmallerId) {
  std::vector<Article> articles = {
      Make("a10", "B", Date{2024, 3, 7}, kStory),
      Make("a9", "A", Date{2024, 3, 7}, kStory),
  };
  MarkDuplicates(articles);
  EXPECT_EQ(articles[0].duplicate_of.value_or(""), "a9");
  EXPECT_FALSE(articles[1].duplicate_of.has_value());
}

TEST(DedupeTest, TrimmedCopyWithNewHeaderIsADuplicate) {
  std::string story = kStory;
  // Republished: the last paragraph dropped, a site line added in front.
  std::string trimmed = "Shared from our partners. " + story.substr(0, story.find("The weather service"));
  std::vector<Article> articles = {
      Make("a1", "River Herald", Date{2024, 3, 7}, story),
      Make("a2", "Aggregator", Date{2024, 3, 7}, trimmed),
  };
  MarkDuplicates(articles);
  EXPECT_FALSE(articles[0].duplicate_of.has_value());
  EXPECT_EQ(articles[1].duplicate_of.value_or(""), "a1");
}

TEST(DedupeTest, RewriteSharingASentenceIsNotACopy) {
  std::vector<Article> articles = {
      Make("a1", "River Herald", Date{2024, 3, 7}, kStory),
      Make("a2", "Opinion Weekly", Date{2024, 3, 8}, kRewrite),
  };
  ASSERT_GT(Containment(ShingleHashes(kStory, 5), ShingleHashes(kRewrite, 5)), 0.0);
  MarkDuplicates(articles);
  EXPECT_FALSE(articles[0].duplicate_of.has_value());
  EXPECT_FALSE(articles[1].duplicate_of.has_value());
}

TEST(DedupeTest, UndatedCopyPointsAtDatedOriginalAndShortTextsAreLeftAlone) {
  std::vector<Article> articles = {
      Make("a1", "Mirror Site", std::nullopt, kStory),
      Make("a2", "River Herald", Date{2024, 3, 9}, kStory),
      Make("a3", "X", Date{2024, 3, 9}, "Four killed."),
      Make("a4", "Y", Date{2024, 3, 9}, "Four killed."),
      Make("a5", "Z", Date{2024, 3, 9}, ""),
  };
  MarkDuplicates(articles);
  EXPECT_EQ(articles[0].duplicate_of.value_or(""), "a2");
  EXPECT_FALSE(articles[1].duplicate_of.has_value());
  EXPECT_FALSE(articles[2].duplicate_of.has_value());
  EXPECT_FALSE(articles[3].duplicate_of.has_value());
  EXPECT_FALSE(articles[4].duplicate_of.has_value());
}

TEST(DedupeTest, ChainOfCopiesPointsAtTheOriginal) {
  std::string story = kStory;
  std::string trimmed = story.substr(0, story.find("Hospitals in"));
  std::vector<Article> articles = {
      Make("a1", "Third", Date{2024, 3, 9}, trimmed),
      Make("a2", "Second", Date{2024, 3, 8}, story),
      Make("a3", "First", Date{2024, 3, 7}, story),
  };
  MarkDuplicates(articles);
  EXPECT_EQ(articles[0].duplicate_of.value_or(""), "a3");
  EXPECT_EQ(articles[1].duplicate_of.value_or(""), "a3");
  EXPECT_FALSE(articles[2].duplicate_of.has_value());
}

TEST(DedupeTest, ManyDistinctArticlesScaleAndStayApart) {
  // 3000 synthetic distinct articles plus one copy each of the first 100: only the copies are marked.
  std::vector<Article> articles;
  auto text_for = [](int i) {
    std::string t;
    unsigned x = 2654435761u * static_cast<unsigned>(i + 1);
    for (int w = 0; w < 120; ++w) {
      x = x * 1103515245u + 12345u;
      t += "w" + std::to_string((x >> 8) % 50000) + " ";
    }
    return t;
  };
  for (int i = 0; i < 3000; ++i) articles.push_back(Make("a" + std::to_string(i + 1), "O", Date{2024, 1, 1}, text_for(i)));
  for (int i = 0; i < 100; ++i) articles.push_back(Make("a" + std::to_string(3001 + i), "P", Date{2024, 1, 2}, text_for(i)));
  MarkDuplicates(articles);
  for (int i = 0; i < 3000; ++i) EXPECT_FALSE(articles[i].duplicate_of.has_value()) << i;
  for (int i = 0; i < 100; ++i) EXPECT_EQ(articles[3000 + i].duplicate_of.value_or(""), "a" + std::to_string(i + 1));
}

// The slow reference: every pair compared, groups joined, each pointing at its earliest member.
std::vector<std::optional<std::string>> ReferenceDuplicates(const std::vector<Article>& articles) {
  const size_t n = articles.size();
  std::vector<std::vector<uint64_t>> sh(n);
  for (size_t i = 0; i < n; ++i) {
    sh[i] = ShingleHashes(articles[i].text, 5);
    if (sh[i].size() < 8) sh[i].clear();
  }
  std::vector<size_t> group(n);
  for (size_t i = 0; i < n; ++i) group[i] = i;
  auto find = [&](size_t x) {
    while (group[x] != x) x = group[x];
    return x;
  };
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j)
      if (Containment(sh[i], sh[j]) >= 0.8) group[find(j)] = find(i);
  auto earlier = [&](size_t a, size_t b) {
    if (*articles[a].published != *articles[b].published) return *articles[a].published < *articles[b].published;
    return IdLess(articles[a].id, articles[b].id);
  };
  std::vector<size_t> first(n);
  for (size_t i = 0; i < n; ++i) first[i] = i;
  for (size_t i = 0; i < n; ++i)
    if (earlier(i, first[find(i)])) first[find(i)] = i;
  std::vector<std::optional<std::string>> out(n);
  for (size_t i = 0; i < n; ++i)
    if (first[find(i)] != i) out[i] = articles[first[find(i)]].id;
  return out;
}

TEST(DedupeTest, AgreesWithAllPairsReference) {
  // 200 stories; 150 copies, trimmed to between a third and all of a story, some with a new intro.
  std::vector<Article> articles;
  unsigned x = 12345;
  auto next = [&x] { return x = x * 1103515245u + 12345u; };
  std::vector<std::string> stories;
  for (int i = 0; i < 200; ++i) {
    std::string t;
    for (int w = 0; w < 80 + static_cast<int>(next() % 120); ++w) t += "t" + std::to_string((next() >> 8) % 3000) + " ";
    stories.push_back(t);
    articles.push_back(Make("a" + std::to_string(i + 1), "O", Date{2024, 1, 1 + static_cast<int>(next() % 20)}, t));
  }
  for (int i = 0; i < 150; ++i) {
    const std::string& s = stories[next() % stories.size()];
    size_t keep = s.size() / 3 + next() % (s.size() - s.size() / 3 + 1);
    std::string copy = (next() % 2 ? "Republished from our partners today. " : "") + s.substr(0, keep);
    articles.push_back(Make("a" + std::to_string(201 + i), "P", Date{2024, 1, 1 + static_cast<int>(next() % 20)}, copy));
  }
  const auto expected = ReferenceDuplicates(articles);
  MarkDuplicates(articles);
  int marked = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    EXPECT_EQ(articles[i].duplicate_of, expected[i]) << articles[i].id;
    marked += expected[i].has_value();
  }
  EXPECT_GT(marked, 100);
}

}  // namespace
}  // namespace corroborate
