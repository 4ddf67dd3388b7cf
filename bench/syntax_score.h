// Scores a SyntaxModel on CoNLL-U sentences with gold tokens: UPOS, lemma, UAS and LAS over every word
// (punctuation included, as in the CoNLL 2018 shared task), and words per second of Analyze().
#ifndef CORROBORATE_BENCH_SYNTAX_SCORE_H_
#define CORROBORATE_BENCH_SYNTAX_SCORE_H_

#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "corroborate/syntax.h"
#include "syntax/conllu.h"

namespace corroborate::bench {

struct SyntaxScores {
  size_t words = 0, upos = 0, lemma = 0, uas = 0, las = 0;
  double seconds = 0;
  std::map<std::string, std::array<size_t, 3>> by_label;  // gold label -> {gold, predicted, both right}
  double Pct(size_t n) const { return words ? 100.0 * n / words : 0.0; }
};

inline SyntaxScores ScoreSyntax(const SyntaxModel& model, const std::vector<syntax::TreebankSentence>& sentences) {
  SyntaxScores s;
  for (const auto& sent : sentences) {
    const std::vector<std::string_view> words(sent.form.begin(), sent.form.end());
    const auto t0 = std::chrono::steady_clock::now();
    const Analysis a = model.Analyze(words);
    s.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (size_t i = 0; i < sent.size(); ++i) {
      const WordAnalysis& w = a.words[i];
      ++s.words;
      s.upos += w.upos == sent.upos[i];
      s.lemma += w.lemma == sent.lemma[i];
      const bool head = w.head == sent.head[i];
      s.uas += head;
      s.las += head && w.deprel == sent.deprel[i];
      ++s.by_label[sent.deprel[i]][0];
      ++s.by_label[w.deprel][1];
      if (head && w.deprel == sent.deprel[i]) ++s.by_label[sent.deprel[i]][2];
    }
  }
  return s;
}

// One line per word: sentence, word, upos, xpos, lemma, head, relation (for comparing two builds).
inline void DumpSyntax(const SyntaxModel& model, const std::vector<syntax::TreebankSentence>& sentences, std::ostream& out) {
  for (size_t k = 0; k < sentences.size(); ++k) {
    const auto& sent = sentences[k];
    const Analysis a = model.Analyze(std::vector<std::string_view>(sent.form.begin(), sent.form.end()));
    for (size_t i = 0; i < a.words.size(); ++i) {
      const WordAnalysis& w = a.words[i];
      out << k << '\t' << i << '\t' << w.upos << '\t' << w.xpos << '\t' << w.lemma << '\t' << w.head << '\t' << w.deprel << '\n';
    }
  }
}

// Words per second of Analyze() over the sentences (one pass, one thread, tokens given).
inline double WordsPerSecond(const SyntaxModel& model, const std::vector<syntax::TreebankSentence>& sentences) {
  std::vector<std::vector<std::string_view>> input;
  size_t words = 0;
  for (const auto& sent : sentences) {
    input.emplace_back(sent.form.begin(), sent.form.end());
    words += sent.size();
  }
  size_t sink = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& w : input) sink += model.Analyze(w).words.size();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return sink == words && seconds > 0 ? words / seconds : 0.0;
}

inline void PrintSyntaxScores(const char* name, const SyntaxScores& s, bool labels) {
  std::printf("%s: %zu words  UPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  %.0f words/s\n", name, s.words, s.Pct(s.upos),
              s.Pct(s.lemma), s.Pct(s.uas), s.Pct(s.las), s.seconds > 0 ? s.words / s.seconds : 0.0);
  if (!labels) return;
  for (const char* l : {"nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "nummod", "conj", "appos", "acl", "acl:relcl", "nmod",
                        "compound", "amod"}) {
    auto it = s.by_label.find(l);
    if (it == s.by_label.end()) continue;
    const auto& [gold, pred, both] = it->second;
    const double p = pred ? 100.0 * both / pred : 0, r = gold ? 100.0 * both / gold : 0;
    std::printf("  %-11s gold %5zu  P %.1f  R %.1f  F1 %.1f\n", l, gold, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
  }
}

}  // namespace corroborate::bench

#endif  // CORROBORATE_BENCH_SYNTAX_SCORE_H_
