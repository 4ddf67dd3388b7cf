#include "syntax/conllu.h"

#include <zlib.h>

#include <charconv>

#include "common/text_util.h"

namespace corroborate::syntax {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      cols.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return cols;
}

bool IsWordId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

Status Finish(TreebankSentence* s, std::vector<TreebankSentence>* out) {
  if (s->size() == 0) return Status::Ok();
  for (int h : s->head) {
    if (h < -1 || h >= static_cast<int>(s->size())) return Status::Corrupt("CoNLL-U head out of range");
  }
  out->push_back(std::move(*s));
  *s = TreebankSentence();
  return Status::Ok();
}

}  // namespace

StatusOr<std::vector<TreebankSentence>> ParseConllu(std::string_view text) {
  std::vector<TreebankSentence> out;
  TreebankSentence s;
  for (std::string_view line : SplitLines(text)) {
    if (line.empty()) {
      if (Status st = Finish(&s, &out); !st.ok()) return st;
      continue;
    }
    if (line[0] == '#') continue;
    const auto cols = SplitTabs(line);
    if (cols.size() < 8) return Status::Corrupt("CoNLL-U line with fewer than 8 columns");
    if (!IsWordId(cols[0])) continue;  // "1-2" ranges and "8.1" empty nodes
    int head = 0;
    auto [p, ec] = std::from_chars(cols[6].data(), cols[6].data() + cols[6].size(), head);
    if (ec != std::errc() || p != cols[6].data() + cols[6].size()) return Status::Corrupt("CoNLL-U bad HEAD");
    s.form.emplace_back(cols[1]);
    s.lemma.emplace_back(cols[2]);
    s.upos.emplace_back(cols[3]);
    s.xpos.emplace_back(cols[4]);
    s.head.push_back(head - 1);
    s.deprel.emplace_back(cols[7]);
  }
  if (Status st = Finish(&s, &out); !st.ok()) return st;
  return out;
}

StatusOr<std::vector<TreebankSentence>> ReadConllu(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (!f) return Status::NotFound("cannot open " + path);
  std::string text;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) text.append(buf, n);
  const bool bad = n < 0;
  gzclose(f);
  if (bad) return Status::Corrupt("cannot inflate " + path);
  return ParseConllu(text);
}

}  // namespace corroborate::syntax
