// Scores ExtractClaims on the project's annotated set (tests/claims_eval/claims_eval.txt; format in
// README.md beside it). A predicted claim matches a gold one when the category and the interval are
// the same (one to one, in text order); precision and recall count matches, and each field (subject,
// date, place, claimant, source kind, hedge, parent) is scored over the matches.
//
// Usage: claims_eval FILE [--gazetteer TSV] [--verbose] [--min-precision P] [--min-recall R]
//        [--min-claimant C]   (exit 1 when a score is under its floor: the CTest regression guard)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "common/text_util.h"
#include "corroborate/extract.h"

namespace corroborate {
namespace {

struct Gold {
  std::string category, subject, low, high, date, place, source, kind, hedged, parent;
};
struct Record {
  std::string id, published, social, text;
  std::vector<Gold> claims;
};

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '|') {
      out.push_back(std::string(TrimAscii(cur)));
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(std::string(TrimAscii(cur)));
  return out;
}

std::vector<Record> ReadSet(const std::string& path) {
  std::ifstream in(path);
  std::vector<Record> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("== ", 0) == 0) {
      Record r;
      std::istringstream ss(line.substr(3));
      ss >> r.id >> r.published;
      std::string extra;
      while (ss >> extra) {
        if (extra.rfind("social=", 0) == 0) r.social = extra.substr(7);
      }
      // social=Gaza Civil Defence: the rest of the line after "social=".
      size_t at = line.find("social=");
      if (at != std::string::npos) r.social = line.substr(at + 7);
      out.push_back(std::move(r));
    } else if (out.empty() || (!line.empty() && line[0] == '#' && out.back().text.empty())) {
      continue;
    } else if (line.rfind("-> ", 0) == 0) {
      auto f = SplitBars(line.substr(3));
      if (f.size() != 10) {
        std::fprintf(stderr, "%s: bad claim line: %s\n", out.back().id.c_str(), line.c_str());
        std::exit(2);
      }
      out.back().claims.push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]});
    } else {
      Record& r = out.back();
      if (!r.text.empty() || !line.empty()) r.text += (r.text.empty() ? "" : "\n") + line;
    }
  }
  for (Record& r : out) {
    while (!r.text.empty() && (r.text.back() == '\n' || r.text.back() == ' ')) r.text.pop_back();
  }
  return out;
}

std::string Num(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; }
std::string DateField(const Claim& c) {
  if (c.period_start || (c.period_end && c.date == c.period_end && c.period_end && !c.period_start && false)) {
    return (c.period_start ? c.period_start->ToString() : "-") + ".." + (c.period_end ? c.period_end->ToString() : "-");
  }
  if (c.period_end && !c.period_start) return "-.." + c.period_end->ToString();
  return c.date ? c.date->ToString() : "-";
}
std::string Norm(std::string s) {
  s = ToLowerAscii(TrimAscii(s));
  if (s == "-") return "";
  if (s.rfind("the ", 0) == 0) s = s.substr(4);
  std::vector<std::string> parts;
  std::string cur;
  for (char c : s + ",") {
    if (c == ',') {
      std::string p(TrimAscii(cur));
      if (p.rfind("the ", 0) == 0) p = p.substr(4);
      if (p.rfind("a ", 0) == 0) p = p.substr(2);
      if (!p.empty()) parts.push_back(p);
      cur.clear();
    } else if (c != '.' && c != '"') {
      cur += c;
    }
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += p + "|";
  return out;
}

}  // namespace
}  // namespace corroborate

int main(int argc, char** argv) {
  using namespace corroborate;
  if (argc < 2) {
    std::fprintf(stderr, "usage: claims_eval FILE [--gazetteer TSV] [--verbose] [--min-precision P] [--min-recall R] [--min-claimant C]\n");
    return 2;
  }
  std::string file = argv[1], gazetteer_path;
  bool verbose = false;
  double min_p = 0, min_r = 0, min_c = 0;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--verbose") verbose = true;
    else if (a == "--gazetteer" && i + 1 < argc) gazetteer_path = argv[++i];
    else if (a == "--min-precision" && i + 1 < argc) min_p = std::atof(argv[++i]);
    else if (a == "--min-recall" && i + 1 < argc) min_r = std::atof(argv[++i]);
    else if (a == "--min-claimant" && i + 1 < argc) min_c = std::atof(argv[++i]);
  }
  ExtractOptions options;
  if (!gazetteer_path.empty()) {
    auto g = Gazetteer::Load(gazetteer_path);
    if (g.ok()) options.gazetteer = *g;
    else std::fprintf(stderr, "gazetteer not loaded (%s); places only from the text's cues\n", g.status().ToString().c_str());
  }
  const std::vector<Record> records = ReadSet(file);
  if (records.empty()) {
    std::fprintf(stderr, "no records in %s\n", file.c_str());
    return 2;
  }
  size_t n_gold = 0, n_pred = 0, matched = 0;
  std::map<std::string, size_t> field_ok;
  const char* fields[] = {"subject", "date", "place", "claimant", "kind", "hedged", "parent"};
  for (const Record& r : records) {
    Article a;
    a.id = "a1";
    a.text = r.text;
    a.published = Date::Parse(r.published);
    if (!r.social.empty()) {
      Block b;
      b.kind = Block::Kind::kSocialPost;
      b.start = 0;
      b.end = a.text.size();
      b.author = r.social;
      a.blocks.push_back(b);
    }
    const std::vector<Claim> pred = ExtractClaims(a, options);
    n_gold += r.claims.size();
    n_pred += pred.size();
    std::vector<int> gold_to_pred(r.claims.size(), -1);
    std::vector<bool> used(pred.size(), false);
    for (size_t g = 0; g < r.claims.size(); ++g) {
      const Gold& gc = r.claims[g];
      for (size_t p = 0; p < pred.size(); ++p) {
        if (used[p] || gc.category != CategoryName(pred[p].category) || gc.low != Num(pred[p].value_low) ||
            gc.high != Num(pred[p].value_high))
          continue;
        used[p] = true;
        gold_to_pred[g] = static_cast<int>(p);
        break;
      }
    }
    for (size_t g = 0; g < r.claims.size(); ++g) {
      const Gold& gc = r.claims[g];
      if (gold_to_pred[g] < 0) {
        if (verbose) std::printf("%s MISSED  %s %s [%s,%s]\n", r.id.c_str(), gc.category.c_str(), gc.subject.c_str(), gc.low.c_str(), gc.high.c_str());
        continue;
      }
      ++matched;
      const Claim& pc = pred[gold_to_pred[g]];
      std::string parent = "-";
      if (pc.parent) {
        for (size_t k = 0; k < r.claims.size(); ++k) {
          if (gold_to_pred[k] >= 0 && pred[gold_to_pred[k]].id == *pc.parent) parent = std::to_string(k + 1);
        }
        if (parent == "-") parent = "?";
      }
      std::map<std::string, std::pair<std::string, std::string>> cmp = {
          {"subject", {ToLowerAscii(gc.subject), ToLowerAscii(pc.subject)}},
          {"date", {gc.date, DateField(pc)}},
          {"place", {Norm(gc.place), Norm(pc.place)}},
          {"claimant", {Norm(gc.source), Norm(pc.source.value_or(""))}},
          {"kind", {gc.kind, SourceKindName(pc.source_kind)}},
          {"hedged", {gc.hedged, pc.hedged ? "y" : "n"}},
          {"parent", {gc.parent, parent}},
      };
      for (const auto& [field, pair] : cmp) {
        if (pair.first == pair.second) {
          ++field_ok[field];
        } else if (verbose) {
          std::printf("%s %-8s gold=%s ours=%s\n", r.id.c_str(), field.c_str(), pair.first.c_str(), pair.second.c_str());
        }
      }
    }
    if (verbose) {
      for (size_t p = 0; p < pred.size(); ++p) {
        if (!used[p]) {
          std::printf("%s EXTRA   %s %s [%s,%s] %s\n", r.id.c_str(), CategoryName(pred[p].category), pred[p].subject.c_str(),
                      Num(pred[p].value_low).c_str(), Num(pred[p].value_high).c_str(), pred[p].value_text.c_str());
        }
      }
    }
  }
  const double P = n_pred ? double(matched) / n_pred : 0, R = n_gold ? double(matched) / n_gold : 0;
  const double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
  std::printf("claims eval: %zu records, %zu gold claims, %zu predicted, %zu matched (category and interval)\n", records.size(), n_gold,
              n_pred, matched);
  std::printf("precision %.3f  recall %.3f  F1 %.3f\n", P, R, F);
  for (const char* f : fields) {
    std::printf("  %-9s accuracy %.3f\n", f, matched ? double(field_ok[f]) / matched : 0.0);
  }
  const double claimant = matched ? double(field_ok["claimant"]) / matched : 0;
  if (P < min_p || R < min_r || claimant < min_c) {
    std::printf("under the floor: precision >= %.2f, recall >= %.2f, claimant >= %.2f required\n", min_p, min_r, min_c);
    return 1;
  }
  return 0;
}
