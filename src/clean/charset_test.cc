#include "clean/charset.h"

#include <gtest/gtest.h>

#include <random>

#include "common/text_util.h"

namespace corroborate {
namespace {

TEST(CharsetTest, Utf8PassesThrough) {
  auto d = DecodeToUtf8("Caf\xC3\xA9 in Al\xC3\xA9p", "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Caf\xC3\xA9 in Al\xC3\xA9p");
  EXPECT_EQ(d->charset, "UTF-8");
  EXPECT_FALSE(d->guessed);
  EXPECT_TRUE(d->warnings.empty());
  EXPECT_EQ(d->map.ToInput(5), 5u);
}

TEST(CharsetTest, Utf8BomStripped) {
  auto d = DecodeToUtf8("\xEF\xBB\xBFHello", "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Hello");
  EXPECT_EQ(d->map.ToInput(0), 3u);
  EXPECT_EQ(d->map.ToInput(4), 7u);
}

TEST(CharsetTest, Latin1WithoutDeclarationIsDetected) {
  std::string latin1 =
      "Les secouristes ont d\xe9" "clar\xe9 que 45 civils avaient \xe9t\xe9 tu\xe9s \xe0 l'est de la ville. "
      "Selon l'h\xf4pital, plus de 50 bless\xe9s ont \xe9t\xe9 soign\xe9s depuis mercredi.";
  auto d = DecodeToUtf8(latin1, "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->text));
  EXPECT_NE(d->text.find("d\xC3\xA9" "clar\xC3\xA9"), std::string::npos) << d->text;
  EXPECT_TRUE(d->guessed);
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_EQ(d->warnings[0].rfind("not valid UTF-8; decoded as ", 0), 0u) << d->warnings[0];
  // Byte map: "d\xe9" starts at input 16; in the output the "clar" after the 2-byte é is at 19.
  size_t out_pos = d->text.find("clar");
  EXPECT_EQ(d->map.ToInput(out_pos), latin1.find("clar"));
  size_t h = d->text.find("bless");
  EXPECT_EQ(d->map.ToInput(h), latin1.find("bless"));
}

TEST(CharsetTest, Windows1252SmartQuotes) {
  std::string cp = "\x93We are afraid,\x94 she said \x96 and left.";
  auto d = DecodeToUtf8(cp, "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->text.find("\xE2\x80\x9CWe are afraid,\xE2\x80\x9D"), std::string::npos) << d->text;
  EXPECT_EQ(d->charset, "windows-1252");
}

TEST(CharsetTest, HttpHintWins) {
  // Bytes that are Latin-2 "Łódź" are read as the header says.
  auto d = DecodeToUtf8("\xA3\xF3" "d\xBC", "ISO-8859-2", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "\xC5\x81\xC3\xB3" "d\xC5\xBA");
  EXPECT_FALSE(d->guessed);
  EXPECT_TRUE(d->warnings.empty());
}

TEST(CharsetTest, Latin1HintWithUtf8BytesIsOverridden) {
  auto d = DecodeToUtf8("Caf\xC3\xA9", "ISO-8859-1", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Caf\xC3\xA9");
  ASSERT_EQ(d->warnings.size(), 1u);
}

TEST(CharsetTest, MetaCharsetPrescan) {
  std::string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                     "</head><body><p>Num\xe9ro</p></body></html>";
  EXPECT_EQ(PrescanMetaCharset(html), "iso-8859-1");
  EXPECT_EQ(PrescanMetaCharset("<meta charset='Windows-1251'>"), "Windows-1251");
  EXPECT_EQ(PrescanMetaCharset("<p>charset=utf-8</p>"), "");
  auto d = DecodeToUtf8(html, "", true);
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->text.find("Num\xC3\xA9ro"), std::string::npos);
  EXPECT_FALSE(d->guessed);
  EXPECT_EQ(d->charset, "windows-1252");
}

TEST(CharsetTest, Cyrillic1251FromMeta) {
  std::string html = "<meta charset=\"windows-1251\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>";  // Москва
  auto d = DecodeToUtf8(html, "", true);
  ASSERT_TRUE(d.ok());
  EXPECT_NE(d->text.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), std::string::npos);
}

TEST(CharsetTest, Utf16WithBom) {
  std::string u16("\xFF\xFE" "A\0" "\xE9\0", 6);
  auto d = DecodeToUtf8(u16, "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "A\xC3\xA9");
  EXPECT_EQ(d->map.ToInput(0), 2u);
  EXPECT_EQ(d->map.ToInput(1), 4u);
}

TEST(CharsetTest, MostlyUtf8WithStrayByte) {
  std::string s = "\xE2\x80\x9C" "Fled\xE2\x80\x9D \xE2\x80\x94 said \xC3\xA9l\xE8ve";
  auto d = DecodeToUtf8(s, "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(IsValidUtf8(d->text));
  EXPECT_NE(d->text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(d->charset, "UTF-8");
}

TEST(CharsetTest, NfcComposesAndMaps) {
  // "e" + combining acute -> "é"; the rest keeps exact offsets.
  std::string s = "Cafe\xCC\x81 and more";
  auto d = DecodeToUtf8(s, "", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Caf\xC3\xA9 and more");
  size_t and_pos = d->text.find("and");
  EXPECT_EQ(d->map.ToInput(and_pos), s.find("and"));
  EXPECT_EQ(d->map.ToInput(0), 0u);
  // Latin-1 with a decomposed form cannot happen; but NFC after conversion composes too.
  OffsetMap m;
  EXPECT_EQ(NormalizeNfc("A\xCC\x8A", &m), "\xC3\x85");
}

TEST(CharsetTest, UnknownDeclaredCharset) {
  auto d = DecodeToUtf8("plain ascii", "x-no-such-charset", false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "plain ascii");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("unknown charset"), std::string::npos);
}

TEST(CharsetTest, Empty) { EXPECT_EQ(DecodeToUtf8("", "", false).status().code(), StatusCode::kEmpty); }

TEST(CharsetTest, RandomBytesAlwaysGiveValidUtf8AndMonotoneMap) {
  std::mt19937 rng(11);
  for (int i = 0; i < 300; ++i) {
    std::string s(1 + rng() % 300, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    auto d = DecodeToUtf8(s, i % 5 == 0 ? "shift_jis" : "", i % 2 == 0);
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(IsValidUtf8(d->text));
    size_t prev = 0;
    for (size_t t = 0; t < d->text.size(); ++t) {
      size_t in = d->map.ToInput(t);
      EXPECT_LE(in, s.size() + 4);
      if (t > 0) {
        EXPECT_GE(in + 4, prev);
      }
      prev = in;
    }
  }
}

}  // namespace
}  // namespace corroborate
