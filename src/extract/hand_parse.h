// Tests only: sentences parsed by hand, CoNLL-U style, for the readers of dependency structure.
#ifndef CORROBORATE_EXTRACT_HAND_PARSE_H_
#define CORROBORATE_EXTRACT_HAND_PARSE_H_

#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "corroborate/annotate.h"

namespace corroborate {

// One word written "form|UPOS|lemma|head|deprel", head 1-based (0 = root); offsets left at 0.
inline Word HandWord(const std::string& item) {
  std::vector<std::string> f;
  std::stringstream fs(item);
  std::string part;
  while (std::getline(fs, part, '|')) f.push_back(part);
  f.resize(5, "0");
  Word w;
  w.form = f[0];
  w.lower = f[0];
  for (char& c : w.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  w.upos = f[1];
  w.lemma = f[2];
  w.head = std::stoi(f[3]) - 1;
  w.deprel = f[4];
  return w;
}

// The words of a space-separated spec of HandWord items.
inline std::vector<Word> HandWords(const std::string& spec) {
  std::vector<Word> words;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) words.push_back(HandWord(item));
  return words;
}

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_HAND_PARSE_H_
