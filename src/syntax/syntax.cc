// SyntaxModel: the tagger, lemmatizer and parser behind include/corroborate/syntax.h.
//
// Analyze() first splits clitics the tokenizer leaves inside words ("don't" -> "do" "n't", "it's" ->
// "it" "'s"), because the models were trained on UD tokens; it tags, lemmatizes and parses the split
// words, then folds each split word back into one: the part whose head lies outside the word gives
// the head and relation (the host when both do), the host gives tag and lemma. Irregular verb forms
// the learned lemmatizer has no exception for take their lemma from data/syntax_irregular_verbs.tsv.
#include "corroborate/syntax.h"

#include <fstream>
#include <sstream>
#include <unordered_map>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "syntax/model_file.h"

namespace corroborate {

struct SyntaxModel::Impl {
  syntax::ModelParts parts;
  std::unordered_map<std::string, std::string> irregular;  // data/syntax_irregular_verbs.tsv

  // The learned lemmatizer, except for irregular verb forms it has no exception for.
  std::string Lemma(std::string_view word, const std::string& upos) const {
    if ((upos == "VERB" || upos == "AUX") && !parts.lemmatizer.HasException(word, upos)) {
      auto it = irregular.find(ToLowerAscii(word));
      if (it != irregular.end()) return it->second;
    }
    return parts.lemmatizer.Lemmatize(word, upos);
  }
};

SyntaxModel::SyntaxModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SyntaxModel::~SyntaxModel() = default;

namespace {

bool IsApostrophe(std::string_view w, size_t i, size_t* len) {
  if (w[i] == '\'') return *len = 1, true;
  if (i + 2 < w.size() && w[i] == '\xE2' && w[i + 1] == '\x80' && w[i + 2] == '\x99') return *len = 3, true;
  return false;
}

bool IsClitic(std::string_view tail) {  // the letters after the apostrophe, lower-cased
  return tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" || tail == "m";
}

// Byte offset where the clitic of `w` starts, or 0 when there is none.
size_t CliticStart(std::string_view w) {
  for (size_t i = 1; i < w.size(); ++i) {
    size_t len;
    if (!IsApostrophe(w, i, &len)) continue;
    std::string tail;
    for (char c : w.substr(i + len)) tail.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    if (tail == "t" && (w[i - 1] == 'n' || w[i - 1] == 'N') && i >= 2) return i - 1;  // "do|n't", "ca|n't"
    if (IsClitic(tail)) return i;
    return 0;
  }
  return 0;
}

}  // namespace

Analysis SyntaxModel::Analyze(const std::vector<std::string_view>& words) const {
  Analysis out;
  if (words.empty()) return out;
  std::vector<std::string_view> split;
  std::vector<int> owner;  // split index -> input index
  for (size_t i = 0; i < words.size(); ++i) {
    const size_t c = CliticStart(words[i]);
    if (c > 0) {
      split.push_back(words[i].substr(0, c));
      owner.push_back(static_cast<int>(i));
      split.push_back(words[i].substr(c));
    } else {
      split.push_back(words[i]);
    }
    owner.push_back(static_cast<int>(i));
  }
  const auto& p = impl_->parts;
  const std::vector<syntax::Lexeme> lex = syntax::MakeLexemes(split);
  const std::vector<int> tags = p.tagger.Tag(lex);
  const std::vector<int> xtags = p.xtagger.Tag(lex);
  std::vector<int> both(tags.size());
  for (size_t k = 0; k < tags.size(); ++k) both[k] = syntax::ParserTag(p.parser_tags, tags[k], xtags[k]);
  const syntax::Parse tree = p.parser.Run(lex, both);
  out.words.resize(words.size());
  std::vector<bool> filled(words.size(), false);
  for (size_t k = 0; k < split.size(); ++k) {
    const int o = owner[k];
    const int h = tree.head[k] < 0 ? -1 : owner[tree.head[k]];
    const bool outside = h != o;
    WordAnalysis& w = out.words[o];
    if (!filled[o]) {
      w.upos = p.tagger.tags()[tags[k]];
      w.xpos = p.xtagger.tags()[xtags[k]];
      w.lemma = impl_->Lemma(split[k], w.upos);
      w.head = outside ? h : -2;
      if (outside) w.deprel = p.parser.labels()[tree.label[k]];
      filled[o] = true;
    } else if (w.head == -2 && outside) {  // the host hangs on its clitic: take the clitic's arc
      w.head = h;
      w.deprel = p.parser.labels()[tree.label[k]];
    }
  }
  for (auto& w : out.words) {
    if (w.head == -2) w.head = -1, w.deprel = "root";  // cannot happen in a tree; kept total
  }
  return out;
}

std::string SyntaxModel::Describe() const {
  const auto& p = impl_->parts;
  std::ostringstream s;
  s << "tagger " << p.tagger.tags().size() << " tags, " << p.tagger.model().keys() << " keys, "
    << p.tagger.model().weights() << " weights; parser " << p.parser.labels().size() << " labels, "
    << p.parser.model().keys() << " keys, " << p.parser.model().weights() << " weights; lemmatizer "
    << p.lemmatizer.exceptions() << " exceptions, " << p.lemmatizer.rules() << " rules";
  return s.str();
}

StatusOr<std::shared_ptr<const SyntaxModel>> SyntaxModel::LoadFromBytes(std::string_view compressed) {
  StatusOr<syntax::ModelParts> parts = syntax::ReadModel(compressed);
  if (!parts.ok()) return parts.status();
  auto impl = std::make_unique<Impl>();
  impl->parts = std::move(parts).value();
  for (const auto& row : DataTable("syntax_irregular_verbs.tsv")) {
    if (row.size() >= 2) impl->irregular.emplace(row[0], row[1]);
  }
  return std::shared_ptr<const SyntaxModel>(std::make_shared<SyntaxModel>(std::move(impl)));
}

StatusOr<std::shared_ptr<const SyntaxModel>> SyntaxModel::LoadFromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return LoadFromBytes(bytes.str());
}

StatusOr<std::shared_ptr<const SyntaxModel>> SyntaxModel::Default() {
  static const StatusOr<std::shared_ptr<const SyntaxModel>> model = []() -> StatusOr<std::shared_ptr<const SyntaxModel>> {
    const std::string_view blob = syntax::EmbeddedModel();
    if (blob.empty()) return Status::NotFound("no syntax model was compiled in (data/syntax_model.bin)");
    return LoadFromBytes(blob);
  }();
  return model;
}

}  // namespace corroborate
