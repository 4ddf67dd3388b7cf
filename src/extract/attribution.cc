#include "extract/attribution.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/data_tables.h"

namespace corroborate {
namespace {

enum class Role { kSay, kThink, kAppeal, kStance, kNoun };

struct Lemma {
  Role role;
  bool hedge;
};

struct Tables {
  std::unordered_map<std::string, Lemma> verbs;  // say / think
  std::unordered_map<std::string, Lemma> nouns;
  std::unordered_set<std::string> no_label, relative, source_case, according, harm_object, appeal_case, place_case;
};

const Tables& T() {
  static const Tables* t = [] {
    auto* t = new Tables();
    for (const auto& row : DataTable("extract_attribution_lemmas.tsv")) {
      if (row.size() < 2) continue;
      const std::string w(row[0]);
      const bool hedge = row.size() > 2 && row[2] == "1";
      if (row[1] == "say") t->verbs[w] = {Role::kSay, hedge};
      if (row[1] == "think") t->verbs[w] = {Role::kThink, hedge};
      if (row[1] == "appeal") t->verbs[w] = {Role::kAppeal, hedge};
      if (row[1] == "appeal_case") t->appeal_case.insert(w);
      if (row[1] == "place_case") t->place_case.insert(w);
      if (row[1] == "stance") t->verbs[w] = {Role::kStance, hedge};
      if (row[1] == "noun") t->nouns[w] = {Role::kNoun, hedge};
      if (row[1] == "no_label") t->no_label.insert(w);
      if (row[1] == "relative") t->relative.insert(w);
      if (row[1] == "source_case") t->source_case.insert(w);
      if (row[1] == "according") t->according.insert(w);
      if (row[1] == "harm_object") t->harm_object.insert(w);
    }
    return t;
  }();
  return *t;
}

// The head of word i, or -1 when it has none inside the sentence.
int HeadOf(const Tree& tree, size_t i) {
  const int h = tree.words()[i].head;
  return h >= 0 && static_cast<size_t>(h) < tree.words().size() && static_cast<size_t>(h) != i ? h : -1;
}

bool IsPunct(const Word& w) {
  return w.upos == "PUNCT" || (!w.form.empty() && std::all_of(w.form.begin(), w.form.end(), [](char c) {
           return c == ',' || c == '.' || c == ';' || c == ':' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '-';
         }));
}

// Relations whose subtree is a clause or an aside, not part of a name.
bool LeavesPhrase(const std::string& deprel) {
  return RelIs(deprel, "acl") || RelIs(deprel, "advcl") || RelIs(deprel, "parataxis") || RelIs(deprel, "ccomp") ||
         RelIs(deprel, "dep") || RelIs(deprel, "discourse") || RelIs(deprel, "vocative") || RelIs(deprel, "reparandum");
}

// Whether a noun is a name: a proper noun or one with a proper-noun compound ("Health Ministry").
bool Named(const Tree& tree, size_t n) {
  if (tree.words()[n].upos == "PROPN") return true;
  for (int c : tree.children(n)) {
    if (RelIs(tree.words()[c].deprel, "compound") && tree.words()[c].upos == "PROPN") return true;
  }
  return false;
}

// Whether word c is a place modifier: a proper noun after a place preposition ("in Gaza").
bool PlaceOf(const Tree& tree, size_t c) {
  const Word& w = tree.words()[c];
  if (!RelIs(w.deprel, "nmod") || w.upos != "PROPN") return false;
  for (int k : tree.children(c)) {
    if (RelIs(tree.words()[k].deprel, "case") && T().place_case.count(tree.words()[k].lower)) return true;
  }
  return false;
}

// The words [begin, end) of the phrase headed by `head`: its subtree without clauses (a visited set
// guards against cycles), trimmed of punctuation and a possessive "'s" at its edges.
std::pair<size_t, size_t> PhraseSpan(const Tree& tree, size_t head) {
  const auto& w = tree.words();
  std::vector<bool> seen(w.size(), false);
  std::vector<size_t> stack = {head};
  size_t lo = head, hi = head;
  seen[head] = true;
  while (!stack.empty()) {
    const size_t i = stack.back();
    stack.pop_back();
    lo = std::min(lo, i);
    hi = std::max(hi, i);
    for (int c : tree.children(i)) {
      if (seen[c] || LeavesPhrase(w[c].deprel)) continue;
      // "according to X", "by X": the head's own preposition is no part of the name; nor is the place
      // of a named body ("the Health Ministry in Gaza"), while a generic speaker keeps it ("medical
      // sources in Gaza").
      if (i == head && (RelIs(w[c].deprel, "case") || (PlaceOf(tree, static_cast<size_t>(c)) && Named(tree, head)))) continue;
      seen[c] = true;
      stack.push_back(static_cast<size_t>(c));
    }
  }
  // A clause inside the span ("Smith, who led the inquiry, and Jones") ends it at the clause.
  for (size_t i = lo; i <= hi; ++i) {
    if (seen[i] || i <= head) continue;
    hi = i - 1;
    break;
  }
  for (size_t i = head; i > lo; --i) {
    if (!seen[i - 1]) {
      lo = i;
      break;
    }
  }
  auto edge = [&](size_t i) { return IsPunct(w[i]) || RelIs(w[i].deprel, "cc") || RelIs(w[i].deprel, "case"); };
  while (lo < head && edge(lo)) ++lo;
  while (hi > head && edge(hi)) --hi;
  return {lo, hi + 1};
}

// A word whose subject is the speaker: a verb in the table, with its role satisfied.
const Lemma* SpeechVerb(const Tree& tree, size_t v) {
  const Word& w = tree.words()[v];
  if (w.upos != "VERB" && w.upos != "AUX" && !w.upos.empty()) return nullptr;
  auto it = T().verbs.find(w.lemma);
  if (it == T().verbs.end()) return nullptr;
  // "The attack claimed 46 lives": a count of the dead as the object is harm, not a statement.
  for (int c : tree.children(v)) {
    const Word& o = tree.words()[c];
    if (RelIs(o.deprel, "obj") && (o.upos == "NUM" || T().harm_object.count(o.lemma) || T().harm_object.count(o.lower))) return nullptr;
  }
  const Role role = it->second.role;
  if (role == Role::kThink || role == Role::kAppeal) {
    // "X believes that ...", "X added: ...", '"...," X added.': a clause or a quote goes with it.
    bool clause = tree.HasChild(v, "ccomp") || tree.HasChild(v, "parataxis") || tree.HasChild(v, "xcomp") ||
                  RelIs(w.deprel, "parataxis");
    // "X called for calm", "X called on the UN".
    for (int c : tree.children(v)) {
      if (role != Role::kAppeal || !RelIs(tree.words()[c].deprel, "obl")) continue;
      for (int k : tree.children(static_cast<size_t>(c))) {
        clause |= RelIs(tree.words()[k].deprel, "case") && T().appeal_case.count(tree.words()[k].lower) > 0;
      }
    }
    if (!clause) return nullptr;
  }
  return &it->second;
}

// Whether the statement comes before the verb: its clause precedes it ("..., X said").
bool Closes(const Tree& tree, size_t v) {
  const auto& w = tree.words();
  bool before = false, after = false;
  for (int c : tree.children(v)) {
    if (RelIs(w[c].deprel, "ccomp") || RelIs(w[c].deprel, "parataxis")) (static_cast<size_t>(c) < v ? before : after) = true;
  }
  const int h = HeadOf(tree, v);
  if (h >= 0 && (RelIs(w[v].deprel, "parataxis") || RelIs(w[v].deprel, "ccomp")) && static_cast<size_t>(h) < v) before = true;
  return before && !after;
}

// The active subject of word i ("nsubj", "nsubj:outer"; not "nsubj:pass"), or -1.
int ActiveSubject(const Tree& tree, size_t i) {
  for (int c : tree.children(i)) {
    const std::string& rel = tree.words()[c].deprel;
    if (RelIs(rel, "nsubj") && rel != "nsubj:pass") return c;
  }
  return -1;
}

// The subject of verb v: its own nsubj, else the subject of the verb it is coordinated with or
// depends on ("said ... and added", "declined to say", "saying"), climbing at most three arcs.
int SubjectOf(const Tree& tree, size_t v) {
  const auto& w = tree.words();
  size_t at = v;
  for (int step = 0; step < 4; ++step) {
    if (const int s = ActiveSubject(tree, at); s >= 0) {
      // "Smith, who said": the relative pronoun stands for the noun the clause modifies.
      if (T().relative.count(w[s].lower) && RelIs(w[at].deprel, "acl")) {
        const int n = HeadOf(tree, at);
        return n >= 0 ? n : -1;
      }
      return s;
    }
    if (tree.HasChild(at, "nsubj:pass") || tree.HasChild(at, "csubj") || tree.HasChild(at, "expl")) return -1;
    const int h = HeadOf(tree, at);
    if (h < 0) return -1;
    const std::string& rel = w[at].deprel;
    if (RelIs(rel, "conj") || RelIs(rel, "xcomp") || RelIs(rel, "advcl")) {
      at = static_cast<size_t>(h);
    } else if (RelIs(rel, "acl") && RelIs(w[h].deprel, "obj")) {
      // "X issued a statement saying ...": the one who issued it.
      const int g = HeadOf(tree, static_cast<size_t>(h));
      if (g < 0) return -1;
      at = static_cast<size_t>(g);
    } else {
      return -1;
    }
  }
  return -1;
}

// The agent of a passive report: "it was reported by X".
int AgentOf(const Tree& tree, size_t v) {
  if (const int a = tree.Child(v, "obl:agent"); a >= 0) return a;
  if (!tree.HasChild(v, "aux:pass")) return -1;
  for (int c : tree.children(v)) {
    if (!RelIs(tree.words()[c].deprel, "obl")) continue;
    for (int k : tree.children(static_cast<size_t>(c))) {
      if (RelIs(tree.words()[k].deprel, "case") && tree.words()[k].lower == "by") return c;
    }
  }
  return -1;
}

void AddPhrase(const Tree& tree, size_t head, size_t cue, bool hedge, bool closes, std::vector<SourcePhrase>* out) {
  const auto [b, e] = PhraseSpan(tree, head);
  if (b >= e || e > tree.words().size()) return;
  out->push_back({b, e, head, cue, hedge, closes});
}

// Whether word i stands inside a quotation of the sentence: a quote mark opens before it and one
// closes after it.
bool Quoted(const Tree& tree, size_t i) {
  const auto& w = tree.words();
  auto open = [](const std::string& f) { return f == "\xE2\x80\x9C"; };
  auto close = [](const std::string& f) { return f == "\xE2\x80\x9D"; };
  auto straight = [](const std::string& f) { return f == "\"" || f == "''" || f == "``"; };
  bool inside = false;
  for (size_t k = 0; k < i; ++k) {
    if (open(w[k].form)) inside = true;
    else if (close(w[k].form)) inside = false;
    else if (straight(w[k].form)) inside = !inside;
  }
  if (!inside) return false;
  for (size_t k = i + 1; k < w.size(); ++k) {
    if (close(w[k].form) || straight(w[k].form)) return true;
  }
  return false;
}

// Whether verb v says what another verb of saying reports ("Merrill says Machado promised ..."):
// a reported source inside a reported clause.
bool Reported(const Tree& tree, size_t v) {
  const auto& w = tree.words();
  size_t at = v;
  bool clause = false;
  for (int step = 0; step < 6; ++step) {
    const int h = HeadOf(tree, at);
    if (h < 0) return false;
    clause |= RelIs(w[at].deprel, "ccomp");
    if (clause && SpeechVerb(tree, static_cast<size_t>(h)) && SubjectOf(tree, static_cast<size_t>(h)) >= 0) return true;
    at = static_cast<size_t>(h);
  }
  return false;
}

void FromVerbs(const Tree& tree, std::vector<SourcePhrase>* out) {
  for (size_t v = 0; v < tree.words().size(); ++v) {
    const Lemma* lemma = SpeechVerb(tree, v);
    // Words quoted are the speaker's: a source they mention is no source of the sentence.
    if (!lemma || Quoted(tree, v) || Reported(tree, v)) continue;
    int s = SubjectOf(tree, v);
    if (s < 0 && lemma->role != Role::kStance) s = AgentOf(tree, v);
    if (s < 0 || static_cast<size_t>(s) == v) continue;
    AddPhrase(tree, static_cast<size_t>(s), v, lemma->hedge, Closes(tree, v), out);
  }
}

// "according to X": "according" is a case marker of X (or, in some parses, governs X).
void FromAccording(const Tree& tree, std::vector<SourcePhrase>* out) {
  const auto& w = tree.words();
  for (size_t a = 0; a < w.size(); ++a) {
    if (!T().according.count(w[a].lower)) continue;
    int source = -1;
    if (RelIs(w[a].deprel, "case") || RelIs(w[a].deprel, "mark")) source = HeadOf(tree, a);
    if (source < 0) {
      for (int c : tree.children(a)) {
        if (RelIs(w[c].deprel, "obl") || RelIs(w[c].deprel, "nmod") || RelIs(w[c].deprel, "obj")) source = c;
      }
    }
    if (source >= 0 && static_cast<size_t>(source) != a && !T().verbs.count(w[source].lemma)) {
      AddPhrase(tree, static_cast<size_t>(source), a, false, false, out);
    }
  }
}

// "X's statement", "a report by X", "an estimate from X".
void FromNouns(const Tree& tree, std::vector<SourcePhrase>* out) {
  const auto& w = tree.words();
  for (size_t n = 0; n < w.size(); ++n) {
    if (w[n].upos != "NOUN" && !w[n].upos.empty()) continue;
    auto it = T().nouns.find(w[n].lemma);
    if (it == T().nouns.end()) it = T().nouns.find(w[n].lower);
    if (it == T().nouns.end()) continue;
    for (int c : tree.children(n)) {
      bool owner = RelIs(w[c].deprel, "nmod:poss") && (w[c].upos == "PROPN" || w[c].upos == "NOUN" || w[c].upos.empty());
      if (!owner && RelIs(w[c].deprel, "nmod")) {
        for (int k : tree.children(static_cast<size_t>(c))) owner |= RelIs(w[k].deprel, "case") && T().source_case.count(w[k].lower) > 0;
      }
      if (owner) AddPhrase(tree, static_cast<size_t>(c), n, it->second.hedge, false, out);
    }
  }
}

// Whether a word is written in capitals ("PENCE", "MR.", "O'ROURKE").
bool AllCaps(const Word& w) {
  bool letter = false;
  for (char c : w.form) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

// A word of a speaker's label: capitals, or a capitalised proper name ("Pat Caddell: ...").
bool LabelWord(const Word& w) {
  if (AllCaps(w)) return true;
  return w.upos == "PROPN" && !w.form.empty() && w.form[0] >= 'A' && w.form[0] <= 'Z';
}

// Whether word b opens the sentence (after quotes or brackets) or a line of it.
bool OpensLine(const Tree& tree, size_t b, std::string_view text) {
  const auto& w = tree.words();
  size_t first = 0;
  while (first < w.size() && IsPunct(w[first])) ++first;
  if (b == first) return true;
  return b > 0 && w[b - 1].end <= w[b].start && w[b].start <= text.size() &&
         text.substr(w[b - 1].end, w[b].start - w[b - 1].end).find('\n') != std::string_view::npos;
}

// "PENCE: ...", "SEN. TIM KAINE: ...", "Pat Caddell: ...": a name and a colon opening the sentence or
// a line, with words after it.
void FromLabels(const Tree& tree, std::string_view text, std::vector<SourcePhrase>* out) {
  const auto& w = tree.words();
  for (size_t b = 0; b < w.size(); ++b) {
    if (!OpensLine(tree, b, text)) continue;
    size_t e = b;
    while (e < w.size() && e - b < 5 && LabelWord(w[e])) ++e;
    if (e == b || e + 1 >= w.size() || w[e].form != ":" || T().no_label.count(w[b].lower)) continue;
    if (e - b == 1 && w[b].form.size() < 2) continue;
    out->push_back({b, e, e - 1, e, false, false});
  }
}

bool IsDash(const std::string& f) {
  return f == "\xE2\x80\x95" || f == "\xE2\x80\x94" || f == "\xE2\x80\x93" || f == "--";
}

bool ClosingQuote(const std::string& f) { return f == "\xE2\x80\x9D" || f == "\"" || f == "''"; }

// '"... a real disgrace." ― Azucena Gonzalez': a quote signed with a dash and a name that ends the
// sentence.
void FromSignatures(const Tree& tree, std::vector<SourcePhrase>* out) {
  const auto& w = tree.words();
  for (size_t d = 1; d + 1 < w.size(); ++d) {
    if (!IsDash(w[d].form)) continue;
    const bool after_quote = ClosingQuote(w[d - 1].form) || (d >= 2 && ClosingQuote(w[d - 2].form) && IsPunct(w[d - 1]));
    if (!after_quote) continue;
    size_t e = d + 1;
    while (e < w.size() && e - d <= 6 && !IsPunct(w[e]) && !w[e].form.empty() && w[e].form[0] >= 'A' && w[e].form[0] <= 'Z') ++e;
    size_t rest = e;
    while (rest < w.size() && IsPunct(w[rest])) ++rest;
    if (e == d + 1 || rest != w.size()) continue;
    out->push_back({d + 1, e, e - 1, d, false, true});
  }
}

}  // namespace

std::vector<SourcePhrase> FindSources(const Tree& tree, std::string_view text) {
  std::vector<SourcePhrase> out;
  if (tree.words().empty()) return out;
  FromLabels(tree, text, &out);
  FromVerbs(tree, &out);
  FromAccording(tree, &out);
  FromNouns(tree, &out);
  FromSignatures(tree, &out);
  std::stable_sort(out.begin(), out.end(), [](const SourcePhrase& a, const SourcePhrase& b) { return a.cue < b.cue; });
  return out;
}

}  // namespace corroborate
