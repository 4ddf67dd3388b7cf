// Claimants: who a sentence attributes its statement to, resolved to the fullest name the article
// gives ("Maria Lenz, a spokeswoman for the Interior Ministry"; a later "she", "Lenz" or "the
// spokeswoman" points back to it). See docs/claims.md.
#ifndef CORROBORATE_EXTRACT_CLAIMANT_H_
#define CORROBORATE_EXTRACT_CLAIMANT_H_

#include <optional>
#include <string>
#include <vector>

#include "corroborate/annotate.h"
#include "corroborate/document.h"
#include "corroborate/segment.h"
#include "normalize/tokens.h"

namespace corroborate {

struct Attribution {
  bool found = false;
  std::string name;
  SourceKind kind = SourceKind::kUnattributed;
  bool hedge = false;  // the attributing verb itself casts doubt ("claimed")
  size_t at = 0;       // byte offset of the attributing words in the article text
  bool closes = false; // the verb ends its clause ("..., police said,"): it speaks for what came before
  std::optional<Date> said_on;  // the day of the statement when it is dated (an embedded post)
};

// Reads an article's sentences in order and remembers the people and bodies named, so later
// references resolve. Not thread-safe; one reader per article.
class ClaimantReader {
 public:
  explicit ClaimantReader(const Article& article);
  // The attributions of `sentence`, in order (looking into `next` when the sentence is a bare
  // quote); a claim takes the nearest one. When `annotated` is the sentence parsed, its dependency
  // arcs find sources too (extract/attribution.h): they add the cues the word windows miss, and the
  // windows' name wins where both read the same cue.
  std::vector<Attribution> Read(Span sentence, std::optional<Span> next, const AnnotatedSentence* annotated = nullptr);

  // The source kind a claimant's name suggests (data/extract_source_kinds.tsv).
  static SourceKind KindOf(std::string_view name);

 private:
  struct Entity {
    std::string full;                 // fullest form seen
    std::vector<std::string> words;   // lower-case words of the full form
    SourceKind kind;
    bool person = false;  // a named person, even when speaking for a body ("Maria Lenz, a spokeswoman for ...")
  };
  std::vector<Attribution> FromTokens(const std::vector<Token>& t);
  std::vector<Attribution> FromTree(const AnnotatedSentence& s);
  static std::vector<Attribution> Merge(std::vector<Attribution> parsed, std::vector<Attribution> windows);
  Attribution Resolve(std::string np, bool hedge);
  void Remember(const std::string& full, SourceKind kind);
  void ScanAppositions(const std::vector<Token>& t);
  std::string Slice(const std::vector<Token>& t, size_t b, size_t e) const;

  const Article& article_;
  std::vector<Attribution> quoted_;  // the speaker of the last sentence that quoted someone
  bool introduced_ = false;          // that sentence ended "X said:", introducing the next
  std::vector<Entity> entities_;  // most recent last
};

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_CLAIMANT_H_
