// ListInputs and ReadInput: from paths on the command line to RawDocuments.
//
// Folders are walked recursively by hand (not recursive_directory_iterator) so that symbolic links to
// folders can be followed while a set of visited (device, inode) pairs stops link loops, and so that
// the walk depth is bounded. Hidden entries (names starting with '.') inside folders are skipped.
// Plain files are read whole after a size check; containers (.jsonl, .warc, .warc.gz) are streamed.
#include "corroborate/ingest.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include "common/text_util.h"
#include "ingest/byte_source.h"
#include "ingest/readers.h"
#include "ingest/sniff.h"

namespace corroborate {

namespace {

namespace fs = std::filesystem;
using ingest::BinaryFileMessage;
using ingest::SniffBinary;

constexpr int kMaxDepth = 64;

enum class InputKind { kText, kHtml, kJsonl, kWarc, kWarcGz, kOther };

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

InputKind KindOf(std::string_view path) {
  if (EndsWithIgnoreCase(path, ".warc.gz")) return InputKind::kWarcGz;
  if (EndsWithIgnoreCase(path, ".warc")) return InputKind::kWarc;
  if (EndsWithIgnoreCase(path, ".jsonl")) return InputKind::kJsonl;
  if (EndsWithIgnoreCase(path, ".html") || EndsWithIgnoreCase(path, ".htm")) return InputKind::kHtml;
  if (EndsWithIgnoreCase(path, ".txt")) return InputKind::kText;
  return InputKind::kOther;
}

void Walk(const fs::path& dir, int depth, std::set<std::pair<dev_t, ino_t>>* visited,
          std::vector<std::string>* out, const std::function<void(const InputError&)>& on_error) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) return;
  if (!visited->insert({st.st_dev, st.st_ino}).second) return;  // already walked: a link loop or alias
  if (depth > kMaxDepth) {
    on_error({dir.string(), "folder nested deeper than " + std::to_string(kMaxDepth) + " levels; not read"});
    return;
  }
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    on_error({dir.string(), "cannot read folder: " + ec.message()});
    return;
  }
  std::vector<fs::path> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    std::string leaf = p.filename().string();
    if (leaf.empty() || leaf[0] == '.') continue;
    struct stat est;
    if (::stat(p.c_str(), &est) != 0) continue;  // dangling link
    if (S_ISDIR(est.st_mode)) {
      Walk(p, depth + 1, visited, out, on_error);
    } else if (S_ISREG(est.st_mode) && KindOf(leaf) != InputKind::kOther) {
      out->push_back(p.string());
    }
  }
}

bool IsGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F && static_cast<unsigned char>(head[1]) == 0x8B;
}

// WARC files are recognised by content, not name: a ".warc" that is gzip-compressed and a ".warc.gz"
// that is not are both read.
Status CheckHead(std::string_view head, InputKind kind) {
  if (kind == InputKind::kWarcGz || kind == InputKind::kWarc) {
    if (IsGzip(head) || head.rfind("WARC/", 0) == 0) return Status::Ok();
    if (auto what = SniffBinary(head, /*check_magic_only=*/true)) return Status::Unsupported(BinaryFileMessage(*what));
    if (kind == InputKind::kWarcGz) {
      return Status::Corrupt("not gzip-compressed and not a WARC file (a .warc.gz must start with the gzip magic bytes)");
    }
    return Status::Ok();  // ReadWarc gives the precise error
  }
  if (auto what = SniffBinary(head)) return Status::Unsupported(BinaryFileMessage(*what));
  return Status::Ok();
}

Status ReadPlainFile(const std::string& path, InputKind kind, const IngestOptions& options,
                     const std::function<void(RawDocument)>& on_document) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::IoError("cannot read: " + ec.message());
  if (size > options.max_file_bytes) {
    return Status::TooLarge("file of " + std::to_string(size) + " bytes is larger than max_file_bytes (" +
                            std::to_string(options.max_file_bytes) + ")");
  }
  ingest::FileSource file(path);
  if (!file.status().ok()) return file.status();
  ingest::BufferedReader reader(&file);
  std::string bytes;
  // Read at most one byte past the bound: the file may have grown since the size check.
  auto got = reader.ReadExact(static_cast<size_t>(std::min<uintmax_t>(options.max_file_bytes, size + (size_t{1} << 20))) + 1, &bytes);
  if (!got.ok()) return got.status();
  if (bytes.size() > options.max_file_bytes) {
    return Status::TooLarge("file larger than max_file_bytes (" + std::to_string(options.max_file_bytes) + ")");
  }
  if (bytes.empty()) return Status::Empty("empty file");
  Status head = CheckHead(std::string_view(bytes).substr(0, 8192), kind);
  if (!head.ok()) return head;
  if (TrimAscii(bytes).empty()) return Status::Empty("empty file (only white space)");
  RawDocument doc;
  doc.path = path;
  doc.format = kind == InputKind::kHtml ? RawDocument::Format::kHtml : RawDocument::Format::kText;
  doc.bytes = std::move(bytes);
  on_document(std::move(doc));
  return Status::Ok();
}

}  // namespace

std::vector<std::string> ListInputs(const std::vector<std::string>& paths,
                                    const std::function<void(const InputError&)>& on_error) {
  std::vector<std::string> out;
  std::set<std::pair<dev_t, ino_t>> visited;
  for (const std::string& path : paths) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      on_error({path, errno == ENOENT ? "no such file or folder" : std::string("cannot read: ") + std::strerror(errno)});
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      std::string dir = path;
      while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
      Walk(fs::path(dir), 0, &visited, &out, on_error);
    } else if (!S_ISREG(st.st_mode)) {
      on_error({path, "not a regular file or folder"});
    } else if (KindOf(path) == InputKind::kOther) {
      on_error({path, "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)"});
    } else {
      out.push_back(path);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Status ReadInput(const std::string& path, const IngestOptions& options,
                 const std::function<void(RawDocument)>& on_document,
                 const std::function<void(const InputError&)>& on_error) {
  const InputKind kind = KindOf(path);
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    return errno == ENOENT ? Status::NotFound("no such file") : Status::IoError(std::string("cannot read: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return Status::InvalidArgument("is a folder (use ListInputs to expand it)");
  switch (kind) {
    case InputKind::kOther:
      return Status::Unsupported("unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)");
    case InputKind::kText:
    case InputKind::kHtml:
      return ReadPlainFile(path, kind, options, on_document);
    case InputKind::kJsonl:
    case InputKind::kWarc:
    case InputKind::kWarcGz:
      break;
  }
  ingest::FileSource file(path);
  if (!file.status().ok()) return file.status();
  ingest::BufferedReader head_reader(&file);
  auto head = head_reader.Peek(8192);
  if (!head.ok()) return head.status();
  if (head->empty()) return Status::Empty("empty file");
  Status ok = CheckHead(*head, kind);
  if (!ok.ok()) return ok;
  // Hand the peeked bytes on: the readers below read the rest of `head_reader`.
  ingest::ReaderSource rest(&head_reader);
  if (kind == InputKind::kJsonl) return ingest::ReadJsonl(&rest, path, options, on_document, on_error);
  if (!IsGzip(*head)) return ingest::ReadWarc(&rest, path, options, on_document, on_error);
  ingest::GzipSource gz(&rest, options.max_total_bytes, ingest::kMaxCompressionRatio);
  return ingest::ReadWarc(&gz, path, options, on_document, on_error);
}

}  // namespace corroborate
