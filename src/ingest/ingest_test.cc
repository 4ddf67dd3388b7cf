#include "corroborate/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "ingest/byte_source.h"
#include "ingest/readers.h"
#include "ingest/sniff.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;

std::string Gzip(std::string_view data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                       const std::string& content_type = "application/http; msgtype=response") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
                  "\r\nWARC-Date: 2016-12-10T08:00:00Z\r\nContent-Type: " + content_type +
                  "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  return r;
}

std::string HttpResponse(const std::string& content_type, const std::string& body, const std::string& extra = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\n" + extra + "\r\n" + body;
}

const std::string kArticleHtml =
    "<html><head><title>Flooding displaces thousands in Marenvale</title></head>"
    "<body><p>At least 1,200 people were forced from their homes, officials said on Monday.</p></body></html>";

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<InputError> errors;
  ingest::DocumentFn on_doc() {
    return [this](RawDocument d) { docs.push_back(std::move(d)); };
  }
  ingest::ErrorFn on_err() {
    return [this](const InputError& e) { errors.push_back(e); };
  }
};

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ingest_test_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& rel, std::string_view content) const {
    fs::path p = fs::path(path_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(content.data(), static_cast<std::streamsize>(content.size()));
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Status Read(const std::string& path, Collected* c, IngestOptions options = {}) {
  return ReadInput(path, options, c->on_doc(), c->on_err());
}

// ---- ListInputs -----------------------------------------------------------------------------------

TEST(ListInputsTest, RecursiveSortedAndFiltered) {
  TempDir dir;
  dir.Write("b/two.html", "<p>x</p>");
  dir.Write("a/one.txt", "x");
  dir.Write("a/deep/er/three.jsonl", "{}");
  dir.Write("c.warc.gz", "x");
  dir.Write("d.WARC", "x");
  dir.Write("notes.md", "skipped");
  dir.Write(".hidden/secret.txt", "skipped");
  std::vector<InputError> errors;
  auto files = ListInputs({dir.path()}, [&](const InputError& e) { errors.push_back(e); });
  ASSERT_EQ(files.size(), 5u);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
  EXPECT_NE(files[0].find("a/deep/er/three.jsonl"), std::string::npos);
  EXPECT_NE(files[4].find("d.WARC"), std::string::npos);
}

TEST(ListInputsTest, SymlinkLoopIsSafe) {
  TempDir dir;
  dir.Write("x/article.txt", "text");
  fs::create_directory_symlink(fs::path(dir.path()) / "x", fs::path(dir.path()) / "x" / "loop");
  fs::create_directory_symlink(fs::path(dir.path()), fs::path(dir.path()) / "x" / "up");
  std::vector<InputError> errors;
  auto files = ListInputs({dir.path()}, [&](const InputError& e) { errors.push_back(e); });
  ASSERT_EQ(files.size(), 1u);
}

TEST(ListInputsTest, MissingAndUnsupportedNamedDirectly) {
  TempDir dir;
  std::string png = dir.Write("photo.png", "\x89PNG");
  std::vector<InputError> errors;
  auto files = ListInputs({dir.path() + "/nope.txt", png}, [&](const InputError& e) { errors.push_back(e); });
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].error, "no such file or folder");
  EXPECT_NE(errors[1].error.find("unsupported file type"), std::string::npos);
}

TEST(ListInputsTest, DuplicatesCollapse) {
  TempDir dir;
  std::string f = dir.Write("a.txt", "x");
  auto files = ListInputs({f, dir.path(), f}, [](const InputError&) {});
  EXPECT_EQ(files.size(), 1u);
}

// ---- plain files ----------------------------------------------------------------------------------

TEST(ReadInputTest, TextAndHtml) {
  TempDir dir;
  Collected c;
  ASSERT_TRUE(Read(dir.Write("a.txt", "Headline\n\nBody text."), &c).ok());
  ASSERT_TRUE(Read(dir.Write("b.htm", kArticleHtml), &c).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].format, RawDocument::Format::kText);
  EXPECT_EQ(c.docs[0].bytes, "Headline\n\nBody text.");
  EXPECT_EQ(c.docs[1].format, RawDocument::Format::kHtml);
  EXPECT_EQ(c.docs[1].path, dir.path() + "/b.htm");
}

TEST(ReadInputTest, EmptyFile) {
  TempDir dir;
  Collected c;
  Status s = Read(dir.Write("empty.txt", ""), &c);
  EXPECT_EQ(s.code(), StatusCode::kEmpty);
  EXPECT_EQ(s.message(), "empty file");
  EXPECT_EQ(Read(dir.Write("blank.html", " \n\t\n"), &c).code(), StatusCode::kEmpty);
  EXPECT_EQ(Read(dir.Write("empty.jsonl", ""), &c).message(), "empty file");
  EXPECT_EQ(Read(dir.Write("empty.warc.gz", ""), &c).message(), "empty file");
  EXPECT_TRUE(c.docs.empty());
}

TEST(ReadInputTest, BinaryFiles) {
  TempDir dir;
  Collected c;
  Status png = Read(dir.Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), &c);
  EXPECT_EQ(png.code(), StatusCode::kUnsupported);
  EXPECT_EQ(png.message(), "binary file (looks like PNG image), not text");
  EXPECT_EQ(Read(dir.Write("doc.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), &c).message(),
            "binary file (looks like PDF document), not text");
  EXPECT_EQ(Read(dir.Write("z.jsonl", std::string("PK\x03\x04\x14\0\0\0", 8)), &c).message(),
            "binary file (looks like ZIP archive (or an Office document)), not text");
  EXPECT_EQ(Read(dir.Write("elf.warc", std::string("\x7f" "ELF\x02\x01\x01\0", 8)), &c).message(),
            "binary file (looks like ELF executable), not text");
  EXPECT_EQ(Read(dir.Write("nul.txt", std::string("some text\0more", 14)), &c).message(),
            "binary file (contains NUL bytes), not text");
  EXPECT_TRUE(c.docs.empty());
}

TEST(ReadInputTest, Utf16WithBomIsText) {
  TempDir dir;
  Collected c;
  ASSERT_TRUE(Read(dir.Write("u16.txt", std::string("\xFF\xFEH\0i\0", 6)), &c).ok());
  ASSERT_EQ(c.docs.size(), 1u);
}

TEST(ReadInputTest, Latin1FileIsReadAsBytes) {
  TempDir dir;
  Collected c;
  std::string latin1 = "Caf\xe9 bombard\xe9 \xe0 Alep\n";
  ASSERT_TRUE(Read(dir.Write("latin1.txt", latin1), &c).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, latin1);  // clean converts the charset
}

TEST(ReadInputTest, TooLargePlainFile) {
  TempDir dir;
  Collected c;
  IngestOptions small;
  small.max_file_bytes = 100;
  Status s = Read(dir.Write("big.txt", std::string(1000, 'a')), &c, small);
  EXPECT_EQ(s.code(), StatusCode::kTooLarge);
}

TEST(ReadInputTest, MissingFileAndFolder) {
  TempDir dir;
  Collected c;
  EXPECT_EQ(Read(dir.path() + "/missing.txt", &c).code(), StatusCode::kNotFound);
  EXPECT_EQ(Read(dir.path(), &c).code(), StatusCode::kInvalidArgument);
}

// The folder a new user might feed in: a good article beside an empty file, a binary file, a Latin-1
// file and a truncated .warc.gz. Each bad file fails alone with a clear reason.
TEST(ReadInputTest, MixedFolder) {
  TempDir dir;
  dir.Write("good.txt", "Bridge collapse leaves 9 dead\n\nNine people were killed, the fire service said.\n");
  dir.Write("empty.txt", "");
  dir.Write("photo.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  dir.Write("latin1.txt", "Neuf morts \xe0 Tellan, selon les pompiers.\n");
  std::string gz = Gzip(WarcRecord("response", "https://a.example/1", HttpResponse("text/html", "<p>" + std::string(3000, 'q') + "</p>")));
  dir.Write("sub/cut.warc.gz", gz.substr(0, gz.size() - 20));
  std::vector<InputError> errors;
  auto files = ListInputs({dir.path()}, [&](const InputError& e) { errors.push_back(e); });
  ASSERT_EQ(files.size(), 5u);
  std::vector<RawDocument> docs;
  std::map<std::string, std::string> failed;
  for (const std::string& f : files) {
    Status s = ReadInput(f, {}, [&](RawDocument d) { docs.push_back(std::move(d)); },
                         [&](const InputError& e) { errors.push_back(e); });
    if (!s.ok()) failed[fs::path(f).filename().string()] = s.message();
  }
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(docs.size(), 2u);  // good.txt and latin1.txt (clean decodes the charset)
  ASSERT_EQ(failed.size(), 3u);
  EXPECT_EQ(failed["empty.txt"], "empty file");
  EXPECT_EQ(failed["photo.html"], "binary file (looks like PNG image), not text");
  EXPECT_NE(failed["cut.warc.gz"].find("truncated gzip"), std::string::npos) << failed["cut.warc.gz"];
}

// ---- JSON Lines -----------------------------------------------------------------------------------

TEST(JsonlTest, GoodAndBadLines) {
  TempDir dir;
  std::string jsonl =
      R"({"url":"https://dailyharbor.example/a","title":"Quake toll rises","published":"2024-03-02","text":"Rescuers said 40 people died."})"
      "\n"
      R"({"url":"https://b.example/x","html":"<p>Twelve were injured.</p>"})"
      "\n"
      "\n"
      R"({"title":"no body"})"
      "\n"
      "{not json\n"
      "[1,2,3]\n"
      R"({"text": 42})"
      "\n"
      R"({"text":"last good one","published":null})";
  std::string path = dir.Write("feed.jsonl", jsonl);
  Collected c;
  ASSERT_TRUE(Read(path, &c).ok());
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].path, path + ":1");
  EXPECT_EQ(c.docs[0].url, "https://dailyharbor.example/a");
  EXPECT_EQ(c.docs[0].title, "Quake toll rises");
  EXPECT_EQ(c.docs[0].published, "2024-03-02");
  EXPECT_EQ(c.docs[0].format, RawDocument::Format::kText);
  EXPECT_EQ(c.docs[1].format, RawDocument::Format::kHtml);
  EXPECT_EQ(c.docs[1].bytes, "<p>Twelve were injured.</p>");
  EXPECT_EQ(c.docs[2].path, path + ":8");
  EXPECT_EQ(c.docs[2].published, "");
  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].path, path + ":4");
  EXPECT_EQ(c.errors[0].error, "no \"text\" or \"html\" field");
  EXPECT_EQ(c.errors[1].path, path + ":5");
  EXPECT_EQ(c.errors[1].error.rfind("invalid JSON: ", 0), 0u) << c.errors[1].error;
  EXPECT_EQ(c.errors[2].error, "not a JSON object (one article object per line expected)");
  EXPECT_EQ(c.errors[3].error, "field \"text\" is not a string");
}

TEST(JsonlTest, HugeLineIsSkippedWithBoundedMemory) {
  IngestOptions options;
  options.max_document_bytes = 1 << 16;
  std::string data = R"({"text":")" + std::string(4 << 20, 'x') + "\"}\n" + R"({"text":"after the huge line"})" + "\n";
  Collected c;
  ASSERT_TRUE(ingest::ReadJsonlFromMemory(data, "big.jsonl", options, c.on_doc(), c.on_err()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].bytes, "after the huge line");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].path, "big.jsonl:1");
  EXPECT_NE(c.errors[0].error.find("line longer than 65536 bytes"), std::string::npos);
}

TEST(JsonlTest, DeepNestingRefused) {
  std::string deep = "{\"text\":\"x\",\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}\n";
  Collected c;
  Status s = ingest::ReadJsonlFromMemory(deep, "deep.jsonl", {}, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].error.find("nested deeper"), std::string::npos);
}

TEST(JsonlTest, InvalidUtf8AndBom) {
  Collected c;
  std::string data = "\xEF\xBB\xBF{\"text\":\"ok\"}\r\n{\"text\":\"caf\xe9\"}\n";
  ASSERT_TRUE(ingest::ReadJsonlFromMemory(data, "f.jsonl", {}, c.on_doc(), c.on_err()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].path, "f.jsonl:2");
}

TEST(JsonlTest, AllLinesBad) {
  Collected c;
  Status s = ingest::ReadJsonlFromMemory("nope\nnope\n", "f.jsonl", {}, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_EQ(c.errors.size(), 2u);
}

// ---- WARC -----------------------------------------------------------------------------------------

std::string TwoRecordWarc() {
  std::string warc = WarcRecord("warcinfo", "", "software: test\r\n", "application/warc-fields");
  warc += WarcRecord("request", "https://northgazette.example/news/1", "GET /news/1 HTTP/1.1\r\n\r\n",
                     "application/http; msgtype=request");
  warc += WarcRecord("response", "https://northgazette.example/news/1",
                     HttpResponse("text/html; charset=ISO-8859-1", kArticleHtml));
  warc += WarcRecord("response", "https://northgazette.example/logo.png",
                     HttpResponse("image/png", std::string("\x89PNG\r\n\x1a\n\0\0", 10)));
  warc += WarcRecord("response", "https://northgazette.example/moved",
                     "HTTP/1.1 301 Moved Permanently\r\nLocation: /news/1\r\nContent-Type: text/html\r\n\r\n<p>moved</p>");
  warc += WarcRecord("resource", "file:///notes/brief.txt", "Aid agencies said 300 families were evacuated.",
                     "text/plain; charset=utf-8");
  return warc;
}

TEST(WarcTest, KeepsHtmlAndTextRecords) {
  TempDir dir;
  std::string path = dir.Write("crawl.warc", TwoRecordWarc());
  Collected c;
  ASSERT_TRUE(Read(path, &c).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(c.docs[0].path, path + "#3");
  EXPECT_EQ(c.docs[0].url, "https://northgazette.example/news/1");
  EXPECT_EQ(c.docs[0].format, RawDocument::Format::kHtml);
  EXPECT_EQ(c.docs[0].charset, "ISO-8859-1");
  EXPECT_EQ(c.docs[0].bytes, kArticleHtml);
  EXPECT_EQ(c.docs[0].published, "");  // WARC-Date is crawl time, not publication
  EXPECT_EQ(c.docs[1].path, path + "#6");
  EXPECT_EQ(c.docs[1].format, RawDocument::Format::kText);
  EXPECT_EQ(c.docs[1].charset, "utf-8");
  EXPECT_EQ(c.docs[1].bytes, "Aid agencies said 300 families were evacuated.");
}

TEST(WarcTest, GzipMultiMember) {
  std::string gz;
  gz += Gzip(WarcRecord("warcinfo", "", "software: test\r\n", "application/warc-fields"));
  gz += Gzip(WarcRecord("response", "https://a.example/1", HttpResponse("text/html", "<p>first</p>")));
  gz += Gzip(WarcRecord("response", "https://a.example/2", HttpResponse("text/html", "<p>second</p>")));
  TempDir dir;
  std::string path = dir.Write("news.warc.gz", gz);
  Collected c;
  ASSERT_TRUE(Read(path, &c).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].bytes, "<p>first</p>");
  EXPECT_EQ(c.docs[1].bytes, "<p>second</p>");
  EXPECT_EQ(c.docs[1].path, path + "#3");
  // A single gzip member holding the whole file reads the same.
  Collected one;
  ASSERT_TRUE(ingest::ReadWarcFromMemory(Gzip(TwoRecordWarc()), "x.warc.gz", {}, one.on_doc(), one.on_err()).ok());
  EXPECT_EQ(one.docs.size(), 2u);
}

TEST(WarcTest, TruncatedGzip) {
  std::string gz = Gzip(WarcRecord("response", "https://a.example/1", HttpResponse("text/html", "<p>first</p>")));
  std::string second = Gzip(WarcRecord("response", "https://a.example/2", HttpResponse("text/html", "<p>" + std::string(5000, 'y') + "</p>")));
  gz += second.substr(0, second.size() / 2);
  TempDir dir;
  Collected c;
  Status s = Read(dir.Write("cut.warc.gz", gz), &c);
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_NE(s.message().find("truncated gzip"), std::string::npos) << s.message();
  EXPECT_EQ(c.docs.size(), 1u);  // the record before the cut was read
}

TEST(WarcTest, RecognisedByContentNotName) {
  TempDir dir;
  Collected c;
  ASSERT_TRUE(Read(dir.Write("plain.warc.gz", TwoRecordWarc()), &c).ok());
  ASSERT_TRUE(Read(dir.Write("packed.warc", Gzip(TwoRecordWarc())), &c).ok());
  EXPECT_EQ(c.docs.size(), 4u);
  Status s = Read(dir.Write("text.warc.gz", "hello, not a warc"), &c);
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_NE(s.message().find("not gzip-compressed"), std::string::npos);
}

TEST(WarcTest, LyingContentLengthRunsPastEnd) {
  std::string rec = WarcRecord("response", "https://a.example/1", HttpResponse("text/html", "<p>short</p>"));
  std::string lying = rec;
  size_t p = lying.find("Content-Length: ");
  lying.replace(p, lying.find("\r\n", p) - p, "Content-Length: 999999");
  Collected c;
  Status s = ingest::ReadWarcFromMemory(WarcRecord("response", "https://a.example/0", HttpResponse("text/html", "<p>ok</p>")) + lying,
                                        "l.warc", {}, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_NE(s.message().find("l.warc#2: Content-Length says 999999 bytes but the data ends after"), std::string::npos)
      << s.message();
  EXPECT_EQ(c.docs.size(), 1u);
}

TEST(WarcTest, ContentLengthTooShortResyncs) {
  std::string rec = WarcRecord("response", "https://a.example/1", HttpResponse("text/html", "<p>" + std::string(200, 'z') + "</p>"));
  size_t p = rec.find("Content-Length: ");
  rec.replace(p, rec.find("\r\n", p) - p, "Content-Length: 60");
  std::string warc = rec + WarcRecord("response", "https://a.example/2", HttpResponse("text/html", "<p>next</p>"));
  Collected c;
  ASSERT_TRUE(ingest::ReadWarcFromMemory(warc, "s.warc", {}, c.on_doc(), c.on_err()).ok());
  // The short record is kept as cut; the reader then finds the next record.
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].bytes, "<p>next</p>");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].error.find("expected a WARC record"), std::string::npos);
}

TEST(WarcTest, RecordTooLargeIsSkipped) {
  IngestOptions options;
  options.max_document_bytes = 1000;
  std::string warc = WarcRecord("response", "https://a.example/big", HttpResponse("text/html", std::string(5000, 'b'))) +
                     WarcRecord("response", "https://a.example/ok", HttpResponse("text/html", "<p>ok</p>"));
  Collected c;
  ASSERT_TRUE(ingest::ReadWarcFromMemory(warc, "t.warc", options, c.on_doc(), c.on_err()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].path, "t.warc#1");
  EXPECT_NE(c.errors[0].error.find("larger than max_document_bytes"), std::string::npos);
}

TEST(WarcTest, DecompressionBombStopped) {
  IngestOptions options;
  options.max_total_bytes = 1 << 20;
  std::string zeros(8 << 20, ' ');
  std::string gz = Gzip(WarcRecord("resource", "file:///x", zeros, "text/plain"));
  Collected c;
  Status s = ingest::ReadWarcFromMemory(gz, "bomb.warc.gz", options, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kTooLarge) << s.ToString();
}

TEST(WarcTest, RatioBombStopped) {
  // 200 MiB of spaces compress about 1000:1; the ratio check stops it after 64 MiB.
  std::string gz;
  {
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string head = "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 209715200\r\n\r\n";
    std::string chunk(1 << 20, ' ');
    std::string out(1 << 20, '\0');
    auto feed = [&](std::string_view in, int flush) {
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
      zs.avail_in = static_cast<uInt>(in.size());
      do {
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = static_cast<uInt>(out.size());
        deflate(&zs, flush);
        gz.append(out.data(), out.size() - zs.avail_out);
      } while (zs.avail_out == 0);
    };
    feed(head, Z_NO_FLUSH);
    for (int i = 0; i < 200; ++i) feed(chunk, Z_NO_FLUSH);
    feed("", Z_FINISH);
    deflateEnd(&zs);
  }
  IngestOptions options;
  options.max_document_bytes = 1 << 20;
  Collected c;
  Status s = ingest::ReadWarcFromMemory(gz, "bomb.warc.gz", options, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kTooLarge) << s.ToString();
  EXPECT_NE(s.message().find("decompression bomb"), std::string::npos) << s.message();
}

TEST(WarcTest, NotAWarc) {
  Collected c;
  Status s = ingest::ReadWarcFromMemory("hello world\n", "x.warc", {}, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_NE(s.message().find("not a WARC file"), std::string::npos);
}

TEST(WarcTest, HeaderCutShort) {
  Collected c;
  Status s = ingest::ReadWarcFromMemory("WARC/1.1\r\nWARC-Type: response\r\nContent-Le", "x.warc", {}, c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_NE(s.message().find("ends inside the record header"), std::string::npos);
}

TEST(WarcTest, OnlyNonArticleRecords) {
  Collected c;
  Status s = ingest::ReadWarcFromMemory(WarcRecord("warcinfo", "", "a: b\r\n", "application/warc-fields"), "x.warc", {},
                                        c.on_doc(), c.on_err());
  EXPECT_EQ(s.code(), StatusCode::kEmpty);
}

TEST(WarcTest, ChunkedAndGzipEncodedBodies) {
  std::string chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "5\r\n<p>ab\r\n7\r\ncde</p>\r\n0\r\n\r\n";
  std::string gzbody = Gzip("<p>inflated</p>");
  std::string encoded = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gzbody;
  std::string brotli = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxxxx";
  std::string warc = WarcRecord("response", "https://a.example/c", chunked) +
                     WarcRecord("response", "https://a.example/g", encoded) +
                     WarcRecord("response", "https://a.example/b", brotli);
  Collected c;
  ASSERT_TRUE(ingest::ReadWarcFromMemory(warc, "e.warc", {}, c.on_doc(), c.on_err()).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].bytes, "<p>abcde</p>");
  EXPECT_EQ(c.docs[1].bytes, "<p>inflated</p>");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].path, "e.warc#3");
}

TEST(WarcTest, Warc11AndAngleBracketUri) {
  std::string rec = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://a.example/x>\r\nContent-Length: ";
  std::string block = HttpResponse("application/xhtml+xml", "<p>x</p>");
  rec += std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  Collected c;
  ASSERT_TRUE(ingest::ReadWarcFromMemory(rec, "v.warc", {}, c.on_doc(), c.on_err()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].url, "https://a.example/x");
  EXPECT_EQ(c.docs[0].format, RawDocument::Format::kHtml);
}

TEST(WarcTest, RandomGarbageNeverCrashes) {
  std::mt19937 rng(7);
  std::string base = TwoRecordWarc();
  for (int i = 0; i < 300; ++i) {
    std::string s = base;
    for (int k = 0; k < 5; ++k) s[rng() % s.size()] = static_cast<char>(rng());
    if (i % 3 == 0) s.resize(rng() % s.size());
    Collected c;
    (void)ingest::ReadWarcFromMemory(s, "r.warc", {}, c.on_doc(), c.on_err());
    std::string gz = Gzip(s);
    gz[rng() % gz.size()] ^= 0x55;
    (void)ingest::ReadWarcFromMemory(gz, "r.warc.gz", {}, c.on_doc(), c.on_err());
  }
}

TEST(CharsetFromContentTypeTest, Variants) {
  EXPECT_EQ(ingest::CharsetFromContentType("text/html; charset=ISO-8859-1"), "ISO-8859-1");
  EXPECT_EQ(ingest::CharsetFromContentType("text/html;charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(ingest::CharsetFromContentType("text/html"), "");
  EXPECT_EQ(ingest::CharsetFromContentType("text/plain; format=flowed; Charset = windows-1252"), "windows-1252");
}

TEST(GzipSourceTest, ReadsMembersInSmallSteps) {
  std::string gz = Gzip("hello ") + Gzip("") + Gzip("world");
  ingest::MemorySource mem(gz);
  ingest::GzipSource src(&mem, 1 << 20, 200);
  ingest::BufferedReader reader(&src);
  std::string out;
  auto n = reader.ReadExact(100, &out);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(out, "hello world");
}

TEST(BufferedReaderTest, LinesAndBounds) {
  std::string data = "one\r\ntwo\n" + std::string(100, 'x') + "\nlast";
  ingest::MemorySource mem(data);
  ingest::BufferedReader r(&mem);
  std::string line;
  EXPECT_EQ(*r.ReadLine(50, &line), ingest::BufferedReader::LineResult::kLine);
  EXPECT_EQ(line, "one");
  EXPECT_EQ(*r.ReadLine(50, &line), ingest::BufferedReader::LineResult::kLine);
  EXPECT_EQ(line, "two");
  EXPECT_EQ(*r.ReadLine(50, &line), ingest::BufferedReader::LineResult::kTooLong);
  EXPECT_EQ(*r.ReadLine(50, &line), ingest::BufferedReader::LineResult::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(*r.ReadLine(50, &line), ingest::BufferedReader::LineResult::kEnd);
}

TEST(SniffTest, TextIsNotBinary) {
  EXPECT_FALSE(ingest::SniffBinary("Plain words.\n"));
  EXPECT_FALSE(ingest::SniffBinary("Caf\xe9 \xe0 Alep"));
  EXPECT_TRUE(ingest::SniffBinary("GIF89a....."));
}

}  // namespace
}  // namespace corroborate
