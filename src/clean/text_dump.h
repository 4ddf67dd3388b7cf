// Plain-text page dumps: the article's own text, headline and date out of what a crawler saved when
// it flattened a page to text (site slogan, share prompts, the headline printed twice, a date line,
// embedded social posts, photo captions, comment forms, related links).
#ifndef CORROBORATE_CLEAN_TEXT_DUMP_H_
#define CORROBORATE_CLEAN_TEXT_DUMP_H_

#include <optional>
#include <string>
#include <string_view>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

// Cleans a page dump given as valid UTF-8. Fills Article::text (blocks joined by "\n\n"), blocks,
// offsets (from text back to offsets in `utf8_text`), title (the headline, which also stays in the
// text as the first block, a kHeading), author (from a "By ..." line), published and published_how
// ("text" when a date line was found, "inferred" when only the latest explicit date in the page can
// be given, "none" otherwise). Other fields are left empty. An embedded social post becomes one
// kSocialPost block holding the post text (t.co and pic.twitter.com links removed), a line break, and
// its attribution line ("— The White Helmets (@SyriaCivilDef) 30 novembre 2016"); the block carries
// the author, handle and date. Fails with kEmpty when no text is left. See docs/ingest.md.
StatusOr<Article> CleanTextDump(std::string_view utf8_text);

// The date of a date line ("December 9, 2016 at 12:56 pm", "Published: Tuesday 13 December 2016
// 08:48 GMT", "By Jane Roe | 9 Dec 2016"), or nullopt. Sets `*updated` when the line gives an update
// time ("Last updated ...") rather than the publication time. Only lines naming a day are dates.
std::optional<Date> ParseDateLine(std::string_view line, bool* updated = nullptr);

// An embedded social post's attribution line: "— Author (@handle) <date>", or "A post shared by
// Author (@handle) on <date>".
struct SocialAttribution {
  std::string author;
  std::string handle;  // with the "@"
  std::optional<Date> date;
};
std::optional<SocialAttribution> ParseSocialAttribution(std::string_view line);

// A line or block the boilerplate table (data/clean_text_boilerplate.tsv) knows: its kind ("share",
// "comment", ...) and where it sits: `page_head_only` cues count only before the article's first
// paragraph, `ends_article` cues (comment sections) drop everything after them too. nullopt when the
// line is not boilerplate. Shared by the text-dump and HTML cleaners.
struct BoilerplateMatch {
  std::string kind;
  bool page_head_only = false;
  bool ends_article = false;
};
std::optional<BoilerplateMatch> MatchBoilerplate(std::string_view line);

// The latest date in `text` written out with day, month and year (not a relative date), or nullopt.
// Used for published_how "inferred": a page cannot have been published before the last day it names.
std::optional<Date> LatestExplicitDate(std::string_view text);

}  // namespace corroborate

#endif  // CORROBORATE_CLEAN_TEXT_DUMP_H_
