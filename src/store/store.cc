// StoreReport: an analyze run kept in SQLite.
//
// Schema (version 1; docs/store.md): runs, articles (one row per distinct path + text hash, with an
// FTS5 index over title and text), run_articles (which run saw which article under which id),
// events, claims and figures keyed by (run, id). A run is one transaction: on any error it is rolled
// back and what was stored before stays as it was.
#include "corroborate/store.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "corroborate/report.h"

namespace corroborate {
namespace {

constexpr int kSchemaVersion = 1;

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, articles INTEGER, claims INTEGER,
                                 figures INTEGER, errors INTEGER, report_json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL, url TEXT, outlet TEXT,
                                     title TEXT, published TEXT, published_how TEXT, language TEXT, text TEXT NOT NULL,
                                     UNIQUE(path, hash));
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TABLE IF NOT EXISTS run_articles (run INTEGER NOT NULL REFERENCES runs(id), report_id TEXT NOT NULL,
                                         article INTEGER NOT NULL REFERENCES articles(id), event TEXT, duplicate_of TEXT,
                                         PRIMARY KEY(run, report_id));
CREATE TABLE IF NOT EXISTS events (run INTEGER NOT NULL, id TEXT NOT NULL, title TEXT, start TEXT, end TEXT, places TEXT,
                                   PRIMARY KEY(run, id));
CREATE TABLE IF NOT EXISTS claims (run INTEGER NOT NULL, id TEXT NOT NULL, article TEXT, event TEXT, category TEXT, subject TEXT,
                                   value_low INTEGER, value_high INTEGER, value_text TEXT, date TEXT, period_start TEXT,
                                   period_end TEXT, place TEXT, source TEXT, source_kind TEXT, hedged INTEGER, parent TEXT,
                                   sentence TEXT, json TEXT NOT NULL, PRIMARY KEY(run, id));
CREATE TABLE IF NOT EXISTS figures (run INTEGER NOT NULL, id TEXT NOT NULL, event TEXT, category TEXT, subject TEXT, place TEXT,
                                    low INTEGER, best INTEGER, high INTEGER, status TEXT, outlets INTEGER, rule TEXT,
                                    PRIMARY KEY(run, id));
)sql";

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

class Writer {
 public:
  explicit Writer(sqlite3* db) : db_(db) {}

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "unknown error";
      sqlite3_free(err);
      return Status::IoError("sqlite: " + m);
    }
    return Status::Ok();
  }

  StatusOr<Stmt> Prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
    return Stmt(s);
  }

  // Binds values (text, integers, nulls) and steps once.
  struct Value {
    enum { kNull, kInt, kText } kind = kNull;
    int64_t i = 0;
    std::string s;
    Value() = default;
    Value(int64_t v) : kind(kInt), i(v) {}
    Value(int v) : kind(kInt), i(v) {}
    Value(size_t v) : kind(kInt), i(static_cast<int64_t>(v)) {}
    Value(bool v) : kind(kInt), i(v ? 1 : 0) {}
    Value(std::string v) : kind(kText), s(std::move(v)) {}
    Value(const char* v) : kind(kText), s(v) {}
    static Value Opt(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(); }
    static Value Opt(const std::optional<std::string>& v) { return v ? Value(*v) : Value(); }
    static Value Opt(const std::optional<Date>& v) { return v ? Value(v->ToString()) : Value(); }
  };
  Status Run(sqlite3_stmt* s, const std::vector<Value>& values) {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    for (size_t k = 0; k < values.size(); ++k) {
      const Value& v = values[k];
      int idx = static_cast<int>(k + 1);
      if (v.kind == Value::kInt) sqlite3_bind_int64(s, idx, v.i);
      else if (v.kind == Value::kText) sqlite3_bind_text(s, idx, v.s.data(), static_cast<int>(v.s.size()), SQLITE_TRANSIENT);
      else sqlite3_bind_null(s, idx);
    }
    int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
    return Status::Ok();
  }

 private:
  sqlite3* db_;
};

#define CORROBORATE_RETURN_IF_ERROR(expr) \
  do {                                    \
    Status _st = (expr);                  \
    if (!_st.ok()) return _st;            \
  } while (0)

std::string Hash(const std::string& text) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
  return buf;
}

Status StoreInTransaction(Writer& w, sqlite3* db, const Report& report) {
  using V = Writer::Value;
  auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char started[32];
  std::strftime(started, sizeof started, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  auto run_stmt = w.Prepare("INSERT INTO runs(started, articles, claims, figures, errors, report_json) VALUES(?,?,?,?,?,?)");
  if (!run_stmt.ok()) return run_stmt.status();
  CORROBORATE_RETURN_IF_ERROR(w.Run(run_stmt->get(), {V(started), V(report.articles.size()), V(report.claims.size()),
                                                     V(report.figures.size()), V(report.errors.size()), V(ReportToJson(report))}));
  const int64_t run = sqlite3_last_insert_rowid(db);

  auto find = w.Prepare("SELECT id FROM articles WHERE path = ? AND hash = ?");
  auto ins = w.Prepare(
      "INSERT INTO articles(path, hash, url, outlet, title, published, published_how, language, text) VALUES(?,?,?,?,?,?,?,?,?)");
  auto fts = w.Prepare("INSERT INTO articles_fts(rowid, title, text) VALUES(?,?,?)");
  auto link = w.Prepare("INSERT INTO run_articles(run, report_id, article, event, duplicate_of) VALUES(?,?,?,?,?)");
  if (!find.ok() || !ins.ok() || !fts.ok() || !link.ok()) return Status::IoError("sqlite: cannot prepare article statements");
  for (const Article& a : report.articles) {
    const std::string h = Hash(a.text);
    sqlite3_stmt* f = find->get();
    sqlite3_reset(f);
    sqlite3_bind_text(f, 1, a.path.data(), static_cast<int>(a.path.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(f, 2, h.data(), static_cast<int>(h.size()), SQLITE_TRANSIENT);
    int64_t id = -1;
    int rc = sqlite3_step(f);
    if (rc == SQLITE_ROW) id = sqlite3_column_int64(f, 0);
    else if (rc != SQLITE_DONE) return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db));
    if (id < 0) {
      CORROBORATE_RETURN_IF_ERROR(w.Run(ins->get(), {V(a.path), V(h), V(a.url), V(a.outlet), V(a.title), V::Opt(a.published),
                                                    V(a.published_how), V(a.language), V(a.text)}));
      id = sqlite3_last_insert_rowid(db);
      CORROBORATE_RETURN_IF_ERROR(w.Run(fts->get(), {V(id), V(a.title), V(a.text)}));
    }
    CORROBORATE_RETURN_IF_ERROR(w.Run(link->get(), {V(run), V(a.id), V(id), V(a.event), V::Opt(a.duplicate_of)}));
  }
  auto ev = w.Prepare("INSERT INTO events(run, id, title, start, end, places) VALUES(?,?,?,?,?,?)");
  if (!ev.ok()) return ev.status();
  for (const Event& e : report.events) {
    std::string places;
    for (const auto& p : e.places) places += (places.empty() ? "" : "; ") + p;
    CORROBORATE_RETURN_IF_ERROR(w.Run(ev->get(), {V(run), V(e.id), V(e.title), V::Opt(e.start), V::Opt(e.end), V(places)}));
  }
  auto cl = w.Prepare(
      "INSERT INTO claims(run, id, article, event, category, subject, value_low, value_high, value_text, date, period_start, "
      "period_end, place, source, source_kind, hedged, parent, sentence, json) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!cl.ok()) return cl.status();
  for (const Claim& c : report.claims) {
    CORROBORATE_RETURN_IF_ERROR(w.Run(
        cl->get(), {V(run), V(c.id), V(c.article), V(c.event), V(CategoryName(c.category)), V(c.subject), V::Opt(c.value_low),
                    V::Opt(c.value_high), V(c.value_text), V::Opt(c.date), V::Opt(c.period_start), V::Opt(c.period_end), V(c.place),
                    V::Opt(c.source), V(SourceKindName(c.source_kind)), V(c.hedged), V::Opt(c.parent), V(c.sentence),
                    V(ClaimToJsonLine(c))}));
  }
  auto fg = w.Prepare(
      "INSERT INTO figures(run, id, event, category, subject, place, low, best, high, status, outlets, rule) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!fg.ok()) return fg.status();
  for (const Figure& f : report.figures) {
    CORROBORATE_RETURN_IF_ERROR(w.Run(fg->get(), {V(run), V(f.id), V(f.event), V(CategoryName(f.category)), V(f.subject), V(f.place),
                                                 V::Opt(f.low), V::Opt(f.best), V::Opt(f.high), V(FigureStatusName(f.status)),
                                                 V(f.outlets), V(f.rule)}));
  }
  return Status::Ok();
}

}  // namespace

Status StoreReport(const Report& report, const std::string& db_path) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string m = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    return Status::IoError("cannot open database " + db_path + ": " + m);
  }
  Db db(raw);
  sqlite3_busy_timeout(db.get(), 5000);
  Writer w(db.get());
  CORROBORATE_RETURN_IF_ERROR(w.Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"));
  CORROBORATE_RETURN_IF_ERROR(w.Exec("BEGIN IMMEDIATE"));
  Status st = w.Exec(kSchema);
  if (st.ok()) {
    // A database written by a newer corroborate is left alone.
    auto v = w.Prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!v.ok()) {
      st = v.status();
    } else if (sqlite3_step(v->get()) == SQLITE_ROW) {
      int version = sqlite3_column_int(v->get(), 0);
      if (version > kSchemaVersion) st = Status::Unsupported("database schema version " + std::to_string(version) + " is newer than this corroborate");
    } else {
      st = w.Exec(("INSERT INTO meta(key, value) VALUES('schema_version', '" + std::to_string(kSchemaVersion) + "')").c_str());
    }
  }
  if (st.ok()) st = StoreInTransaction(w, db.get(), report);
  if (st.ok()) st = w.Exec("COMMIT");
  if (!st.ok()) {
    w.Exec("ROLLBACK");
    return st;
  }
  return Status::Ok();
}

}  // namespace corroborate
