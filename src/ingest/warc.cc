// WARC reader (ISO 28500, WARC/1.0 and WARC/1.1).
//
// A WARC file is a sequence of records: a version line, named header fields, an empty line, a block
// of exactly Content-Length bytes, and two CRLFs. A .warc.gz is the same stream gzip-compressed,
// usually one gzip member per record; GzipSource inflates the members one after another, so the
// reader sees one uncompressed stream and never holds more than one record in memory.
//
// Kept: "response" records whose HTTP status is 2xx and whose HTTP Content-Type is HTML or text, and
// "resource" records whose WARC Content-Type is HTML or text. Everything else (warcinfo, request,
// metadata, images, redirects) is skipped silently: crawls are full of them. The HTTP body is
// de-chunked and, when the crawler stored it compressed (Content-Encoding gzip or deflate), inflated
// with the same bounds. WARC-Date is the crawl time, not the publication date, so it is not used.
//
// Errors: a record whose Content-Length runs past the end of the data, or data that ends inside a
// record header, stops the file (Corrupt): nothing after it can be trusted. A record whose header
// is malformed, or that does not start where the previous one ended (a Content-Length too short),
// is reported and the reader resynchronises on the next "WARC/1." line. A record larger than
// max_document_bytes is skipped with an error.
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "common/text_util.h"
#include "ingest/readers.h"
#include "ingest/sniff.h"

namespace corroborate::ingest {

namespace {

constexpr size_t kMaxHeaderFields = 512;

struct Header {
  std::string name;  // lower-cased
  std::string value;
};

const std::string* FindHeader(const std::vector<Header>& headers, std::string_view name) {
  for (const Header& h : headers) {
    if (h.name == name) return &h.value;
  }
  return nullptr;
}

std::optional<uint64_t> ParseLength(std::string_view s) {
  s = TrimAscii(s);
  if (s.empty() || s.size() > 19) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

// Splits "Name: value" lines (with continuation lines) from `lines` into headers.
void AddHeaderLine(std::string_view line, std::vector<Header>* headers) {
  if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !headers->empty()) {
    headers->back().value += ' ';
    headers->back().value += TrimAscii(line);
    return;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  headers->push_back({ToLowerAscii(TrimAscii(line.substr(0, colon))), std::string(TrimAscii(line.substr(colon + 1)))});
}

std::string MediaType(std::string_view content_type) {
  size_t semi = content_type.find(';');
  return ToLowerAscii(TrimAscii(content_type.substr(0, semi)));
}

enum class Kind { kHtml, kText, kOther };

Kind ClassifyMediaType(const std::string& media) {
  if (media == "text/html" || media == "application/xhtml+xml" || media == "application/xml+xhtml") return Kind::kHtml;
  if (media == "text/plain") return Kind::kText;
  return Kind::kOther;
}

bool IsHttpLine(std::string_view line) { return line.rfind("HTTP/", 0) == 0; }

// Removes HTTP/1.1 chunked transfer coding. Returns an error reason or empty.
std::string Dechunk(std::string_view in, size_t max_out, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (true) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return "chunked body ends inside a chunk header";
    std::string_view size_line = TrimAscii(in.substr(pos, eol - pos));
    size_t semi = size_line.find(';');
    size_line = TrimAscii(size_line.substr(0, semi));
    if (size_line.empty() || size_line.size() > 15) return "bad chunk size line";
    uint64_t size = 0;
    for (char c : size_line) {
      int d = IsAsciiDigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
      if (d < 0) return "bad chunk size line";
      size = size * 16 + static_cast<uint64_t>(d);
    }
    pos = eol + 1;
    if (size == 0) return {};
    if (size > in.size() - pos) return "chunk runs past the end of the body";
    if (out->size() + size > max_out) return "de-chunked body larger than max_document_bytes";
    out->append(in.substr(pos, size));
    pos += size;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

// Inflates a gzip or zlib body (auto-detected), or raw deflate. Returns an error reason or empty.
std::string Inflate(std::string_view in, size_t max_out, std::string* out) {
  for (int window_bits : {15 + 32, -15}) {
    out->clear();
    z_stream zs{};
    if (inflateInit2(&zs, window_bits) != Z_OK) return "zlib init failed";
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
    char buf[64 * 1024];
    int ret = Z_OK;
    bool too_big = false;
    while (ret == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof(buf);
      ret = inflate(&zs, Z_NO_FLUSH);
      size_t produced = sizeof(buf) - zs.avail_out;
      if (out->size() + produced > max_out) {
        too_big = true;
        break;
      }
      out->append(buf, produced);
      if (ret == Z_BUF_ERROR || (ret == Z_OK && produced == 0 && zs.avail_in == 0)) break;
    }
    inflateEnd(&zs);
    if (too_big) return "decompressed body larger than max_document_bytes";
    if (ret == Z_STREAM_END) return {};
    if (window_bits != -15 && ret == Z_DATA_ERROR) continue;  // maybe raw deflate
    return ret == Z_DATA_ERROR ? "corrupt compressed body" : "truncated compressed body";
  }
  return "corrupt compressed body";
}

// Turns one kept record block into a document, or returns false with `reason` set (empty reason =
// skip silently).
bool RecordToDocument(const std::string& type, const std::vector<Header>& warc_headers, std::string block,
                      const IngestOptions& options, RawDocument* doc, std::string* reason) {
  std::string content_type;
  std::string body;
  if (type == "response") {
    // HTTP status line and headers, then the body.
    size_t header_end = block.find("\r\n\r\n");
    size_t sep = 4;
    size_t lf = block.find("\n\n");
    if (lf != std::string::npos && (header_end == std::string::npos || lf < header_end)) {
      header_end = lf;
      sep = 2;
    }
    std::string_view view(block);
    if (!IsHttpLine(view)) {
      // Not HTTP (e.g. a dns: or ftp response); skip.
      return false;
    }
    std::string_view head = header_end == std::string::npos ? view : view.substr(0, header_end);
    std::vector<Header> http;
    size_t pos = 0;
    bool first = true;
    int status = 0;
    while (pos <= head.size() && http.size() < kMaxHeaderFields) {
      size_t eol = head.find('\n', pos);
      if (eol == std::string_view::npos) eol = head.size();
      std::string_view line = head.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (first) {
        size_t sp = line.find(' ');
        if (sp != std::string_view::npos && line.size() >= sp + 4) {
          std::string_view code = line.substr(sp + 1, 3);
          if (IsAsciiDigit(code[0]) && IsAsciiDigit(code[1]) && IsAsciiDigit(code[2])) {
            status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
          }
        }
        first = false;
      } else {
        AddHeaderLine(line, &http);
      }
      pos = eol + 1;
    }
    if (status < 200 || status > 299) return false;  // redirects, errors: not articles
    if (header_end == std::string::npos) {
      *reason = "HTTP response has no body";
      return false;
    }
    if (const std::string* ct = FindHeader(http, "content-type")) content_type = *ct;
    body = block.substr(header_end + sep);
    block.clear();
    block.shrink_to_fit();
    if (const std::string* te = FindHeader(http, "transfer-encoding"); te && ToLowerAscii(*te).find("chunked") != std::string::npos) {
      std::string dechunked;
      std::string err = Dechunk(body, options.max_document_bytes, &dechunked);
      if (!err.empty()) {
        *reason = err;
        return false;
      }
      body = std::move(dechunked);
    }
    if (const std::string* ce = FindHeader(http, "content-encoding")) {
      std::string enc = ToLowerAscii(TrimAscii(*ce));
      if (enc == "gzip" || enc == "x-gzip" || enc == "deflate") {
        std::string inflated;
        std::string err = Inflate(body, options.max_document_bytes, &inflated);
        if (!err.empty()) {
          *reason = err;
          return false;
        }
        body = std::move(inflated);
      } else if (!enc.empty() && enc != "identity") {
        *reason = "unsupported HTTP Content-Encoding \"" + enc + "\"";
        return false;
      }
    }
  } else {
    if (const std::string* ct = FindHeader(warc_headers, "content-type")) content_type = *ct;
    body = std::move(block);
  }
  Kind kind = Kind::kOther;
  if (content_type.empty()) {
    // No type given: HTML when it looks like markup, text unless it looks binary.
    if (SniffBinary(body.substr(0, 8192))) return false;
    std::string_view t = TrimAscii(std::string_view(body).substr(0, 1024));
    kind = (!t.empty() && t[0] == '<') ? Kind::kHtml : Kind::kText;
  } else {
    kind = ClassifyMediaType(MediaType(content_type));
  }
  if (kind == Kind::kOther) return false;
  if (TrimAscii(body).empty()) {
    *reason = "empty body";
    return false;
  }
  doc->format = kind == Kind::kHtml ? RawDocument::Format::kHtml : RawDocument::Format::kText;
  doc->charset = CharsetFromContentType(content_type);
  doc->bytes = std::move(body);
  if (const std::string* uri = FindHeader(warc_headers, "warc-target-uri")) {
    std::string_view u = TrimAscii(*uri);
    if (u.size() >= 2 && u.front() == '<' && u.back() == '>') u = u.substr(1, u.size() - 2);
    doc->url = std::string(u);
  }
  return true;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = ToLowerAscii(content_type);
  size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    size_t p = pos + 7;
    while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t')) ++p;
    if (p < lower.size() && lower[p] == '=') {
      ++p;
      while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t')) ++p;
      if (p < lower.size() && (lower[p] == '"' || lower[p] == '\'')) ++p;
      size_t end = p;
      while (end < lower.size() && (IsAsciiAlpha(lower[end]) || IsAsciiDigit(lower[end]) || lower[end] == '-' ||
                                    lower[end] == '_' || lower[end] == '.' || lower[end] == ':')) {
        ++end;
      }
      if (end > p && end - p <= 40) return std::string(content_type.substr(p, end - p));
    }
    pos += 7;
  }
  return {};
}

Status ReadWarc(ByteSource* source, const std::string& name, const IngestOptions& options,
                const DocumentFn& on_document, const ErrorFn& on_error) {
  BufferedReader reader(source);
  std::string line;
  size_t record_no = 0;
  size_t kept = 0;
  bool pending_version = false;  // `line` already holds a version line found while resynchronising
  auto where = [&](size_t n) { return name + "#" + std::to_string(n); };

  // Skips to the next line that starts a record; returns false at the end of the data.
  auto resync = [&]() -> StatusOr<bool> {
    while (true) {
      auto r = reader.ReadLine(kMaxHeaderLine, &line);
      if (!r.ok()) return r.status();
      if (*r == BufferedReader::LineResult::kEnd) return false;
      if (*r == BufferedReader::LineResult::kLine && line.rfind("WARC/1.", 0) == 0) return true;
    }
  };

  while (true) {
    if (!pending_version) {
      auto r = reader.ReadLine(kMaxHeaderLine, &line);
      if (!r.ok()) return r.status();
      if (*r == BufferedReader::LineResult::kEnd) break;
      if (*r == BufferedReader::LineResult::kLine && TrimAscii(line).empty()) continue;
      if (*r == BufferedReader::LineResult::kTooLong || line.rfind("WARC/", 0) != 0) {
        if (record_no == 0) {
          return Status::Corrupt("not a WARC file: it does not start with a WARC/1.0 or WARC/1.1 version line");
        }
        on_error({where(record_no + 1), "expected a WARC record at byte " + std::to_string(reader.offset()) +
                                            " (the previous record's Content-Length is wrong?); skipping to the next record"});
        auto found = resync();
        if (!found.ok()) return found.status();
        if (!*found) break;
      }
    }
    pending_version = false;
    ++record_no;
    const std::string here = where(record_no);
    std::string version = std::string(TrimAscii(line));
    if (version != "WARC/1.0" && version != "WARC/1.1") {
      on_error({here, "unknown WARC version \"" + version.substr(0, 40) + "\"; reading it as WARC/1.1"});
    }
    // Header fields up to the empty line.
    std::vector<Header> headers;
    bool header_done = false;
    bool bad_header = false;
    while (true) {
      auto r = reader.ReadLine(kMaxHeaderLine, &line);
      if (!r.ok()) return r.status();
      if (*r == BufferedReader::LineResult::kEnd) break;
      if (*r == BufferedReader::LineResult::kTooLong) {
        bad_header = true;
        continue;
      }
      if (line.empty()) {
        header_done = true;
        break;
      }
      if (headers.size() >= kMaxHeaderFields) {
        bad_header = true;
        continue;
      }
      AddHeaderLine(line, &headers);
    }
    if (!header_done) {
      return Status::Corrupt(here + ": the data ends inside the record header");
    }
    const std::string* length_field = FindHeader(headers, "content-length");
    std::optional<uint64_t> length = length_field ? ParseLength(*length_field) : std::nullopt;
    if (bad_header || !length) {
      on_error({here, bad_header ? "malformed WARC record header (a line over 64 KiB or too many fields); skipped"
                                 : "WARC record without a valid Content-Length; skipped"});
      auto found = resync();
      if (!found.ok()) return found.status();
      if (!*found) break;
      pending_version = true;
      continue;
    }
    if (reader.offset() + *length > options.max_total_bytes) {
      return Status::TooLarge(here + ": more than " + std::to_string(options.max_total_bytes) +
                              " bytes of WARC data (limit max_total_bytes)");
    }
    std::string type = ToLowerAscii(FindHeader(headers, "warc-type") ? *FindHeader(headers, "warc-type") : "");
    bool wanted = type == "response" || type == "resource";
    if (wanted && *length > options.max_document_bytes) {
      on_error({here, "record of " + std::to_string(*length) + " bytes is larger than max_document_bytes (" +
                          std::to_string(options.max_document_bytes) + "); skipped"});
      wanted = false;
    }
    std::string block;
    uint64_t got = 0;
    if (wanted) {
      auto n = reader.ReadExact(static_cast<size_t>(*length), &block);
      if (!n.ok()) return n.status();
      got = *n;
    } else {
      uint64_t left = *length;
      while (left > 0) {
        size_t step = static_cast<size_t>(std::min<uint64_t>(left, uint64_t{1} << 30));
        auto n = reader.Skip(step);
        if (!n.ok()) return n.status();
        got += *n;
        left -= *n;
        if (*n < step) break;
      }
    }
    if (got < *length) {
      return Status::Corrupt(here + ": Content-Length says " + std::to_string(*length) +
                             " bytes but the data ends after " + std::to_string(got));
    }
    if (!wanted) continue;
    RawDocument doc;
    doc.path = here;
    std::string reason;
    if (RecordToDocument(type, headers, std::move(block), options, &doc, &reason)) {
      ++kept;
      on_document(std::move(doc));
    } else if (!reason.empty()) {
      on_error({here, reason});
    }
  }
  if (record_no == 0) return Status::Empty("empty file (no WARC records)");
  if (kept == 0) {
    return Status::Empty("no HTML or text response records among " + std::to_string(record_no) + " WARC record" +
                         (record_no == 1 ? "" : "s"));
  }
  return Status::Ok();
}

Status ReadWarcFromMemory(std::string_view data, const std::string& name, const IngestOptions& options,
                          const DocumentFn& on_document, const ErrorFn& on_error) {
  MemorySource memory(data);
  if (data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F && static_cast<unsigned char>(data[1]) == 0x8B) {
    GzipSource gz(&memory, options.max_total_bytes, kMaxCompressionRatio);
    return ReadWarc(&gz, name, options, on_document, on_error);
  }
  return ReadWarc(&memory, name, options, on_document, on_error);
}

}  // namespace corroborate::ingest
