#include "clean/html_clean.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

StatusOr<Article> Clean(const std::string& html, const std::string& url = "") {
  RawDocument d;
  d.path = "page.html";
  d.format = RawDocument::Format::kHtml;
  d.url = url;
  d.bytes = html;
  return CleanHtml(html, d);
}

const char kPage[] = R"(<!DOCTYPE html><html><head>
<title>Quake kills 40 in Tellan | The Coast Observer</title>
<meta property="og:site_name" content="The Coast Observer">
<meta name="author" content="Nadia Quist">
<link rel="canonical" href="https://coastobserver.example/2024/05/02/quake">
<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Quake kills 40 in Tellan","datePublished":"2024-05-02T08:00:00Z"}]}</script>
</head><body>
<div id="cookie-banner">We use cookies. Accept all cookies to continue reading.</div>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<div class="wrapper"><div class="article-body">
<h1>Quake kills 40 in Tellan</h1>
<p>At least 40 people were killed when a strong earthquake struck the town of Tellan on Wednesday, officials said, and rescuers were still digging through the rubble of collapsed homes.</p>
<p>The regional health office said 120 people were being treated in hospital, many of them for broken bones, and that the search would go on through the night.</p>
<blockquote class="twitter-tweet"><p>We have pulled 12 people alive from the rubble in Tellan. #quake</p>&mdash; Tellan Rescue (@TellanRescue) <a href="#">May 1, 2024</a></blockquote>
<ul class="related-links"><li><a href="/a">Earlier quakes in the region</a></li><li><a href="/b">How to donate</a></li></ul>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<p>&quot;It was like the ground opened,&quot; said one resident. The quake&#8217;s magnitude was 6.1.</p>
</div>
<aside class="sidebar"><h3>Most read</h3><p>Ten recipes for the summer and more lifestyle news for you.</p></aside>
<section id="comments"><p>Comments are closed, but you can still read the 45 comments below about this article.</p></section>
</div>
<footer><p>Copyright 2024 The Coast Observer. All rights reserved.</p></footer>
</body></html>)";

TEST(HtmlCleanTest, KeepsTheArticleAndDropsBoilerplate) {
  auto a = Clean(kPage);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("At least 40 people were killed"), std::string::npos);
  EXPECT_NE(a->text.find("120 people were being treated"), std::string::npos);
  EXPECT_NE(a->text.find("\"It was like the ground opened,\" said one resident."), std::string::npos);
  EXPECT_NE(a->text.find("quake\xE2\x80\x99s magnitude"), std::string::npos);
  for (const char* junk : {"cookies", "Home", "Earlier quakes", "Share on", "Most read", "Comments are closed", "Copyright"}) {
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk;
  }
}

TEST(HtmlCleanTest, Metadata) {
  auto a = Clean(kPage);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Quake kills 40 in Tellan");
  EXPECT_EQ(a->outlet, "The Coast Observer");
  EXPECT_EQ(a->author, "Nadia Quist");
  EXPECT_EQ(a->canonical_url, "https://coastobserver.example/2024/05/02/quake");
  EXPECT_EQ(a->published, (Date{2024, 5, 2}));
  EXPECT_EQ(a->published_how, "metadata");
  ASSERT_FALSE(a->blocks.empty());
  EXPECT_EQ(a->blocks[0].kind, Block::Kind::kHeading);
}

TEST(HtmlCleanTest, SocialPostKeepsItsAuthorAndDate) {
  auto a = Clean(kPage);
  ASSERT_TRUE(a.ok());
  const Block* post = nullptr;
  for (const Block& b : a->blocks) {
    if (b.kind == Block::Kind::kSocialPost) post = &b;
  }
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->author, "Tellan Rescue");
  EXPECT_EQ(post->handle, "@TellanRescue");
  EXPECT_EQ(post->date, (Date{2024, 5, 1}));
  std::string text = a->text.substr(post->start, post->end - post->start);
  EXPECT_EQ(text.rfind("We have pulled 12 people alive", 0), 0u);
  EXPECT_NE(text.find("\n\xE2\x80\x94 Tellan Rescue"), std::string::npos);
}

TEST(HtmlCleanTest, OffsetsMapBackToTheSource) {
  std::string html = kPage;
  auto a = Clean(html);
  ASSERT_TRUE(a.ok());
  for (const char* needle : {"120 people", "At least 40", "search would go on"}) {
    size_t t = a->text.find(needle);
    ASSERT_NE(t, std::string::npos);
    EXPECT_EQ(a->offsets.ToInput(t), html.find(needle)) << needle;
  }
}

TEST(HtmlCleanTest, AttributesTheCleanerDoesNotReadKeepOffsetsRight) {
  // data-* and style attributes (with '>' inside quotes, unquoted values, boolean attributes) are cut
  // before parsing; classes still steer the extraction and offsets still point into the page.
  std::string html =
      "<html><body><div data-props='{\"a\": \"x > y\"}' class=\"share-bar\" style=\"color:red\">Share on X</div>"
      "<article data-id=7 hidden-not>"
      "<p data-track=\"p1\" class=\"lede\">Forty people were killed when the dam burst above the valley town, officials said.</p>"
      "<p>Rescuers were still searching the mud for survivors late on Sunday, the regional governor told reporters.</p>"
      "</article></body></html>";
  auto a = Clean(html);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->text.find("Share on X"), std::string::npos);
  for (const char* needle : {"Forty people", "Rescuers were"}) {
    size_t t = a->text.find(needle);
    ASSERT_NE(t, std::string::npos) << needle;
    EXPECT_EQ(a->offsets.ToInput(t), html.find(needle)) << needle;
  }
  // A tag whose quote never closes is left to the parser as it is.
  EXPECT_TRUE(Clean("<p title='never closed>Text that goes on and on, with commas, and more and more words.</p>").status().code() !=
              StatusCode::kInternal);
}

TEST(HtmlCleanTest, DatesFromTimeElementsUrlsAndTitleSuffixOutlets) {
  auto t = Clean("<html><head><title>Bridge falls in Orvik — The Valley Post</title></head><body><article><h1>Bridge falls</h1>"
                 "<time datetime=\"2023-11-04T10:00\">4 Nov</time><p>Nine people were hurt when the old bridge over the river gave way on Saturday morning, police said.</p></article></body></html>");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->published, (Date{2023, 11, 4}));
  EXPECT_EQ(t->outlet, "The Valley Post");
  auto u = Clean("<html><body><div><p>Nine people were hurt when the old bridge over the river gave way on Saturday morning, police said.</p></div></body></html>",
                 "https://news.example/world/2023/11/04/bridge");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->published, (Date{2023, 11, 4}));
  auto none = Clean("<html><body><p>Nine people were hurt when the old bridge over the river gave way, police said on Saturday.</p></body></html>");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->published.has_value());
  EXPECT_EQ(none->published_how, "none");
}

TEST(HtmlCleanTest, NestedLayoutsAndTables) {
  std::string html = "<html><body><table><tr><td><div><div><section><div class=\"story\">";
  for (int i = 0; i < 5; ++i) html += "<p>Paragraph " + std::to_string(i) + " of a story, which tells, at some length, what happened in the valley that week.</p>";
  html += "</div></section></div></div></td><td class=\"sidebar\"><a href=\"/x\">Link one</a> <a href=\"/y\">Link two</a></td></tr></table></body></html>";
  auto a = Clean(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Paragraph 0"), std::string::npos);
  EXPECT_NE(a->text.find("Paragraph 4"), std::string::npos);
  EXPECT_EQ(a->text.find("Link one"), std::string::npos);
}

TEST(HtmlCleanTest, EmptyAndHostilePages) {
  EXPECT_FALSE(Clean("<html><body><nav><a href=\"/\">Home</a></nav></body></html>").ok());
  EXPECT_FALSE(Clean("<script>alert(1)</script>").ok());
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "text";
  auto d = Clean(deep);
  EXPECT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kTooLarge);
  std::string broken = "<p>Unclosed <b>bold <i>italic text that goes on and on, with commas, and more words <a href='x'>link</p></div></span>";
  auto b = Clean(broken);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("Unclosed bold italic"), std::string::npos);
}

}  // namespace
}  // namespace corroborate
