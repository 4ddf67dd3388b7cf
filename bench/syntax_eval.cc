// Scores the committed syntax model on UD English EWT test (gold tokens): UPOS, lemma, UAS, LAS over
// all words, F1 of the relations the claim reader uses, and words per second of Analyze().
//
// Usage: syntax_eval [DIR] [--model FILE] [--dev] [--dump FILE] [--speed N]  (DIR defaults to
// ../shared/bench/ud-english-ewt beside the source tree; --model scores a model file instead of the
// compiled-in one; --dev scores the dev set too; --dump writes every test word's upos, xpos, lemma,
// head and relation, one line each, to compare two builds' outputs byte for byte; --speed N then
// analyses the test set N more times and prints the best words/s). Exits 0 when the data is missing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <string>

#include "corroborate/syntax.h"
#include "syntax_score.h"

int main(int argc, char** argv) {
  using namespace corroborate;
  std::string dir = std::string(CORROBORATE_SOURCE_DIR) + "/../shared/bench/ud-english-ewt";
  std::string model_path;
  std::string dump_path;
  int speed_runs = 0;
  bool dev = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) model_path = argv[++i];
    else if (a == "--dev") dev = true;
    else if (a == "--dump" && i + 1 < argc) dump_path = argv[++i];
    else if (a == "--speed" && i + 1 < argc) speed_runs = std::atoi(argv[++i]);
    else dir = a;
  }
  const std::string test_path = dir + "/en_ewt-ud-test.conllu.gz";
  if (!std::filesystem::exists(test_path)) {
    std::printf("syntax_eval: %s not found; nothing to do\n", test_path.c_str());
    return 0;
  }
  const auto t0 = std::chrono::steady_clock::now();
  auto model = model_path.empty() ? SyntaxModel::Default() : SyntaxModel::LoadFromFile(model_path);
  if (!model.ok()) {
    std::fprintf(stderr, "syntax_eval: %s\n", model.status().ToString().c_str());
    return 1;
  }
  std::printf("model loaded in %.0f ms: %s\n", 1000 * std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
              (*model)->Describe().c_str());
  for (const char* part : dev ? std::vector<const char*>{"dev", "test"} : std::vector<const char*>{"test"}) {
    auto sentences = syntax::ReadConllu(dir + "/en_ewt-ud-" + part + ".conllu.gz");
    if (!sentences.ok()) {
      std::fprintf(stderr, "syntax_eval: %s\n", sentences.status().ToString().c_str());
      return 1;
    }
    bench::PrintSyntaxScores((std::string("EWT ") + part).c_str(), bench::ScoreSyntax(**model, *sentences), true);
    if (std::string(part) != "test") continue;
    if (!dump_path.empty()) {
      std::ofstream out(dump_path, std::ios::binary);
      bench::DumpSyntax(**model, *sentences, out);
    }
    if (speed_runs > 0) {
      double best = 0;
      for (int r = 0; r < speed_runs; ++r) best = std::max(best, bench::WordsPerSecond(**model, *sentences));
      std::printf("EWT test speed: best of %d runs %.0f words/s (one thread)\n", speed_runs, best);
    }
  }
  return 0;
}
