#include "corroborate/clean.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "common/text_util.h"

namespace corroborate {
namespace {

RawDocument TextDoc(std::string bytes) {
  RawDocument d;
  d.path = "feed/a.txt";
  d.format = RawDocument::Format::kText;
  d.bytes = std::move(bytes);
  return d;
}

const char kDump[] =
    "Valley Courier\n"
    "\n"
    "Bridge collapse leaves 9 dead in Tellan\n"
    "\n"
    "Posted on March 3, 2021\n"
    "\n"
    "Nine people were killed and 14 injured when the old rail bridge in Tellan collapsed on Tuesday evening, "
    "the fire service said.\n"
    "\n"
    "Engineers had warned in January that the bridge needed urgent repairs, according to council records.\n"
    "\n"
    "Leave a Reply\n";

TEST(CleanDocumentTest, TextDump) {
  auto a = CleanDocument(TextDoc(kDump));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->path, "feed/a.txt");
  EXPECT_EQ(a->title, "Bridge collapse leaves 9 dead in Tellan");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2021-03-03");
  EXPECT_EQ(a->published_how, "text");
  EXPECT_EQ(a->language, "en");
  EXPECT_TRUE(a->errors.empty());
  EXPECT_EQ(a->text.find("Leave a Reply"), std::string::npos);
  EXPECT_TRUE(a->outlet.empty());
}

TEST(CleanDocumentTest, Latin1FileDecodesWithWarningAndExactOffsets) {
  std::string latin1 =
      "Les secours d\xe9" "bord\xe9s \xe0 Tellan\n\n"
      "Neuf personnes ont \xe9t\xe9 tu\xe9" "es et quatorze bless\xe9" "es mardi soir lors de l'effondrement du "
      "vieux pont ferroviaire de Tellan, ont indiqu\xe9 les pompiers.\n";
  auto a = CleanDocument(TextDoc(latin1));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(IsValidUtf8(a->text));
  EXPECT_NE(a->text.find("tu\xC3\xA9" "es"), std::string::npos);
  ASSERT_FALSE(a->errors.empty());
  EXPECT_EQ(a->errors[0].rfind("not valid UTF-8; decoded as ", 0), 0u) << a->errors[0];
  EXPECT_EQ(a->language, "fr");
  // Offsets reach back into the Latin-1 bytes.
  size_t t = a->text.find("quatorze");
  EXPECT_EQ(a->offsets.ToInput(t), latin1.find("quatorze"));
  size_t p = a->text.find("pompiers");
  EXPECT_EQ(a->offsets.ToInput(p), latin1.find("pompiers"));
}

TEST(CleanDocumentTest, ContainerMetadataWins) {
  RawDocument d = TextDoc(kDump);
  d.path = "feed.jsonl:4";
  d.title = "Nine dead as Tellan rail bridge collapses";
  d.url = "https://www.valleycourier.example/news/2021/03/bridge";
  d.published = "2021-03-02T21:40:00Z";
  auto a = CleanDocument(d);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Nine dead as Tellan rail bridge collapses");
  EXPECT_EQ(a->url, "https://www.valleycourier.example/news/2021/03/bridge");
  EXPECT_EQ(a->outlet, "valleycourier.example");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToString(), "2021-03-02");
  EXPECT_EQ(a->published_how, "metadata");
}

TEST(CleanDocumentTest, BadContainerDateIsReportedNotGuessed) {
  RawDocument d = TextDoc("Aid convoy reaches the north\n\nA convoy of 40 trucks reached the northern towns on "
                          "Wednesday, the aid agency said, the first in three weeks.\n");
  d.published = "last week sometime";
  auto a = CleanDocument(d);
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->published.has_value());
  EXPECT_EQ(a->published_how, "none");
  ASSERT_EQ(a->errors.size(), 1u);
  EXPECT_NE(a->errors[0].find("is not a date"), std::string::npos);
}

TEST(CleanDocumentTest, EmptyAndBoilerplateOnly) {
  EXPECT_EQ(CleanDocument(TextDoc("")).status().code(), StatusCode::kEmpty);
  EXPECT_EQ(CleanDocument(TextDoc("  \n")).status().code(), StatusCode::kEmpty);
  auto s = CleanDocument(TextDoc("Share\nFacebook\nTwitter\n"));
  EXPECT_FALSE(s.ok());
  EXPECT_FALSE(s.status().message().empty());
}

TEST(CleanDocumentTest, HtmlBranch) {
  RawDocument d;
  d.path = "page.html";
  d.format = RawDocument::Format::kHtml;
  d.charset = "ISO-8859-1";
  d.url = "https://northgazette.example/a";
  d.bytes = "<html><head><title>Floods in Marenvale</title></head><body><article><h1>Floods in Marenvale</h1>"
            "<p>At least 1,200 people were forced from their homes in Marenvale on Monday, the regional "
            "government said, as the river rose to its highest level in forty years.</p>"
            "<p>Officials said 31 people had died.</p></article></body></html>";
  auto a = CleanDocument(d);
#if __has_include("clean/html_clean.h")
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("1,200 people"), std::string::npos);
  EXPECT_EQ(a->url, "https://northgazette.example/a");
  EXPECT_FALSE(a->outlet.empty());
  size_t t = a->text.find("1,200");
  EXPECT_EQ(a->offsets.ToInput(t), d.bytes.find("1,200"));
#else
  EXPECT_EQ(a.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(a.status().message(), "HTML cleaning not built");
#endif
}

TEST(CleanDocumentTest, FormatFollowsTheBytes) {
  // An .html file with no markup at all is a text dump.
  RawDocument d = TextDoc(kDump);
  d.format = RawDocument::Format::kHtml;
  auto a = CleanDocument(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Bridge collapse leaves 9 dead in Tellan");
  // "Text" that is an HTML page goes to the HTML cleaner.
  RawDocument h = TextDoc("<!DOCTYPE html><html><body><p>Nine people were killed when the bridge collapsed, the fire "
                          "service said on Tuesday evening.</p></body></html>");
  auto b = CleanDocument(h);
#if __has_include("clean/html_clean.h")
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.find("<p>"), std::string::npos);
#else
  EXPECT_EQ(b.status().code(), StatusCode::kUnsupported);
#endif
}

TEST(CleanDocumentTest, ThreadsGiveTheSameAnswer) {
  auto expected = CleanDocument(TextDoc(kDump));
  ASSERT_TRUE(expected.ok());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto a = CleanDocument(TextDoc(kDump));
        if (!a.ok() || a->text != expected->text || a->title != expected->title) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace corroborate
