// The plain data every pipeline stage takes in and hands on.
//
//   ingest    -> RawDocument      bytes of one article as stored (a file, a JSON line, a WARC record)
//   clean     -> Article          the article's own text (UTF-8, NFC) with title, date, outlet, blocks
//   extract   -> Claim            one figure stated in one article, with its evidence span
//   dedupe    -> Article::duplicate_of
//   cluster   -> Event, Article::event
//   reconcile -> Figure           claims about the same thing, with low / best / high and a status
//   summarize -> TimelineEntry, EventSummary
//   report    -> report.json, report.html, claims.csv, claims.hxl.csv (see docs/report-schema.md)
//
// All offsets are byte offsets into Article::text unless a comment says otherwise. Optional fields
// that are absent are written as null in report.json.
#ifndef CORROBORATE_DOCUMENT_H_
#define CORROBORATE_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corroborate {

// A proleptic Gregorian calendar day. A default Date is invalid.
struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  bool valid() const;
  // "YYYY-MM-DD".
  std::string ToString() const;
  // Parses exactly "YYYY-MM-DD" (a leading "YYYY-MM-DD" of a longer ISO timestamp is accepted too).
  static std::optional<Date> Parse(std::string_view text);
  // Days since 1970-01-01 (may be negative), and back.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // 0 = Monday .. 6 = Sunday.
  int Weekday() const;
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }

  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.ToDays() < b.ToDays(); }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
};

int DaysInMonth(int year, int month);

// One input as stored, before cleaning. Ingest fills it; clean turns it into an Article.
struct RawDocument {
  enum class Format { kText, kHtml };
  std::string path;  // file path; a record inside a container is "file.jsonl:12" or "file.warc.gz#3"
  Format format = Format::kText;
  std::string bytes;    // content exactly as stored (any charset; clean converts)
  std::string charset;  // charset named by the container (HTTP Content-Type in a WARC), or empty
  // Metadata the container gave (JSON Lines fields, WARC headers); empty when absent.
  std::string url;
  std::string title;
  std::string published;  // as written by the container, e.g. "2016-12-09T12:56:00Z"
};

// A stretch of Article::text with a role. Blocks do not overlap and are in text order.
struct Block {
  enum class Kind { kParagraph, kHeading, kListItem, kQuote, kSocialPost };
  Kind kind = Kind::kParagraph;
  size_t start = 0;
  size_t end = 0;
  // For kSocialPost (an embedded tweet and the like): who posted it and when.
  std::string author;       // "The White Helmets"
  std::string handle;       // "@SyriaCivilDef"
  std::optional<Date> date; // the post's own date line
};

// A sparse map from offsets in Article::text back to offsets in RawDocument::bytes: each anchor says
// text offset t corresponds to input offset i; between anchors offsets advance together.
struct OffsetMap {
  std::vector<std::pair<size_t, size_t>> anchors;  // (text offset, input offset), text offsets ascending
  size_t input_size = static_cast<size_t>(-1);     // offsets never map past the input's end
  size_t ToInput(size_t text_offset) const;
};

// One article after cleaning.
struct Article {
  std::string id;  // "a1", "a2", ... in input order (inputs are sorted by path)
  std::string path;
  std::string url;
  std::string canonical_url;
  std::string outlet;  // "Middle East Monitor", or the domain when no name is given; may be empty
  std::string title;
  std::string author;
  std::optional<Date> published;
  std::string published_how = "none";  // metadata, text, inferred, none
  std::string language;                // ISO 639-1 code ("en"), or "und"
  std::string text;                    // clean main text, UTF-8 NFC; blocks separated by "\n\n"
  std::vector<Block> blocks;
  OffsetMap offsets;
  std::vector<std::string> errors;  // problems with this input that did not stop it being read

  // Filled by later stages.
  std::optional<std::string> duplicate_of;  // id of the article this one copies
  std::string event;                        // id of its event ("e1"), empty before clustering
};

enum class Category { kKilled, kInjured, kMissing, kDetained, kDisplaced, kEvacuated, kTrapped, kRescued, kAffected, kHousing };
enum class SourceKind { kPerson, kOrganization, kGovernment, kMedia, kSocial, kUnattributed };
enum class DatePrecision { kDay, kWeek, kMonth, kYear, kUnknown };
// What a figure counts (ANNOTATION.md "Scope"): one incident or day, a cumulative toll to a date, or a
// total given as context (a whole war, a year, a country). Figures of different scope never compare.
enum class Scope { kIncident, kRunningTotal, kBackground };
// What is counted: people by default; displacement in households, housing in homes or households.
enum class CountUnit { kPeople, kHouseholds, kHomes };

const char* CategoryName(Category c);         // "killed"
const char* CategoryHxlTag(Category c);       // "#affected+killed"
std::optional<Category> ParseCategory(std::string_view name);
const char* SourceKindName(SourceKind k);     // "person"
std::optional<SourceKind> ParseSourceKind(std::string_view name);
const char* DatePrecisionName(DatePrecision p);  // "day"
const char* ScopeName(Scope s);                  // "incident", "running_total", "background"
std::optional<Scope> ParseScope(std::string_view name);
const char* UnitName(CountUnit u);                    // "people", "households", "homes"
std::optional<CountUnit> ParseUnit(std::string_view name);

// One figure stated in one article (see ../shared/BRIEF.md "Claims" and docs/claims.md).
struct Claim {
  std::string id;       // "<article id>.c<n>", n from 1 in text order
  std::string article;  // article id
  std::string event;    // event id, filled by the pipeline after clustering
  Category category = Category::kAffected;
  std::string subject;  // victim group, lower-cased head noun: "civilians", "children", "people"
  std::optional<int64_t> value_low;   // nullopt = unbounded below
  std::optional<int64_t> value_high;  // nullopt = unbounded above
  std::string value_text;             // the number as written: "more than 800"
  std::optional<Date> date;           // the day the figure is about (= period_end for a period)
  std::optional<Date> period_start;
  std::optional<Date> period_end;
  DatePrecision date_precision = DatePrecision::kUnknown;
  std::string place;                   // most specific place, empty when none
  std::optional<std::string> source;   // claimant by fullest name; nullopt = the outlet itself
  SourceKind source_kind = SourceKind::kUnattributed;
  bool hedged = false;
  std::optional<std::string> parent;   // id of the claim this one breaks down
  CountUnit unit = CountUnit::kPeople;
  Scope scope = Scope::kIncident;
  std::string sentence;                // the sentence holding the evidence
  size_t start = 0;                    // evidence span in Article::text
  size_t end = 0;
};

struct Event {
  std::string id;  // "e1", ...
  std::string title;
  std::vector<std::string> articles;
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<std::string> places;
};

enum class FigureStatus { kSingleSource, kCorroborated, kConflicting };
const char* FigureStatusName(FigureStatus s);  // "single-source"

// One claimant's standing in a figure (docs/reconcile.md): its series of statements about the figure's
// scope, oldest first, of which the last (current) one counts.
struct FigureVoice {
  std::string claimant;  // fullest name ("Dressa Regional Civil Protection Agency"), or
                         // "<Outlet> (own reporting)" for an outlet stating a figure itself
  SourceKind kind = SourceKind::kUnattributed;
  std::string current;              // claim id of the current statement
  std::vector<std::string> series;  // claim ids where its value changed, oldest first
  std::vector<std::string> claims;  // every claim of this claimant in the figure (copies included)
  bool hedged = false;              // the current statement is hedged
  bool vague = false;               // the current statement is a vague amount ("hundreds")
  int side = -1;                    // index of its agreeing side in the status; -1 = not counted
};

struct Figure {
  std::string id;  // "f1", ...
  std::string event;
  Category category = Category::kAffected;
  std::string subject;
  std::string place;
  std::optional<Date> period_start;
  std::optional<Date> period_end;
  std::optional<int64_t> low;
  std::optional<int64_t> best;
  std::optional<int64_t> high;
  std::vector<std::string> claims;   // claim ids
  std::vector<std::string> sources;  // distinct claimants by fullest name ("<Outlet> (own reporting)"
                                     // for the outlet's own statements)
  int outlets = 0;                   // independent outlets carrying it
  FigureStatus status = FigureStatus::kSingleSource;
  CountUnit unit = CountUnit::kPeople;
  Scope scope = Scope::kIncident;
  std::string act;                   // the act it counts when the text names one ("air strike",
                                     // "execution", "shelling"; data/reconcile_acts.tsv), else empty
  std::string rule;                  // how low / best / high and the status were decided, in words
  std::vector<FigureVoice> voices;   // the claimants behind it, ordered by name
};

struct TimelineEntry {
  std::optional<Date> date;
  std::string event;
  std::string text;
  std::string article;
  std::vector<std::string> claims;
};

struct SummarySentence {
  std::string text;
  std::string article;               // the article cited
  std::vector<std::string> also_in;  // other articles that carry the same statement
  std::vector<std::string> claims;
};

struct EventSummary {
  std::string event;
  std::vector<SummarySentence> sentences;
};

struct InputError {
  std::string path;
  std::string error;
};

// Everything one analyze run produces; report.json is this, serialised.
struct Report {
  std::vector<Article> articles;
  std::vector<Event> events;
  std::vector<Claim> claims;
  std::vector<Figure> figures;
  std::vector<TimelineEntry> timeline;
  std::vector<EventSummary> summary;
  std::vector<InputError> errors;
};

}  // namespace corroborate

#endif  // CORROBORATE_DOCUMENT_H_
