// Structure: what a parsed sentence's dependency arcs say about the people a phrase counts.
//
// Design. The word-window reader (extract.cc) finds a number and its victim noun and takes the
// nearest cue word; it cannot see that in "the patrol killed three gunmen" the gunmen are the object
// of "killed", that in "30 villagers were rounded up by soldiers and shot" the villagers are the
// passive subject of "shot" too, or that "the displacement of 400,000 people" counts people displaced.
// This reader climbs the Universal Dependencies tree instead:
//   1. From a counted word (a number, or a victim noun) to the phrase's head noun: a number is a
//      nummod of its noun, or the phrase's head itself ("three were killed", "dozens of people");
//      coordinated nouns ("Maria Lopez and her son") and appositions climb to the first.
//   2. The head noun's role: the object of an active verb, the subject of a passive, the subject of
//      an intransitive ("died", "fled"), the subject of an adjectival or nominal predicate ("were
//      dead", "were among the dead"), the "of" complement of a nominalisation ("the displacement
//      of"), the noun a participle or relative clause modifies ("12 people killed", "people who
//      fled"), or the object of a control verb whose complement says what happened ("forcing 200
//      families to evacuate", "left 500 people homeless").
//   3. The predicate's category from data/extract_predicates.tsv, which says for each lemma which
//      roles are victims (the subject of "killed" is the killer, the subject of "died" the dead);
//      coordinated predicates share the role ("shot and killed": killed wins over injured), and a
//      modifier upgrades a wound to a death ("shot dead", "fatally shot", "shot to death").
// Negated predicates ("were not hurt") give nothing. Every lemma and modifier lives in data/.
#ifndef CORROBORATE_EXTRACT_STRUCTURE_H_
#define CORROBORATE_EXTRACT_STRUCTURE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/annotate.h"
#include "corroborate/document.h"

namespace corroborate {

// Whether a UD relation is `rel`: "nsubj:pass" matches "nsubj:pass" only; "obl" matches "obl" and its
// subtypes ("obl:tmod").
bool RelIs(const std::string& deprel, std::string_view rel);

// True when a lower-cased word form may be a form of a predicate of harm (data/extract_predicates.tsv,
// regular inflections and the irregular forms of data/syntax_irregular_verbs.tsv): "shot", "wounded",
// "fled", "displacement". Decides which sentences are worth parsing; the parse decides the rest.
bool MayBePredicate(std::string_view lower);

// Children lists of a parsed sentence's words, built once per sentence.
class Tree {
 public:
  explicit Tree(const std::vector<Word>& words);
  const std::vector<Word>& words() const { return words_; }
  const std::vector<int>& children(size_t i) const { return children_[i]; }
  // The first child of word i with relation `rel` (exact, or its subtype when rel has no ':'), or -1.
  int Child(size_t i, std::string_view rel) const;
  bool HasChild(size_t i, std::string_view rel) const { return Child(i, rel) >= 0; }
  // The word holding byte `offset` of the article text, or -1.
  int WordAt(size_t offset) const;

 private:
  const std::vector<Word>& words_;
  std::vector<std::vector<int>> children_;
};

// The head noun of the phrase a counted word belongs to (step 1).
size_t PhraseHead(const Tree& tree, size_t counted);

// The category the structure gives the phrase headed by `head` (steps 2-3), or nullopt when it
// shows no predicate of harm for it.
std::optional<Category> StructureCategory(const Tree& tree, size_t head);

// True when the structure makes the phrase headed by `head` a background total: the harm is done by
// a whole conflict or crisis ("the war has killed ..."), or said in a clause about one ("a conflict
// that has displaced ..."); data/extract_background_nouns.tsv.
bool IsBackgroundTotal(const Tree& tree, size_t head);

// True when the victim relation of `head` is the object of a passive's agent or the subject of an
// active harm verb: the phrase names who did it ("the patrol killed ..."), not who suffered.
bool IsPerpetrator(const Tree& tree, size_t head);

// The number of people a phrase without a number counts: the conjuncts of `head` ("Maria Lopez,
// 41, and her son" is 2; "a 19-year-old woman" is 1).
int ConjunctCount(const Tree& tree, size_t head);

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_STRUCTURE_H_
