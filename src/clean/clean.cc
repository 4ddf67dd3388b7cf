// CleanDocument: the clean stage's dispatcher.
//
//   1. Decode the bytes to UTF-8 NFC (clean/charset.h); charset warnings go to Article::errors.
//   2. HTML -> CleanHtml (clean/html_clean.h, the HTML main-content extractor); text -> CleanTextDump
//      (clean/text_dump.h). JSON Lines records come in as kText or kHtml as ingest decided.
//   3. Container metadata (JSON Lines fields) over what the page says: the title and publication date
//      an exporter recorded are more authoritative than ones read off the page (published_how
//      "metadata"); the URL the record was fetched from is the url. A container date that does not
//      parse is reported and ignored.
//   4. Outlet from the URL's domain when the cleaner found no name; language by CLD2 ("und" when
//      unsure); published null with published_how "none" unless the page states or honestly implies a
//      date ("inferred": the latest explicit date in the text).
//   5. Article::offsets composed: clean text -> decoded UTF-8 -> RawDocument::bytes.
#include "corroborate/clean.h"

#include <algorithm>

#include "clean/charset.h"
#include "clean/language.h"
#include "clean/text_dump.h"
#include "common/parallel.h"
#include "common/text_util.h"
#include "corroborate/timex.h"

#if __has_include("clean/html_clean.h")
#include "clean/html_clean.h"
#define CORROBORATE_HAVE_HTML_CLEAN 1
#endif

namespace corroborate {

namespace {

// outer: clean text -> decoded text; inner: decoded text -> input bytes. Returns clean text -> input.
OffsetMap ComposeOffsets(const OffsetMap& outer, const OffsetMap& inner, size_t text_size) {
  OffsetMap out;
  auto add = [&out](size_t t, size_t i) {
    auto& a = out.anchors;
    if (!a.empty() && a.back().first == t) return;
    if (!a.empty() && static_cast<int64_t>(a.back().second) - static_cast<int64_t>(a.back().first) ==
                          static_cast<int64_t>(i) - static_cast<int64_t>(t)) {
      return;
    }
    a.emplace_back(t, i);
  };
  std::vector<std::pair<size_t, size_t>> segments = outer.anchors;
  if (segments.empty() || segments.front().first != 0) segments.insert(segments.begin(), {0, outer.ToInput(0)});
  for (size_t k = 0; k < segments.size(); ++k) {
    const size_t t0 = segments[k].first, u0 = segments[k].second;
    const size_t t1 = k + 1 < segments.size() ? segments[k + 1].first : std::max(text_size, t0);
    add(t0, inner.ToInput(u0));
    // Anchors of the inner map inside this segment.
    auto it = std::upper_bound(inner.anchors.begin(), inner.anchors.end(), u0,
                               [](size_t v, const std::pair<size_t, size_t>& a) { return v < a.first; });
    for (; it != inner.anchors.end() && it->first < u0 + (t1 - t0); ++it) add(t0 + (it->first - u0), it->second);
  }
  return out;
}

std::string DomainOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  size_t at = host.rfind('@');
  if (at != std::string_view::npos) host.remove_prefix(at + 1);
  if (!host.empty() && host.front() == '[') return {};  // an IPv6 literal is no outlet
  size_t colon = host.find(':');
  if (colon != std::string_view::npos) host = host.substr(0, colon);
  std::string h = ToLowerAscii(host);
  if (h.rfind("www.", 0) == 0) h.erase(0, 4);
  if (h.find('.') == std::string::npos) return {};
  return h;
}

std::optional<Date> ParseContainerDate(std::string_view s) {
  s = TrimAscii(s);
  if (s.empty()) return std::nullopt;
  if (auto d = Date::Parse(s); d && d->valid()) return d;
  if (auto d = ParseDateString(s); d && d->valid()) return d;
  return std::nullopt;
}

// The format the bytes show, which overrides the container's word for it in two plain cases: "text"
// that is an HTML page (starts with a doctype or <html>), and "HTML" without a single tag.
bool LooksLikeHtml(std::string_view bytes, bool declared_html) {
  std::string_view head = bytes.substr(0, 4096);
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head = TrimAscii(head);
  if (declared_html) return bytes.find('<') != std::string_view::npos;
  return StartsWithIgnoreCase(head, "<!doctype html") || StartsWithIgnoreCase(head, "<html");
}

}  // namespace

StatusOr<Article> CleanDocument(const RawDocument& doc) {
  if (TrimAscii(doc.bytes).empty()) return Status::Empty("empty document");
  const bool is_html = LooksLikeHtml(doc.bytes, doc.format == RawDocument::Format::kHtml);
  auto decoded = DecodeToUtf8(doc.bytes, doc.charset, is_html);
  if (!decoded.ok()) return decoded.status();

  Article article;
  if (is_html) {
#ifdef CORROBORATE_HAVE_HTML_CLEAN
    auto cleaned = CleanHtml(decoded->text, doc);
    if (!cleaned.ok()) return cleaned.status();
    article = std::move(cleaned).value();
#else
    return Status::Unsupported("HTML cleaning not built");
#endif
  } else {
    auto cleaned = CleanTextDump(decoded->text);
    if (!cleaned.ok()) return cleaned.status();
    article = std::move(cleaned).value();
  }
  if (TrimAscii(article.text).empty()) {
    return Status::Empty("no article text left after cleaning");
  }
  article.offsets = ComposeOffsets(article.offsets, decoded->map, article.text.size());
  article.offsets.input_size = doc.bytes.size();
  article.path = doc.path;
  std::vector<std::string> errors = std::move(decoded->warnings);
  errors.insert(errors.end(), article.errors.begin(), article.errors.end());
  article.errors = std::move(errors);

  // Container metadata.
  if (!TrimAscii(doc.title).empty()) article.title = std::string(TrimAscii(doc.title));
  if (!TrimAscii(doc.url).empty()) article.url = std::string(TrimAscii(doc.url));
  if (!TrimAscii(doc.published).empty()) {
    if (auto d = ParseContainerDate(doc.published)) {
      article.published = d;
      article.published_how = "metadata";
    } else {
      article.errors.push_back("published \"" + std::string(TrimAscii(doc.published)).substr(0, 60) +
                               "\" is not a date; ignored");
    }
  }
  if (article.outlet.empty()) {
    article.outlet = DomainOf(article.canonical_url.empty() ? article.url : article.canonical_url);
    if (article.outlet.empty()) article.outlet = DomainOf(article.url);
  }
  if (!article.published) {
    // Only a date the page itself names; never a guess.
    if (auto latest = LatestExplicitDate(article.text)) {
      article.published = latest;
      article.published_how = "inferred";
    } else {
      article.published_how = "none";
    }
  } else if (article.published_how.empty() || article.published_how == "none") {
    article.published_how = "text";
  }
  article.language = DetectLanguage(article.text);
  article.id.clear();
  article.duplicate_of.reset();
  article.event.clear();
  return article;
}

std::vector<StatusOr<Article>> CleanDocuments(const std::vector<RawDocument>& docs, unsigned threads) {
  std::vector<StatusOr<Article>> out(docs.size(), Status::Internal("not cleaned"));
  ParallelFor(docs.size(), WorkerThreads(threads), [&](size_t i) { out[i] = CleanDocument(docs[i]); });
  return out;
}

}  // namespace corroborate
