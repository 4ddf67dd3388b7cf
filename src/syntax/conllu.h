// CoNLL-U reading (plain or gzip) for training and evaluating the syntax models.
//
// Keeps the basic tree of each sentence: word lines only (multi-word token ranges "1-2" and empty
// nodes "8.1" are skipped), columns FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL.
#ifndef CORROBORATE_SYNTAX_CONLLU_H_
#define CORROBORATE_SYNTAX_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/status.h"

namespace corroborate::syntax {

struct TreebankSentence {
  std::vector<std::string> form, lemma, upos, xpos, deprel;
  std::vector<int> head;  // 0-based; -1 for the root
  size_t size() const { return form.size(); }
};

// Parses CoNLL-U text. A word line with fewer than 8 columns or a bad HEAD is Corrupt.
StatusOr<std::vector<TreebankSentence>> ParseConllu(std::string_view text);

// Reads a .conllu or .conllu.gz file.
StatusOr<std::vector<TreebankSentence>> ReadConllu(const std::string& path);

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_CONLLU_H_
