// Plain-text page dumps.
//
// A page dump is what a crawler keeps when it flattens a web page to text: one line per block of the
// page, so the article's paragraphs sit among the site's slogan, menu words, share prompts, photo
// captions, embedded posts and comment forms. The cleaner works on lines ("units"):
//
//   1. Split into trimmed, non-empty lines. A line that continues the previous one (no blank line
//      between, the previous one has no sentence end, this one starts in lower case) is joined to it
//      with a space: hard-wrapped paragraphs become one unit.
//   2. Boilerplate cues from data/clean_text_boilerplate.tsv, matched on a normalised form of the
//      line, drop a line, a line and the short lines after it (share buttons, related headlines), or
//      everything after (comment sections). Slogan cues apply only in the page head (before the
//      first body paragraph). Photo captions (a line ending in a bracketed "[Photographer/ Agency]"
//      credit, or starting "Photo:"), bare URLs and lines without letters or digits are dropped.
//   3. A line printed twice is kept once; printed twice in the head, it is the headline.
//   4. The date line: a short line in the head that ParseDateString (normalize/timex) reads as a day,
//      after a prefix from data/clean_text_dateline.tsv ("Published:", "Updated on") and splitting
//      on "|" or bullets. A "By ..." line in the head gives the author. Both leave the text.
//   5. Embedded social posts: an attribution line ("— Author (@handle) date") closes the post whose
//      text is the line before it; both become one kSocialPost block, t.co and pic.twitter.com links
//      removed from the post text.
//   6. The headline: the head line printed twice, else the last short line before the date line, else
//      a short first line without a sentence end. It stays in the text as the first block (kHeading)
//      so a figure in a headline is not lost, and is the title.
//
// The output text is the kept units joined by "\n\n"; every piece of output copied from the input
// gets an anchor in the offset map, so evidence offsets map back to the dump.
#include "clean/text_dump.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/timex.h"

namespace corroborate {

namespace {

constexpr size_t kMaxDateLineBytes = 200;
constexpr size_t kMaxAttributionBytes = 300;
constexpr int kMaxDateLineWords = 16;

// ---- rule tables -----------------------------------------------------------------------------------

enum class Action { kDrop, kHead, kList, kEnd };
enum class Match { kExact, kPrefix, kContains };

struct Cue {
  std::string kind;
  Action action;
  Match match;
  int max_words;
  std::string pattern;
};

const std::vector<Cue>& Cues() {
  static const std::vector<Cue> cues = [] {
    std::vector<Cue> out;
    for (const auto& row : DataTable("clean_text_boilerplate.tsv")) {
      if (row.size() < 5) continue;
      Cue c;
      c.kind = std::string(row[0]);
      if (row[1] == "drop") c.action = Action::kDrop;
      else if (row[1] == "head") c.action = Action::kHead;
      else if (row[1] == "list") c.action = Action::kList;
      else if (row[1] == "end") c.action = Action::kEnd;
      else continue;
      if (row[2] == "exact") c.match = Match::kExact;
      else if (row[2] == "prefix") c.match = Match::kPrefix;
      else if (row[2] == "contains") c.match = Match::kContains;
      else continue;
      c.max_words = 0;
      for (char ch : row[3]) {
        if (IsAsciiDigit(ch)) c.max_words = c.max_words * 10 + (ch - '0');
      }
      c.pattern = std::string(TrimAscii(row[4]));
      if (c.pattern.empty()) continue;
      out.push_back(std::move(c));
    }
    return out;
  }();
  return cues;
}

struct DatePrefix {
  std::string prefix;
  bool updated;
};

const std::vector<DatePrefix>& DatePrefixes() {
  static const std::vector<DatePrefix> prefixes = [] {
    std::vector<DatePrefix> out;
    for (const auto& row : DataTable("clean_text_dateline.tsv")) {
      if (row.size() < 2 || TrimAscii(row[1]).empty()) continue;
      out.push_back({std::string(TrimAscii(row[1])), row[0] == "updated"});
    }
    // Longest first, so "last updated on" wins over "updated".
    std::stable_sort(out.begin(), out.end(),
                     [](const DatePrefix& a, const DatePrefix& b) { return a.prefix.size() > b.prefix.size(); });
    return out;
  }();
  return prefixes;
}

// ---- small text helpers ----------------------------------------------------------------------------

bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

int CountWords(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Punctuation trimmed from both ends of a normalised line (UTF-8 sequences as strings).
const char* const kTrimmable[] = {" ",  ".", ":", "!", "|", ">", "*", "-", "_", "=", "#", "~", "/", "\\",
                                  "\xC2\xBB" /* » */, "\xC2\xAB" /* « */, "\xE2\x80\x93" /* – */,
                                  "\xE2\x80\x94" /* — */, "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */,
                                  "\xE2\x80\xBA" /* › */, "\xE2\x80\xA6" /* … */, "\xC2\xA0" /* nbsp */};

std::string_view TrimPunct(std::string_view s) {
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (const char* t : kTrimmable) {
      std::string_view tv(t);
      if (s.size() >= tv.size() && s.substr(0, tv.size()) == tv) {
        s.remove_prefix(tv.size());
        changed = true;
      }
      if (s.size() >= tv.size() && s.substr(s.size() - tv.size()) == tv) {
        s.remove_suffix(tv.size());
        changed = true;
      }
    }
  }
  return s;
}

// Lower-case ASCII, straight quotes, single spaces, surrounding punctuation trimmed.
std::string Normalize(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool space = false;
  for (size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80) {
      unsigned char c3 = static_cast<unsigned char>(line[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) {  // ‘ ’
        out.push_back('\'');
        i += 2;
        space = false;
        continue;
      }
      if (c3 == 0x9C || c3 == 0x9D) {  // “ ”
        out.push_back('"');
        i += 2;
        space = false;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0xA0) {  // nbsp
      if (!space) out.push_back(' ');
      space = true;
      ++i;
      continue;
    }
    if (IsAsciiSpace(static_cast<char>(c))) {
      if (!space) out.push_back(' ');
      space = true;
      continue;
    }
    space = false;
    out.push_back(ToLowerAscii(static_cast<char>(c)));
  }
  return std::string(TrimPunct(out));
}

bool WordBoundaryAt(std::string_view s, size_t pos) { return pos >= s.size() || !IsAsciiAlnum(s[pos]); }

bool CueMatches(const Cue& cue, std::string_view norm, int words) {
  if (cue.max_words > 0 && words > cue.max_words) return false;
  switch (cue.match) {
    case Match::kExact:
      return norm == cue.pattern;
    case Match::kPrefix:
      return norm.size() >= cue.pattern.size() && norm.compare(0, cue.pattern.size(), cue.pattern) == 0 &&
             (WordBoundaryAt(norm, cue.pattern.size()) || !IsAsciiAlnum(cue.pattern.back()));
    case Match::kContains: {
      size_t pos = 0;
      while ((pos = norm.find(cue.pattern, pos)) != std::string_view::npos) {
        bool left = pos == 0 || !IsAsciiAlnum(norm[pos - 1]) || !IsAsciiAlnum(cue.pattern.front());
        // A pattern ending in a digit is a number prefix ("since 20" matches "since 2009").
        bool right = WordBoundaryAt(norm, pos + cue.pattern.size()) || !IsAsciiAlnum(cue.pattern.back()) ||
                     IsAsciiDigit(cue.pattern.back());
        if (left && right) return true;
        ++pos;
      }
      return false;
    }
  }
  return false;
}

bool EndsSentence(std::string_view s) {
  s = TrimAscii(s);
  // Skip closing quotes and brackets.
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'' || s.back() == ')') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
               static_cast<unsigned char>(s[s.size() - 2]) == 0x80 &&
               (static_cast<unsigned char>(s.back()) == 0x9D || static_cast<unsigned char>(s.back()) == 0x99)) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";  // …
}

bool StartsLower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

bool HasLetterOrDigit(std::string_view s) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiAlnum(c) || (u >= 0xC3 && u != 0xE2)) return true;  // 0xE2: punctuation and symbols
  }
  return false;
}

bool IsBareUrl(std::string_view s) {
  s = TrimAscii(s);
  if (!(StartsWithIgnoreCase(s, "http://") || StartsWithIgnoreCase(s, "https://") || StartsWithIgnoreCase(s, "www.")))
    return false;
  for (char c : s) {
    if (IsAsciiSpace(c)) return false;
  }
  return true;
}

// A photo caption: ends in a bracketed credit with a slash or an agency word, or starts with a
// caption label.
// Cue strings of data/clean_text_cues.tsv, by list.
struct TextCues {
  std::vector<std::string> credit_agency, credit_photo, caption_label, post_lead;
};
const TextCues& CaptionCues() {
  static const TextCues* cues = [] {
    auto* c = new TextCues();
    for (const auto& row : DataTable("clean_text_cues.tsv")) {
      if (row.size() < 2) continue;
      std::vector<std::string>* list = row[1] == "credit_agency"   ? &c->credit_agency
                                       : row[1] == "credit_photo"  ? &c->credit_photo
                                       : row[1] == "caption_label" ? &c->caption_label
                                       : row[1] == "post_lead"     ? &c->post_lead
                                                                   : nullptr;
      if (list) list->emplace_back(row[0]);
    }
    return c;
  }();
  return *cues;
}
// Whether `s` holds any of `cues`.
bool HoldsAny(const std::string& s, const std::vector<std::string>& cues) {
  return std::any_of(cues.begin(), cues.end(), [&](const std::string& c) { return s.find(c) != std::string::npos; });
}

bool IsCaption(std::string_view line, std::string_view norm) {
  std::string_view t = TrimAscii(line);
  if (!t.empty() && (t.back() == ']' || t.back() == ')')) {
    char open = t.back() == ']' ? '[' : '(';
    size_t o = t.rfind(open);
    if (o != std::string_view::npos && o > 0) {
      std::string credit = ToLowerAscii(t.substr(o + 1, t.size() - o - 2));
      bool slash = credit.find('/') != std::string::npos;
      bool agency = HoldsAny(credit, CaptionCues().credit_agency);
      // "(Reuters)" may close a sentence; only a photo credit in parentheses marks a caption.
      bool photo = HoldsAny(credit, CaptionCues().credit_photo);
      if ((t.back() == ']' && (slash || agency)) || (t.back() == ')' && photo && CountWords(credit) <= 8)) {
        return CountWords(credit) <= 10;
      }
    }
  }
  for (const std::string& l : CaptionCues().caption_label) {
    if (norm.rfind(l, 0) == 0) return true;
  }
  return false;
}

// Digit runs in `s` ("December 9, 2016" has two).
int DigitRuns(std::string_view s) {
  int runs = 0;
  bool in = false;
  for (char c : s) {
    bool d = IsAsciiDigit(c);
    if (d && !in) ++runs;
    in = d;
  }
  return runs;
}

std::optional<Date> ParseDateCandidate(std::string_view s, bool* updated) {
  s = TrimPunct(TrimAscii(s));
  if (s.empty() || s.size() > kMaxDateLineBytes || DigitRuns(s) < 2) return std::nullopt;
  std::string lower = ToLowerAscii(s);
  for (const DatePrefix& p : DatePrefixes()) {
    if (lower.size() > p.prefix.size() && lower.compare(0, p.prefix.size(), p.prefix) == 0 &&
        !IsAsciiAlnum(lower[p.prefix.size()]) && static_cast<unsigned char>(lower[p.prefix.size()]) < 0x80) {
      std::string_view rest = TrimPunct(TrimAscii(s.substr(p.prefix.size())));
      if (auto d = ParseDateString(rest)) {
        if (updated) *updated = p.updated;
        return d;
      }
    }
  }
  if (auto d = ParseDateString(s)) {
    if (updated) *updated = false;
    return d;
  }
  return std::nullopt;
}

// Splits on " | ", bullets and spaced dashes.
std::vector<std::string_view> SplitSegments(std::string_view s) {
  static const char* const kSeps[] = {"|", "\xE2\x80\xA2", "\xC2\xB7", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
  std::vector<std::string_view> parts{s};
  for (const char* sep : kSeps) {
    std::vector<std::string_view> next;
    for (std::string_view p : parts) {
      size_t pos;
      while ((pos = p.find(sep)) != std::string_view::npos) {
        next.push_back(p.substr(0, pos));
        p.remove_prefix(pos + std::string_view(sep).size());
      }
      next.push_back(p);
    }
    parts = std::move(next);
  }
  return parts;
}

std::optional<std::string> BylineAuthor(std::string_view line) {
  std::string_view t = TrimPunct(TrimAscii(line));
  if (t.size() < 4 || !StartsWithIgnoreCase(t, "by ") || CountWords(t) > 10) return std::nullopt;
  std::string_view name = TrimAscii(t.substr(3));
  if (name.empty() || !(name[0] >= 'A' && name[0] <= 'Z') ) return std::nullopt;
  // "By Jane Roe, Reuters" / "By Jane Roe | 9 Dec 2016": the name is the part before a separator.
  size_t cut = name.find_first_of(",|");
  if (cut != std::string_view::npos) name = TrimAscii(name.substr(0, cut));
  for (auto sep : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xE2\x80\xA2 ", " \xC2\xB7 "}) {
    size_t p = name.find(sep);
    if (p != std::string_view::npos) name = TrimAscii(name.substr(0, p));
  }
  if (name.empty() || CountWords(name) > 6) return std::nullopt;
  return std::string(name);
}

// Input ranges removed from a social post's text: t.co links and pic.twitter.com links, which page
// dumps glue to the words around them ("artilleryhttps://t.co/ZN7Z6L7Pn2pic.twitter.com/7FGfCbx7sT").
std::vector<std::pair<size_t, size_t>> SocialJunk(std::string_view s) {
  std::vector<bool> mask(s.size(), false);
  auto mark_links = [&](std::string_view needle, bool take_scheme) {
    size_t pos = 0;
    while ((pos = s.find(needle, pos)) != std::string_view::npos) {
      size_t start = pos;
      if (take_scheme) {
        for (std::string_view scheme : {"https://", "http://"}) {
          if (start >= scheme.size() && s.substr(start - scheme.size(), scheme.size()) == scheme) {
            start -= scheme.size();
            break;
          }
        }
      }
      size_t end = pos + needle.size();
      while (end < s.size() && !mask[end] && IsAsciiAlnum(s[end])) ++end;
      for (size_t i = start; i < end; ++i) mask[i] = true;
      pos = end;
    }
  };
  mark_links("pic.twitter.com/", true);
  mark_links("t.co/", true);
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t i = 0; i < s.size();) {
    if (!mask[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && mask[j]) ++j;
    ranges.emplace_back(i, j);
    i = j;
  }
  return ranges;
}

// ---- units and output ------------------------------------------------------------------------------

enum class Role { kBody, kDrop, kDateLine, kByline, kAttribution };

struct Piece {
  size_t start;  // input offsets
  size_t end;
};

struct Unit {
  std::vector<Piece> pieces;  // input ranges, joined by a space
  std::string raw;            // the unit's text (pieces joined by spaces)
  std::string norm;
  int words = 0;
  bool blank_before = false;
  Role role = Role::kBody;
  Block::Kind kind = Block::Kind::kParagraph;
  std::optional<SocialAttribution> social;
  size_t post = SIZE_MAX;  // for an attribution: index of the unit holding the post text
  bool is_post_text = false;
};

class Output {
 public:
  void BeginBlock() {
    sep_start_ = text_.size();
    if (!text_.empty()) text_ += "\n\n";
    block_start_ = text_.size();
  }
  void Append(std::string_view input, size_t start, size_t end) {
    if (end <= start) return;
    anchor(text_.size(), start);
    text_.append(input.substr(start, end - start));
  }
  void AppendLiteral(std::string_view s) { text_.append(s); }
  // Drops trailing spaces of the current block.
  void TrimBlockEnd() {
    while (text_.size() > block_start_ && IsAsciiSpace(text_.back())) text_.pop_back();
  }
  // Removes the current (empty) block and its separator.
  void CancelBlock() {
    text_.resize(sep_start_);
    while (!map_.anchors.empty() && map_.anchors.back().first >= text_.size() && map_.anchors.back().first > 0) {
      map_.anchors.pop_back();
    }
    block_start_ = text_.size();
  }
  bool BlockEmpty() const { return text_.size() == block_start_; }
  size_t block_start() const { return block_start_; }
  size_t size() const { return text_.size(); }
  std::string& text() { return text_; }
  OffsetMap& map() { return map_; }

 private:
  void anchor(size_t t, size_t i) {
    auto& a = map_.anchors;
    if (!a.empty() && a.back().first == t) {
      a.back().second = i;
      return;
    }
    if (!a.empty() && static_cast<int64_t>(a.back().second) - static_cast<int64_t>(a.back().first) ==
                          static_cast<int64_t>(i) - static_cast<int64_t>(t)) {
      return;
    }
    a.emplace_back(t, i);
  }
  std::string text_;
  OffsetMap map_;
  size_t block_start_ = 0;
  size_t sep_start_ = 0;
};

std::vector<Unit> SplitUnits(std::string_view in) {
  std::vector<Unit> units;
  size_t pos = 0;
  bool blank_before = true;
  while (pos < in.size()) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) eol = in.size();
    size_t s = pos, e = eol;
    while (s < e && (IsAsciiSpace(in[s]))) ++s;
    while (e > s && (IsAsciiSpace(in[e - 1]))) --e;
    // Non-breaking spaces at the ends.
    while (e - s >= 2 && static_cast<unsigned char>(in[s]) == 0xC2 && static_cast<unsigned char>(in[s + 1]) == 0xA0) s += 2;
    while (e - s >= 2 && static_cast<unsigned char>(in[e - 2]) == 0xC2 && static_cast<unsigned char>(in[e - 1]) == 0xA0) e -= 2;
    pos = eol + 1;
    if (s == e) {
      blank_before = true;
      continue;
    }
    std::string_view line = in.substr(s, e - s);
    if (!blank_before && !units.empty() && !EndsSentence(units.back().raw) && StartsLower(line) &&
        units.back().words >= 4) {
      Unit& prev = units.back();
      prev.pieces.push_back({s, e});
      prev.raw += ' ';
      prev.raw.append(line);
      prev.words += CountWords(line);
    } else {
      Unit u;
      u.pieces.push_back({s, e});
      u.raw = std::string(line);
      u.words = CountWords(line);
      u.blank_before = blank_before;
      units.push_back(std::move(u));
    }
    blank_before = false;
  }
  for (Unit& u : units) u.norm = Normalize(u.raw);
  return units;
}

bool IsBodyParagraph(const Unit& u) { return u.words >= 20 || (u.words >= 10 && EndsSentence(u.raw)); }

}  // namespace

std::optional<BoilerplateMatch> MatchBoilerplate(std::string_view line) {
  if (line.size() > 600) return std::nullopt;
  const std::string norm = Normalize(line);
  const int words = CountWords(norm);
  for (const Cue& cue : Cues()) {
    if (!CueMatches(cue, norm, words)) continue;
    BoilerplateMatch m;
    m.kind = cue.kind;
    m.page_head_only = cue.action == Action::kHead;
    m.ends_article = cue.action == Action::kEnd;
    return m;
  }
  return std::nullopt;
}

std::optional<Date> ParseDateLine(std::string_view line, bool* updated) {
  line = TrimAscii(line);
  if (line.empty() || line.size() > kMaxDateLineBytes || CountWords(line) > kMaxDateLineWords) return std::nullopt;
  if (auto d = ParseDateCandidate(line, updated)) return d;
  std::vector<std::string_view> parts = SplitSegments(line);
  if (parts.size() > 1) {
    for (std::string_view p : parts) {
      if (auto d = ParseDateCandidate(p, updated)) return d;
    }
  }
  // "By Jane Roe, December 9, 2016": drop the byline part.
  if (StartsWithIgnoreCase(line, "by ")) {
    size_t comma = line.find(',');
    if (comma != std::string_view::npos) {
      if (auto d = ParseDateCandidate(line.substr(comma + 1), updated)) return d;
    }
  }
  return std::nullopt;
}

std::optional<SocialAttribution> ParseSocialAttribution(std::string_view line) {
  std::string_view t = TrimAscii(line);
  if (t.empty() || t.size() > kMaxAttributionBytes) return std::nullopt;
  bool dashed = false;
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-", "\xE2\x80\x95"}) {
    if (t.substr(0, dash.size()) == dash) {
      t = TrimAscii(t.substr(dash.size()));
      dashed = true;
      break;
    }
  }
  bool shared = false;
  for (const std::string& lead : CaptionCues().post_lead) {  // followed by a space
    if (StartsWithIgnoreCase(t, lead) && t.size() > lead.size() && t[lead.size()] == ' ') {
      t = TrimAscii(t.substr(lead.size()));
      shared = true;
      break;
    }
  }
  if (!dashed && !shared) return std::nullopt;
  size_t open = t.find("(@");
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  size_t close = t.find(')', open);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view handle = t.substr(open + 1, close - open - 1);
  if (handle.size() < 2 || handle.size() > 60) return std::nullopt;
  for (char c : handle.substr(1)) {
    if (!(IsAsciiAlnum(c) || c == '_' || c == '.')) return std::nullopt;
  }
  SocialAttribution a;
  a.author = std::string(TrimAscii(t.substr(0, open)));
  a.handle = std::string(handle);
  if (a.author.empty() || CountWords(a.author) > 12) return std::nullopt;
  std::string_view rest = TrimAscii(t.substr(close + 1));
  if (StartsWithIgnoreCase(rest, "on ")) rest = TrimAscii(rest.substr(3));
  if (!rest.empty()) {
    a.date = ParseDateString(rest);
    if (!a.date) {
      // "30 novembre 2016 at 3:22am PST" and the like: try shorter leading parts.
      std::string_view r = rest;
      while (!a.date) {
        size_t sp = r.rfind(' ');
        if (sp == std::string_view::npos) break;
        r = TrimAscii(r.substr(0, sp));
        if (DigitRuns(r) >= 2) a.date = ParseDateString(r);
      }
    }
  }
  return a;
}

std::optional<Date> LatestExplicitDate(std::string_view text) {
  // An article names its dates early; the first MiB bounds the work on huge inputs.
  constexpr size_t kMaxScan = 1 << 20;
  if (text.size() > kMaxScan) {
    size_t cut = kMaxScan;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  std::optional<Date> latest;
  for (const Timex& t : FindTimexes(text, std::nullopt)) {
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    // A full day with a written year: value starts "YYYY-MM-DD" and the text names the year.
    if (t.value.size() < 10 || !IsAsciiDigit(t.value[0]) || t.value[4] != '-' || t.value[7] != '-') continue;
    auto d = Date::Parse(t.value.substr(0, 10));
    if (!d || !d->valid()) continue;
    if (t.text.find(std::to_string(d->year)) == std::string::npos) continue;
    if (!latest || *latest < *d) latest = d;
  }
  return latest;
}

StatusOr<Article> CleanTextDump(std::string_view in) {
  if (TrimAscii(in).empty()) return Status::Empty("empty text");
  std::vector<Unit> units = SplitUnits(in);
  const size_t n = units.size();

  // A first guess at the page head (units before the first body paragraph); recomputed below once
  // boilerplate is gone.
  auto find_first_body = [&units, n]() {
    for (size_t i = 0; i < n; ++i) {
      const Unit& u = units[i];
      if (u.role != Role::kBody || !IsBodyParagraph(u) || ParseSocialAttribution(u.raw)) continue;
      bool cue = false;
      for (const Cue& c : Cues()) {
        if (c.action != Action::kHead && CueMatches(c, u.norm, u.words)) {
          cue = true;
          break;
        }
      }
      if (!cue) return i;
    }
    return n;
  };
  size_t first_body = find_first_body();

  // 2. Boilerplate cues (all but the head-only ones), captions, bare URLs, lines without letters.
  size_t end_at = n;
  for (size_t i = 0; i < n && i < end_at; ++i) {
    Unit& u = units[i];
    if (u.role != Role::kBody) continue;
    if (!HasLetterOrDigit(u.raw) || IsBareUrl(u.raw)) {
      u.role = Role::kDrop;
      continue;
    }
    if (auto social = ParseSocialAttribution(u.raw)) {
      u.role = Role::kAttribution;
      u.social = std::move(social);
      continue;
    }
    bool matched = false;
    for (const Cue& cue : Cues()) {
      if (cue.action == Action::kHead || !CueMatches(cue, u.norm, u.words)) continue;
      // A comment section follows the article: an "end" cue above the first paragraph is a counter
      // or a menu, and only that line goes.
      matched = true;
      u.role = Role::kDrop;
      if (cue.action == Action::kEnd && i > first_body) {
        end_at = i;
      } else if (cue.action == Action::kList) {
        // Share prompts are followed by button words; related-link headers by headlines.
        const int max_words = cue.kind == "share" ? 3 : 15;
        for (size_t j = i + 1; j < n; ++j) {
          const Unit& v = units[j];
          if (v.words > max_words || (EndsSentence(v.raw) && v.words > 8) || ParseSocialAttribution(v.raw)) break;
          bool ends_page = false;
          for (const Cue& c : Cues()) {
            if (c.action == Action::kEnd && CueMatches(c, v.norm, v.words)) ends_page = true;
          }
          if (ends_page) break;
          units[j].role = Role::kDrop;
        }
      }
      break;
    }
    if (matched) continue;
    if (IsCaption(u.raw, u.norm)) u.role = Role::kDrop;
  }
  for (size_t i = end_at; i < n; ++i) units[i].role = Role::kDrop;

  // Head-only cues (site slogans): a slogan sits above the headline, so another head line of three
  // or more words must follow it; a headline that mentions a year stays.
  first_body = find_first_body();
  for (size_t i = 0; i < first_body; ++i) {
    Unit& u = units[i];
    if (u.role != Role::kBody) continue;
    for (const Cue& cue : Cues()) {
      if (cue.action != Action::kHead || !CueMatches(cue, u.norm, u.words)) continue;
      bool later_line = false;
      for (size_t j = i + 1; j < first_body && !later_line; ++j) {
        later_line = units[j].role == Role::kBody && units[j].words >= 3 && !ParseDateLine(units[j].raw);
      }
      if (later_line) u.role = Role::kDrop;
      break;
    }
  }

  // 3. Lines printed twice.
  std::optional<size_t> doubled_head;
  {
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < n; ++i) {
      Unit& u = units[i];
      if (u.role != Role::kBody || u.norm.empty()) continue;
      if (!seen.insert(u.norm).second) {
        u.role = Role::kDrop;
        if (!doubled_head && i <= first_body + 1 && u.words <= 40) {
          for (size_t j = 0; j < i; ++j) {
            if (units[j].norm == u.norm && units[j].role == Role::kBody) {
              doubled_head = j;
              break;
            }
          }
        }
      }
    }
  }

  // 4. Date line and byline: short lines near the top (the head, or the first few kept lines).
  Article article;
  std::optional<Date> updated_date;
  std::optional<size_t> date_unit;
  {
    size_t kept_seen = 0;
    for (size_t i = 0; i < n && kept_seen < 12; ++i) {
      Unit& u = units[i];
      if (u.role != Role::kBody) continue;
      ++kept_seen;
      if (i > first_body + 3) break;
      if (u.words > kMaxDateLineWords) continue;
      bool updated = false;
      if (auto d = ParseDateLine(u.raw, &updated)) {
        if (!updated && !article.published) {
          article.published = d;
          date_unit = i;
        } else if (updated && !updated_date) {
          updated_date = d;
        }
        u.role = Role::kDateLine;
        if (article.author.empty()) {
          if (auto a = BylineAuthor(u.raw)) article.author = *a;
        }
        continue;
      }
      if (auto a = BylineAuthor(u.raw); a && i <= first_body + 1) {
        if (article.author.empty()) article.author = *a;
        u.role = Role::kByline;
      }
    }
  }
  if (!article.published && updated_date) article.published = updated_date;

  // 5. Social posts: the text line before each attribution line.
  for (size_t i = 0; i < n; ++i) {
    Unit& u = units[i];
    if (u.role != Role::kAttribution) continue;
    for (size_t j = i; j-- > 0;) {
      Unit& p = units[j];
      if (p.role == Role::kDrop) continue;
      if (p.role == Role::kBody && !p.is_post_text && (!doubled_head || j != *doubled_head)) {
        p.is_post_text = true;
        u.post = j;
      }
      break;
    }
  }

  // 6. Headline.
  std::optional<size_t> title_unit = doubled_head;
  if (!title_unit && date_unit) {
    for (size_t j = *date_unit; j-- > 0;) {
      const Unit& p = units[j];
      if (p.role != Role::kBody) continue;
      if (p.words <= 25 && !p.is_post_text) title_unit = j;
      break;
    }
  }
  if (!title_unit) {
    for (size_t j = 0; j < n; ++j) {
      const Unit& p = units[j];
      if (p.role != Role::kBody) continue;
      bool more_after = false;
      for (size_t k = j + 1; k < n && !more_after; ++k) more_after = units[k].role == Role::kBody;
      if (p.words >= 2 && p.words <= 20 && !EndsSentence(p.raw) && !p.is_post_text && more_after) title_unit = j;
      break;
    }
  }
  if (title_unit) {
    units[*title_unit].kind = Block::Kind::kHeading;
    article.title = units[*title_unit].raw;
  }

  // Block kinds for the rest.
  for (size_t i = 0; i < n; ++i) {
    Unit& u = units[i];
    if (u.role != Role::kBody || (title_unit && i == *title_unit)) continue;
    std::string_view t = u.raw;
    bool open_q = t.rfind("\"", 0) == 0 || t.rfind("\xE2\x80\x9C", 0) == 0 || t.rfind("\xC2\xAB", 0) == 0;
    bool close_q = (!t.empty() && t.back() == '"') || (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D")) ||
                   (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xBB");
    if (open_q && close_q && u.words >= 4) {
      u.kind = Block::Kind::kQuote;
    } else if (t.rfind("\xE2\x80\xA2 ", 0) == 0 || t.rfind("* ", 0) == 0 || t.rfind("- ", 0) == 0 ||
               t.rfind("\xC2\xB7 ", 0) == 0) {
      u.kind = Block::Kind::kListItem;
    } else if (u.words <= 10 && !EndsSentence(t) && i > first_body && i + 1 < n && !u.is_post_text &&
               IsBodyParagraph(units[i + 1]) && units[i + 1].role == Role::kBody && t[0] >= 'A' && t[0] <= 'Z') {
      u.kind = Block::Kind::kHeading;
    }
  }

  // Assemble.
  Output out;
  auto emit_unit = [&](const Unit& u, bool strip_social_junk) {
    for (size_t k = 0; k < u.pieces.size(); ++k) {
      Piece p = u.pieces[k];
      if (k > 0) out.AppendLiteral(" ");
      if (k == 0 && u.kind == Block::Kind::kListItem) {
        // Drop the bullet marker.
        size_t sp = in.find(' ', p.start);
        if (sp != std::string_view::npos && sp < p.end) p.start = sp + 1;
      }
      if (!strip_social_junk) {
        out.Append(in, p.start, p.end);
        continue;
      }
      std::string_view piece = in.substr(p.start, p.end - p.start);
      size_t cur = 0;
      for (auto [a, b] : SocialJunk(piece)) {
        out.Append(in, p.start + cur, p.start + a);
        cur = b;
      }
      out.Append(in, p.start + cur, p.end);
    }
    out.TrimBlockEnd();
  };
  for (size_t i = 0; i < n; ++i) {
    const Unit& u = units[i];
    if (u.role == Role::kAttribution) {
      Block b;
      b.kind = Block::Kind::kSocialPost;
      b.author = u.social->author;
      b.handle = u.social->handle;
      b.date = u.social->date;
      out.BeginBlock();
      if (u.post != SIZE_MAX) {
        emit_unit(units[u.post], /*strip_social_junk=*/true);
        if (!out.BlockEmpty()) out.AppendLiteral("\n");
      }
      emit_unit(u, false);
      b.start = out.block_start();
      b.end = out.size();
      article.blocks.push_back(std::move(b));
      continue;
    }
    if (u.role != Role::kBody || u.is_post_text) continue;
    out.BeginBlock();
    emit_unit(u, false);
    if (out.BlockEmpty()) {
      out.CancelBlock();
      continue;
    }
    Block b;
    b.kind = u.kind;
    b.start = out.block_start();
    b.end = out.size();
    article.blocks.push_back(std::move(b));
  }
  // A post whose attribution was lost (dropped as a duplicate, say) is still text.
  if (out.size() == 0 || article.blocks.empty()) {
    return Status::Empty("no article text left after removing boilerplate");
  }
  article.text = std::move(out.text());
  article.offsets = std::move(out.map());
  if (article.published) {
    article.published_how = "text";
  } else if (auto latest = LatestExplicitDate(article.text)) {
    article.published = latest;
    article.published_how = "inferred";
  } else {
    article.published_how = "none";
  }
  return article;
}

}  // namespace corroborate
