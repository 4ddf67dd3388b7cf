// Reconcile: claims about the same thing become a figure with low / best / high and a status, by the
// rules of docs/reconcile.md (one quantity about one scope; independence; one claimant per body;
// supersession; vague amounts; ACLED's conservative low, UCDP's best).
#ifndef CORROBORATE_RECONCILE_H_
#define CORROBORATE_RECONCILE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "corroborate/document.h"

namespace corroborate {

struct ReconcileOptions {
  int chain_days = 3;         // day claims further apart than this start a new incident figure
  int background_days = 366;  // a period longer than this (a whole war, "since 2011") is background
};

// Figures for all claims, ids "f1", ... in a deterministic order (event, scope, category, subject,
// unit, place, act, period). Articles must carry duplicate_of and event; claims must carry event.
std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims);
std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims, const ReconcileOptions& options);

// --- The pieces of the rules, shared with summarize (all in reconcile.cc) ---------------------------

// A claimant's identity key: lower-cased, appositions (", a spokeswoman for ..."), parentheses
// ("(@SyriaCivilDef)"), a leading "the" and punctuation dropped, then data/reconcile_claimants.tsv
// aliases applied. "The White Helmets (@SyriaCivilDef)" and "White Helmets" give the same key.
// (Across one event, ClaimIndex further joins acronyms and short names to the full name.)
std::string NormalizeClaimant(std::string_view name);

// Canonical victim group: lower-cased, data/reconcile_subjects.tsv applied ("civilian" -> "civilians");
// empty -> "people".
std::string CanonicalSubject(std::string_view subject);

// The value a claim puts forward as its single most likely number: exact -> the number; "at least N"
// -> N; a narrow band (width <= 20% of its top: "about 230") -> its middle; a wide vague band
// ("dozens" 24-99) -> its low end; "up to N" (no lower bound) -> none.
std::optional<int64_t> PointValue(const Claim& claim);

// True when the claim's amount is vague ("dozens", "hundreds", "thousands", "several": the kind
// "vague" of the numbers stage, read again from value_text).
bool IsVague(const Claim& claim);

// The act a claim counts, from the cue nearest its evidence in its sentence (data/reconcile_acts.tsv:
// "executed" -> "execution", "air strikes" -> "air strike"); empty when the sentence names none.
std::string ActOf(const Claim& claim, std::string_view article_text);

// One claimant's standing in a set of claims about one thing.
struct Voice {
  std::string key;    // ClaimIndex::Claimant key, or "outlet:<outlet>" for the outlet's own statements
  std::string label;  // fullest name given; "<Outlet> (own reporting)" for the outlet's own statements
  SourceKind kind = SourceKind::kUnattributed;
  const Claim* current = nullptr;      // the claimant's latest statement (supersedes the others)
  std::vector<const Claim*> claims;    // all its claims, oldest first (incl. copies and superseded)
  std::vector<const Claim*> series;    // statements where its value changed, oldest first
  std::vector<const Claim*> superseded;  // older statements with another value
};

// A claimant as one event's coverage names it.
struct ClaimantName {
  std::string key;    // identity: equal keys are one claimant
  std::string label;  // the fullest name it goes by in the event
  SourceKind kind = SourceKind::kUnattributed;
};

// Lookups over one run's articles and claims; cheap to query many times. Holds pointers: the vectors
// must outlive it and not change. On construction it settles, per event, which names stand for the
// same claimant: NormalizeClaimant() keys, then an acronym ("UN", "SOHR") joins the one name whose
// initials it is, and a short name of two or more words ("Civil Protection Agency") joins the one
// longer name it ends ("Dressa Regional Civil Protection Agency").
class ClaimIndex {
 public:
  ClaimIndex(const std::vector<Article>& articles, const std::vector<Claim>& claims);

  const Article* FindArticle(std::string_view id) const;
  const Claim* FindClaim(std::string_view id) const;
  // The article a claim is independent evidence from: its article, or what that article copies.
  const Article* OriginalOf(const Claim& claim) const;
  // Outlet identity of an article (the outlet name, or the article id when the outlet is unknown).
  std::string OutletKey(const Article* article) const;
  // How an article's outlet is shown: its name, else its web address's host, else its file's name;
  // never an internal id.
  std::string OutletName(const Article* article) const;
  // The claimant of a claim (see ClaimantName); the outlet itself for unattributed claims.
  ClaimantName Claimant(const Claim& claim) const;
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
  // (event, NormalizeClaimant key) -> the event's claimant.
  std::map<std::pair<std::string, std::string>, ClaimantName> claimants_;
};

// True when a voice's current figure is below another unhedged claimant's figure for a later day
// (claim dates): tolls rise, so it is outdated. It widens the range but sets neither best nor status.
bool Outdated(const Voice& voice, const std::vector<Voice>& voices);

// True when `voice` is an outlet's own reporting and every article it speaks in also quotes another
// claimant of the figure: the outlet likely repeats that claimant, so it does not count as independent.
bool EchoesAClaimant(const Voice& voice, const std::vector<Voice>& voices);

// Splits the current voices that count for the status into sides that agree among themselves (their
// intervals share a point); one side = agreement. Counted: unhedged voices; vague ones only when no
// unhedged voice gives a precise amount; not a voice whose figure is outdated (below another
// claimant's figure about a later day: tolls rise), nor an outlet echoing a claimant it quotes
// (EchoesAClaimant). Sides ordered by their lowest value.
std::vector<std::vector<const Voice*>> AgreeingSides(const std::vector<Voice>& voices);

}  // namespace corroborate

#endif  // CORROBORATE_RECONCILE_H_
