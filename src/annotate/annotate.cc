#include "corroborate/annotate.h"

#include <algorithm>

#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/syntax.h"
#include "corroborate/tokens.h"

namespace corroborate {
namespace {

// Clitics that Universal Dependencies writes as words of their own (data/annotate_clitics.tsv).
const std::vector<std::string>& Clitics() {
  static const std::vector<std::string>* clitics = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& row : DataTable("annotate_clitics.tsv")) {
      if (!row.empty()) v->emplace_back(row[0]);
    }
    // Longest first, so that "n't" is tried before "'t".
    std::sort(v->begin(), v->end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return v;
  }();
  return *clitics;
}

bool Glued(const Token& t) { return !t.space_before && !t.newline_before; }

// The number of tokens from tokens[i] that make one written number: "1,200", "3.5", "1,200,000".
size_t NumberRun(const std::vector<Token>& tokens, size_t i) {
  size_t j = i + 1;
  while (j + 1 < tokens.size() && (tokens[j].lower == "," || tokens[j].lower == ".") && Glued(tokens[j]) &&
         tokens[j + 1].kind == Token::Kind::kNumber && Glued(tokens[j + 1])) {
    j += 2;
  }
  return j - i;
}

// 3 when tokens[i] is a word followed by a glued curly apostrophe and a glued word ("Barbee’s"), else 1.
size_t CurlyApostropheRun(const std::vector<Token>& tokens, size_t i) {
  if (i + 2 < tokens.size() && tokens[i + 1].lower == "\xE2\x80\x99" && Glued(tokens[i + 1]) &&
      tokens[i + 2].kind == Token::Kind::kWord && Glued(tokens[i + 2]))
    return 3;
  return 1;
}

// The length in bytes of the clitic ending `lower` ("n't" of "don't"), or 0. Apostrophes may be
// straight or curly; the rest of the word must be left.
size_t CliticLength(const std::string& lower) {
  for (const std::string& c : Clitics()) {
    if (lower.size() > c.size() && lower.compare(lower.size() - c.size(), c.size(), c) == 0) return c.size();
    // The same clitic with a curly apostrophe (U+2019, three bytes) in place of the straight one.
    const size_t apos = c.find('\'');
    if (apos == std::string::npos) continue;
    std::string curly = c.substr(0, apos) + "\xE2\x80\x99" + c.substr(apos + 1);
    if (lower.size() > curly.size() && lower.compare(lower.size() - curly.size(), curly.size(), curly) == 0) return curly.size();
  }
  return 0;
}

Word MakeWord(std::string_view sentence, size_t sentence_start, size_t tb, size_t te, size_t start, size_t end) {
  Word w;
  w.tok_begin = tb;
  w.tok_end = te;
  w.start = sentence_start + start;
  w.end = sentence_start + end;
  w.form = std::string(sentence.substr(start, end - start));
  w.lower = ToLowerUtf8(w.form);
  w.lemma = w.lower;
  return w;
}

// SyntaxReader over the compiled-in SyntaxModel: forms in, upos, lemma (lower-cased), head and
// relation out.
class ModelSyntaxReader : public SyntaxReader {
 public:
  explicit ModelSyntaxReader(std::shared_ptr<const SyntaxModel> model) : model_(std::move(model)) {}
  void Analyze(std::vector<Word>* words) const override {
    std::vector<std::string_view> forms;
    forms.reserve(words->size());
    for (const Word& w : *words) forms.push_back(w.form);
    const Analysis a = model_->Analyze(forms);
    for (size_t i = 0; i < words->size() && i < a.words.size(); ++i) {
      Word& w = (*words)[i];
      const WordAnalysis& x = a.words[i];
      w.upos = x.upos;
      w.lemma = ToLowerUtf8(x.lemma);
      w.head = x.head >= 0 && static_cast<size_t>(x.head) < words->size() ? x.head : -1;
      w.deprel = x.deprel;
    }
  }

 private:
  std::shared_ptr<const SyntaxModel> model_;
};

}  // namespace

StatusOr<std::shared_ptr<const SyntaxReader>> DefaultSyntaxReader() {
  static const StatusOr<std::shared_ptr<const SyntaxReader>>* reader = [] {
    auto model = SyntaxModel::Default();
    if (!model.ok()) return new StatusOr<std::shared_ptr<const SyntaxReader>>(model.status());
    return new StatusOr<std::shared_ptr<const SyntaxReader>>(std::shared_ptr<const SyntaxReader>(std::make_shared<ModelSyntaxReader>(*model)));
  }();
  return *reader;
}

std::vector<Word> WordsOf(std::string_view sentence, size_t sentence_start, const std::vector<Token>& tokens) {
  std::vector<Word> words;
  words.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    if (t.kind == Token::Kind::kNumber) {
      const size_t n = NumberRun(tokens, i);
      words.push_back(MakeWord(sentence, sentence_start, i, i + n, t.start, tokens[i + n - 1].end));
      i += n;
      continue;
    }
    if (t.kind == Token::Kind::kWord) {
      // The tokenizer keeps a straight apostrophe inside a word ("don't") but makes a curly one a
      // mark of its own ("don", "’", "t"): read both as one written word.
      const size_t n = CurlyApostropheRun(tokens, i);
      const std::string lower = n == 1 ? t.lower : ToLowerUtf8(sentence.substr(t.start, tokens[i + n - 1].end - t.start));
      if (const size_t c = CliticLength(lower); c > 0) {
        // Lower-casing keeps the byte length of the clitic, so the split point is the same in the
        // written form.
        const size_t end = tokens[i + n - 1].end, split = end - c;
        words.push_back(MakeWord(sentence, sentence_start, i, i + n, t.start, split));
        words.push_back(MakeWord(sentence, sentence_start, i, i + n, split, end));
        i += n;
        continue;
      }
    }
    words.push_back(MakeWord(sentence, sentence_start, i, i + 1, t.start, t.end));
    ++i;
  }
  return words;
}

namespace {

bool InHeading(const Article& article, Span s) {
  for (const Block& b : article.blocks) {
    if (b.kind == Block::Kind::kHeading && b.start <= s.start && s.end <= b.end) return true;
  }
  return false;
}

// Paragraph numbers: the text's blocks are separated by blank lines (or U+2029, or two U+2028).
size_t ParagraphAt(std::string_view text, size_t from, size_t to, size_t paragraph) {
  for (size_t at = from; at < to && at < text.size();) {
    if (const size_t n = ParagraphBreakLength(text, at); n > 0) {
      ++paragraph;
      at += n;
    } else {
      ++at;
    }
  }
  return paragraph;
}

}  // namespace

AnnotatedDocument Annotate(const Article& article, const AnnotateOptions& options) {
  AnnotatedDocument doc;
  doc.article = &article;
  const std::string_view text = article.text;
  const std::vector<Span> spans = SplitSentences(text);
  doc.sentences.reserve(spans.size());
  size_t paragraph = 0, last_end = 0;
  for (const Span& span : spans) {
    AnnotatedSentence s;
    s.span = span;
    paragraph = ParagraphAt(text, last_end, span.start, paragraph);
    last_end = span.start;
    s.paragraph = paragraph;
    s.heading = InHeading(article, span);
    if (span.end - span.start <= options.max_sentence_bytes) {
      const std::string_view sentence = text.substr(span.start, span.end - span.start);
      s.tokens = Tokenize(sentence, options.max_sentence_tokens);
      s.timexes = FindTimexes(sentence, article.published, s.tokens);
      s.quantities = FindQuantities(sentence, s.tokens, s.timexes);
      s.words = WordsOf(sentence, span.start, s.tokens);
      if (options.syntax && !s.words.empty() && (!options.parse_if || options.parse_if(s))) {
        options.syntax->Analyze(&s.words);
        s.parsed = true;
      }
    }
    doc.sentences.push_back(std::move(s));
  }
  return doc;
}

}  // namespace corroborate
