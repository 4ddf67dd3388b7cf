// Part-of-speech tags, lemmas and labelled dependency trees for tokenized sentences.
//
// SyntaxModel is immutable and thread-safe: load it once (Default() is the model compiled into the
// library, trained on Universal Dependencies English EWT, see data/syntax_model.LICENSE.md) and call
// Analyze() from any thread. Analyze() takes one sentence as words (the project's tokens, or any
// whitespace-free strings) and returns, per word, a UPOS and a Penn tag, a lemma, the index of its head word
// (-1 for the root) and a UD relation label ("nsubj", "nsubj:pass", "obj", "nummod", "obl:agent",
// "conj", "appos", "acl", "nmod", ...). Exactly one word is the root when the input is non-empty.
// Words holding a clitic the way the project's tokenizer leaves them ("don't", "it's", "won’t") are
// split internally as UD does ("do" + "n't") and the analysis of the host part is returned. Any bytes
// are accepted; empty input gives empty output. Cost is linear in the number of words.
#ifndef CORROBORATE_SYNTAX_H_
#define CORROBORATE_SYNTAX_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/status.h"

namespace corroborate {

struct WordAnalysis {
  std::string upos;    // Universal POS tag: NOUN, VERB, NUM, PROPN, ...
  std::string xpos;    // Penn Treebank tag as in EWT: NNS, VBD, VBN, CD, ...
  std::string lemma;   // "killed" -> "kill", "were" -> "be", "gunmen" -> "gunman"
  int head = -1;       // index of the head word in the input, -1 for the root
  std::string deprel;  // UD basic relation with subtype ("nsubj:pass"); "root" for the root
};

struct Analysis {
  std::vector<WordAnalysis> words;  // one per input word
};

class SyntaxModel {
 public:
  // The model compiled into the library, loaded on first use and shared afterwards.
  static StatusOr<std::shared_ptr<const SyntaxModel>> Default();
  // A model file written by bench/train_syntax (zlib-compressed). Corrupt on a damaged file.
  static StatusOr<std::shared_ptr<const SyntaxModel>> LoadFromFile(const std::string& path);
  static StatusOr<std::shared_ptr<const SyntaxModel>> LoadFromBytes(std::string_view compressed);

  Analysis Analyze(const std::vector<std::string_view>& words) const;

  // Sizes, for reports: feature keys and non-zero weights of the tagger and parser.
  std::string Describe() const;

  struct Impl;
  explicit SyntaxModel(std::unique_ptr<Impl> impl);
  ~SyntaxModel();
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace corroborate

#endif  // CORROBORATE_SYNTAX_H_
