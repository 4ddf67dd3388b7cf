// The syntax model file: the tagger, parser and lemmatizer tables, serialised and zlib-compressed.
//
// Layout: the 8 bytes "CBSYN01\n", the uncompressed length (8 bytes, little-endian), then one zlib
// stream holding: UPOS tagger and Penn tagger (tags, ambiguity lexicon, sparse weights), the parser's
// tag mode, parser (labels, sparse weights),
// lemmatizer (exceptions, suffix rules). Sparse weights are sorted 32-bit feature keys written as
// varint deltas, a count per key, class ids and 16-bit quantised weights (see perceptron.h).
#ifndef CORROBORATE_SYNTAX_MODEL_FILE_H_
#define CORROBORATE_SYNTAX_MODEL_FILE_H_

#include <string>
#include <string_view>

#include "corroborate/status.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace corroborate::syntax {

struct ModelParts {
  Tagger tagger;   // UPOS
  Tagger xtagger;  // Penn tags (XPOS)
  Parser parser;   // reads ParserTag() of each word
  int parser_tags = 1;  // what the parser reads as a word's tag: 0 both tags, 1 UPOS, 2 Penn

  Lemmatizer lemmatizer;
};

// The tag id the parser sees for a word with these UPOS and Penn tag ids.
inline int ParserTag(int mode, int upos, int xpos) { return mode == 1 ? upos : mode == 2 ? xpos : upos * 256 + xpos; }

std::string WriteModel(const ModelParts& parts);
StatusOr<ModelParts> ReadModel(std::string_view file_bytes);

// The model compiled into the library (empty when the build had none).
std::string_view EmbeddedModel();

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_MODEL_FILE_H_
