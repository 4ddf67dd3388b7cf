// Fuzzes the syntax model on any bytes, read two ways: split on spaces into words for Analyze() (one
// analysis per word, heads in range, exactly one root, no cycles), and as a model file for
// LoadFromBytes() (a Status, never a crash).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "corroborate/syntax.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)corroborate::SyntaxModel::LoadFromBytes(text);
  auto model = corroborate::SyntaxModel::Default();
  if (!model.ok()) return 0;  // a build without data/syntax_model.bin
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  const corroborate::Analysis a = (*model)->Analyze(words);
  if (a.words.size() != words.size()) std::abort();
  int roots = 0;
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n; ++i) {
    if (a.words[i].head < -1 || a.words[i].head >= n || a.words[i].upos.empty()) std::abort();
    roots += a.words[i].head == -1;
    int h = i, steps = 0;
    while (h != -1 && steps++ <= n) h = a.words[h].head;
    if (h != -1) std::abort();
  }
  if (n > 0 && roots != 1) std::abort();
  return 0;
}
