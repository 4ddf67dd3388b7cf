// Claimants on PolNeAR (../shared/bench/polnear, political news with annotated attribution
// relations): how well the claims extractor's attribution reader (src/extract/claimant.h) finds who
// a statement is attributed to.
//
// For every gold attribution whose source is named in a sentence that also holds part of its
// content (the same-sentence attributions the reader handles; sources that are bare pronouns are
// left out, since the reader resolves them to names), the reader's attributions for that sentence
// are compared with the gold source: a match shares a content word with it (relaxed, as the source's
// fullest name may be longer or shorter than the annotated span). Recall is over those gold
// attributions; precision over the reader's attributions in sentences with any gold attribution.
//
// Each article is annotated once (include/corroborate/annotate.h), every sentence parsed when the
// project has a syntax reader; the score is printed for the reader with the parse (structure first,
// word windows where it finds nothing) and for the word windows alone, side by side.
//
// Usage: build/bench/polnear_eval [DIR] [--split dev|train] [--show N] [--wrong] [--parse TEXT] [--verbs] [--sentence TEXT]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "common/text_util.h"
#include "corroborate/annotate.h"
#include "corroborate/segment.h"
#include "extract/claimant.h"

// The project's syntax reader, or null when its model cannot be loaded (the score is then the word
// windows' alone).
std::shared_ptr<const corroborate::SyntaxReader> Syntax() {
  auto reader = corroborate::DefaultSyntaxReader();
  return reader.ok() ? *reader : nullptr;
}

namespace fs = std::filesystem;
using namespace corroborate;

namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Byte offset of every character index (the annotations count Unicode characters).
std::vector<size_t> CharToByte(const std::string& s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size();) {
    out.push_back(i);
    i += static_cast<size_t>(Utf8SequenceLength(static_cast<unsigned char>(s[i])));
  }
  out.push_back(s.size());
  return out;
}

std::set<std::string> ContentWords(std::string_view s) {
  static const std::set<std::string> stop = {"the", "a", "an", "of", "for", "in", "and", "to", "s", "at", "his", "her", "their", "its"};
  std::set<std::string> out;
  std::string w;
  for (char c : std::string(s) + " ") {
    if (IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80) {
      w += ToLowerAscii(c);
    } else {
      if (!w.empty() && !stop.count(w)) out.insert(w);
      w.clear();
    }
  }
  return out;
}

bool IsPronoun(const std::string& s) {
  static const std::set<std::string> p = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which"};
  return p.count(ToLowerAscii(std::string(TrimAscii(s)))) > 0;
}

struct Score {
  size_t gold_n = 0, gold_found = 0, pred_n = 0, pred_ok = 0;
  void Print(const char* label) const {
    const double R = gold_n ? double(gold_found) / gold_n : 0, P = pred_n ? double(pred_ok) / pred_n : 0;
    std::printf("%-28s recall %.3f  precision %.3f  F1 %.3f (relaxed: a shared content word)\n", label, R, P,
                P + R > 0 ? 2 * P * R / (P + R) : 0.0);
  }
};

void PrintParse(const AnnotatedSentence& s, const std::vector<Attribution>& found) {
  const auto& ws = s.words;
  for (size_t k = 0; k < ws.size(); ++k) {
    std::printf("  %zu %s %s %s %d %s\n", k, ws[k].form.c_str(), ws[k].lemma.c_str(), ws[k].upos.c_str(), ws[k].head, ws[k].deprel.c_str());
  }
  for (const Attribution& a : found) std::printf("  -> [%s] at %zu%s\n", a.name.c_str(), a.at - s.span.start, a.closes ? " closes" : "");
}

int ShowSentence(const std::string& text) {
  Article article;
  article.text = text;
  AnnotateOptions options;
  options.syntax = Syntax();
  const AnnotatedDocument doc = Annotate(article, options);
  ClaimantReader reader(article);
  for (const AnnotatedSentence& s : doc.sentences) PrintParse(s, reader.Read(s.span, std::nullopt, &s));
  return 0;
}

struct AnnSpan {
  size_t start = 0, end = 0;
  std::string text;
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "../shared/bench/polnear", split = "dev";
  int show = 0;
  bool show_wrong = false;  // --show lists wrong attributions too
  bool show_verbs = false;  // --verbs: the words governing missed sources, by frequency
  std::map<std::string, int> missed_governors;
  std::string parse_of;
  std::string sentence_text;  // --sentence TEXT: parse TEXT alone and print its sources     // --parse TEXT: print the parse of sentences holding TEXT
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--split" && i + 1 < argc) split = argv[++i];
    else if (a == "--show" && i + 1 < argc) show = std::atoi(argv[++i]);
    else if (a == "--wrong") show_wrong = true;
    else if (a == "--verbs") show_verbs = true;
    else if (a == "--sentence" && i + 1 < argc) sentence_text = argv[++i];
    else if (a == "--parse" && i + 1 < argc) parse_of = argv[++i];
    else dir = a;
  }
  if (!sentence_text.empty()) return ShowSentence(sentence_text);
  const fs::path base = fs::path(dir) / split;
  if (!fs::is_directory(base / "text")) {
    std::printf("polnear data not found at %s; nothing to score\n", base.string().c_str());
    return 0;
  }
  size_t articles = 0;
  Score parse_score, words_score;
  const std::shared_ptr<const SyntaxReader> syntax = Syntax();
  std::vector<std::string> examples;
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(base / "attributions")) anns.push_back(e.path());
  std::sort(anns.begin(), anns.end());
  std::set<std::string> seen_texts;
  for (const fs::path& ann : anns) {
    // One annotator per article: the first .ann file of each text.
    std::string stem = ann.stem().string();
    std::string text_name = stem.substr(0, stem.rfind('_')) + ".txt";
    if (!seen_texts.insert(text_name).second) continue;
    const std::string text = ReadFile(base / "text" / text_name);
    if (text.empty()) continue;
    ++articles;
    const std::vector<size_t> c2b = CharToByte(text);
    auto byte = [&](size_t c) { return c < c2b.size() ? c2b[c] : text.size(); };
    std::map<std::string, AnnSpan> spans;
    std::vector<std::pair<AnnSpan, AnnSpan>> relations;  // (source, content)
    std::istringstream in(ReadFile(ann));
    std::string line;
    std::vector<std::string> events;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      if (line[0] == 'T') {
        std::istringstream ls(line);
        std::string id, kind;
        size_t s = 0, e = 0;
        ls >> id >> kind >> s;
        std::string rest;
        std::getline(ls, rest);
        // "end" may be followed by ";start end" for discontinuous spans: keep the first piece.
        e = std::strtoul(rest.c_str(), nullptr, 10);
        size_t tab = line.find('\t', line.find('\t') + 1);
        spans[id] = {byte(s), byte(e), tab == std::string::npos ? "" : line.substr(tab + 1)};
      } else if (line[0] == 'E') {
        events.push_back(line);
      }
    }
    for (const std::string& ev : events) {
      std::string src, content;
      std::istringstream es(ev);
      std::string tok;
      while (es >> tok) {
        if (tok.rfind("Source:", 0) == 0) src = tok.substr(7);
        if (tok.rfind("Content:", 0) == 0) content = tok.substr(8);
      }
      if (src.empty() || content.empty() || !spans.count(src) || !spans.count(content)) continue;
      relations.push_back({spans[src], spans[content]});
    }
    Article article;
    article.id = "a1";
    article.text = text;
    // The file name holds the publication day ("breitbart_2016-03-11_..."): times resolve against it.
    if (const size_t u = text_name.find('_'); u != std::string::npos) article.published = Date::Parse(text_name.substr(u + 1, 10));
    AnnotateOptions options;
    options.syntax = syntax;
    const AnnotatedDocument doc = Annotate(article, options);
    ClaimantReader with_parse(article), words_only(article);
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const corroborate::Span s = doc.sentences[si].span;
      std::optional<corroborate::Span> next;
      if (si + 1 < doc.sentences.size()) next = doc.sentences[si + 1].span;
      const std::vector<Attribution> found_parse = with_parse.Read(s, next, &doc.sentences[si]);
      const std::vector<Attribution> found_words = words_only.Read(s, next);
      if (!parse_of.empty() && text.substr(s.start, s.end - s.start).find(parse_of) != std::string::npos) {
        PrintParse(doc.sentences[si], found_parse);

      }
      std::vector<const std::pair<AnnSpan, AnnSpan>*> here;
      for (const auto& r : relations) {
        const bool source_in = r.first.start >= s.start && r.first.end <= s.end;
        const bool content_in = r.second.start < s.end && s.start < r.second.end;
        if (source_in && content_in && !IsPronoun(r.first.text)) here.push_back(&r);
      }
      bool any_gold = false;
      for (const auto& r : relations) any_gold |= r.second.start < s.end && s.start < r.second.end;
      auto score = [&](const std::vector<Attribution>& found, Score* sc, bool show_misses) {
        for (const auto* r : here) {
          ++sc->gold_n;
          const auto gw = ContentWords(r->first.text);
          bool ok = false;
          for (const Attribution& a : found) {
            for (const auto& w : ContentWords(a.name)) ok |= gw.count(w) > 0;
          }
          sc->gold_found += ok;
          if (!ok && show_misses && show_verbs) {
            // The word whose subject (or other dependent) the missed source is: "lemma/relation".
            const auto& ws = doc.sentences[si].words;
            for (size_t k = 0; k < ws.size(); ++k) {
              if (!(ws[k].start < r->first.end && r->first.start < ws[k].end)) continue;
              size_t at = k;
              for (int step = 0; step < 8 && ws[at].head >= 0 && ws[ws[at].head].start < r->first.end &&
                                 r->first.start < ws[ws[at].head].end;
                   ++step)
                at = static_cast<size_t>(ws[at].head);
              const int h = ws[at].head;
              const std::string g = (h >= 0 ? ws[h].lemma + "/" + ws[h].upos : std::string("-")) + " " + ws[at].deprel;
              ++missed_governors[g];
              if (!examples.empty() && examples.back().rfind("missed", 0) == 0) examples.back() = "{" + g + "} " + examples.back();
              break;
            }
          }
          if (!ok && show_misses && static_cast<int>(examples.size()) < show) {
            std::string got;
            for (const Attribution& a : found) got += "[" + a.name + "] ";
            examples.push_back("missed \"" + r->first.text + "\" got " + got + "| " + text.substr(s.start, std::min<size_t>(160, s.end - s.start)));
          }
        }
        if (!any_gold) return;
        for (const Attribution& a : found) {
          ++sc->pred_n;
          bool ok = false;
          const auto aw = ContentWords(a.name);
          for (const auto& r : relations) {
            if (!(r.second.start < s.end && s.start < r.second.end)) continue;
            for (const auto& w : ContentWords(r.first.text)) ok |= aw.count(w) > 0;
            if (IsPronoun(r.first.text)) ok = true;  // a resolved pronoun: the reader named someone for it
          }
          sc->pred_ok += ok;
          if (!ok && show_misses && show_wrong && static_cast<int>(examples.size()) < show) {
            examples.push_back("wrong [" + a.name + "] | " + text.substr(s.start, std::min<size_t>(160, s.end - s.start)));
          }
        }
      };
      score(found_parse, &parse_score, true);
      score(found_words, &words_score, false);
    }
  }
  std::printf("PolNeAR %s: %zu articles, %zu same-sentence named sources, syntax %s\n", split.c_str(), articles, parse_score.gold_n,
              syntax ? "on" : "off (no syntax reader)");
  parse_score.Print("claimant reader (parsed):");
  words_score.Print("word windows alone:");
  for (const auto& e : examples) std::printf("  %s\n", e.c_str());
  std::vector<std::pair<int, std::string>> governors;
  for (const auto& [g, n] : missed_governors) governors.push_back({n, g});
  std::sort(governors.rbegin(), governors.rend());
  for (size_t i = 0; i < governors.size() && i < 80; ++i) std::printf("  %4d %s\n", governors[i].first, governors[i].second.c_str());
  return 0;
}
