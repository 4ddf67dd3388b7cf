// Attribution by structure: who a parsed sentence says a statement comes from.
//
// Design. The word-window reader (claimant.cc) looks for a speech verb and takes the capitalised
// run before or after it; it loses the speaker when words stand between ("Smith, who has led the
// inquiry since May, said"), when the speaker is a common noun phrase ("a senior administration
// official said"), and it cannot tell "X said" from "X, said to ..." or a verb of saying from a noun.
// This reader reads the Universal Dependencies arcs instead. A source is, in order of the cues:
//   1. the subject (nsubj) of a verb of saying, reporting or believing (data/
//      extract_attribution_lemmas.tsv) in either order ("X said", "said X", "..., X said."); a verb
//      of believing or showing needs a clause or a quote as its complement ("X believes that ...");
//      a verb without a subject of its own takes the subject of the verb it is coordinated with or
//      depends on ("X said ... and added", "X issued a statement saying"); a relative pronoun
//      ("Smith, who said") stands for the noun its clause modifies; a verb inside a quotation or
//      inside the clause another verb of saying reports gives none (the words are the outer
//      speaker's: "Merrill says Machado promised ...");
//   2. the agent of a passive report ("it was reported by X");
//   3. "according to X";
//   4. the owner of a statement noun ("X's statement", "a report by X", "an estimate from X");
//   5. a speaker label in capitals opening the sentence or a line ("PENCE: ...");
//   6. the name signing a quote at the sentence end ('"..." ― Azucena Gonzalez').
// The phrase is the subject's whole subtree (names, compounds, modifiers, appositions: "Maria
// Lenz, a spokeswoman for the ministry") without relative or other clauses hanging on it, without
// its own preposition and without the place of a named body ("the Health Ministry in Gaza").
// ClaimantReader (claimant.h) resolves the phrases and merges them with its word windows' reading.
#ifndef CORROBORATE_EXTRACT_ATTRIBUTION_H_
#define CORROBORATE_EXTRACT_ATTRIBUTION_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/structure.h"

namespace corroborate {

struct SourcePhrase {
  size_t begin = 0, end = 0;  // words [begin, end) of the source phrase, begin < end
  size_t head = 0;            // the phrase's head word
  size_t cue = 0;             // the attributing word: the verb, "according", the noun, the label's colon
  bool hedge = false;         // the cue itself doubts ("claimed", "believes")
  bool closes = false;        // the statement comes before the cue ("..., X said")
};

// The sources the parse of one sentence shows, ordered by cue. `text` is the article text the
// words' byte offsets point into (for line starts). Safe on any tree: heads out of range, cycles
// and unparsed words give nothing or less, never a phrase outside the sentence.
std::vector<SourcePhrase> FindSources(const Tree& tree, std::string_view text);

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_ATTRIBUTION_H_
