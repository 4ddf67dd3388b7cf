// Annotate: one article read once into the layers every later reader shares.
//
//   sentences (segment) -> tokens (normalize/tokens) -> quantities and times (normalize)
//                       -> words with part of speech, lemma and dependency arcs (a syntax reader)
//
// Readers of claims, claimants, places and dates take this document; none of them splits or
// tokenizes the text again. Syntax is the costly layer, so it is computed only for the sentences a
// caller asks for (those that can hold a claim).
#ifndef CORROBORATE_ANNOTATE_H_
#define CORROBORATE_ANNOTATE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/document.h"
#include "corroborate/numbers.h"
#include "corroborate/segment.h"
#include "corroborate/status.h"
#include "corroborate/timex.h"

namespace corroborate {

struct Token;  // normalize/tokens.h

// One syntactic word in the Universal Dependencies sense: "1,200" is one word made of three tokens,
// "don't" two words ("do", "n't") sharing one token.
struct Word {
  size_t tok_begin = 0;  // tokens of the sentence this word covers, [tok_begin, tok_end)
  size_t tok_end = 0;
  size_t start = 0;  // bytes in Article::text
  size_t end = 0;
  std::string form;    // as written ("Killed", "n't")
  std::string lower;   // lower-cased form
  std::string lemma;   // lower-cased lemma ("kill"); the lower form until syntax fills it
  std::string upos;    // UD part of speech ("VERB", "NOUN", "NUM"); empty until syntax fills it
  int head = -1;       // index of the head word in the sentence; -1 for the root or when unparsed
  std::string deprel;  // UD relation to the head ("obj", "nsubj:pass", "nummod"); "root"; empty unparsed
};

struct AnnotatedSentence {
  Span span;                        // bytes in Article::text
  std::vector<Token> tokens;        // offsets relative to span.start
  std::vector<Word> words;          // offsets in Article::text
  std::vector<Quantity> quantities; // offsets relative to span.start
  std::vector<Timex> timexes;       // offsets relative to span.start, resolved against the publication date
  bool parsed = false;              // words carry upos, lemma, head and deprel
  bool heading = false;             // a headline or sub-heading block of the article
  size_t paragraph = 0;             // index of the text block (blank-line separated) holding it
};

struct AnnotatedDocument {
  const Article* article = nullptr;  // the article read; it must outlive the document
  std::vector<AnnotatedSentence> sentences;
};

// A part-of-speech tagger, lemmatizer and dependency parser. Fills upos, lemma, head and deprel of
// one sentence's words in place. Implementations are immutable and safe to share between threads.
class SyntaxReader {
 public:
  virtual ~SyntaxReader() = default;
  virtual void Analyze(std::vector<Word>* words) const = 0;
};

// The syntax reader of the model compiled into the library (syntax.h: a tagger, lemmatizer and parser
// trained on UD English EWT), loaded once and shared; an error when the model cannot be read.
StatusOr<std::shared_ptr<const SyntaxReader>> DefaultSyntaxReader();

struct AnnotateOptions {
  std::shared_ptr<const SyntaxReader> syntax;  // null: no sentence is parsed
  // Which sentences to parse (after tokens, quantities and times are read); null: every sentence.
  std::function<bool(const AnnotatedSentence&)> parse_if;
  size_t max_sentence_bytes = 20000;  // longer "sentences" (tables, run-on dumps) keep no layers
  size_t max_sentence_tokens = 4096;
};

// Reads the article once. Never fails: text it cannot read keeps empty layers.
AnnotatedDocument Annotate(const Article& article, const AnnotateOptions& options);

// The words of a sentence's tokens: digit groups joined ("1,200", "3.5"), English clitics split off
// ("n't", "'s", "'re", "'ll", "'ve", "'d", "'m"). Exposed for tests and for readers of plain text.
std::vector<Word> WordsOf(std::string_view sentence, size_t sentence_start, const std::vector<Token>& tokens);

}  // namespace corroborate

#endif  // CORROBORATE_ANNOTATE_H_
