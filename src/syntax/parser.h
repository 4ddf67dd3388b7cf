// Labelled dependency parser: greedy arc-eager transitions, averaged perceptron, dynamic oracle.
//
// The state is a stack (bottom: an artificial root), a buffer index and the arcs built so far. Four
// moves: SHIFT, REDUCE, LEFT-ARC(label), RIGHT-ARC(label); the classifier scores all 2 + 2 * labels
// moves at once and the best legal one is taken. The root may take one dependent; words left without
// a head at the end attach to that dependent ("parataxis"), or the first becomes the root.
//
// Features: the rich templates of Zhang & Nivre (2011) over the top of the stack (s0), the next three
// buffer words (n0..n2), s0's head and grandhead, the left/rightmost two dependents of s0 and the
// leftmost two of n0: words, tags, labels, distance s0-n0, valencies and label sets; plus the
// second stack word s1.
//
// Training (Goldberg & Nivre 2012): the dynamic oracle gives the zero-cost moves of any state; the
// perceptron updates towards the best-scoring zero-cost move when its choice costs something, and
// from the second epoch on the parser follows its own (possibly wrong) choice, so it learns to
// recover from mistakes. Non-projective training trees are first made projective by lifting each
// crossing arc to the head's head. The epoch order is a seeded shuffle: training is deterministic.
#ifndef CORROBORATE_SYNTAX_PARSER_H_
#define CORROBORATE_SYNTAX_PARSER_H_

#include <functional>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/lexical.h"
#include "syntax/perceptron.h"

namespace corroborate::syntax {

struct Parse {
  std::vector<int> head;   // -1 for the root word
  std::vector<int> label;  // index into Parser::labels()
};

class Parser {
 public:
  Parse Run(const std::vector<Lexeme>& words, const std::vector<int>& tags) const;
  const std::vector<std::string>& labels() const { return labels_; }
  const SparseModel& model() const { return model_; }

  void Prune(float min_abs) { model_ = model_.Pruned(min_abs); }
  void Write(ByteWriter* out) const;
  bool Read(ByteReader* in);

  // `tags` are the tag ids (of the tagger's tag list) the parser will see for each training sentence.
  // progress(epoch, seconds) after each epoch.
  static Parser Train(const std::vector<TreebankSentence>& train, const std::vector<std::vector<int>>& tags,
                      int epochs, float prune, const std::function<void(int)>& progress = nullptr);

 private:
  std::vector<std::string> labels_;
  SparseModel model_;
};

// Lifts non-projective arcs (to the head's head) until the tree is projective. heads: -1 = root.
std::vector<int> Projectivize(std::vector<int> heads);

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_PARSER_H_
