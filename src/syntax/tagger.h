// Part-of-speech tagger: greedy left-to-right averaged perceptron over UPOS or Penn (XPOS) tags. The
// model holds one of each: the UPOS one for the caller, and both for the parser (the Penn tag tells
// a participle from a past tense). A joint "UPOS|XPOS" tagger was 0.15 points worse on UPOS.
//
// Features of word i: its normalised form, cased form, suffixes (1-4 bytes), prefixes (1-3), shape
// and flags; the words two either side, the suffixes and shapes of the neighbours; the two tags
// already chosen on the left (alone, together, and with the word); and the ambiguity classes of the
// word, its left neighbour and its two right neighbours: the set of tags a frequent training word
// was seen with (a lexicon kept in the model), which stands in for the tags not yet chosen on the
// right. Training runs a fixed number of epochs over the sentences in a fixed pseudo-random order
// (seeded), so it is deterministic.
#ifndef CORROBORATE_SYNTAX_TAGGER_H_
#define CORROBORATE_SYNTAX_TAGGER_H_

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/lexical.h"
#include "syntax/perceptron.h"

namespace corroborate::syntax {

enum class TagColumn { kUpos, kXpos };
const std::vector<std::string>& Column(const TreebankSentence& s, TagColumn column);

class Tagger {
 public:
  // Tag ids into tags(), one per word.
  std::vector<uint32_t> AmbiguityClasses(const std::vector<Lexeme>& words) const;
  std::vector<int> Tag(const std::vector<Lexeme>& words) const;
  const std::vector<std::string>& tags() const { return tags_; }
  int TagId(std::string_view tag) const;  // -1 when unknown
  const SparseModel& model() const { return model_; }

  void Prune(float min_abs) { model_ = model_.Pruned(min_abs); }
  void Write(ByteWriter* out) const;
  bool Read(ByteReader* in);

  // progress(epoch, accuracy on the training pass) after each epoch.
  static Tagger Train(const std::vector<TreebankSentence>& train, TagColumn column, int epochs,
                      const std::function<void(int, double)>& progress = nullptr);

 private:
  std::vector<std::string> tags_;
  std::unordered_map<uint32_t, uint32_t> lexicon_;  // FeatureKey(word) -> bit set of tags
  SparseModel model_;
};


// The features of word i given the tags already chosen for words 0..i-1.
void TaggerFeatures(const std::vector<Lexeme>& words, const std::vector<uint32_t>& amb, const std::vector<int>& tags, size_t i,
                    std::vector<uint32_t>* out);

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_TAGGER_H_
