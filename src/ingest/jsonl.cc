// JSON Lines reader. Lines are read with a length bound (IngestOptions::max_document_bytes), so a
// 1 GB line costs a scan, not a gigabyte of memory; nesting depth is checked with a linear scan
// before nlohmann-json builds a tree, so "[[[[..." cannot blow up memory either.
#include <nlohmann/json.hpp>

#include "common/text_util.h"
#include "ingest/readers.h"

namespace corroborate::ingest {

namespace {

// Maximum depth of [] and {} nesting outside strings.
int JsonDepth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') max_depth = std::max(max_depth, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return max_depth;
}

std::string CleanJsonError(std::string what) {
  // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> "parse error at column 5: ..."
  size_t close = what.find("] ");
  if (what.rfind("[json.exception.", 0) == 0 && close != std::string::npos) what.erase(0, close + 2);
  size_t at_line = what.find("at line 1, ");
  if (at_line != std::string::npos) what.erase(at_line + 3, 8);
  return "invalid JSON: " + what;
}

// Returns the string value of `key`, or empty; a present non-string value sets `*error`.
std::string StringField(const nlohmann::json& obj, const char* key, std::string* error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (!it->is_string()) {
    if (error->empty()) *error = std::string("field \"") + key + "\" is not a string";
    return {};
  }
  return it->get<std::string>();
}

// Parses one non-blank line into `doc`; returns an error reason or empty.
std::string ParseLine(const std::string& line, RawDocument* doc) {
  if (JsonDepth(line) > kMaxJsonDepth) {
    return "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
  }
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return CleanJsonError(e.what());
  } catch (const std::exception& e) {
    return std::string("invalid JSON: ") + e.what();
  }
  if (!obj.is_object()) return "not a JSON object (one article object per line expected)";
  std::string error;
  doc->url = StringField(obj, "url", &error);
  doc->title = StringField(obj, "title", &error);
  doc->published = StringField(obj, "published", &error);
  std::string html = StringField(obj, "html", &error);
  std::string text = StringField(obj, "text", &error);
  if (!error.empty()) return error;
  if (!html.empty() && !TrimAscii(html).empty()) {
    doc->format = RawDocument::Format::kHtml;
    doc->bytes = std::move(html);
  } else if (!text.empty() && !TrimAscii(text).empty()) {
    doc->format = RawDocument::Format::kText;
    doc->bytes = std::move(text);
  } else if (obj.contains("text") || obj.contains("html")) {
    return "empty \"text\" and \"html\" fields";
  } else {
    return "no \"text\" or \"html\" field";
  }
  // JSON strings are UTF-8 (nlohmann checks), so the charset is known.
  doc->charset = "UTF-8";
  return {};
}

}  // namespace

Status ReadJsonl(ByteSource* source, const std::string& name, const IngestOptions& options,
                 const DocumentFn& on_document, const ErrorFn& on_error) {
  BufferedReader reader(source);
  std::string line;
  size_t line_no = 0;
  size_t documents = 0, bad = 0;
  while (true) {
    auto result = reader.ReadLine(options.max_document_bytes, &line);
    if (!result.ok()) return result.status();
    if (*result == BufferedReader::LineResult::kEnd) break;
    ++line_no;
    if (reader.offset() > options.max_total_bytes) {
      return Status::TooLarge("more than " + std::to_string(options.max_total_bytes) +
                              " bytes (limit max_total_bytes); stopped at line " + std::to_string(line_no));
    }
    std::string where = name + ":" + std::to_string(line_no);
    if (*result == BufferedReader::LineResult::kTooLong) {
      ++bad;
      on_error({where, "line longer than " + std::to_string(options.max_document_bytes) +
                           " bytes (limit max_document_bytes), skipped"});
      continue;
    }
    if (line_no == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (TrimAscii(line).empty()) continue;
    RawDocument doc;
    doc.path = where;
    std::string reason = ParseLine(line, &doc);
    if (!reason.empty()) {
      ++bad;
      on_error({where, reason});
      continue;
    }
    ++documents;
    on_document(std::move(doc));
  }
  if (documents == 0) {
    if (bad == 0) return Status::Empty("empty file (no JSON lines)");
    return Status::Corrupt("no readable article in " + std::to_string(bad) + " bad line" + (bad == 1 ? "" : "s"));
  }
  return Status::Ok();
}

Status ReadJsonlFromMemory(std::string_view data, const std::string& name, const IngestOptions& options,
                           const DocumentFn& on_document, const ErrorFn& on_error) {
  MemorySource source(data);
  return ReadJsonl(&source, name, options, on_document, on_error);
}

}  // namespace corroborate::ingest
