// PhraseTable: multi-word phrases (lower case, one space between words) matched against a token list,
// longest first. The extractor's cue tables are read into these once.
#ifndef CORROBORATE_EXTRACT_PHRASES_H_
#define CORROBORATE_EXTRACT_PHRASES_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "normalize/tokens.h"

namespace corroborate {

template <typename T>
class PhraseTable {
 public:
  void Add(std::string_view phrase, T value) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < phrase.size()) {
      size_t j = phrase.find(' ', i);
      if (j == std::string_view::npos) j = phrase.size();
      if (j > i) words.emplace_back(phrase.substr(i, j - i));
      i = j + 1;
    }
    if (words.empty()) return;
    auto& list = by_first_[words[0]];
    list.push_back({std::move(words), std::move(value)});
    std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
  }

  // The value of the longest phrase starting at tokens[i], or nullptr; *n = its length in tokens.
  const T* Match(const std::vector<Token>& tokens, size_t i, size_t* n) const {
    if (i >= tokens.size()) return nullptr;
    auto it = by_first_.find(tokens[i].lower);
    if (it == by_first_.end()) return nullptr;
    for (const Entry& e : it->second) {
      size_t k = 1;
      while (k < e.words.size() && i + k < tokens.size() && tokens[i + k].lower == e.words[k]) ++k;
      if (k == e.words.size()) {
        *n = k;
        return &e.value;
      }
    }
    return nullptr;
  }

 private:
  struct Entry {
    std::vector<std::string> words;
    T value;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
};

}  // namespace corroborate

#endif  // CORROBORATE_EXTRACT_PHRASES_H_
