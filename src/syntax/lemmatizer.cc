#include "syntax/lemmatizer.h"

#include <algorithm>

#include "syntax/lexical.h"

namespace corroborate::syntax {
namespace {

constexpr size_t kMaxSuffix = 5;

std::string Key(std::string_view upos, std::string_view s) {
  std::string k(upos);
  k.push_back('\t');
  k.append(s);
  return k;
}

std::string LowerWord(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

// Straight quotes, so that "don’t" and "don't" share entries.
std::string Plain(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' && (word[i + 2] == '\x98' || word[i + 2] == '\x99')) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

}  // namespace

Lemmatizer::Edit Lemmatizer::EditFor(std::string_view word, std::string_view lemma) {
  Edit best;
  bool have = false;
  for (bool lower : {false, true}) {
    const std::string base = lower ? LowerWord(word) : std::string(word);
    size_t p = 0;
    while (p < base.size() && p < lemma.size() && base[p] == lemma[p]) ++p;
    Edit e{lower, static_cast<uint32_t>(base.size() - p), std::string(lemma.substr(p))};
    if (!have || e.cut + e.append.size() <= best.cut + best.append.size()) best = e, have = true;  // ties: lower
  }
  return best;
}

std::string Lemmatizer::Apply(std::string_view word, const Edit& e) {
  std::string base = e.lower ? LowerWord(word) : std::string(word);
  if (e.cut > base.size()) return base;
  base.resize(base.size() - e.cut);
  base += e.append;
  return base.empty() ? std::string(word) : base;
}

const Lemmatizer::Edit* Lemmatizer::Rule(std::string_view lower, std::string_view upos) const {
  for (size_t k = std::min(kMaxSuffix, lower.size());; --k) {
    auto it = rules_.find(Key(upos, lower.substr(lower.size() - k)));
    if (it != rules_.end() && it->second.cut <= lower.size()) return &it->second;
    if (k == 0) return nullptr;
  }
}

bool Lemmatizer::HasException(std::string_view word, std::string_view upos) const {
  return exceptions_.count(Key(upos, LowerWord(Plain(word)))) > 0;
}

std::string Lemmatizer::Lemmatize(std::string_view word, std::string_view upos) const {
  const std::string plain = Plain(word);
  const std::string lower = LowerWord(plain);
  if (auto it = exceptions_.find(Key(upos, lower)); it != exceptions_.end()) return it->second;
  const Edit* e = Rule(lower, upos);
  return e ? Apply(plain, *e) : plain;
}

Lemmatizer Lemmatizer::Train(const std::vector<TreebankSentence>& train) {
  std::map<std::string, std::map<Edit, int>> suffix_edits;
  std::map<std::string, std::map<std::pair<std::string, std::string>, int>> word_lemmas;  // -> (form, lemma) -> count
  for (const auto& s : train) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s.lemma[i] == "_" && s.form[i] != "_") continue;
      const std::string plain = Plain(s.form[i]);
      const std::string lower = LowerWord(plain);
      const Edit e = EditFor(plain, s.lemma[i]);
      for (size_t k = 0; k <= std::min(kMaxSuffix, lower.size()); ++k) {
        ++suffix_edits[Key(s.upos[i], lower.substr(lower.size() - k))][e];
      }
      ++word_lemmas[Key(s.upos[i], lower)][{plain, s.lemma[i]}];
    }
  }
  Lemmatizer m;
  std::map<std::string, Edit> best;
  for (const auto& [key, edits] : suffix_edits) {
    int top = -1;
    for (const auto& [e, n] : edits) {
      if (n > top) top = n, best[key] = e;
    }
  }
  for (const auto& [key, e] : best) {  // keep a suffix only when it changes its parent's edit
    const size_t tab = key.find('\t');
    if (key.size() == tab + 1) {
      m.rules_[key] = e;
      continue;
    }
    bool differs = true;
    for (size_t cut = 1; key.size() - cut > tab; ++cut) {
      auto parent = best.find(key.substr(0, tab + 1) + key.substr(tab + 1 + cut));
      if (parent != best.end()) {
        differs = !(parent->second == e);
        break;
      }
    }
    if (differs && suffix_edits[key].at(e) >= 2) m.rules_[key] = e;
  }
  for (const auto& [key, uses] : word_lemmas) {  // the words the rules get wrong more often than not
    const size_t tab = key.find('\t');
    const Edit* e = m.Rule(key.substr(tab + 1), key.substr(0, tab));
    std::map<std::string, int> lemmas;
    int rule_right = 0;
    for (const auto& [form_lemma, n] : uses) {
      lemmas[form_lemma.second] += n;
      if (e && Apply(form_lemma.first, *e) == form_lemma.second) rule_right += n;
    }
    const auto top = std::max_element(lemmas.begin(), lemmas.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (top->second > rule_right) m.exceptions_[key] = top->first;
  }
  return m;
}

void Lemmatizer::Write(ByteWriter* out) const {
  std::vector<std::pair<std::string, std::string>> ex(exceptions_.begin(), exceptions_.end());
  std::sort(ex.begin(), ex.end());
  out->Varint(ex.size());
  for (const auto& [k, v] : ex) {
    out->String(k);
    out->String(v);
  }
  std::vector<std::pair<std::string, Edit>> rules(rules_.begin(), rules_.end());
  std::sort(rules.begin(), rules.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  out->Varint(rules.size());
  for (const auto& [k, e] : rules) {
    out->String(k);
    out->Varint(e.lower);
    out->Varint(e.cut);
    out->String(e.append);
  }
}

bool Lemmatizer::Read(ByteReader* in) {
  uint64_t n;
  if (!in->Count(&n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string k, v;
    if (!in->String(&k) || !in->String(&v)) return false;
    exceptions_[k] = v;
  }
  if (!in->Count(&n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string k;
    uint64_t lower, cut;
    Edit e;
    if (!in->String(&k) || !in->Varint(&lower) || !in->Varint(&cut) || cut > 64 || !in->String(&e.append)) return false;
    e.lower = lower != 0;
    e.cut = static_cast<uint32_t>(cut);
    rules_[k] = e;
  }
  return true;
}

}  // namespace corroborate::syntax
