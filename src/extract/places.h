// Places named in a text: names the gazetteer knows, and neighbourhoods, villages and camps the
// text itself introduces ("the Sheikh Maqsoud district", "the village of Kafr Nabl").
#ifndef CORROBORATE_EXTRACT_PLACES_H_
#define CORROBORATE_EXTRACT_PLACES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/extract.h"

namespace corroborate {

struct PlaceMention {
  size_t start = 0;  // byte span in the text
  size_t end = 0;
  std::string name;     // as the gazetteer spells it, or as the text writes a neighbourhood
  std::string country;  // ISO alpha-2, empty when unknown
  bool is_country = false;
  bool neighbourhood = false;  // introduced by the text itself, not from the gazetteer
  long long population = 0;
};

// Every place mentioned in `text`, in order, non-overlapping. Gazetteer names count when they are
// capitalised and either follow a locative cue ("in", "near", "outside"...) or are large places
// (countries, cities of 100,000+) not on the stop list (data/places_stopwords.tsv). `gazetteer` may
// be null: then only names the text itself cues are found.
std::vector<PlaceMention> FindPlaces(std::string_view text, const Gazetteer* gazetteer);
// The same over the tokens of `text` (offsets relative to it), for readers of an annotated document.
std::vector<PlaceMention> FindPlaces(std::string_view text, const std::vector<Token>& tokens, const Gazetteer* gazetteer);

// The most specific of `places` (a neighbourhood over a city, a smaller city over a larger one, a
// city over a country), or nullptr when empty.
const PlaceMention* MostSpecific(const std::vector<PlaceMention>& places);

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_PLACES_H_
