// Reconcile: claims about the same thing become a figure with low / best / high and a status, by the
// rules of docs/reconcile.md (independence, supersession, ACLED's conservative low, UCDP's best).
#ifndef CORROBORATE_RECONCILE_H_
#define CORROBORATE_RECONCILE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corroborate/document.h"

namespace corroborate {

// Figures for all claims, ids "f1", ... in a deterministic order (event, category, subject, place,
// period). Articles must carry duplicate_of and event; claims must carry event.
std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims);

// --- The pieces of the rules, shared with summarize (all in reconcile.cc) ---------------------------

// A claimant's identity key: lower-cased, appositions (", a spokeswoman for ..."), parentheses
// ("(@SyriaCivilDef)"), a leading "the" and punctuation dropped, then data/reconcile_claimants.tsv
// aliases applied. "The White Helmets (@SyriaCivilDef)" and "White Helmets" give the same key.
std::string NormalizeClaimant(std::string_view name);

// Canonical victim group: lower-cased, data/reconcile_subjects.tsv applied ("civilian" -> "civilians");
// empty -> "people".
std::string CanonicalSubject(std::string_view subject);

// The value a claim puts forward as its single most likely number: exact -> the number; "at least N"
// -> N; a narrow band (width <= 20% of its top: "about 230") -> its middle; a wide vague band
// ("dozens" 24-99) -> its low end; "up to N" (no lower bound) -> none.
std::optional<int64_t> PointValue(const Claim& claim);

// One claimant's standing in a set of claims about one thing.
struct Voice {
  std::string key;    // NormalizeClaimant(source), or "outlet:<outlet>" for the outlet's own statements
  std::string label;  // fullest name given; "unattributed: <outlet>" for the outlet's own statements
  const Claim* current = nullptr;      // the claimant's latest statement (supersedes the others)
  std::vector<const Claim*> claims;    // all its claims, oldest first (incl. copies and superseded)
  std::vector<const Claim*> superseded;  // older statements with another value
};

// Lookups over one run's articles and claims; cheap to query many times. Holds pointers: the vectors
// must outlive it and not change.
class ClaimIndex {
 public:
  ClaimIndex(const std::vector<Article>& articles, const std::vector<Claim>& claims);

  const Article* FindArticle(std::string_view id) const;
  const Claim* FindClaim(std::string_view id) const;
  // The article a claim is independent evidence from: its article, or what that article copies.
  const Article* OriginalOf(const Claim& claim) const;
  // Outlet identity of an article (the outlet name, or the article id when the outlet is unknown).
  std::string OutletKey(const Article* article) const;
  // Claimant key and display label of a claim (see Voice).
  std::pair<std::string, std::string> Claimant(const Claim& claim) const;
  // The day a claim is ordered by: its date, else its article's publication date.
  std::optional<Date> When(const Claim& claim) const;
  // Chronological order of statements: When(), then article publication, then the statement with a
  // hedge before the one without, the lower value before the higher, then IdLess.
  bool Earlier(const Claim& a, const Claim& b) const;
  // Claimants of these claims with supersession applied, ordered by label.
  std::vector<Voice> Voices(const std::vector<const Claim*>& claims) const;

 private:
  std::unordered_map<std::string_view, const Article*> articles_;
  std::unordered_map<std::string_view, const Claim*> claims_;
};

// Splits the unhedged current voices into sides that agree among themselves (their intervals share a
// point); one side = agreement. Sides ordered by their lowest value.
std::vector<std::vector<const Voice*>> AgreeingSides(const std::vector<Voice>& voices);

}  // namespace corroborate

#endif  // CORROBORATE_RECONCILE_H_
