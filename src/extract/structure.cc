#include "extract/structure.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/data_tables.h"

namespace corroborate {
namespace {

enum Role : unsigned { kObj = 1, kPass = 2, kSubj = 4, kOf = 8 };

struct Predicate {
  Category category = Category::kAffected;
  unsigned roles = 0;
};

struct Tables {
  std::unordered_map<std::string, Predicate> predicates;
  std::unordered_map<std::string, Category> modifiers;
  std::unordered_set<std::string> figure_nouns;
  std::unordered_set<std::string> background_nouns;
  std::unordered_set<std::string> shelter_nouns;  // data/extract_shelter_nouns.tsv
  std::unordered_set<std::string> injury_nouns;   // data/extract_injury_nouns.tsv
  std::unordered_set<std::string> predicate_forms;  // every form a predicate lemma may take in text
  std::unordered_map<std::string, std::string> participles;  // past participle -> predicate lemma
};

// The regular forms of a lemma: "shoot" -> shoot, shoots, shooted, shooting; "wound" -> wounded;
// "injure" -> injured, injuring; "stab" -> stabbed, stabbing; "bury" -> buried. Over-generating is
// harmless: the forms only decide which sentences are worth parsing and which tagged-as-noun
// participles ("was shot" read as a noun) are read as verbs. Past participles go to `participles`.
void AddRegularForms(const std::string& lemma, Tables* t) {
  if (lemma.empty()) return;
  const char last = lemma.back();
  const std::string stem = last == 'e' ? lemma.substr(0, lemma.size() - 1) : lemma;
  std::string doubled = lemma;
  doubled.push_back(last);
  for (const std::string& form : {lemma, stem + "s", stem + "es", lemma + "s", stem + "ing", doubled + "ing"}) {
    t->predicate_forms.insert(form);
  }
  std::vector<std::string> past = {stem + "ed", doubled + "ed"};
  if (last == 'y') past.push_back(lemma.substr(0, lemma.size() - 1) + "ied");
  for (const std::string& form : past) {
    t->predicate_forms.insert(form);
    t->participles.emplace(form, lemma);
  }
}

unsigned ParseRoles(std::string_view list) {
  unsigned roles = 0;
  size_t i = 0;
  while (i <= list.size()) {
    size_t j = list.find(',', i);
    if (j == std::string_view::npos) j = list.size();
    const std::string_view r = list.substr(i, j - i);
    roles |= r == "obj" ? kObj : r == "pass" ? kPass : r == "subj" ? kSubj : r == "of" ? kOf : 0u;
    i = j + 1;
  }
  return roles;
}

const Tables& T() {
  static const Tables* t = [] {
    auto* t = new Tables();
    for (const auto& row : DataTable("extract_predicates.tsv")) {
      if (row.size() < 3) continue;
      auto cat = ParseCategory(row[1]);
      if (!cat) continue;
      Predicate& p = t->predicates[std::string(row[0])];
      p.category = *cat;
      p.roles |= ParseRoles(row[2]);
      AddRegularForms(std::string(row[0].substr(0, row[0].find(' '))), t);
    }
    // Irregular forms ("shot", "fled", "hurt") of predicate lemmas.
    for (const auto& row : DataTable("syntax_irregular_verbs.tsv")) {
      if (row.size() < 2 || !t->predicates.count(std::string(row[1]))) continue;
      t->predicate_forms.insert(std::string(row[0]));
      t->participles.emplace(std::string(row[0]), std::string(row[1]));
    }
    for (const auto& row : DataTable("extract_predicate_modifiers.tsv")) {
      if (row.size() < 2) continue;
      if (auto cat = ParseCategory(row[1])) t->modifiers[std::string(row[0])] = *cat;
    }
    for (const auto& row : DataTable("extract_figure_nouns.tsv")) {
      if (!row.empty()) t->figure_nouns.insert(std::string(row[0]));
    }
    for (const auto& row : DataTable("extract_injury_nouns.tsv")) {
      if (!row.empty()) t->injury_nouns.insert(std::string(row[0]));
    }
    for (const auto& row : DataTable("extract_shelter_nouns.tsv")) {
      if (!row.empty()) t->shelter_nouns.insert(std::string(row[0]));
    }
    for (const auto& row : DataTable("extract_background_nouns.tsv")) {
      if (!row.empty()) t->background_nouns.insert(std::string(row[0]));
    }
    return t;
  }();
  return *t;
}

}  // namespace

bool MayBePredicate(std::string_view lower) { return T().predicate_forms.count(std::string(lower)) > 0; }

// "nsubj:pass" matches "nsubj:pass"; "nsubj" matches "nsubj" only; "obl" matches "obl" and "obl:tmod".
bool RelIs(const std::string& deprel, std::string_view rel) {
  if (deprel == rel) return true;
  return rel.find(':') == std::string_view::npos && deprel.size() > rel.size() && deprel.compare(0, rel.size(), rel) == 0 &&
         deprel[rel.size()] == ':';
}

namespace {

// Harm ranks for coordinated predicates: a death outweighs a wound, a wound an arrest.
int Severity(Category c) {
  switch (c) {
    case Category::kKilled: return 3;
    case Category::kInjured: return 2;
    case Category::kMissing:
    case Category::kDetained: return 1;
    default: return 0;
  }
}

bool Negated(const Tree& tree, size_t pred) {
  for (int c : tree.children(pred)) {
    const Word& w = tree.words()[c];
    if (w.deprel == "advmod" && (w.lower == "not" || w.lower == "n't" || w.lower == "never" || w.lower == "\xE2\x80\x99t")) return true;
  }
  return false;
}

// A passive: a passive auxiliary, or a past participle with no auxiliary of its own modifying a noun
// or heading a reduced clause ("12 people killed in the attack").
bool IsPassive(const Tree& tree, size_t pred) { return tree.HasChild(pred, "aux:pass"); }

// The category a predicate gives a noun in `role`, with its modifiers ("shot dead") and the
// predicates coordinated with it ("rounded up and shot"), or nullopt.
std::optional<Category> PredicateCategory(const Tree& tree, size_t pred, unsigned role);

// A past participle the tagger read as a noun or adjective in a predicative place: "the child was shot
// in the head" (shot/NOUN under a copula), "a man was found shot" (the complement of a raising verb).
// It is the passive of its verb.
bool IsPredicativeParticiple(const Tree& tree, size_t pred) {
  const Word& p = tree.words()[pred];
  if (p.upos != "NOUN" && p.upos != "ADJ") return false;
  if (!tree.HasChild(pred, "cop") && !RelIs(p.deprel, "xcomp")) return false;
  return T().participles.count(p.lower) > 0;
}

// The predicate table's row for word `pred`. A phrasal verb is a verb of its own: "rounded up"
// detains, "shot down" (a plane) harms no one.
const Predicate* FindPredicate(const Tree& tree, size_t pred) {
  const Word& p = tree.words()[pred];
  auto it = T().predicates.end();
  if (int prt = tree.Child(pred, "compound:prt"); prt >= 0) {
    it = T().predicates.find(p.lemma + " " + tree.words()[prt].lower);
  } else {
    it = T().predicates.find(p.lemma);
    if (it == T().predicates.end()) it = T().predicates.find(p.lower);
  }
  if (it == T().predicates.end() && IsPredicativeParticiple(tree, pred)) it = T().predicates.find(T().participles.at(p.lower));
  return it == T().predicates.end() ? nullptr : &it->second;
}

// An infinitive of purpose says what was meant to happen, not what did: "an operation to detain a
// Taliban leader", "went to the house to arrest a man" (a clause modifying a noun or a clause, marked
// by the infinitive particle). A complement is not one: "forcing 200 families to evacuate".
bool IsPurposeInfinitive(const Tree& tree, size_t pred) {
  const Word& p = tree.words()[pred];
  if (!RelIs(p.deprel, "acl") && !RelIs(p.deprel, "advcl")) return false;
  for (int c : tree.children(pred)) {
    if (tree.words()[c].deprel == "mark" && tree.words()[c].upos == "PART") return true;
  }
  return false;
}

std::optional<Category> OnePredicate(const Tree& tree, size_t pred, unsigned role) {
  const Predicate* found = FindPredicate(tree, pred);
  if (!found || !(found->roles & role) || Negated(tree, pred) || IsPurposeInfinitive(tree, pred)) return std::nullopt;
  Category c = found->category;
  if (c == Category::kInjured) {
    // "shot dead", "fatally shot", "shot to death": a modifier upgrades the wound.
    for (int k : tree.children(pred)) {
      const Word& m = tree.words()[k];
      if (!(RelIs(m.deprel, "xcomp") || RelIs(m.deprel, "advmod") || RelIs(m.deprel, "obl") || RelIs(m.deprel, "amod"))) continue;
      auto mod = T().modifiers.find(m.lemma);
      if (mod == T().modifiers.end()) mod = T().modifiers.find(m.lower);
      if (mod != T().modifiers.end() && Severity(mod->second) > Severity(c)) c = mod->second;
    }
  }
  return c;
}

std::optional<Category> PredicateCategory(const Tree& tree, size_t pred, unsigned role) {
  // The coordination: the first conjunct and every predicate conjoined to it share the noun.
  // A subject is shared with the predicates conjoined after it ("were rounded up and shot"); an
  // object only with those that have none of their own ("killed and wounded 12 people", but not
  // "captured 40 soldiers and shot down two helicopters").
  size_t first = pred;
  // A conjunct with a subject of its own is a clause of its own ("one was killed and five were hurt").
  const bool own_subject = tree.HasChild(pred, "nsubj") || tree.HasChild(pred, "nsubj:pass");
  for (int guard = 0; guard < 16 && role != kObj && !own_subject && tree.words()[first].head >= 0 && RelIs(tree.words()[first].deprel, "conj"); ++guard) {
    first = static_cast<size_t>(tree.words()[first].head);
  }
  std::vector<size_t> preds = {first};
  for (int c : tree.children(first)) {
    // A conjunct with its own subject is another clause ("police arrived and the man died").
    if (!RelIs(tree.words()[c].deprel, "conj") || tree.HasChild(c, "nsubj")) continue;
    if (role == kObj && tree.HasChild(c, "obj")) continue;
    preds.push_back(static_cast<size_t>(c));
  }
  std::optional<Category> best;
  for (size_t p : preds) {
    // An active first verb with a passive conjunct keeps the role: "were rounded up and shot".
    unsigned r = role;
    if (p != first && role == kPass && !IsPassive(tree, p)) r = kPass;
    auto c = OnePredicate(tree, p, r);
    if (c && (!best || Severity(*c) > Severity(*best))) best = c;
  }
  return best;
}

std::optional<Category> ModifierCategory(const Tree& tree, size_t noun);

// What the open complement of `verb` says about the noun it is predicated of: "left 500 people
// homeless", "was found dead", "forcing 200 families to evacuate".
std::optional<Category> ComplementCategory(const Tree& tree, size_t verb) {
  const int x = tree.Child(verb, "xcomp");
  return x >= 0 ? PredicateCategory(tree, static_cast<size_t>(x), kSubj | kPass) : std::nullopt;
}

// "the death toll rose to 31", "the number of people who have fled stands at 90,000": the category of
// a figure noun, from its modifier or its "of" complement.
std::optional<Category> FigureNounCategory(const Tree& tree, size_t noun) {
  const Word& n = tree.words()[noun];
  if (!T().figure_nouns.count(n.lemma) && !T().figure_nouns.count(n.lower)) return std::nullopt;
  for (int c : tree.children(noun)) {
    const Word& m = tree.words()[c];
    if (RelIs(m.deprel, "compound") || RelIs(m.deprel, "amod")) {
      if (auto mod = T().modifiers.find(m.lemma); mod != T().modifiers.end()) return mod->second;
      if (auto p = T().predicates.find(m.lemma); p != T().predicates.end()) return p->second.category;
    }
    if (RelIs(m.deprel, "nmod")) {
      // "number of dead", "number of displaced", "number of people who have fled".
      if (auto p = T().predicates.find(m.lemma); p != T().predicates.end() && (p->second.roles & kSubj)) return p->second.category;
      if (auto cat = ModifierCategory(tree, static_cast<size_t>(c))) return cat;
    }
  }
  return std::nullopt;
}

// The clause a relative or participle modifier of a noun says about it: "people who fled" (the
// relative pronoun's role), "12 people killed in the attack" (a passive participle).
std::optional<Category> ModifierCategory(const Tree& tree, size_t noun) {
  for (int c : tree.children(noun)) {
    const Word& m = tree.words()[c];
    if (RelIs(m.deprel, "acl:relcl")) {
      unsigned role = kSubj;
      for (int k : tree.children(c)) {
        const Word& r = tree.words()[k];
        if (r.upos == "PRON" && (r.deprel == "nsubj:pass")) role = kPass;
        if (r.upos == "PRON" && (r.deprel == "obj")) role = kObj;
      }
      if (IsPassive(tree, c)) role = kPass;
      if (auto cat = PredicateCategory(tree, c, role)) return cat;
    } else if (RelIs(m.deprel, "acl")) {
      // A past participle is passive ("killed in the attack"), a present one active ("fleeing the
      // fighting": the noun is its subject).
      const bool ing = m.lower.size() > 3 && m.lower.compare(m.lower.size() - 3, 3, "ing") == 0;
      if (auto cat = PredicateCategory(tree, c, ing ? kSubj : kPass)) return cat;
    }
  }
  return std::nullopt;
}

}  // namespace

Tree::Tree(const std::vector<Word>& words) : words_(words), children_(words.size()) {
  for (size_t i = 0; i < words.size(); ++i) {
    const int h = words[i].head;
    if (h >= 0 && static_cast<size_t>(h) < words.size() && static_cast<size_t>(h) != i) children_[h].push_back(static_cast<int>(i));
  }
}

int Tree::Child(size_t i, std::string_view rel) const {
  for (int c : children_[i]) {
    if (RelIs(words_[c].deprel, rel)) return c;
  }
  return -1;
}

int Tree::WordAt(size_t offset) const {
  for (size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].start <= offset && offset < words_[i].end) return static_cast<int>(i);
  }
  return -1;
}

size_t PhraseHead(const Tree& tree, size_t counted) {
  const auto& w = tree.words();
  size_t h = counted;
  // "at least 30 villagers": the number modifies its noun; "30 of the villagers": the number heads.
  if (RelIs(w[h].deprel, "nummod") && w[h].head >= 0) h = static_cast<size_t>(w[h].head);
  // "the commander, Yusuf Karimi"; "Maria Lopez and her son" (the second conjunct climbs to the first).
  for (int guard = 0; guard < 8 && w[h].head >= 0 && (RelIs(w[h].deprel, "appos") || RelIs(w[h].deprel, "conj")); ++guard) {
    const size_t up = static_cast<size_t>(w[h].head);
    if (w[up].upos != "NOUN" && w[up].upos != "PROPN" && w[up].upos != "NUM" && w[up].upos != "PRON") break;
    h = up;
  }
  return h;
}

namespace {
// A shelter noun (data/extract_shelter_nouns.tsv), alone or with the compound before it.
bool IsShelterNoun(const Tree& tree, size_t noun) {
  const Word& n = tree.words()[noun];
  if (T().shelter_nouns.count(n.lemma)) return true;
  const int c = tree.Child(noun, "compound");
  return c >= 0 && T().shelter_nouns.count(tree.words()[c].lemma + " " + n.lemma) > 0;
}

// People a verb moves, places or houses in a place of refuge are displaced: "800 people were forced
// into temporary shelters", "families were accommodated at evacuation centres" (the subject of the
// passive or the object, with an oblique whose head is a shelter noun).
std::optional<Category> ShelterCategory(const Tree& tree, size_t head) {
  const Word& n = tree.words()[head];
  if (n.head < 0 || !(RelIs(n.deprel, "nsubj:pass") || RelIs(n.deprel, "obj"))) return std::nullopt;
  const size_t verb = static_cast<size_t>(n.head);
  if (Negated(tree, verb)) return std::nullopt;
  for (int c : tree.children(verb)) {
    if (RelIs(tree.words()[c].deprel, "obl") && IsShelterNoun(tree, static_cast<size_t>(c))) return Category::kDisplaced;
  }
  return std::nullopt;
}

// A person with an injury is injured: "a man with multiple stab wounds" (the noun's own modifier),
// "three victims showed up at the hospital with gunshot wounds", "she suffered wounds to the legs",
// "he was treated for injuries" (an object or oblique of the verb the person is the subject of).
std::optional<Category> InjuryCategory(const Tree& tree, size_t head) {
  const auto& w = tree.words();
  auto injury = [&](size_t i) { return T().injury_nouns.count(w[i].lemma) > 0; };
  for (int c : tree.children(head)) {
    if (RelIs(w[c].deprel, "nmod") && injury(static_cast<size_t>(c))) return Category::kInjured;
  }
  const Word& n = w[head];
  if (n.head < 0 || !(RelIs(n.deprel, "nsubj") || RelIs(n.deprel, "nsubj:pass"))) return std::nullopt;
  const size_t verb = static_cast<size_t>(n.head);
  if (Negated(tree, verb)) return std::nullopt;
  for (int c : tree.children(verb)) {
    if ((RelIs(w[c].deprel, "obj") || RelIs(w[c].deprel, "obl")) && injury(static_cast<size_t>(c))) return Category::kInjured;
  }
  return std::nullopt;
}

// The category the predicate a noun is an argument of gives it (subject, object, "of" complement,
// raising and control complements, a figure noun's value).
std::optional<Category> ArgumentCategory(const Tree& tree, size_t head);
}  // namespace

std::optional<Category> StructureCategory(const Tree& tree, size_t head) {
  const auto& w = tree.words();
  if (head >= w.size()) return std::nullopt;
  // "a woman who was shot in the head died": the clause about the noun and the predicate it is the
  // argument of both count; the graver harm wins.
  const std::optional<Category> modifier = ModifierCategory(tree, head);
  const std::optional<Category> predicate = ArgumentCategory(tree, head);
  if (modifier && predicate) return Severity(*predicate) > Severity(*modifier) ? predicate : modifier;
  if (modifier || predicate) return modifier ? modifier : predicate;
  if (auto c = InjuryCategory(tree, head)) return c;
  return ShelterCategory(tree, head);
}

namespace {
std::optional<Category> ArgumentCategory(const Tree& tree, size_t head) {
  const auto& w = tree.words();
  const Word& n = w[head];
  if (n.head < 0) return std::nullopt;
  const size_t up = static_cast<size_t>(n.head);
  // "was pronounced dead", "was found dead", "were reported killed": a raising verb's complement
  // says what happened to its subject.
  if (RelIs(n.deprel, "nsubj")) {
    if (auto c = ComplementCategory(tree, up)) return c;
  }
  if (RelIs(n.deprel, "nsubj:pass")) return PredicateCategory(tree, up, kPass);
  if (RelIs(n.deprel, "obj")) {
    // "left 500 people homeless", "forcing 200 families to evacuate", "found three dead": the
    // object is the subject of the verb's complement.
    if (auto c = ComplementCategory(tree, up)) return c;
    return PredicateCategory(tree, up, kObj);
  }
  if (RelIs(n.deprel, "nsubj")) {
    // "were among the dead": the predicate noun of a copula; "was shot" read as one.
    return PredicateCategory(tree, up, IsPassive(tree, up) || IsPredicativeParticiple(tree, up) ? kPass : kSubj);
  }
  if (RelIs(n.deprel, "nmod") && tree.HasChild(head, "case")) {
    const Word& c = w[tree.Child(head, "case")];
    if (c.lower == "of") {
      if (auto cat = FigureNounCategory(tree, up)) return cat;
      return PredicateCategory(tree, up, kOf);
    }
  }
  // "rose to 31", "stands at 90,000", "bringing to 90,000 the number of ...": a figure noun's value.
  if (RelIs(n.deprel, "obl") || RelIs(n.deprel, "obj")) {
    for (int c : tree.children(up)) {
      if (static_cast<size_t>(c) == head) continue;
      if (RelIs(w[c].deprel, "nsubj") || RelIs(w[c].deprel, "obj")) {
        if (auto cat = FigureNounCategory(tree, static_cast<size_t>(c))) return cat;
      }
    }
  }
  return std::nullopt;
}
}  // namespace

bool IsBackgroundTotal(const Tree& tree, size_t head) {
  const auto& w = tree.words();
  if (head >= w.size() || w[head].head < 0) return false;
  auto background = [&](int i) { return i >= 0 && T().background_nouns.count(w[i].lemma) > 0; };
  // The predicate the phrase hangs on, and the first of its coordination.
  size_t pred = static_cast<size_t>(w[head].head);
  for (int guard = 0; guard < 16 && w[pred].head >= 0 && RelIs(w[pred].deprel, "conj"); ++guard) pred = static_cast<size_t>(w[pred].head);
  // "the war has killed 400,000", "the conflict displaced two million".
  if (background(tree.Child(pred, "nsubj"))) return true;
  // "the war, which has killed 400,000", "a conflict that has displaced two million".
  if ((RelIs(w[pred].deprel, "acl") || RelIs(w[pred].deprel, "acl:relcl")) && w[pred].head >= 0 && background(w[pred].head)) return true;
  // "the displacement of 2 million people in the conflict", "400,000 deaths in the war".
  for (int c : tree.children(pred)) {
    if (RelIs(w[c].deprel, "obl") && background(c)) return true;
  }
  for (int c : tree.children(head)) {
    if (RelIs(w[c].deprel, "nmod") && background(c)) return true;
  }
  return false;
}

bool IsPerpetrator(const Tree& tree, size_t head) {
  const auto& w = tree.words();
  if (head >= w.size() || w[head].head < 0) return false;
  const size_t up = static_cast<size_t>(w[head].head);
  const Predicate* found = FindPredicate(tree, up);
  if (!found) return false;
  // The agent of a passive ("by soldiers") or the subject of an active harm verb ("the patrol killed").
  if (RelIs(w[head].deprel, "obl:agent")) {
    const int c = tree.Child(head, "case");
    return c >= 0 && w[c].lower == "by";
  }
  // Only a verb with an object of its own is active here: "45 killed & 50 injured" (a headline's
  // reduced passive, often parsed as a subject) names victims.
  return RelIs(w[head].deprel, "nsubj") && !RelIs(w[head].deprel, "nsubj:pass") && !(found->roles & kSubj) && tree.HasChild(up, "obj");
}

int ConjunctCount(const Tree& tree, size_t head) {
  // Conjuncts hang off the first one or off each other; a malformed tree may loop, so walk at most
  // as many words as the sentence has.
  int n = 1;
  std::vector<size_t> todo = {head};
  for (size_t seen = 0; !todo.empty() && seen < tree.words().size(); ++seen) {
    const size_t at = todo.back();
    todo.pop_back();
    for (int c : tree.children(at)) {
      const Word& w = tree.words()[c];
      if (RelIs(w.deprel, "conj") && (w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON")) ++n, todo.push_back(static_cast<size_t>(c));
    }
  }
  return n;
}

}  // namespace corroborate
