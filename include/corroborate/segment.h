// Segment: sentences of an article's text, with byte offsets.
#ifndef CORROBORATE_SEGMENT_H_
#define CORROBORATE_SEGMENT_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace corroborate {

struct Span {
  size_t start = 0;
  size_t end = 0;
};

// Splits text into sentences. Spans cover the sentence without surrounding whitespace, are in order
// and do not overlap. Blank lines always end a sentence; abbreviations ("Mr.", "U.S.", "Dec.") and
// decimals do not.
std::vector<Span> SplitSentences(std::string_view text);

// The length in bytes of a line break at text[i] ("\n", U+2028 LINE SEPARATOR, U+2029 PARAGRAPH
// SEPARATOR), or 0.
size_t LineBreakLength(std::string_view text, size_t i);
// The length of a paragraph break at text[i] (a blank line, two line separators, U+2029), or 0.
size_t ParagraphBreakLength(std::string_view text, size_t i);

}  // namespace corroborate

#endif  // CORROBORATE_SEGMENT_H_
