// ClaimantReader: a parsed sentence's sources come from its dependency arcs too
// (extract/attribution.h), merged cue by cue with the word windows below (the windows' name wins at
// a cue both read). Word-window attribution patterns, in the order tried:
//   - an embedded social post: its author;
//   - "according to X";
//   - "X said/told/reported/..." (X the phrase right before the verb, skipping adverbs such as
//     "also"; an apposition between commas joins the name: "Maria Lenz, a spokeswoman for ..., said");
//   - "..., said X" (X after the verb, with an apposition after it);
//   - a sentence that is only a quote takes the attribution of the next sentence when that one opens
//     with "X said" / "he added".
// A claimant phrase is a run of capitalised words and the lower-case words of
// data/extract_claimant_nouns.tsv, joined by "of", "for", "the", "'s" and hyphens. Pronouns, surnames and
// "the <role>" resolve to the most recent entity that matches; new names are remembered.
#include "extract/claimant.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "common/data_tables.h"
#include "extract/attribution.h"
#include "common/text_util.h"
#include "corroborate/timex.h"

namespace corroborate {
namespace {

struct Tables {
  std::unordered_map<std::string, bool> verbs;  // verb -> hedge
  std::unordered_set<std::string> nouns;
  std::vector<std::pair<std::string, SourceKind>> kinds;
};

const Tables& T() {
  static const Tables* t = [] {
    auto* t = new Tables();
    for (const auto& row : DataTable("extract_claimant_verbs.tsv")) {
      if (!row.empty()) t->verbs[std::string(row[0])] = row.size() > 1 && row[1] == "1";
    }
    for (const auto& row : DataTable("extract_claimant_nouns.tsv")) {
      if (!row.empty()) t->nouns.insert(ToLowerAscii(row[0]));
    }
    for (const auto& row : DataTable("extract_source_kinds.tsv")) {
      if (row.size() < 2) continue;
      if (auto k = ParseSourceKind(row[1])) t->kinds.push_back({std::string(row[0]), *k});
    }
    return t;
  }();
  return *t;
}

// The cue lists of data/extract_claimant_cues.tsv; the enum follows the order of the names in Cues().
enum Cue : size_t { kPronoun, kPersonPronoun, kJoiner, kFunctionWord, kAdverb, kArticle, kAppositionVerb, kPersonPrefix, kNoClaimant, kCountNoun, kCountAdjective, kStatementNoun, kStatementNounBefore, kStatementNext, kClaimVerb, kClaimObject, kPlacePrep, kFigureNoun, kPlaceModifier, kRelative, kTell, kClauseVerb };

const WordLists& Cues() {
  static const WordLists* cues = new WordLists("extract_claimant_cues.tsv", {"pronoun", "person_pronoun", "joiner", "function_word", "adverb", "article", "apposition_verb", "person_prefix", "no_claimant", "count_noun", "count_adjective", "statement_noun", "statement_noun_before", "statement_next", "claim_verb", "claim_object", "place_prep", "figure_noun", "place_modifier", "relative", "tell", "clause_verb"});
  return *cues;
}
bool IsCue(std::string_view w, Cue list) { return Cues().Has(list, w); }

bool Cap(const Token& t) { return t.kind == Token::Kind::kWord && t.capitalised; }  // ASCII or not ("\xC3\x96zil")
bool Is(const std::vector<Token>& t, size_t i, std::string_view w) { return i < t.size() && t[i].lower == w; }
// Whether t[i] is a word of the cue list.
bool In(const std::vector<Token>& t, size_t i, Cue list) { return i < t.size() && IsCue(t[i].lower, list); }
bool IsQuote(const Token& t) {
  return t.kind == Token::Kind::kPunct && (t.lower == "\"" || t.lower == "\xE2\x80\x9C" || t.lower == "\xE2\x80\x9D" || t.lower == "'" ||
                                           t.lower == "\xE2\x80\x99" || t.lower == "\xE2\x80\x98");
}
bool IsPronoun(std::string_view w) { return IsCue(w, kPronoun); }
bool Joiner(const std::vector<Token>& t, size_t i) {
  const std::string& w = t[i].lower;
  return IsCue(w, kJoiner) || w == "-" || w == "&" ||
         (w == "s" && i > 0 && (t[i - 1].lower == "'" || t[i - 1].lower == "\xE2\x80\x99")) ||
         ((w == "'" || w == "\xE2\x80\x99") && i + 1 < t.size() && t[i + 1].lower == "s" && !t[i + 1].space_before) ||
         // "the Sudan Doctors' Syndicate": a plural possessive inside a name.
         ((w == "'" || w == "\xE2\x80\x99") && i > 0 && !t[i].space_before && Cap(t[i - 1]) && t[i - 1].lower.back() == 's' &&
          i + 1 < t.size() && Cap(t[i + 1])) ||
         (w == "." && i > 0 && t[i - 1].lower.size() == 1 && !t[i].space_before);  // "U.N."
}
bool NpWord(const std::vector<Token>& t, size_t i) {
  if (i >= t.size()) return false;
  if (Cap(t[i])) return true;
  if (t[i].kind == Token::Kind::kWord && T().nouns.count(t[i].lower)) return true;
  return Joiner(t, i);
}
// Words that end a claimant phrase when walking back from the verb.
bool IsFunctionWord(std::string_view w) {
  if (IsCue(w, kFunctionWord)) return true;
  return w.size() > 3 && w.substr(w.size() - 2) == "ed";
}
bool Adverb(std::string_view w) {
  return IsCue(w, kAdverb);
}

// An apposition starting at t[i] ("a spokeswoman for the Interior Ministry", "the mayor of Aleppo's
// opposition-held neighbourhoods") runs to the next comma or the sentence end; returns the token after
// it, or 0 when it is not one (too long, or it holds a verb: then it is a clause, not a description).
size_t AppositionEnd(const std::vector<Token>& t, size_t i) {
  if (!In(t, i, kArticle) || i + 1 >= t.size()) return 0;
  // A description has a lower-case word among its first three ("the UN special representative"); "the
  // White Helmets" is a name.
  bool described = false;
  for (size_t k = i + 1; k < t.size() && k < i + 4 && !described; ++k) {
    described = t[k].kind == Token::Kind::kWord && !Cap(t[k]) && !Joiner(t, k);
  }
  if (!described) return 0;
  size_t e = i + 1;
  while (e < t.size() && e - i < 16) {
    const std::string& w = t[e].lower;
    const bool possessive = (w == "'" || w == "\xE2\x80\x99") && Is(t, e + 1, "s") && !t[e + 1].space_before;
    if (w == "," || w == "." || w == ";" || w == ":" || (IsQuote(t[e]) && !possessive) || w == "(" || w == ")") break;
    if (IsCue(w, kAppositionVerb)) return 0;
    ++e;
  }
  if (e - i >= 16 || e - i < 2) return 0;
  return e;
}

// "— The Relief Corps (@ReliefCorps) 30 November 2016": the signature line of an embedded post in
// plain text (an em or en dash, the author, the @handle in brackets, then a date).
std::optional<Attribution> SocialSignature(std::string_view line, const std::optional<Date>& dct) {
  size_t i = 0;
  if (line.substr(0, 3) == "\xE2\x80\x94" || line.substr(0, 3) == "\xE2\x80\x93") {
    i = 3;
  } else if (line.substr(0, 2) == "- ") {
    i = 1;
  } else {
    return std::nullopt;
  }
  const size_t open = line.find("(@", i);
  if (open == std::string_view::npos || open - i > 80) return std::nullopt;
  const size_t close = line.find(')', open);
  if (close == std::string_view::npos || close - open > 40) return std::nullopt;
  Attribution a;
  a.found = true;
  a.kind = SourceKind::kSocial;
  const std::string_view author = TrimAscii(line.substr(i, open - i));
  const std::string_view handle = line.substr(open + 1, close - open - 1);
  a.name = author.empty() ? std::string(handle) : std::string(author) + " (" + std::string(handle) + ")";
  for (const Timex& x : FindTimexes(line.substr(close + 1), dct)) {
    if (x.type == TimexType::kDate && x.first_day && x.last_day && *x.first_day == *x.last_day) {
      a.said_on = x.first_day;
      break;
    }
  }
  return a;
}

}  // namespace

ClaimantReader::ClaimantReader(const Article& article) : article_(article) {}

SourceKind ClaimantReader::KindOf(std::string_view name) {
  // "Name, a role": a person, unless the role speaks for a body ("a spokeswoman for the Interior
  // Ministry", "the head of the emergency committee", "the mayor of Mopti"): then the body's kind.
  if (const size_t comma = name.find(", "); comma != std::string_view::npos && comma > 0 && name.find('@') == std::string_view::npos) {
    std::string_view person = name.substr(0, comma), role = name.substr(comma + 2);
    if (role.find(',') == std::string_view::npos && KindOf(person) == SourceKind::kPerson) {
      std::string r = " " + ToLowerAscii(role) + " ";
      static const char* const kSpeaksFor[] = {" spokesman ", " spokeswoman ", " spokesperson ", " head ", " director ", " chief ",
                                               " coordinator ", " representative ", " official ", " mayor ", " minister ", " governor ",
                                               " commander ", " president ", " chairman ", " chairwoman ", " secretary-general ",
                                               " envoy ", " rapporteur ", " ambassador ", " coordinator "};
      bool speaks = false;
      for (const char* w : kSpeaksFor) speaks |= r.find(w) != std::string::npos;
      for (const char* w : {" spokesman ", " spokeswoman ", " spokesperson "}) {
        if (size_t at = r.find(w); at != std::string::npos) r.replace(at, std::string(w).size(), " ");
      }
      if (!speaks) return SourceKind::kPerson;
      const SourceKind body = KindOf(TrimAscii(r));
      return body == SourceKind::kPerson ? SourceKind::kPerson : body;
    }
  }
  std::string lower = " " + ToLowerAscii(name) + " ";
  for (char& c : lower) {
    if (c == ',' || c == '(' || c == ')' || c == '.' || c == '\'' || c == '"') c = ' ';
  }
  if (name.find('@') != std::string_view::npos) return SourceKind::kSocial;
  for (const auto& [word, kind] : T().kinds) {
    if (lower.find(" " + word + " ") != std::string::npos) return kind;
  }
  // Two or three capitalised words and nothing else: a person's name.
  size_t caps = 0, words = 0;
  bool lower_word = false;
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && !IsAsciiAlpha(name[i]) && static_cast<unsigned char>(name[i]) < 0x80) ++i;
    if (i >= name.size()) break;
    size_t j = i;
    while (j < name.size() && (IsAsciiAlpha(name[j]) || static_cast<unsigned char>(name[j]) >= 0x80 || name[j] == '-')) ++j;
    ++words;
    if (name[i] >= 'A' && name[i] <= 'Z') ++caps; else lower_word = true;
    i = j;
  }
  // An acronym ("ACLED", "UNRWA") names a body, not a person.
  if (words == 1 && name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-' || c == '.'; })) {
    return SourceKind::kOrganization;
  }
  if (!lower_word && caps >= 2 && caps <= 6) return SourceKind::kPerson;
  // "John Smith, a rescue worker": a name with an apposition.
  size_t comma = name.find(',');
  if (comma != std::string_view::npos && comma > 0 && KindOf(name.substr(0, comma)) == SourceKind::kPerson) return SourceKind::kPerson;
  if (lower_word && (lower.find(" witness") != std::string::npos || lower.find(" resident") != std::string::npos ||
                     lower.find(" doctor") != std::string::npos || lower.find(" medic") != std::string::npos ||
                     lower.find(" survivor") != std::string::npos || lower.find(" relative") != std::string::npos ||
                     lower.find(" activist") != std::string::npos || lower.find(" rescuer") != std::string::npos ||
                     lower.find(" volunteer") != std::string::npos || lower.find(" nurse") != std::string::npos ||
                     lower.find(" paramedic") != std::string::npos || lower.find(" eyewitness") != std::string::npos ||
                     lower.find(" worker") != std::string::npos || lower.find(" surgeon") != std::string::npos ||
                     lower.find(" father") != std::string::npos || lower.find(" mother") != std::string::npos ||
                     lower.find(" neighbour") != std::string::npos || lower.find(" neighbor") != std::string::npos)) {
    return SourceKind::kPerson;
  }
  // One capitalised word: a surname, unless it is a common noun capitalised at a sentence start
  // ("Rebels said", "Witnesses said").
  if (words == 1 && caps == 1) {
    std::string w = ToLowerAscii(TrimAscii(name));
    if (T().nouns.count(w)) {
      static const auto* person_prefixes = [] {
        auto* v = new std::vector<std::string>();
        for (const auto& row : DataTable("extract_claimant_cues.tsv")) {
          if (row.size() >= 2 && row[1] == "person_prefix") v->emplace_back(row[0]);
        }
        return v;
      }();
      for (const std::string& prefix : *person_prefixes) {
        if (w.rfind(prefix, 0) == 0) return SourceKind::kPerson;
      }
      return SourceKind::kOrganization;
    }
    return SourceKind::kPerson;
  }
  return SourceKind::kOrganization;
}

std::string ClaimantReader::Slice(const std::vector<Token>& t, size_t b, size_t e) const {
  if (b >= e || e > t.size()) return {};
  return std::string(TrimAscii(std::string_view(article_.text).substr(t[b].start, t[e - 1].end - t[b].start)));
}

void ClaimantReader::Remember(const std::string& full, SourceKind kind) {
  Entity e;
  e.full = full;
  e.kind = kind;
  const size_t comma = full.find(',');
  e.person = kind == SourceKind::kPerson || (comma != std::string::npos && KindOf(full.substr(0, comma)) == SourceKind::kPerson);
  std::string w;
  for (char c : full + " ") {
    if (IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80 || c == '-') {
      w += ToLowerAscii(c);
    } else if (!w.empty()) {
      e.words.push_back(w);
      w.clear();
    }
  }
  // A longer form of a known name replaces it ("Lenz" -> "Maria Lenz, a spokeswoman ...").
  for (auto it = entities_.begin(); it != entities_.end(); ++it) {
    if (it->full == full) {
      entities_.erase(it);
      break;
    }
  }
  entities_.push_back(std::move(e));
  if (entities_.size() > 64) entities_.erase(entities_.begin());
}

// "Maria Lenz, a spokeswoman for the Interior Ministry, ..." anywhere in a sentence: remembered.
void ClaimantReader::ScanAppositions(const std::vector<Token>& t) {
  for (size_t i = 0; i + 3 < t.size(); ++i) {
    if (!Cap(t[i]) || !Cap(t[i + 1])) continue;
    size_t e = i;
    while (e < t.size() && (Cap(t[e]) || (t[e].lower == "-" && !t[e].space_before))) ++e;
    if (e - i < 2 || e - i > 4 || !Is(t, e, ",") || !In(t, e + 1, kArticle)) continue;
    size_t a = AppositionEnd(t, e + 1);
    if (a == 0) continue;
    std::string full = Slice(t, i, a);
    Remember(full, KindOf(full));
    i = a;
  }
}

Attribution ClaimantReader::Resolve(std::string np, bool hedge) {
  Attribution a;
  np = std::string(TrimAscii(np));
  while (!np.empty() && (np.back() == ',' || np.back() == '.')) np.pop_back();
  std::string lower = ToLowerAscii(np);
  if (lower.rfind("the ", 0) == 0) np = np.substr(4), lower = lower.substr(4);
  if (lower.rfind("a ", 0) == 0) np = np.substr(2), lower = lower.substr(2);
  if (lower.rfind("an ", 0) == 0) np = np.substr(3), lower = lower.substr(3);
  // A common noun capitalised only because it opens the sentence: "Residents said" -> "residents".
  if (np.find(' ') == std::string::npos && T().nouns.count(lower) && np.size() > 1 && !(np[1] >= 'A' && np[1] <= 'Z')) np = lower;
  // "earlier reports", "initial reports": no one in particular.
  if (lower.size() >= 7 && lower.compare(lower.size() - 7, 7, "reports") == 0 && lower.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos &&
      np.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) == std::string::npos) {
    return a;
  }
  if (np.empty() || IsCue(lower, kNoClaimant)) {
    return a;
  }
  a.hedge = hedge;
  // Pronouns and references back.
  std::vector<std::string> words;
  {
    std::string w;
    for (char c : lower + " ") {
      if (IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80 || c == '-') w += c;
      else if (!w.empty()) words.push_back(w), w.clear();
    }
  }
  if (words.empty()) return a;
  const bool pronoun = words.size() == 1 && IsPronoun(words[0]);
  const bool short_ref = words.size() <= 2 && !pronoun;
  for (auto it = entities_.rbegin(); it != entities_.rend(); ++it) {
    bool match = false;
    if (pronoun) {
      match = IsCue(words[0], kPersonPronoun) ? it->person : !it->person;
    } else if (short_ref) {
      match = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::find(it->words.begin(), it->words.end(), w) != it->words.end();
      });
    }
    if (match) {
      a.found = true;
      a.name = it->full;
      a.kind = it->kind;
      return a;
    }
  }
  if (pronoun) return a;  // "he said" with nobody named before: unknown
  a.found = true;
  a.name = np;
  a.kind = KindOf(np);
  Remember(np, a.kind);
  return a;
}

std::vector<Attribution> ClaimantReader::FromTokens(const std::vector<Token>& t) {
  std::vector<Attribution> out;
  auto add = [&out, &t](Attribution a, size_t at) {
    if (!a.found) return;
    a.at = at;
    // "..., the Taliban government said, but ...": the verb closes the clause before it.
    for (size_t k = 0; k < t.size(); ++k) {
      if (t[k].start != at) continue;
      if (T().verbs.count(t[k].lower)) a.closes = k + 1 >= t.size() || (t[k + 1].kind == Token::Kind::kPunct && !IsQuote(t[k + 1]) && t[k + 1].lower != ":");
      break;
    }
    out.push_back(std::move(a));
  };
  // "according to X".
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (!(Is(t, i, "according") && Is(t, i + 1, "to"))) continue;
    size_t b = i + 2, e = b;
    // "according to exit polls", "according to figures from the ministry": a common noun may open it.
    while (e < t.size() && e - b < 12 &&
           (NpWord(t, e) || (t[e].kind == Token::Kind::kWord && !IsFunctionWord(t[e].lower) && !IsPronoun(t[e].lower) && e - b < 5)))
      ++e;
    // "according to local rescue workers known as the Relief Corps": the name they are known by.
    if (e > b + 1 && Is(t, e - 1, "known") && Is(t, e, "as")) {
      size_t nb = e + 1;
      if (Is(t, nb, "the")) ++nb;
      size_t ne = nb;
      while (ne < t.size() && ne - nb < 8 && (Cap(t[ne]) || (ne > nb && Joiner(t, ne) && ne + 1 < t.size() && Cap(t[ne + 1])))) ++ne;
      if (ne > nb) {
        add(Resolve(Slice(t, nb, ne), false), t[i].start);
        continue;
      }
    }
    if (Is(t, e, ",")) {
      if (size_t a = AppositionEnd(t, e + 1)) e = a;
    }
    while (e > b && Joiner(t, e - 1)) --e;
    if (e > b) add(Resolve(Slice(t, b, e), false), t[i].start);
  }
  // "the Health Department's count of 21": a possessive before a word for a figure.
  for (size_t k = 2; k + 1 < t.size(); ++k) {
    const std::string& w = t[k].lower;
    if (!IsCue(w, kCountNoun)) continue;
    // "Department's" is one token; "Department’s" three (the curly apostrophe is punctuation).
    size_t e = 0;
    const std::string& prev = t[k - 1].lower;
    size_t adj = 0;  // "the agency's latest count"
    if (k >= 3 && In(t, k - 1, kCountAdjective))
      adj = 1;
    const std::string& prev2 = t[k - 1 - adj].lower;
    if (adj && prev2.size() > 2 && prev2.compare(prev2.size() - 2, 2, "'s") == 0) {
      e = k - 1;
    } else if (adj && Is(t, k - 1 - adj, "s") && (Is(t, k - 2 - adj, "'") || Is(t, k - 2 - adj, "\xE2\x80\x99"))) {
      e = k - 3;
    } else if (prev.size() > 2 && prev.compare(prev.size() - 2, 2, "'s") == 0) {
      e = k;
    } else if (Is(t, k - 1, "s") && (Is(t, k - 2, "'") || Is(t, k - 2, "\xE2\x80\x99"))) {
      e = k - 2;
    } else {
      continue;
    }
    size_t b = e;
    while (b > 0 && e - b < 8 && (NpWord(t, b - 1) || b == e)) --b;
    while (b < e && Joiner(t, b)) ++b;
    std::string np = Slice(t, b, e);
    if ((e == k || (adj && e == k - 1)) && np.size() > 2) np.resize(np.size() - 2);
    const size_t space = np.rfind(' ');
    const std::string head = ToLowerAscii(space == std::string::npos ? np : np.substr(space + 1));
    if (b < e && (Cap(t[e - 1]) || T().nouns.count(head))) add(Resolve(np, false), t[k].start);
  }
  // "X said", "..., said X".
  for (size_t k = 0; k < t.size(); ++k) {
    auto v = T().verbs.find(t[k].lower);
    if (v == T().verbs.end() || t[k].kind != Token::Kind::kWord) continue;
    // A noun, not a verb: "the report", "unconfirmed reports", "their claims".
    const std::string& verb = t[k].lower;
    // Words that are also nouns: "the report", "unconfirmed reports", "their claims", "media reports".
    const bool noun_form = IsCue(verb, kStatementNoun);
    if (noun_form && k > 0 &&
        In(t, k - 1, kStatementNounBefore))
      continue;
    // A statement verb is followed by what is said, a time or place, a listener or the sentence end;
    // "The attack claimed 46 lives" is no statement.
    const bool statement = k + 1 >= t.size() || t[k + 1].kind == Token::Kind::kPunct || In(t, k + 1, kStatementNext);
    // "the UN report said": a verb form followed by a saying verb is a noun.
    if (k + 1 < t.size() && T().verbs.count(t[k + 1].lower)) continue;
    // "The shelling claimed 46 lives": claiming lives is killing, not saying.
    if (IsCue(t[k].lower, kClaimVerb) && k + 1 < t.size() &&
        (t[k + 1].kind == Token::Kind::kNumber || IsNumberWord(t[k + 1].lower) || In(t, k + 1, kClaimObject)))
      continue;
    const bool hedge = v->second;
    if (t[k].lower == "saying") {
      // "X, the mayor of ..., spoke from Geneva saying that ...": the sentence's subject speaks.
      size_t e = 0;
      while (e < k && e < 5 && (Cap(t[e]) || (t[e].lower == "-" && !t[e].space_before))) ++e;
      if (e >= 2) {
        size_t end = e;
        if (Is(t, e, ",")) {
          if (size_t a = AppositionEnd(t, e + 1)) end = a;
        }
        add(Resolve(Slice(t, 0, end), hedge), t[k].start);
      }
      continue;
    }
    size_t j = k;
    while (j > 0 && Adverb(t[j - 1].lower) && !Cap(t[j - 1])) --j;
    // Backwards: the phrase before the verb.
    if (j > 0 && !IsQuote(t[j - 1]) && t[j - 1].lower != ",") {
      size_t b = j;
      while (b > 0 && j - b < 12) {
        if (NpWord(t, b - 1)) {
          --b;
        } else if (b >= 2 && In(t, b - 1, kPlacePrep) && Cap(t[b]) && t[b - 2].kind == Token::Kind::kWord &&
                   !IsFunctionWord(t[b - 2].lower)) {
          --b;  // "medics in Aleppo", "the Health Ministry in Gaza"
        } else {
          break;
        }
      }
      // Lower-case words between a determiner or a name and the head noun ("the UN refugee agency",
      // "A local relief group").
      {
        size_t p = b, extra = 0;
        while (p > 0 && extra < 3 && t[p - 1].kind == Token::Kind::kWord && !Cap(t[p - 1]) && !IsFunctionWord(t[p - 1].lower) &&
               !IsCue(t[p - 1].lower, kArticle))
          --p, ++extra;
        if (p < b && p > 0 && (Cap(t[p - 1]) || IsCue(t[p - 1].lower, kArticle))) {
          b = p - 1;
          while (b > 0 && j - b < 12 && NpWord(t, b - 1)) --b;
        } else if (p < b && b < j && (p == 0 || t[p - 1].lower == "," || IsQuote(t[p - 1]))) {
          b = p;  // ", longtime Democratic pollster Pat Caddell told": descriptive words open the clause
        }
      }
      while (b < j && Joiner(t, b) && !IsCue(t[b].lower, kArticle)) ++b;
      // A claimant phrase names someone: a capitalised word (not just a sentence-initial "The"), a
      // claimant noun or a pronoun. "The attack claimed 46 lives" has none.
      bool names = false;
      for (size_t x = b; x < j; ++x) {
        const std::string& w = t[x].lower;
        if ((Cap(t[x]) && !IsCue(w, kArticle)) || (!Joiner(t, x) && T().nouns.count(w))) names = true;
      }
      // "the same figure the regional agency gave": a phrase about the figure itself names no speaker.
      for (size_t x = b; x < j; ++x) {
        const std::string& w = t[x].lower;
        if (IsCue(w, kFigureNoun)) {
          names = false;
          b = j;
        }
      }
      // ", the coast guard said.": a described speaker at the end of the clause.
      if (!names && statement && b < j && In(t, b, kArticle) && j - b >= 2 && j - b <= 4 &&
          (b == 0 || t[b - 1].lower == ",")) {
        names = true;
        for (size_t x = b + 1; x < j; ++x) names &= t[x].kind == Token::Kind::kWord && !IsFunctionWord(t[x].lower);
      }
      // "The Health Ministry in Gaza said", "medics in Aleppo said": a generic speaker keeps its place.
      if (names && b >= 2 && Is(t, b - 1, "in") && j - b <= 3) {
        size_t x = b - 1, y = x;
        while (y > 0 && x - y < 4 && NpWord(t, y - 1) && !Is(t, y - 1, "in")) --y;
        while (y < x && Joiner(t, y)) ++y;
        bool named = false, generic = false;
        for (size_t z = y; z < x; ++z) {
          if (Cap(t[z]) && !(z == 0 && T().nouns.count(t[z].lower))) named = true;
          if (T().nouns.count(t[z].lower)) generic = true;
        }
        if (y < x && (named || generic) && (y == 0 || t[y - 1].lower == "," || Is(t, y - 1, "the") || IsFunctionWord(t[y - 1].lower))) {
          if (named) {
            add(Resolve(Slice(t, y, x), hedge), t[k].start);
          } else {
            add(Resolve(Slice(t, y, j), hedge), t[k].start);
          }
          continue;
        }
      }
      // Sentence-initial conjunctions are not part of a name ("As Russia said").
      while (b < j && Cap(t[b]) && IsFunctionWord(t[b].lower)) ++b;
      // A fragment of a longer phrase ("... opposition-held east Aleppo has stated") is no claimant.
      const bool fragment = b > 0 && t[b - 1].kind == Token::Kind::kWord && !Cap(t[b - 1]) && IsCue(t[b - 1].lower, kPlaceModifier);
      // A determiner opening the clause ("..., the coast guard said", "The rebels claimed") makes any
      // noun phrase a claimant.
      const bool clause_start = b == 0 || t[b - 1].lower == "," || t[b - 1].lower == ";" || IsQuote(t[b - 1]);
      if (clause_start && b < j && (t[b].lower == "the" || Cap(t[b]))) names = true;
      if (b < j && names && !fragment) {
        std::string np = Slice(t, b, j);
        if (!np.empty()) {
          add(Resolve(np, hedge), t[k].start);
          continue;
        }
      }
    }
    if (j > 0 && t[j - 1].lower == ",") {
      // An apposition between commas right before the verb.
      size_t c2 = j - 1, c1 = c2;
      while (c1 > 0 && c2 - c1 < 16 && t[c1 - 1].lower != ",") --c1;
      // "Jonas Abel, who coordinates the relief network, said": the name before the relative clause.
      if (c1 > 1 && c1 < c2 && In(t, c1, kRelative) && t[c1 - 1].lower == ",") {
        size_t e = c1 - 1, b = e;
        while (b > 0 && e - b < 6 && (Cap(t[b - 1]) || (t[b - 1].lower == "-" && !t[b - 1].space_before))) --b;
        if (b < e) {
          add(Resolve(Slice(t, b, e), hedge), t[k].start);
          continue;
        }
      }
      // "a department spokesman, Karel Maas, told ...": the name between the commas, its role before.
      bool all_caps = c1 < c2 && c2 - c1 <= 4;
      for (size_t x = c1; x < c2 && all_caps; ++x) all_caps = Cap(t[x]) || (t[x].lower == "-" && !t[x].space_before);
      if (all_caps && c2 - c1 >= 2 && c1 >= 2 && t[c1 - 1].lower == ",") {
        size_t r = c1 - 1;
        while (r > 0 && c1 - 1 - r < 12 && t[r - 1].lower != "," && (!IsQuote(t[r - 1]) || (Is(t, r, "s") && !t[r].space_before))) --r;
        std::string name = Slice(t, c1, c2);
        if (size_t e = AppositionEnd(t, r); e == c1 - 1) {
          std::string role = Slice(t, r, c1 - 1);
          if (!role.empty() && role[0] >= 'A' && role[0] <= 'Z') role[0] = static_cast<char>(role[0] - 'A' + 'a');  // "The spokeswoman"
          name += ", " + role;
        }
        add(Resolve(name, hedge), t[k].start);
        continue;
      }
      if (c1 > 0 && c1 < c2 && In(t, c1, kArticle) && AppositionEnd(t, c1) == c2) {
        size_t e = c1 - 1, b = e;
        while (b > 0 && e - b < 6 && (Cap(t[b - 1]) || (t[b - 1].lower == "-" && !t[b - 1].space_before))) --b;
        if (b < e) {
          add(Resolve(Slice(t, b, c2), hedge), t[k].start);
          continue;
        }
      }
    }
    // Forwards: "..., said X" / "\"...\" said X" (never "told X": X is the listener).
    if (j > 0 && (t[j - 1].lower == "," || IsQuote(t[j - 1])) && !IsCue(t[k].lower, kTell)) {
      size_t b = k + 1, e = b;
      while (e < t.size() && e - b < 10 && NpWord(t, e)) ++e;
      if (Is(t, e, ",")) {
        if (size_t a = AppositionEnd(t, e + 1)) e = a;
      }
      while (e > b && Joiner(t, e - 1)) --e;
      // "..., said volunteers had counted 35": the phrase opens a reported clause.
      const bool clause = e < t.size() && IsCue(t[e].lower, kClauseVerb);
      if (e > b && !clause) add(Resolve(Slice(t, b, e), hedge), t[k].start);
    }
  }
  return out;
}

// The parse's sources with the word windows': where both read the same cue, the windows' name
// wins, with where the statement lies (with this parser they cut a name better: "Human Rights
// Watch", not "Watch"; and "..., the government said, but ..." may parse as a conjunct); each adds
// the cues the other misses.
std::vector<Attribution> ClaimantReader::Merge(std::vector<Attribution> parsed, std::vector<Attribution> windows) {
  for (Attribution& a : windows) {
    auto same = std::find_if(parsed.begin(), parsed.end(), [&](const Attribution& p) { return p.at == a.at; });
    if (same == parsed.end()) {
      parsed.push_back(std::move(a));
      continue;
    }
    *same = std::move(a);
  }
  std::stable_sort(parsed.begin(), parsed.end(), [](const Attribution& x, const Attribution& y) { return x.at < y.at; });
  return parsed;
}

// The sources the sentence's parse shows, resolved like the word windows' phrases.
std::vector<Attribution> ClaimantReader::FromTree(const AnnotatedSentence& s) {
  std::vector<Attribution> out;
  const Tree tree(s.words);
  const std::vector<Word>& w = s.words;
  const std::string_view text(article_.text);
  for (const SourcePhrase& p : FindSources(tree, text)) {
    const size_t b = w[p.begin].start, e = w[p.end - 1].end;
    if (b >= e || e > text.size()) continue;
    // "you", "someone", "nobody": no one the article names; he, she, they resolve below.
    if (w[p.head].upos == "PRON" && !IsPronoun(w[p.head].lower)) continue;
    // A time is never a source ("early Friday saying", "Monday's statement").
    const bool time = std::any_of(s.timexes.begin(), s.timexes.end(), [&](const Timex& x) {
      return s.span.start + x.start < w[p.head].end && w[p.head].start < s.span.start + x.end;
    });
    if (time) continue;
    Attribution a = Resolve(std::string(text.substr(b, e - b)), p.hedge);
    if (!a.found) continue;
    a.at = w[p.cue].start;
    a.closes = p.closes;
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<Attribution> ClaimantReader::Read(Span sentence, std::optional<Span> next, const AnnotatedSentence* annotated) {
  for (const Block& b : article_.blocks) {
    if (b.kind == Block::Kind::kSocialPost && b.start <= sentence.start && sentence.end <= b.end) {
      Attribution a;
      a.found = !(b.author.empty() && b.handle.empty());
      a.name = b.author.empty() ? b.handle : (b.handle.empty() ? b.author : b.author + " (" + b.handle + ")");
      a.kind = SourceKind::kSocial;
      a.at = sentence.start;
      a.said_on = b.date;
      if (!a.found) return {};
      return {a};
    }
  }
  // A post embedded in plain text: the post, then a line "— Author (@handle) date".
  if (next) {
    if (std::optional<Attribution> a =
            SocialSignature(std::string_view(article_.text).substr(next->start, next->end - next->start), article_.published)) {
      a->at = sentence.start;
      return {*a};
    }
  }
  auto tokens_of = [&](Span s) {
    std::vector<Token> t = Tokenize(std::string_view(article_.text).substr(s.start, s.end - s.start), 4096);
    for (Token& x : t) x.start += s.start, x.end += s.start;
    return t;
  };
  std::vector<Token> t = tokens_of(sentence);
  ScanAppositions(t);
  // The word windows read first, so the names they give are the ones the parse's phrases resolve to.
  std::vector<Attribution> found = FromTokens(t);
  if (annotated && annotated->parsed && !annotated->words.empty()) found = Merge(FromTree(*annotated), std::move(found));
  const bool quotes = std::any_of(t.begin(), t.end(), [](const Token& x) { return IsQuote(x) && x.lower != "'" && x.lower != "\xE2\x80\x99"; });
  if (!found.empty() || t.empty() || !IsQuote(t[0])) {
    // "Maria Lenz said:" introduces the quote that follows.
    const bool colon = !t.empty() && t.back().lower == ":";
    quoted_ = quotes || colon ? found : std::vector<Attribution>{};
    introduced_ = colon && !found.empty();
    return found;
  }
  // The quote a "Maria Lenz said:" introduced.
  if (introduced_) {
    introduced_ = false;
    std::vector<Attribution> same = quoted_;
    for (Attribution& a : same) a.at = sentence.start;
    return same;
  }
  // A bare quote: the next sentence may say who spoke ("He added: ..." / "That was the count, she said").
  if (next) {
    std::vector<Token> n = tokens_of(*next);
    for (size_t k = 0; k < n.size() && k < 6; ++k) {
      if (T().verbs.count(n[k].lower) && k > 0) {
        std::vector<Attribution> next_found = FromTokens(n);
        for (Attribution& a : next_found) a.at = sentence.end;
        if (!next_found.empty()) return next_found;
        break;
      }
    }
  }
  // Or it goes on quoting the speaker of the sentence before: '"...," the witness said. "I counted ..."'.
  std::vector<Attribution> same = quoted_;
  for (Attribution& a : same) a.at = sentence.start;
  return same;
}

}  // namespace corroborate
