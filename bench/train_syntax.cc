// Trains the syntax model (tagger, lemmatizer, parser) on UD English EWT and writes the model file.
//
// Usage: train_syntax [DIR] [--out FILE] [--tagger-epochs N] [--parser-epochs N] [--jackknife K]
//                     [--prune W] [--tagger-prune W] [--try-prune W]... [--parser-tags 0|1|2]
// DIR defaults to ../shared/bench/ud-english-ewt beside the source tree; FILE to data/syntax_model.bin.
// The parser trains on tags predicted by taggers trained on the other K-1 folds (jackknifing, K=1 for
// gold tags), so it sees the tagger's mistakes it will meet at run time. --prune drops weights of
// magnitude below W from the written model (--tagger-prune sets another W for the taggers); each --try-prune prints the size and dev scores a
// model pruned at W would have. --parser-tags: the tag the parser reads (0 UPOS and Penn together,
// the default, 1 UPOS, 2 Penn). The defaults (6 tagger epochs, 10 parser epochs, 4 folds, prune 1,
// tagger prune 0.2, parser tags 0) are those of the committed data/syntax_model.bin. Prints dev scores of the
// written (quantised) model. Exits 0 when the treebank is missing. Deterministic: same data, same file.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "corroborate/syntax.h"
#include "syntax/model_file.h"
#include "syntax_score.h"

namespace {

using namespace corroborate;
using namespace corroborate::syntax;

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Parser tags (ParserTag of UPOS and Penn ids) for each training sentence, from taggers that did not
// see it (folds > 1) or gold (folds <= 1).
std::vector<std::vector<int>> JackknifeTags(const std::vector<TreebankSentence>& train, const ModelParts& full, int folds,
                                            int epochs) {
  std::vector<std::vector<int>> tags(train.size());
  if (folds <= 1) {
    for (size_t i = 0; i < train.size(); ++i) {
      for (size_t k = 0; k < train[i].size(); ++k) {
        tags[i].push_back(ParserTag(full.parser_tags, std::max(0, full.tagger.TagId(train[i].upos[k])), std::max(0, full.xtagger.TagId(train[i].xpos[k]))));
      }
    }
    return tags;
  }
  for (int f = 0; f < folds; ++f) {
    std::vector<TreebankSentence> rest;
    for (size_t i = 0; i < train.size(); ++i) {
      if (static_cast<int>(i % folds) != f) rest.push_back(train[i]);
    }
    // Only the tagger(s) the parser reads are retrained; the other tag stays at id 0.
    const Tagger u = full.parser_tags == 2 ? full.tagger : Tagger::Train(rest, TagColumn::kUpos, epochs);
    const Tagger x = full.parser_tags == 1 ? full.xtagger : Tagger::Train(rest, TagColumn::kXpos, epochs);
    for (size_t i = f; i < train.size(); i += folds) {
      const auto lex = MakeLexemes(std::vector<std::string_view>(train[i].form.begin(), train[i].form.end()));
      const std::vector<int> us = u.Tag(lex), xs = x.Tag(lex);
      for (size_t k = 0; k < us.size(); ++k) {
        tags[i].push_back(ParserTag(full.parser_tags, std::max(0, full.tagger.TagId(u.tags()[us[k]])), std::max(0, full.xtagger.TagId(x.tags()[xs[k]]))));
      }
    }
    std::fprintf(stderr, "jackknife fold %d/%d done\n", f + 1, folds);
  }
  return tags;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = std::string(CORROBORATE_SOURCE_DIR) + "/../shared/bench/ud-english-ewt";
  std::string out = std::string(CORROBORATE_SOURCE_DIR) + "/data/syntax_model.bin";
  int tagger_epochs = 6, parser_epochs = 10, folds = 4;
  float prune = 1.0f, tagger_prune = 0.2f;  // the committed model's settings
  std::vector<float> try_prunes;
  ModelParts parts;
  parts.parser_tags = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has = i + 1 < argc;
    if (a == "--out" && has) out = argv[++i];
    else if (a == "--tagger-epochs" && has) tagger_epochs = std::atoi(argv[++i]);
    else if (a == "--parser-epochs" && has) parser_epochs = std::atoi(argv[++i]);
    else if (a == "--jackknife" && has) folds = std::atoi(argv[++i]);
    else if (a == "--prune" && has) prune = std::strtof(argv[++i], nullptr);
    else if (a == "--tagger-prune" && has) tagger_prune = std::strtof(argv[++i], nullptr);
    else if (a == "--parser-tags" && has) parts.parser_tags = std::atoi(argv[++i]);
    else if (a == "--try-prune" && has) try_prunes.push_back(std::strtof(argv[++i], nullptr));
    else dir = a;
  }
  const std::string train_path = dir + "/en_ewt-ud-train.conllu.gz", dev_path = dir + "/en_ewt-ud-dev.conllu.gz";
  if (!std::filesystem::exists(train_path) || !std::filesystem::exists(dev_path)) {
    std::printf("train_syntax: %s not found; nothing to do\n", train_path.c_str());
    return 0;
  }
  auto train = ReadConllu(train_path);
  auto dev = ReadConllu(dev_path);
  if (!train.ok() || !dev.ok()) {
    std::fprintf(stderr, "train_syntax: %s\n", (!train.ok() ? train.status() : dev.status()).ToString().c_str());
    return 1;
  }
  const auto t0 = std::chrono::steady_clock::now();
  parts.lemmatizer = Lemmatizer::Train(*train);
  parts.tagger = Tagger::Train(*train, TagColumn::kUpos, tagger_epochs, [&](int e, double acc) {
    std::fprintf(stderr, "UPOS tagger epoch %d: train accuracy %.4f (%.0fs)\n", e, acc, Since(t0));
  });
  parts.xtagger = Tagger::Train(*train, TagColumn::kXpos, tagger_epochs, [&](int e, double acc) {
    std::fprintf(stderr, "Penn tagger epoch %d: train accuracy %.4f (%.0fs)\n", e, acc, Since(t0));
  });
  const auto tags = JackknifeTags(*train, parts, folds, tagger_epochs);
  parts.parser = Parser::Train(*train, tags, parser_epochs, 0.0f, [&](int e) {
    std::fprintf(stderr, "parser epoch %d (%.0fs)\n", e, Since(t0));
  });
  for (float w : try_prunes) {  // sizes and dev scores of smaller models, for choosing --prune
    ModelParts smaller = parts;
    smaller.parser.Prune(w);
    smaller.tagger.Prune(w);
    smaller.xtagger.Prune(w);
    const std::string b = WriteModel(smaller);
    auto m = SyntaxModel::LoadFromBytes(b);
    if (!m.ok()) continue;
    std::printf("prune %.3f: %zu bytes (%s)\n", w, b.size(), (*m)->Describe().c_str());
    bench::PrintSyntaxScores("  EWT dev", bench::ScoreSyntax(**m, *dev), false);
  }
  parts.parser.Prune(prune);
  parts.tagger.Prune(tagger_prune < 0 ? prune : tagger_prune);
  parts.xtagger.Prune(tagger_prune < 0 ? prune : tagger_prune);
  const std::string bytes = WriteModel(parts);
  std::ofstream f(out, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) {
    std::fprintf(stderr, "train_syntax: cannot write %s\n", out.c_str());
    return 1;
  }
  f.close();
  auto model = SyntaxModel::LoadFromBytes(bytes);
  if (!model.ok()) {
    std::fprintf(stderr, "train_syntax: %s\n", model.status().ToString().c_str());
    return 1;
  }
  std::printf("wrote %s: %zu bytes in %.0fs (%s)\n", out.c_str(), bytes.size(), Since(t0), (*model)->Describe().c_str());
  bench::PrintSyntaxScores("EWT dev", bench::ScoreSyntax(**model, *dev), true);
  return 0;
}
