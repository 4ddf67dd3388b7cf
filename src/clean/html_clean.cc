// CleanHtml: main content and metadata out of an HTML page.
//
// Design (a readability-style scorer over gumbo's HTML5 tree):
//   1. Metadata in one pass: <title>, <meta> (og:*, article:published_time and the other date
//      names), <link rel=canonical>, JSON-LD (headline, datePublished, author, publisher, also inside
//      @graph), the first <time datetime>, the first <h1>.
//   2. Boilerplate subtrees are dropped whole: script/style/nav/footer/aside/form/..., and any element
//      whose class or id cues (data/clean_html_cues.tsv) sum to -50 or less (cookie banners, share
//      bars, newsletters, comments, related links).
//   3. Each paragraph-like element (p, pre, li, blockquote, headings, text-bearing divs) of 25+
//      characters scores 1 + commas + length/100 (at most 3), given to its parent in full, its
//      grandparent by half and the next ancestor by a third. A container's score is that sum times
//      (1 - link density) plus its own cues; the best container and its well-scoring siblings hold
//      the article.
//   4. Blocks are read from them in document order: headings, paragraphs, list items, quotes, and
//      embedded social posts (blockquote.twitter-tweet and the like) with their attribution line.
//      Link-heavy short blocks (menus inside the content) are dropped.
//   5. Text is whitespace-collapsed; each text node's position in the source gives the offset map.
#include "clean/html_clean.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/text_dump.h"
#include "common/data_tables.h"
#include "common/text_util.h"
#include "corroborate/timex.h"

namespace corroborate {
namespace {

constexpr size_t kMaxHtmlBytes = size_t{32} << 20;
constexpr int kMaxDepth = 2000;

// Gumbo allocates every node, string and vector with malloc and frees them one by one; a bump arena
// released at once makes parsing markedly faster. Blocks are 1 MiB; larger requests get their own.
class Arena {
 public:
  ~Arena() {
    for (char* b : blocks_) std::free(b);
  }
  void* Allocate(size_t n) {
    n = (n + 15) & ~size_t{15};
    if (n > kBlock / 4) {
      char* big = static_cast<char*>(std::malloc(n));
      if (big) blocks_.push_back(big);
      return big;
    }
    if (used_ + n > kBlock || blocks_.empty() || current_ == nullptr) {
      current_ = static_cast<char*>(std::malloc(kBlock));
      if (!current_) return nullptr;
      blocks_.push_back(current_);
      used_ = 0;
    }
    void* p = current_ + used_;
    used_ += n;
    return p;
  }
  static void* Alloc(void* self, size_t n) { return static_cast<Arena*>(self)->Allocate(n); }
  static void Free(void*, void*) {}

 private:
  static constexpr size_t kBlock = size_t{1} << 20;
  std::vector<char*> blocks_;
  char* current_ = nullptr;
  size_t used_ = 0;
};

const std::vector<std::pair<std::string, int>>& Cues() {
  static const auto* cues = [] {
    auto* v = new std::vector<std::pair<std::string, int>>();
    for (const auto& row : DataTable("clean_html_cues.tsv")) {
      if (row.size() >= 2) v->push_back({std::string(row[0]), std::atoi(std::string(row[1]).c_str())});
    }
    return v;
  }();
  return *cues;
}

// The lists of data/clean_html_markup.tsv.
enum class MetaField { kTitle, kSite, kUrl, kAuthor, kPublished };
struct Markup {
  std::unordered_set<std::string> role_drop, role_main;
  std::vector<std::string> social_embed;
  std::unordered_map<std::string, MetaField> meta;
};
const Markup& MarkupLists() {
  static const Markup* m = [] {
    auto* m = new Markup();
    const std::unordered_map<std::string_view, MetaField> fields = {{"meta_title", MetaField::kTitle},
                                                                    {"meta_site", MetaField::kSite},
                                                                    {"meta_url", MetaField::kUrl},
                                                                    {"meta_author", MetaField::kAuthor},
                                                                    {"meta_published", MetaField::kPublished}};
    for (const auto& row : DataTable("clean_html_markup.tsv")) {
      if (row.size() < 2) continue;
      std::string value(row[0]);
      if (row[1] == "role_drop") m->role_drop.insert(value);
      else if (row[1] == "role_main") m->role_main.insert(value);
      else if (row[1] == "social_embed") m->social_embed.push_back(value);
      else if (auto f = fields.find(row[1]); f != fields.end()) m->meta.emplace(value, f->second);
    }
    return m;
  }();
  return *m;
}

const char* Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

GumboTag Tag(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEAD: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

bool IsContainerTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TR: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_DL: case GUMBO_TAG_CENTER: case GUMBO_TAG_FONT: case GUMBO_TAG_HTML: case GUMBO_TAG_FORM:
      return true;
    default:
      return false;
  }
}

int CueWeight(const GumboNode* n) {
  // A form is usually a search box or a sign-up; some sites wrap the whole page in one.
  if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_FORM) return -60;
  std::string s;
  if (const char* c = Attr(n, "class")) s += ToLowerAscii(c);
  s += ' ';
  if (const char* i = Attr(n, "id")) s += ToLowerAscii(i);
  if (const char* r = Attr(n, "role")) {
    std::string role = ToLowerAscii(r);
    if (MarkupLists().role_drop.count(role)) return -100;
    if (MarkupLists().role_main.count(role)) return 30;
  }
  if (s.size() <= 1) return 0;
  int w = 0;
  for (const auto& [cue, weight] : Cues()) {
    if (s.find(cue) != std::string::npos) w += weight;
  }
  return w;
}

bool IsSocialEmbed(const GumboNode* n) {
  const char* c = Attr(n, "class");
  if (!c) return false;
  std::string s = ToLowerAscii(c);
  const auto& embeds = MarkupLists().social_embed;
  return std::any_of(embeds.begin(), embeds.end(), [&](const std::string& e) { return s.find(e) != std::string::npos; });
}

// Per-node facts computed once.
struct NodeInfo {
  bool dropped = false;
  double score = 0;
  size_t text_len = 0;
  size_t link_len = 0;
  size_t commas = 0;
  int cue = 0;
  bool cue_known = false;
};

class Cleaner {
 public:
  Cleaner(std::string_view html, const RawDocument& doc) : html_(html), doc_(doc) {}

  StatusOr<Article> Run() {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;
    options.allocator = &Arena::Alloc;
    options.deallocator = &Arena::Free;
    options.userdata = &arena_;
    Compact();
    // The tree lives in arena_ and goes with it; gumbo_destroy_output is not needed.
    GumboOutput* out = gumbo_parse_with_options(&options, compact_.data(), compact_.size());
    if (!out) return Status::Corrupt("HTML parser failed");
    root_ = out->root;
    Measure(root_, 0, false);
    // Boilerplate by class and id, but never a subtree that holds most of the page's text: a wrapper
    // called "main-sticky-sidebar" or "content-header" can hold the whole article.
    total_text_ = info_[root_].text_len;
    MarkCueDrops(root_, 0);
    Measure(root_, 0, false);
    ReadMetadata(root_, 0);
    Score(root_, 0);
    Article article;
    const GumboNode* best = BestContainer();
    std::vector<const GumboNode*> parts;
    if (best) {
      const GumboNode* parent = best->parent;
      if (parent && parent->type == GUMBO_NODE_ELEMENT) {
        const double threshold = std::max(10.0, info_[best].score * 0.2);
        const GumboVector& kids = parent->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
          const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
          if (k == best) {
            parts.push_back(k);
          } else if (k->type == GUMBO_NODE_ELEMENT && !info_[k].dropped) {
            const NodeInfo& ki = info_[k];
            double density = ki.text_len ? double(ki.link_len) / ki.text_len : 1;
            bool good = ki.score >= threshold && density < 0.3;
            if (Tag(k) == GUMBO_TAG_P && ki.text_len > 80 && density < 0.25) good = true;
            if (good) parts.push_back(k);
          }
        }
      } else {
        parts.push_back(best);
      }
    } else {
      parts.push_back(root_);
    }
    // Long articles are often cut into several containers of one class ("article-body" chunks
    // around ads and figures): the others join the best one, in document order.
    if (best) AddSameClass(best, &parts);
    for (const GumboNode* p : parts) Emit(p, 0);
    FlushInline();
    // The headline leads the text when the content does not hold it already.
    std::string title = Title();
    Assemble(&article, title);
    if (TrimAscii(article.text).empty()) return Status::Empty("no article text found in the HTML page");
    article.title = title;
    article.offsets.input_size = html_.size();
    article.author = author_;
    article.outlet = outlet_;
    article.canonical_url = canonical_;
    article.url = doc_.url.empty() ? canonical_ : doc_.url;
    SetDate(&article);
    return article;
  }

 private:
  // ---- pre-pass: the parser never sees script, style and svg bodies or comments ----
  // They are most of a modern page's bytes and none of its text. JSON-LD scripts are kept whole.
  // cuts_ maps offsets in compact_ back to offsets in html_.
  void Compact() {
    compact_.reserve(html_.size());
    size_t i = 0;
    auto starts_with_ci = [&](size_t at, std::string_view w) {
      return at + w.size() <= html_.size() && EqualsIgnoreCase(html_.substr(at, w.size()), w);
    };
    while (i < html_.size()) {
      size_t lt = html_.find('<', i);
      if (lt == std::string_view::npos) {
        compact_.append(html_.substr(i));
        break;
      }
      compact_.append(html_.substr(i, lt - i));
      i = lt;
      if (starts_with_ci(i, "<!--")) {
        size_t end = html_.find("-->", i + 4);
        end = end == std::string_view::npos ? html_.size() : end + 3;
        Cut(i, end);
        i = end;
        continue;
      }
      // Elements the cleaner drops anyway are not worth parsing: script, style and svg bodies, and
      // (nesting counted) navigation, footers, asides, noscript, iframes, forms' widgets, templates.
      const char* kinds[] = {"script", "style", "svg", "nav", "footer", "aside", "noscript", "iframe", "select", "button", "template"};
      bool cut = false;
      for (const char* kind : kinds) {
        const size_t len = std::strlen(kind);
        if (!starts_with_ci(i + 1, kind)) continue;
        char after = i + 1 + len < html_.size() ? html_[i + 1 + len] : '>';
        if (!(after == '>' || IsAsciiSpace(after) || after == '/')) continue;
        size_t open_end = html_.find('>', i);
        if (open_end == std::string_view::npos) break;
        std::string_view open_tag = html_.substr(i, open_end + 1 - i);
        if (ToLowerAscii(open_tag).find("ld+json") != std::string::npos) break;
        // Find the matching closing tag, case-insensitively, counting nested elements of the kind
        // (script, style and svg bodies hold no markup of their own kind worth counting).
        const bool nests = std::strcmp(kind, "script") != 0 && std::strcmp(kind, "style") != 0;
        size_t close = open_end + 1;
        std::string closing = std::string("</") + kind;
        std::string opening = std::string("<") + kind;
        int depth = 0;
        while (true) {
          close = html_.find('<', close);
          if (close == std::string_view::npos) break;
          if (starts_with_ci(close, closing)) {
            if (depth == 0) break;
            --depth;
          } else if (nests && starts_with_ci(close, opening)) {
            const char c = close + opening.size() < html_.size() ? html_[close + opening.size()] : '>';
            if (c == '>' || IsAsciiSpace(c) || c == '/') ++depth;
          }
          close += 1;
        }
        if (close == std::string_view::npos) break;  // unclosed: leave it to the parser
        compact_.append(open_tag);
        Cut(open_end + 1, close);
        i = close;
        cut = true;
        break;
      }
      if (!cut) {
        const size_t after = (i + 1 < html_.size() && IsAsciiAlpha(html_[i + 1])) ? CopyStartTag(i) : std::string_view::npos;
        if (after != std::string_view::npos) {
          i = after;
        } else {
          compact_.push_back('<');
          ++i;
        }
      }
    }
  }
  // Copies the start tag at `lt` keeping only the attributes the cleaner reads (class, id, role,
  // meta and link fields, datetime, hidden...); the others (data-*, srcset, style, event handlers) are
  // cut like comments. Returns the offset after the tag, or npos when the tag is malformed (then it is
  // left to the parser as it is).
  size_t CopyStartTag(size_t lt) {
    static const std::unordered_set<std::string> keep = {"class", "id", "href", "property", "name", "content", "rel", "type",
                                                         "datetime", "itemprop", "role", "hidden", "aria-hidden", "lang",
                                                         "charset", "http-equiv"};
    size_t p = lt + 1;
    while (p < html_.size() && (IsAsciiAlpha(html_[p]) || IsAsciiDigit(html_[p]) || html_[p] == '-' || html_[p] == ':')) ++p;
    const size_t mark = compact_.size();
    const size_t removed_before = removed_;
    const size_t cuts_before = cuts_.size();
    compact_.append(html_.substr(lt, p - lt));
    auto fail = [&] {
      compact_.resize(mark);
      removed_ = removed_before;
      cuts_.resize(cuts_before);
      return std::string_view::npos;
    };
    for (int attrs = 0; attrs < 512; ++attrs) {
      const size_t ws = p;
      while (p < html_.size() && IsAsciiSpace(html_[p])) ++p;
      if (p >= html_.size()) return fail();
      if (html_[p] == '>') {
        compact_.append(html_.substr(ws, p + 1 - ws));
        return p + 1;
      }
      if (html_[p] == '/') {
        compact_.append(html_.substr(ws, p + 1 - ws));
        ++p;
        continue;
      }
      const size_t name_start = p;
      while (p < html_.size() && !IsAsciiSpace(html_[p]) && html_[p] != '/' && html_[p] != '>' && html_[p] != '=') ++p;
      if (p == name_start) return fail();
      const std::string name = ToLowerAscii(html_.substr(name_start, p - name_start));
      size_t end = p, q = p;
      while (q < html_.size() && IsAsciiSpace(html_[q])) ++q;
      if (q < html_.size() && html_[q] == '=') {
        ++q;
        while (q < html_.size() && IsAsciiSpace(html_[q])) ++q;
        if (q >= html_.size()) return fail();
        if (html_[q] == '"' || html_[q] == '\'') {
          const size_t close = html_.find(html_[q], q + 1);
          if (close == std::string_view::npos) return fail();
          end = close + 1;
        } else {
          end = q;
          while (end < html_.size() && !IsAsciiSpace(html_[end]) && html_[end] != '>') ++end;
        }
      }
      if (keep.count(name)) {
        compact_.append(html_.substr(ws, end - ws));
      } else {
        Cut(ws, end);
      }
      p = end;
    }
    return fail();
  }

  void Cut(size_t from, size_t to) {
    if (to <= from) return;
    removed_ += to - from;
    cuts_.push_back({compact_.size(), compact_.size() + removed_});
  }
  size_t ToOriginal(size_t compact_offset) const {
    auto it = std::upper_bound(cuts_.begin(), cuts_.end(), compact_offset,
                               [](size_t v, const std::pair<size_t, size_t>& c) { return v < c.first; });
    if (it == cuts_.begin()) return compact_offset;
    --it;
    return compact_offset + (it->second - it->first);
  }

  // ---- pass 1: text and link lengths, dropped subtrees ----
  void Measure(const GumboNode* n, int depth, bool in_link) {
    NodeInfo& ni = info_[n];
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      ni.text_len = CollapsedLength(n->v.text.text);
      ni.commas = 0;
      for (const char* c = n->v.text.text; *c; ++c) ni.commas += *c == ',';
      if (in_link) ni.link_len = ni.text_len;
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
    if (depth > kMaxDepth) {
      ni.dropped = true;
      return;
    }
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag t = Tag(n);
      bool keep_header = t == GUMBO_TAG_HEADER && InsideArticle(n);
      if ((IsSkippedTag(t) && t != GUMBO_TAG_HEAD) || (t == GUMBO_TAG_HEADER && !keep_header)) {
        ni.dropped = true;
      }
      if (const char* hidden = Attr(n, "hidden")) {
        (void)hidden;
        ni.dropped = true;
      }
      if (const char* aria = Attr(n, "aria-hidden"); aria && std::strcmp(aria, "true") == 0) ni.dropped = true;
      if (t == GUMBO_TAG_A) in_link = true;
    }
    ni.text_len = 0;
    ni.link_len = 0;
    ni.commas = 0;
    const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      Measure(k, depth + 1, in_link);
      const NodeInfo& ki = info_[k];
      if (!ki.dropped) {
        ni.text_len += ki.text_len;
        ni.link_len += ki.link_len;
        ni.commas += ki.commas;
      }
    }
  }

  void MarkCueDrops(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)) return;
    NodeInfo& ni = info_[n];
    if (ni.dropped) return;
    if (n->type == GUMBO_NODE_ELEMENT && Tag(n) != GUMBO_TAG_BODY && Tag(n) != GUMBO_TAG_HTML && !IsSocialEmbed(n)) {
      const int w = Cue(n);
      const double density = ni.text_len ? double(ni.link_len) / ni.text_len : 1;
      const bool small = ni.text_len * 10 < total_text_ * 3;
      // A form that wraps most of the page (ASP.NET sites) is a container, however many links it holds.
      if (Tag(n) == GUMBO_TAG_FORM ? small : (w <= -50 && (small || density > 0.5 || w <= -100))) {
        ni.dropped = true;
        return;
      }
    }
    const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned i = 0; i < kids.length; ++i) MarkCueDrops(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  void AddSameClass(const GumboNode* best, std::vector<const GumboNode*>* parts) {
    const char* cls = Attr(best, "class");
    if (!cls || !*cls) return;
    auto inside = [](const GumboNode* a, const GumboNode* b) {  // a inside b (or a == b)
      for (const GumboNode* p = a; p; p = p->parent) {
        if (p == b) return true;
      }
      return false;
    };
    for (const auto& [node, info] : info_) {
      if (node->type != GUMBO_NODE_ELEMENT || info.dropped || Tag(node) != Tag(best) || info.text_len < 200) continue;
      const char* c = Attr(node, "class");
      if (!c || std::strcmp(c, cls) != 0) continue;
      const double density = info.text_len ? double(info.link_len) / info.text_len : 1;
      if (density > 0.3) continue;
      bool overlaps = false;
      for (const GumboNode* p : *parts) overlaps |= inside(node, p) || inside(p, node);
      if (!overlaps) parts->push_back(node);
    }
    std::sort(parts->begin(), parts->end(), [](const GumboNode* a, const GumboNode* b) {
      return a->v.element.start_pos.offset < b->v.element.start_pos.offset;
    });
  }

  int Cue(const GumboNode* n) {
    NodeInfo& ni = info_[n];
    if (!ni.cue_known) ni.cue = CueWeight(n), ni.cue_known = true;
    return ni.cue;
  }

  static bool InsideArticle(const GumboNode* n) {
    for (const GumboNode* p = n->parent; p; p = p->parent) {
      if (Tag(p) == GUMBO_TAG_ARTICLE || Tag(p) == GUMBO_TAG_MAIN) return true;
    }
    return false;
  }

  static size_t CollapsedLength(const char* s) {
    size_t n = 0;
    bool space = true;
    for (const char* p = s; *p; ++p) {
      if (IsAsciiSpace(*p)) {
        if (!space) ++n;
        space = true;
      } else {
        ++n;
        space = false;
      }
    }
    return n;
  }

  // ---- metadata ----
  void ReadMetadata(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)) return;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag t = Tag(n);
      if (t == GUMBO_TAG_TITLE && title_tag_.empty()) title_tag_ = InnerText(n);
      if (t == GUMBO_TAG_H1 && h1_.empty() && !info_[n].dropped) h1_ = InnerText(n);
      if (t == GUMBO_TAG_META) ReadMeta(n);
      if (t == GUMBO_TAG_LINK) {
        const char* rel = Attr(n, "rel");
        const char* href = Attr(n, "href");
        if (rel && href && EqualsIgnoreCase(rel, "canonical") && canonical_.empty()) canonical_ = href;
      }
      if (t == GUMBO_TAG_TIME && !time_date_) {
        if (const char* dt = Attr(n, "datetime")) time_date_ = ParseDateString(dt);
      }
      if (t == GUMBO_TAG_SCRIPT) {
        const char* type = Attr(n, "type");
        if (type && EqualsIgnoreCase(type, "application/ld+json") && n->v.element.children.length > 0) {
          const GumboNode* c = static_cast<const GumboNode*>(n->v.element.children.data[0]);
          if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) ReadJsonLd(c->v.text.text);
        }
      }
    }
    const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned i = 0; i < kids.length; ++i) ReadMetadata(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  void ReadMeta(const GumboNode* n) {
    const char* key = Attr(n, "property");
    if (!key) key = Attr(n, "name");
    if (!key) key = Attr(n, "itemprop");
    const char* content = Attr(n, "content");
    if (!key || !content) return;
    std::string k = ToLowerAscii(key);
    std::string v(TrimAscii(content));
    if (v.empty()) return;
    auto field = MarkupLists().meta.find(k);
    if (field == MarkupLists().meta.end()) return;
    switch (field->second) {
      case MetaField::kTitle:
        if (og_title_.empty()) og_title_ = v;
        break;
      case MetaField::kSite:
        if (outlet_.empty()) outlet_ = v;
        break;
      case MetaField::kUrl:
        if (canonical_.empty()) canonical_ = v;
        break;
      case MetaField::kAuthor:
        if (author_.empty() && v.find("://") == std::string::npos) author_ = v;
        break;
      case MetaField::kPublished:
        if (!meta_date_) meta_date_ = ParseDateString(v);
        break;
    }
  }

  void ReadJsonLd(const char* text) {
    if (std::strlen(text) > (size_t{4} << 20)) return;
    nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return;
    ReadJsonLdValue(j, 0);
  }
  void ReadJsonLdValue(const nlohmann::json& j, int depth) {
    if (depth > 8) return;
    if (j.is_array()) {
      for (const auto& x : j) ReadJsonLdValue(x, depth + 1);
      return;
    }
    if (!j.is_object()) return;
    if (auto g = j.find("@graph"); g != j.end()) ReadJsonLdValue(*g, depth + 1);
    auto str = [](const nlohmann::json& v) -> std::string {
      if (v.is_string()) return v.get<std::string>();
      if (v.is_object() && v.contains("name") && v["name"].is_string()) return v["name"].get<std::string>();
      if (v.is_array() && !v.empty()) {
        const auto& f = v[0];
        if (f.is_string()) return f.get<std::string>();
        if (f.is_object() && f.contains("name") && f["name"].is_string()) return f["name"].get<std::string>();
      }
      return {};
    };
    std::string type = j.contains("@type") ? str(j["@type"]) : "";
    const bool article_like = type.find("Article") != std::string::npos || type == "BlogPosting" || type == "Report" ||
                              type == "LiveBlogPosting" || type.empty();
    if (!article_like) return;
    if (auto h = j.find("headline"); h != j.end() && ld_headline_.empty()) ld_headline_ = str(*h);
    if (auto d = j.find("datePublished"); d != j.end() && !ld_date_) ld_date_ = ParseDateString(str(*d));
    if (auto a = j.find("author"); a != j.end() && author_.empty()) author_ = str(*a);
    if (auto p = j.find("publisher"); p != j.end() && outlet_.empty()) outlet_ = str(*p);
  }

  std::string InnerText(const GumboNode* n) const {
    std::string out;
    AppendText(n, &out, 0);
    return CollapseSpaces(out);
  }
  void AppendText(const GumboNode* n, std::string* out, int depth) const {
    if (depth > kMaxDepth || out->size() > 100000) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      *out += n->v.text.text;
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    if (Tag(n) == GUMBO_TAG_SCRIPT || Tag(n) == GUMBO_TAG_STYLE) return;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) AppendText(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
  }
  static std::string CollapseSpaces(std::string_view s) {
    std::string out;
    bool space = true;
    for (char c : s) {
      if (IsAsciiSpace(c)) {
        if (!space) out += ' ';
        space = true;
      } else {
        out += c;
        space = false;
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  // ---- scoring ----
  void Score(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)) return;
    if (info_[n].dropped) return;
    const GumboTag t = Tag(n);
    // Headings name a story but are not its body: teaser lists are full of them.
    const bool heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
    const bool paragraph_like = (IsBlockTag(t) && !heading) || (t == GUMBO_TAG_DIV && HasDirectText(n));
    if (paragraph_like) {
      const NodeInfo& ni = info_[n];
      if (ni.text_len >= 25) {
        double s = 1 + static_cast<double>(ni.commas) + std::min(3.0, ni.text_len / 100.0);
        const GumboNode* p = n->parent;
        double share = 1;
        for (int level = 0; p && level < 3; ++level, p = p->parent) {
          info_[p].score += s * share;
          scored_.push_back(p);
          share = level == 0 ? 0.5 : 1.0 / 3;
        }
      }
    }
    if (n->type == GUMBO_NODE_ELEMENT && IsBlockTag(t)) return;
    const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned i = 0; i < kids.length; ++i) Score(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }
  bool HasDirectText(const GumboNode* n) const {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT && CollapsedLength(k->v.text.text) >= 25) return true;
    }
    return false;
  }
  const GumboNode* BestContainer() {
    const GumboNode* best = nullptr;
    double best_score = 0;
    std::sort(scored_.begin(), scored_.end());
    scored_.erase(std::unique(scored_.begin(), scored_.end()), scored_.end());
    for (const GumboNode* n : scored_) {
      if (n->type != GUMBO_NODE_ELEMENT || info_[n].dropped) continue;
      const NodeInfo& ni = info_[n];
      double density = ni.text_len ? double(ni.link_len) / ni.text_len : 0;
      double s = ni.score * (1 - density) + Cue(n) * 0.5;
      if (Tag(n) == GUMBO_TAG_ARTICLE) s += 5;
      if (s > best_score || (s == best_score && best && n->v.element.start_pos.offset < best->v.element.start_pos.offset)) {
        best_score = s;
        best = n;
      }
    }
    if (best) info_[best].score = best_score;
    return best;
  }

  // ---- block emission ----
  struct Piece {
    std::string text;     // collapsed text of the block
    std::vector<std::pair<size_t, size_t>> anchors;  // (offset in text, offset in html)
    Block::Kind kind = Block::Kind::kParagraph;
    size_t link_len = 0;
    std::string author, handle;
    std::optional<Date> date;
  };

  void AddText(const GumboNode* t, Piece* p, bool in_link) const {
    const char* s = t->v.text.text;
    const size_t len = std::strlen(s);
    const GumboStringPiece& orig = t->v.text.original_text;
    const bool pure = orig.length == len && std::memcmp(orig.data, s, len) == 0;
    const size_t src = t->v.text.start_pos.offset;
    bool space = p->text.empty() || p->text.back() == ' ' || p->text.back() == '\n';
    size_t before = p->text.size();
    for (size_t i = 0; i < len; ++i) {
      char c = s[i];
      if (IsAsciiSpace(c)) {
        if (!space) p->text += ' ';
        space = true;
        continue;
      }
      if (pure) {
        if (p->anchors.empty() || p->anchors.back().first + (src + i - p->anchors.back().second) != p->text.size() ||
            p->anchors.back().second > src + i) {
          p->anchors.push_back({p->text.size(), src + i});
        }
      } else if (p->anchors.empty() || p->anchors.back().second != src) {
        p->anchors.push_back({p->text.size(), src});
      }
      p->text += c;
      space = false;
    }
    if (in_link) p->link_len += p->text.size() - before;
  }

  void CollectInline(const GumboNode* n, Piece* p, bool in_link, int depth) const {
    if (depth > kMaxDepth || p->text.size() > (size_t{1} << 20)) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      AddText(n, p, in_link);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    auto it = info_.find(n);
    if (it != info_.end() && it->second.dropped) return;
    GumboTag t = Tag(n);
    if (t == GUMBO_TAG_BR) {
      if (!p->text.empty() && p->text.back() != ' ' && p->text.back() != '\n') p->text += ' ';
      return;
    }
    if (t == GUMBO_TAG_A) in_link = true;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      // Inside a block, nested blocks (a <p> in an <li>) become lines of the same block.
      if (k->type == GUMBO_NODE_ELEMENT && (IsBlockTag(Tag(k)) || IsContainerTag(Tag(k))) && !p->text.empty() && p->text.back() != ' ') p->text += ' ';
      CollectInline(k, p, in_link, depth + 1);
    }
  }

  void FlushInline() {
    if (inline_.text.empty()) return;
    Finish(std::move(inline_));
    inline_ = Piece();
  }

  void Finish(Piece p) {
    while (!p.text.empty() && (p.text.back() == ' ' || p.text.back() == '\n')) p.text.pop_back();
    if (p.text.empty()) return;
    const double density = double(p.link_len) / p.text.size();
    if (density > 0.5 && p.text.size() < 300 && p.kind != Block::Kind::kHeading) return;  // menus, "read more" links
    if (p.kind == Block::Kind::kListItem && density > 0.3) return;
    pieces_.push_back(std::move(p));
  }

  void Emit(const GumboNode* n, int depth) {
    if (depth > kMaxDepth) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      AddText(n, &inline_, false);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
    if (info_[n].dropped) return;
    const GumboTag t = Tag(n);
    if (n->type == GUMBO_NODE_ELEMENT && IsSocialEmbed(n)) {
      FlushInline();
      EmitSocial(n);
      return;
    }
    if (n->type == GUMBO_NODE_ELEMENT && IsBlockTag(t)) {
      FlushInline();
      Piece p;
      if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) p.kind = Block::Kind::kHeading;
      else if (t == GUMBO_TAG_LI) p.kind = Block::Kind::kListItem;
      else if (t == GUMBO_TAG_BLOCKQUOTE) p.kind = Block::Kind::kQuote;
      CollectInline(n, &p, false, depth);
      Finish(std::move(p));
      return;
    }
    const bool container = n->type == GUMBO_NODE_DOCUMENT || IsContainerTag(t);
    if (container) FlushInline();
    const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT && !IsBlockTag(Tag(k)) && !IsContainerTag(Tag(k)) && !IsSocialEmbed(k)) {
        if (!info_[k].dropped) CollectInline(k, &inline_, Tag(k) == GUMBO_TAG_A, depth + 1);
      } else {
        Emit(k, depth + 1);
      }
    }
    if (container) FlushInline();
  }

  // An embedded post: its text, then the attribution line ("— Author (@handle) date").
  void EmitSocial(const GumboNode* n) {
    Piece p;
    p.kind = Block::Kind::kSocialPost;
    CollectInline(n, &p, false, 0);
    // Split the attribution off at the last em dash.
    size_t dash = p.text.rfind("\xE2\x80\x94");
    std::string body = p.text, line;
    if (dash != std::string::npos) {
      line = p.text.substr(dash);
      body = p.text.substr(0, dash);
      while (!body.empty() && body.back() == ' ') body.pop_back();
      if (auto a = ParseSocialAttribution(line)) {
        p.author = a->author;
        p.handle = a->handle;
        p.date = a->date;
      }
      // Body, a line break, the attribution line; anchors after the dash move with the line.
      const size_t line_start = body.size() + 1;
      for (auto& [t, src] : p.anchors) {
        if (t >= dash) t = t - dash + line_start;
        else if (t > body.size()) t = body.size();
      }
      p.text = body + "\n" + line;
    }
    p.link_len = 0;
    Finish(std::move(p));
  }

  // ---- assembly ----
  std::string Title() const {
    std::string from_tag = TitleTagHeadline();
    if (!og_title_.empty()) return CollapseSpaces(og_title_);
    if (!ld_headline_.empty()) return CollapseSpaces(ld_headline_);
    if (!h1_.empty()) return h1_;
    return from_tag;
  }

  // <title> less the site name ("Headline | Site", "Headline - Site", "Headline — Site"); the site
  // name becomes the outlet when the page names none.
  std::string TitleTagHeadline() const {
    std::string t = CollapseSpaces(title_tag_);
    for (const char* sep : {" | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " :: "}) {
      size_t at = t.rfind(sep);
      if (at != std::string::npos && at > 10) {
        std::string site = t.substr(at + std::strlen(sep));
        if (site.size() < 60) {
          if (outlet_.empty()) outlet_ = site;
          return t.substr(0, at);
        }
      }
    }
    return t;
  }

  void Assemble(Article* a, const std::string& title) {
    bool has_title = false;
    for (const Piece& p : pieces_) {
      if (p.kind == Block::Kind::kHeading && !title.empty() && p.text == title) has_title = true;
    }
    // Boilerplate the block structure let through ("Share this article", "Read more:", a comments
    // header): the table the text-dump cleaner uses (data/clean_text_boilerplate.tsv).
    {
      std::vector<Piece> kept;
      bool body_seen = false;
      for (Piece& p : pieces_) {
        if (p.kind != Block::Kind::kSocialPost) {
          if (auto m = MatchBoilerplate(p.text)) {
            if (m->ends_article && body_seen) break;
            if (!m->page_head_only || !body_seen) continue;
          }
        }
        if (p.text.size() >= 200) body_seen = true;
        kept.push_back(std::move(p));
      }
      pieces_ = std::move(kept);
    }
    std::vector<Piece> all;
    if (!has_title && !title.empty()) {
      Piece h;
      h.kind = Block::Kind::kHeading;
      h.text = title;
      all.push_back(std::move(h));
    }
    for (auto& p : pieces_) all.push_back(std::move(p));
    for (Piece& p : all) {
      if (!a->text.empty()) a->text += "\n\n";
      const size_t base = a->text.size();
      for (const auto& [t, s] : p.anchors) a->offsets.anchors.push_back({base + t, ToOriginal(s)});
      a->text += p.text;
      Block b;
      b.kind = p.kind;
      b.start = base;
      b.end = a->text.size();
      b.author = p.author;
      b.handle = p.handle;
      b.date = p.date;
      a->blocks.push_back(std::move(b));
    }
  }

  void SetDate(Article* a) const {
    if (ld_date_) {
      a->published = ld_date_, a->published_how = "metadata";
    } else if (meta_date_) {
      a->published = meta_date_, a->published_how = "metadata";
    } else if (time_date_) {
      a->published = time_date_, a->published_how = "metadata";
    } else if (auto u = UrlDate(doc_.url.empty() ? canonical_ : doc_.url)) {
      a->published = u, a->published_how = "metadata";
    } else {
      // A date line near the top of the text ("Published: 9 December 2016").
      size_t lines = 0;
      for (std::string_view line : SplitLines(a->text)) {
        if (line.empty()) continue;
        if (++lines > 6) break;
        if (line.size() < 120) {
          if (auto d = ParseDateLine(line)) {
            a->published = d, a->published_how = "text";
            return;
          }
        }
      }
      a->published_how = "none";
    }
  }

  // "/2025/03/12/", "/2025-03-12/", "/20250312/" in a URL.
  static std::optional<Date> UrlDate(std::string_view url) {
    for (size_t i = 0; i + 10 <= url.size(); ++i) {
      if (url[i] != '/' || !IsAsciiDigit(url[i + 1])) continue;
      auto num = [&](size_t at, size_t n) -> int {
        if (at + n > url.size()) return -1;
        int v = 0;
        for (size_t k = 0; k < n; ++k) {
          if (!IsAsciiDigit(url[at + k])) return -1;
          v = v * 10 + (url[at + k] - '0');
        }
        return v;
      };
      int y = num(i + 1, 4);
      if (y < 1990 || y > 2100 || i + 5 >= url.size()) continue;
      char sep = url[i + 5];
      if (sep != '/' && sep != '-') continue;
      int m = num(i + 6, 2);
      if (m < 1 || m > 12 || i + 8 >= url.size() || url[i + 8] != sep) continue;
      int d = num(i + 9, 2);
      if (d < 1 || d > DaysInMonth(y, m)) continue;
      return Date{y, m, d};
    }
    return std::nullopt;
  }

  Arena arena_;  // first member destroyed last: the parse tree points into it
  std::string_view html_;
  std::string compact_;
  std::vector<std::pair<size_t, size_t>> cuts_;  // (offset in compact_ after a cut, matching offset in html_)
  size_t removed_ = 0;
  const RawDocument& doc_;
  const GumboNode* root_ = nullptr;
  std::unordered_map<const GumboNode*, NodeInfo> info_;
  std::vector<const GumboNode*> scored_;
  size_t total_text_ = 0;
  std::vector<Piece> pieces_;
  Piece inline_;
  std::string title_tag_, og_title_, ld_headline_, h1_, author_, canonical_;
  mutable std::string outlet_;
  std::optional<Date> meta_date_, ld_date_, time_date_;
};

// An estimate of the element nesting depth, to refuse pages that would exhaust the stack.
size_t NestingEstimate(std::string_view html) {
  size_t depth = 0, max_depth = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    if (html[i + 1] == '/') {
      if (depth) --depth;
    } else if (IsAsciiAlpha(html[i + 1])) {
      size_t j = i + 1;
      while (j < html.size() && IsAsciiAlpha(html[j])) ++j;
      std::string name = ToLowerAscii(html.substr(i + 1, j - i - 1));
      static const char* kVoid[] = {"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed", "param", "track", "p", "li"};
      bool is_void = false;
      for (const char* v : kVoid) is_void |= name == v;
      if (!is_void) max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

}  // namespace

StatusOr<Article> CleanHtml(std::string_view utf8_html, const RawDocument& doc) {
  if (utf8_html.size() > kMaxHtmlBytes) return Status::TooLarge("HTML page larger than 32 MiB");
  if (NestingEstimate(utf8_html) > 5000) return Status::TooLarge("HTML nested more than 5000 elements deep");
  return Cleaner(utf8_html, doc).Run();
}

}  // namespace corroborate
