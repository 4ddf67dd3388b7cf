// Report writers: report.json, claims.csv, claims.hxl.csv and the staged, atomic WriteReport (this
// file); the HTML report in html.cc, html_event.cc and html_chart.cc.
// Every writer is a pure function of the Report, so the same Report gives the same bytes.
#include "corroborate/report.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "report/html_internal.h"
#include "report/report_internal.h"

namespace corroborate {

using Json = nlohmann::ordered_json;

namespace {

Json DateOrNull(const std::optional<Date>& d) { return d ? Json(d->ToString()) : Json(nullptr); }
template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}
Json Strings(const std::vector<std::string>& v) {
  Json a = Json::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

Json ClaimJson(const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["article"] = c.article;
  j["event"] = c.event;
  j["category"] = CategoryName(c.category);
  j["subject"] = c.subject;
  j["value_low"] = OrNull(c.value_low);
  j["value_high"] = OrNull(c.value_high);
  j["value_text"] = c.value_text;
  j["date"] = DateOrNull(c.date);
  j["period_start"] = DateOrNull(c.period_start);
  j["period_end"] = DateOrNull(c.period_end);
  j["date_precision"] = DatePrecisionName(c.date_precision);
  j["place"] = c.place;
  j["source"] = OrNull(c.source);
  j["source_kind"] = SourceKindName(c.source_kind);
  j["hedged"] = c.hedged;
  j["parent"] = OrNull(c.parent);
  j["unit"] = UnitName(c.unit);
  j["scope"] = ScopeName(c.scope);
  j["sentence"] = c.sentence;
  j["start"] = c.start;
  j["end"] = c.end;
  return j;
}

std::string Dump(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

// RFC 4180 field.
std::string CsvField(std::string_view s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string Num(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : std::string(); }
std::string Day(const std::optional<Date>& d) { return d ? d->ToString() : std::string(); }

struct Column {
  const char* name;
  const char* hxl;
};
// The claims.csv columns, with their HXL hashtags for claims.hxl.csv.
constexpr Column kColumns[] = {
    {"claim", "#meta+id"},
    {"event", "#event+id"},
    {"event_title", "#event+name"},
    {"figure", "#meta+figure"},
    {"figure_status", "#status"},
    {"article", "#meta+article"},
    {"outlet", "#org+outlet"},
    {"published", "#date+reported"},
    {"url", "#meta+url"},
    {"category", "#indicator+category"},
    {"subject", "#affected+type"},
    {"value_low", "#affected+num+min"},
    {"value_high", "#affected+num+max"},
    {"value_text", "#meta+value_text"},
    {"date", "#date+occurred"},
    {"period_start", "#date+start"},
    {"period_end", "#date+end"},
    {"date_precision", "#date+precision"},
    {"place", "#loc+name"},
    {"source", "#org+source"},
    {"source_kind", "#org+source+type"},
    {"hedged", "#meta+hedged"},
    {"parent", "#meta+parent"},
    {"unit", "#meta+unit"},
    {"scope", "#meta+scope"},
    {"sentence", "#description+evidence"},
};

std::string ClaimsTable(const Report& report, bool hxl) {
  ReportIndex index(report);
  std::string out;
  auto row = [&out](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      out += CsvField(fields[i]);
    }
    out += "\r\n";
  };
  // claims.hxl.csv adds one count column per category, tagged with the category's HXL hashtag
  // ("#affected+killed"), holding the claim's count (its lower bound, else its upper bound).
  constexpr Category kCategories[] = {Category::kKilled,    Category::kInjured,   Category::kMissing,
                                      Category::kDetained,  Category::kDisplaced, Category::kEvacuated,
                                      Category::kTrapped,   Category::kRescued,   Category::kAffected,
                                      Category::kHousing};
  std::vector<std::string> header, tags;
  for (const Column& c : kColumns) header.push_back(c.name), tags.push_back(c.hxl);
  if (hxl) {
    for (Category cat : kCategories) header.push_back(CategoryName(cat)), tags.push_back(CategoryHxlTag(cat));
  }
  row(header);
  if (hxl) row(tags);
  for (const Claim& c : report.claims) {
    const Article* a = index.Article(c.article);
    const Event* e = index.Event(c.event);
    const Figure* f = index.FigureOf(c.id);
    std::vector<std::string> r = {
        c.id,
        c.event,
        e ? e->title : "",
        f ? f->id : "",
        f ? FigureStatusName(f->status) : "",
        c.article,
        a ? a->outlet : "",
        a ? Day(a->published) : "",
        a ? a->url : "",
        CategoryName(c.category),
        c.subject,
        Num(c.value_low),
        Num(c.value_high),
        c.value_text,
        Day(c.date),
        Day(c.period_start),
        Day(c.period_end),
        DatePrecisionName(c.date_precision),
        c.place,
        c.source.value_or(""),
        SourceKindName(c.source_kind),
        c.hedged ? "true" : "false",
        c.parent.value_or(""),
        UnitName(c.unit),
        ScopeName(c.scope),
        c.sentence,
    };
    if (hxl) {
      const std::string count = c.value_low ? std::to_string(*c.value_low) : Num(c.value_high);
      for (Category cat : kCategories) r.push_back(cat == c.category ? count : "");
    }
    row(r);
  }
  return out;
}

Status WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return Status::IoError("cannot create " + path.string());
  f.write(content.data(), static_cast<std::streamsize>(content.size()));
  f.flush();
  if (!f) return Status::IoError("cannot write " + path.string());
  return Status::Ok();
}

Status Rename(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::error_code ec;
  std::filesystem::rename(from, to, ec);
  if (ec) return Status::IoError("cannot rename " + from.string() + " to " + to.string() + ": " + ec.message());
  return Status::Ok();
}

constexpr const char* kFiles[] = {"report.json", "claims.csv", "claims.hxl.csv", "report.html"};  // report.html last

// Writes every file of the report into `staging` (an empty folder).
Status Stage(const Report& report, const std::filesystem::path& staging) {
  std::error_code ec;
  std::filesystem::create_directories(staging / "events", ec);
  if (ec) return Status::IoError("cannot create " + (staging / "events").string() + ": " + ec.message());
  Status st = html::WriteHtmlPages(report, HtmlOptions{}, [&staging](const std::string& path, const std::string& content) {
    return WriteFile(staging / path, content);
  });
  if (st.ok()) st = WriteFile(staging / "report.json", ReportToJson(report));
  if (st.ok()) st = WriteFile(staging / "claims.csv", ClaimsToCsv(report));
  if (st.ok()) st = WriteFile(staging / "claims.hxl.csv", ClaimsToHxlCsv(report));
  return st;
}

// Moves a staged report into `dir`: events/ is swapped whole (the previous one is moved aside and
// removed), then each file replaces its previous version by a rename.
Status Commit(const std::filesystem::path& staging, const std::filesystem::path& dir) {
  std::error_code ec;
  const std::filesystem::path events = dir / "events", old = dir / ".corroborate-old-events";
  std::filesystem::remove_all(old, ec);
  const bool had_events = std::filesystem::exists(events, ec);
  if (had_events) {
    Status st = Rename(events, old);
    if (!st.ok()) return st;
  }
  Status st = Rename(staging / "events", events);
  if (!st.ok()) {
    if (had_events) Rename(old, events);
    return st;
  }
  for (const char* name : kFiles) {
    st = Rename(staging / name, dir / name);
    if (!st.ok()) return st;
  }
  std::filesystem::remove_all(old, ec);
  return Status::Ok();
}

}  // namespace

ReportIndex::ReportIndex(const Report& report) {
  for (const auto& a : report.articles) articles_[a.id] = &a;
  for (const auto& e : report.events) events_[e.id] = &e;
  for (const auto& c : report.claims) claims_[c.id] = &c;
  for (const auto& f : report.figures) {
    for (const auto& id : f.claims) figure_of_[id] = &f;
    for (const auto& v : f.voices) {
      for (const auto& id : v.claims) voice_of_[id] = &v;
    }
  }
}

std::string ClaimToJsonLine(const Claim& claim) { return Dump(ClaimJson(claim), -1); }

std::string SentenceToJsonLine(std::string_view text, const AnnotatedSentence& sentence) {
  Json j;
  j["start"] = sentence.span.start;
  j["end"] = sentence.span.end;
  j["text"] = std::string(text.substr(sentence.span.start, sentence.span.end - sentence.span.start));
  Json words = Json::array();
  for (const Word& w : sentence.words) {
    Json o;
    o["form"] = w.form;
    o["upos"] = w.upos;
    o["lemma"] = w.lemma;
    o["head"] = w.head;
    o["deprel"] = w.deprel;
    words.push_back(std::move(o));
  }
  j["words"] = std::move(words);
  return Dump(j, -1);
}

std::string ReportToJson(const Report& report) {
  Json j;
  j["schema"] = "corroborate.report/1";
  Json articles = Json::array();
  for (const Article& a : report.articles) {
    Json o;
    o["id"] = a.id;
    o["path"] = a.path;
    o["url"] = a.url;
    o["canonical_url"] = a.canonical_url;
    o["outlet"] = a.outlet;
    o["title"] = a.title;
    o["author"] = a.author;
    o["published"] = DateOrNull(a.published);
    o["published_how"] = a.published_how;
    o["language"] = a.language;
    o["duplicate_of"] = OrNull(a.duplicate_of);
    o["event"] = a.event;
    o["text"] = a.text;
    o["errors"] = Strings(a.errors);
    articles.push_back(std::move(o));
  }
  j["articles"] = std::move(articles);
  Json events = Json::array();
  for (const Event& e : report.events) {
    Json o;
    o["id"] = e.id;
    o["title"] = e.title;
    o["articles"] = Strings(e.articles);
    o["start"] = DateOrNull(e.start);
    o["end"] = DateOrNull(e.end);
    o["places"] = Strings(e.places);
    events.push_back(std::move(o));
  }
  j["events"] = std::move(events);
  Json claims = Json::array();
  for (const Claim& c : report.claims) claims.push_back(ClaimJson(c));
  j["claims"] = std::move(claims);
  Json figures = Json::array();
  for (const Figure& f : report.figures) {
    Json o;
    o["id"] = f.id;
    o["event"] = f.event;
    o["category"] = CategoryName(f.category);
    o["subject"] = f.subject;
    o["place"] = f.place;
    o["period_start"] = DateOrNull(f.period_start);
    o["period_end"] = DateOrNull(f.period_end);
    o["low"] = OrNull(f.low);
    o["best"] = OrNull(f.best);
    o["high"] = OrNull(f.high);
    o["claims"] = Strings(f.claims);
    o["sources"] = Strings(f.sources);
    o["outlets"] = f.outlets;
    o["status"] = FigureStatusName(f.status);
    o["unit"] = UnitName(f.unit);
    o["scope"] = ScopeName(f.scope);
    o["act"] = f.act;
    Json voices = Json::array();
    for (const FigureVoice& v : f.voices) {
      Json vo;
      vo["claimant"] = v.claimant;
      vo["kind"] = SourceKindName(v.kind);
      vo["current"] = v.current;
      vo["series"] = Strings(v.series);
      vo["claims"] = Strings(v.claims);
      vo["hedged"] = v.hedged;
      vo["vague"] = v.vague;
      voices.push_back(std::move(vo));
    }
    o["voices"] = std::move(voices);
    o["rule"] = f.rule;
    figures.push_back(std::move(o));
  }
  j["figures"] = std::move(figures);
  Json timeline = Json::array();
  for (const TimelineEntry& t : report.timeline) {
    Json o;
    o["date"] = DateOrNull(t.date);
    o["event"] = t.event;
    o["text"] = t.text;
    o["article"] = t.article;
    o["claims"] = Strings(t.claims);
    timeline.push_back(std::move(o));
  }
  j["timeline"] = std::move(timeline);
  Json summary = Json::array();
  for (const EventSummary& s : report.summary) {
    Json o;
    o["event"] = s.event;
    Json sentences = Json::array();
    for (const SummarySentence& ss : s.sentences) {
      Json x;
      x["text"] = ss.text;
      x["article"] = ss.article;
      x["also_in"] = Strings(ss.also_in);
      x["claims"] = Strings(ss.claims);
      sentences.push_back(std::move(x));
    }
    o["sentences"] = std::move(sentences);
    summary.push_back(std::move(o));
  }
  j["summary"] = std::move(summary);
  Json errors = Json::array();
  for (const InputError& e : report.errors) {
    Json o;
    o["path"] = e.path;
    o["error"] = e.error;
    errors.push_back(std::move(o));
  }
  j["errors"] = std::move(errors);
  return Dump(j, 1) + "\n";
}

std::string ClaimsToCsv(const Report& report) { return ClaimsTable(report, false); }
std::string ClaimsToHxlCsv(const Report& report) { return ClaimsTable(report, true); }

Status WriteReport(const Report& report, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create " + dir + ": " + ec.message());
  const std::filesystem::path d(dir), staging = d / ".corroborate-staging";
  std::filesystem::remove_all(staging, ec);  // left by a run that was killed
  Status st = Stage(report, staging);
  if (st.ok()) st = Commit(staging, d);
  std::filesystem::remove_all(staging, ec);
  return st;
}

}  // namespace corroborate
