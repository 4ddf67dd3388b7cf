// Lemmatizer: an exception table and suffix rules, both learned from a treebank.
//
// A lemma is written as an edit of the word: keep or lower-case it, cut k bytes from the end, append a
// string ("studies" -> lower, cut 3, "y"). Training counts, for every (UPOS, final 0..5 bytes of the
// lower-cased word), how often each edit gave the gold lemma, and keeps a suffix only when its best
// edit differs from that of the next shorter suffix. Words whose gold lemma the rules would miss
// ("went" -> "go", "n't" -> "not", "'s" as AUX -> "be") go into an exception table keyed by
// (lower-cased word, UPOS). Lemmatize() looks up the table, else applies the longest matching suffix.
#ifndef CORROBORATE_SYNTAX_LEMMATIZER_H_
#define CORROBORATE_SYNTAX_LEMMATIZER_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/model_io.h"

namespace corroborate::syntax {

class Lemmatizer {
 public:
  std::string Lemmatize(std::string_view word, std::string_view upos) const;
  // True when (word, upos) is in the learned exception table.
  bool HasException(std::string_view word, std::string_view upos) const;

  void Write(ByteWriter* out) const;
  bool Read(ByteReader* in);
  size_t exceptions() const { return exceptions_.size(); }
  size_t rules() const { return rules_.size(); }

  static Lemmatizer Train(const std::vector<TreebankSentence>& train);

 private:
  struct Edit {
    bool lower = false;
    uint32_t cut = 0;
    std::string append;
    bool operator<(const Edit& o) const {
      return std::tie(lower, cut, append) < std::tie(o.lower, o.cut, o.append);
    }
    bool operator==(const Edit& o) const { return lower == o.lower && cut == o.cut && append == o.append; }
  };
  static Edit EditFor(std::string_view word, std::string_view lemma);
  static std::string Apply(std::string_view word, const Edit& e);
  const Edit* Rule(std::string_view lower, std::string_view upos) const;

  std::unordered_map<std::string, std::string> exceptions_;  // "upos\tlower word" -> lemma
  std::unordered_map<std::string, Edit> rules_;               // "upos\tsuffix" -> edit
};

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_LEMMATIZER_H_
