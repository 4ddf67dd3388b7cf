#include "clean/language.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(LanguageTest, English) {
  EXPECT_EQ(DetectLanguage("Rescue workers said at least 40 people were killed when the bridge collapsed on "
                           "Tuesday, and dozens more were missing as the river kept rising through the night."),
            "en");
}

TEST(LanguageTest, French) {
  EXPECT_EQ(DetectLanguage("Les secouristes ont indiqu\xC3\xA9 qu'au moins quarante personnes avaient p\xC3\xA9ri "
                           "dans l'effondrement du pont mardi, et des dizaines d'autres restaient port\xC3\xA9" "es "
                           "disparues alors que la rivi\xC3\xA8re continuait de monter."),
            "fr");
}

TEST(LanguageTest, TooShortOrEmptyIsUnd) {
  EXPECT_EQ(DetectLanguage(""), "und");
  EXPECT_EQ(DetectLanguage("12 34"), "und");
}

TEST(LanguageTest, InvalidUtf8DoesNotCrash) {
  std::string s(1000, '\xff');
  EXPECT_EQ(DetectLanguage(s), "und");
}

}  // namespace
}  // namespace corroborate
