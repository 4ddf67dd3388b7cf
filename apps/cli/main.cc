// corroborate: the command line. Thin by design: it parses flags, calls the library and prints what
// the library returns. Exit codes: 0 = every input read, 1 = some inputs failed (output still
// written), 2 = usage error.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "corroborate/clean.h"
#include "corroborate/cluster.h"
#include "corroborate/dedupe.h"
#include "corroborate/extract.h"
#include "corroborate/ingest.h"
#include "corroborate/numbers.h"
#include "corroborate/pipeline.h"
#include "corroborate/report.h"
#include "corroborate/store.h"
#include "corroborate/timex.h"

namespace corroborate {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitWriteFailed = 3;  // the report or the database could not be written

std::string ReadStdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

void PrintJsonLine(const Json& j) {
  std::string line = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  line.push_back('\n');
  std::fwrite(line.data(), 1, line.size(), stdout);
}

Json NullableDate(const std::optional<Date>& d) { return d ? Json(d->ToString()) : Json(nullptr); }

Json NullableNumber(const std::optional<double>& v) {
  if (!v) return nullptr;
  double r = std::round(*v);
  if (r == *v && std::fabs(r) < 9e15) return static_cast<int64_t>(r);
  return *v;
}

std::optional<Date> ParseDctFlag(const std::string& dct, bool* bad) {
  *bad = false;
  if (dct.empty()) return std::nullopt;
  auto d = Date::Parse(dct);
  if (!d || dct.size() != 10) *bad = true;
  return d;
}

// The gazetteer: --gazetteer, else $CORROBORATE_GAZETTEER, else data/gazetteer.tsv beside the binary
// (where the build writes it). Absent is not an error: places then come only from the text's cues.
std::shared_ptr<const Gazetteer> LoadGazetteer(const std::string& flag, bool quiet) {
  std::string path = flag;
  if (path.empty()) {
    if (const char* env = std::getenv("CORROBORATE_GAZETTEER")) path = env;
  }
  if (path.empty()) {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
      auto candidate = exe.parent_path() / "data" / "gazetteer.tsv";
      if (std::filesystem::exists(candidate, ec)) path = candidate.string();
    }
  }
  if (path.empty()) {
    if (!quiet) std::fprintf(stderr, "corroborate: no gazetteer found; places come only from the text's own cues\n");
    return nullptr;
  }
  auto g = Gazetteer::Load(path);
  if (!g.ok()) {
    if (!quiet) std::fprintf(stderr, "corroborate: gazetteer %s not loaded: %s\n", path.c_str(), g.status().ToString().c_str());
    return nullptr;
  }
  return *g;
}

// Progress on stderr for runs longer than a couple of seconds: files read, articles per second, time left.
class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool quiet) : quiet_(quiet), tty_(isatty(STDERR_FILENO) != 0) {}
  void operator()(const Progress& p) {
    if (quiet_ || p.seconds < 2.0) return;
    if (!tty_ && p.seconds - last_ < 5.0 && p.files_done != p.files_total) return;
    last_ = p.seconds;
    const double rate = p.articles / p.seconds;
    char left[64] = "time left unknown until a file is done";
    if (p.files_done > 0) {
      std::snprintf(left, sizeof left, "about %.0f s left", p.seconds * (p.files_total - p.files_done) / p.files_done);
    }
    std::fprintf(stderr, "%sfiles %zu/%zu, %zu articles, %.0f articles/s, %s%s", tty_ ? "\r" : "", p.files_done, p.files_total,
                 p.articles, rate, left, tty_ ? "   " : "\n");
    shown_ = true;
  }
  void Finish() {
    if (shown_ && tty_) std::fprintf(stderr, "\n");
  }

 private:
  bool quiet_;
  bool tty_;
  bool shown_ = false;
  double last_ = -100;
};

int RunAnalyze(const std::vector<std::string>& paths, const std::string& out, const std::string& db,
               const std::string& gazetteer, unsigned threads, bool quiet) {
  AnalyzeOptions options;
  options.gazetteer = LoadGazetteer(gazetteer, quiet);
  options.threads = threads;
  ProgressPrinter printer(quiet);
  options.on_progress = [&printer](const Progress& p) { printer(p); };
  auto report = Analyze(paths, options);
  printer.Finish();
  if (!report.ok()) {
    std::fprintf(stderr, "corroborate analyze: %s\n", report.status().ToString().c_str());
    return kExitUsage;
  }
  Status st = WriteReport(*report, out);
  if (!st.ok()) {
    std::fprintf(stderr, "corroborate analyze: cannot write the report: %s\n", st.ToString().c_str());
    return kExitWriteFailed;
  }
  if (!db.empty()) {
    st = StoreReport(*report, db);
    if (!st.ok()) {
      std::fprintf(stderr, "corroborate analyze: cannot store the report in %s: %s\n", db.c_str(), st.ToString().c_str());
      return kExitWriteFailed;
    }
  }
  for (const InputError& e : report->errors) std::fprintf(stderr, "corroborate: %s: %s\n", e.path.c_str(), e.error.c_str());
  if (!quiet) {
    std::fprintf(stderr, "corroborate: %zu articles, %zu claims, %zu figures, %zu events, %zu errors -> %s/report.html\n",
                 report->articles.size(), report->claims.size(), report->figures.size(), report->events.size(),
                 report->errors.size(), out.c_str());
  }
  return report->errors.empty() ? kExitOk : kExitInputFailed;
}

int RunClean(const std::vector<std::string>& files, unsigned threads) {
  int rc = kExitOk;
  auto report_error = [&rc](const InputError& e) {
    std::fprintf(stderr, "corroborate clean: %s: %s\n", e.path.c_str(), e.error.c_str());
    rc = kExitInputFailed;
  };
  // Documents are cleaned in batches on all cores and printed in input order.
  std::vector<RawDocument> batch;
  auto flush = [&] {
    std::vector<StatusOr<Article>> cleaned = CleanDocuments(batch, threads);
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!cleaned[i].ok()) {
        report_error({batch[i].path, cleaned[i].status().message()});
        continue;
      }
      const Article& article = *cleaned[i];
      for (const std::string& w : article.errors) report_error({article.path, w});
      Json j;
      j["path"] = article.path;
      j["title"] = article.title;
      j["published"] = NullableDate(article.published);
      j["published_how"] = article.published_how;
      j["outlet"] = article.outlet;
      j["url"] = article.url;
      j["language"] = article.language;
      j["text"] = article.text;
      PrintJsonLine(j);
    }
    batch.clear();
  };
  for (const std::string& file : files) {
    Status st = ReadInput(
        file, IngestOptions{},
        [&](RawDocument doc) {
          batch.push_back(std::move(doc));
          if (batch.size() >= 256) flush();
        },
        report_error);
    if (!st.ok()) report_error({file, st.message()});
  }
  flush();
  return rc;
}

int RunTimex(const std::string& dct_flag) {
  bool bad = false;
  auto dct = ParseDctFlag(dct_flag, &bad);
  if (bad) {
    std::fprintf(stderr, "corroborate timex: --dct must be YYYY-MM-DD, got '%s'\n", dct_flag.c_str());
    return kExitUsage;
  }
  const std::string text = ReadStdin();
  for (const Timex& t : FindTimexes(text, dct)) {
    Json j;
    j["start"] = t.start;
    j["end"] = t.end;
    j["text"] = t.text;
    j["type"] = TimexTypeName(t.type);
    j["value"] = t.value;
    PrintJsonLine(j);
  }
  return kExitOk;
}

int RunNumbers() {
  const std::string text = ReadStdin();
  for (const Quantity& q : FindQuantities(text)) {
    Json j;
    j["start"] = q.start;
    j["end"] = q.end;
    j["text"] = q.text;
    j["low"] = NullableNumber(q.low);
    j["high"] = NullableNumber(q.high);
    j["kind"] = QuantityKindName(q.kind);
    j["value"] = NullableNumber(q.value);
    j["unit"] = q.unit;
    if (q.changed_from) j["changed_from"] = NullableNumber(q.changed_from);
    PrintJsonLine(j);
  }
  return kExitOk;
}

int RunClaims(const std::string& dct_flag, const std::string& gazetteer) {
  bool bad = false;
  auto dct = ParseDctFlag(dct_flag, &bad);
  if (bad) {
    std::fprintf(stderr, "corroborate claims: --dct must be YYYY-MM-DD, got '%s'\n", dct_flag.c_str());
    return kExitUsage;
  }
  Article article;
  article.id = "a1";
  article.path = "-";
  article.text = ReadStdin();
  article.published = dct;
  article.published_how = dct ? "metadata" : "none";
  ExtractOptions options;
  options.gazetteer = LoadGazetteer(gazetteer, /*quiet=*/true);
  for (const Claim& c : ExtractClaims(article, options)) {
    std::string line = ClaimToJsonLine(c);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return kExitOk;
}

int RunParse() {
  Article article;
  article.id = "a1";
  article.text = ReadStdin();
  AnnotateOptions options;
  auto syntax = DefaultSyntaxReader();
  if (!syntax.ok()) {
    std::fprintf(stderr, "corroborate parse: %s\n", syntax.status().ToString().c_str());
    return kExitInputFailed;
  }
  options.syntax = *syntax;
  const AnnotatedDocument doc = Annotate(article, options);
  for (const AnnotatedSentence& s : doc.sentences) {
    std::string line = SentenceToJsonLine(article.text, s);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return kExitOk;
}

int RunCluster() {
  std::vector<Article> articles;
  std::string line;
  size_t line_no = 0;
  int rc = kExitOk;
  while (std::getline(std::cin, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("id")) {
      std::fprintf(stderr, "corroborate cluster: line %zu: not a JSON object with an id\n", line_no);
      rc = kExitInputFailed;
      continue;
    }
    Article a;
    auto str = [&j](const char* key) {
      auto it = j.find(key);
      if (it == j.end()) return std::string();
      return it->is_string() ? it->get<std::string>() : it->dump();
    };
    a.id = str("id");
    a.title = str("title");
    a.text = str("text");
    a.outlet = str("outlet");
    a.published = Date::Parse(str("published"));
    articles.push_back(std::move(a));
  }
  std::vector<Claim> no_claims;
  MarkDuplicates(articles);
  ClusterEvents(articles, no_claims);
  for (const Article& a : articles) {
    Json j;
    j["id"] = a.id;
    j["event"] = a.event;
    j["duplicate_of"] = a.duplicate_of ? Json(*a.duplicate_of) : Json(nullptr);
    PrintJsonLine(j);
  }
  return rc;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "corroborate: turns news coverage of crisis events into a sourced record of who says how many were "
      "killed, injured, missing, detained, displaced, evacuated or trapped."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "corroborate 0.1.0");

  std::vector<std::string> paths;
  std::string out, db, gazetteer, dct;
  unsigned threads = 0;
  bool quiet = false;

  auto* analyze = app.add_subcommand("analyze", "Analyze files and folders of news; write report.json, report.html with events/, claims.csv, claims.hxl.csv");
  analyze->add_option("PATH", paths, "files or folders (.txt .html .htm .jsonl .warc .warc.gz)")->required();
  analyze->add_option("--out", out, "output folder")->required();
  analyze->add_option("--db", db, "also store the run in this SQLite database");
  analyze->add_option("--gazetteer", gazetteer, "place names TSV (default: data/gazetteer.tsv beside the binary)");
  analyze->add_option("--threads", threads, "worker threads (default: one per core)");
  analyze->add_flag("--quiet,-q", quiet, "no progress or summary on stderr");

  std::vector<std::string> files;
  auto* clean = app.add_subcommand("clean", "Print one JSON line per article: path, title, published, outlet, language, text");
  clean->add_option("FILE", files, "input files")->required();
  clean->add_option("--threads", threads, "worker threads (default: one per core)");

  auto* timex = app.add_subcommand("timex", "Read text on stdin; print one JSON line per time expression");
  timex->add_option("--dct", dct, "document creation (publication) date, YYYY-MM-DD");

  auto* numbers = app.add_subcommand("numbers", "Read text on stdin; print one JSON line per quantity");

  auto* claims = app.add_subcommand("claims", "Read one article's text on stdin; print one JSON line per claim");
  claims->add_option("--dct", dct, "publication date, YYYY-MM-DD");
  claims->add_option("--gazetteer", gazetteer, "place names TSV");

  auto* parse = app.add_subcommand("parse", "Read text on stdin; print one JSON line per sentence with its words' tags, lemmas and dependency arcs");

  auto* cluster = app.add_subcommand("cluster", "Read JSON lines of articles (id, title, published, text); print id, event, duplicate_of");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (analyze->parsed()) return RunAnalyze(paths, out, db, gazetteer, threads, quiet);
  if (clean->parsed()) return RunClean(files, threads);
  if (timex->parsed()) return RunTimex(dct);
  if (numbers->parsed()) return RunNumbers();
  if (claims->parsed()) return RunClaims(dct, gazetteer);
  if (cluster->parsed()) return RunCluster();
  if (parse->parsed()) return RunParse();
  return kExitUsage;
}

}  // namespace
}  // namespace corroborate

int main(int argc, char** argv) { return corroborate::Main(argc, argv); }
