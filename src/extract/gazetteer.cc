// Gazetteer: the TSV written by scripts/make-gazetteer.mjs (name, country, population, kind), read
// into one hash map from name to its best place: a country over any same-named town, otherwise the
// most populous.
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/extract.h"

namespace corroborate {
namespace {

class TsvGazetteer : public Gazetteer {
 public:
  const Place* Find(std::string_view name) const override {
    auto it = places_.find(std::string(name));
    return it == places_.end() ? nullptr : &it->second;
  }
  void Add(Place p) {
    auto [it, inserted] = places_.emplace(p.name, p);
    if (inserted) return;
    Place& have = it->second;
    if (have.is_country) return;
    if (p.is_country || p.population > have.population) have = std::move(p);
  }
  size_t size() const { return places_.size(); }

 private:
  std::unordered_map<std::string, Place> places_;
};

}  // namespace

StatusOr<std::shared_ptr<const Gazetteer>> Gazetteer::FromTsv(std::string_view tsv) {
  auto g = std::make_shared<TsvGazetteer>();
  size_t line_no = 0;
  for (const auto& row : ParseTsv(tsv)) {
    ++line_no;
    if (row.size() < 4) return Status::Corrupt("gazetteer row " + std::to_string(line_no) + " has fewer than 4 columns");
    Place p;
    p.name = std::string(TrimAscii(row[0]));
    if (p.name.empty() || p.name.size() > 200) continue;
    p.country = std::string(TrimAscii(row[1]));
    p.population = std::strtoll(std::string(row[2]).c_str(), nullptr, 10);
    p.is_country = row[3] == "country";
    if (p.is_country) p.country.clear();
    g->Add(std::move(p));
  }
  if (g->size() == 0) return Status::Empty("gazetteer has no places");
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

StatusOr<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open gazetteer " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string content = ss.str();
  if (content.size() > (size_t{512} << 20)) return Status::TooLarge("gazetteer " + path + " is larger than 512 MiB");
  return FromTsv(content);
}

}  // namespace corroborate
