// Charset decoding and NFC with a byte map. See charset.h for the order in which a charset is chosen.
//
// Byte map: conversion goes through ICU's ucnv_toUnicode, which reports for every UTF-16 unit the
// input byte it came from; the UTF-8 output gets an anchor wherever the (output - input) offset
// difference changes, so pure ASCII stretches cost nothing. NFC uses Normalizer2::normalizeUTF8 with
// icu::Edits; unchanged spans keep their anchors, changed spans (rare: decomposed accents) map to the
// start of the input they came from.
#include "clean/charset.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "common/text_util.h"

namespace corroborate {

namespace {

constexpr size_t kPrescanBytes = 4096;
constexpr size_t kDetectBytes = 64 * 1024;

// Appends an anchor unless it is implied by the previous one.
void AddAnchor(OffsetMap* map, size_t t, size_t i) {
  auto& a = map->anchors;
  if (!a.empty()) {
    if (a.back().first == t) {
      // Keep the earliest input offset for a text offset.
      return;
    }
    int64_t prev = static_cast<int64_t>(a.back().second) - static_cast<int64_t>(a.back().first);
    if (prev == static_cast<int64_t>(i) - static_cast<int64_t>(t)) return;
  }
  a.emplace_back(t, i);
}

struct Utf8Stats {
  size_t multibyte = 0;  // valid sequences of 2-4 bytes
  size_t invalid = 0;    // bytes not part of a valid sequence
};

Utf8Stats ScanUtf8(std::string_view s) {
  Utf8Stats st;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = Utf8SequenceLength(c);
    if (len > 1 && i + len <= s.size() && IsValidUtf8(s.substr(i, len))) {
      ++st.multibyte;
      i += len;
    } else {
      ++st.invalid;
      ++i;
    }
  }
  return st;
}

// Lower-cased, trimmed, WHATWG-style aliases folded: ISO-8859-1 and ASCII read as windows-1252.
std::string CanonicalCharset(std::string_view name) {
  std::string n = ToLowerAscii(TrimAscii(name));
  if (!n.empty() && (n.front() == '"' || n.front() == '\'')) n.erase(0, 1);
  if (!n.empty() && (n.back() == '"' || n.back() == '\'')) n.pop_back();
  if (n.empty()) return {};
  if (n == "utf-8" || n == "utf8" || n == "unicode-1-1-utf-8" || n == "x-unicode20utf8") return "UTF-8";
  if (n == "iso-8859-1" || n == "iso8859-1" || n == "iso_8859-1" || n == "latin1" || n == "latin-1" || n == "l1" ||
      n == "us-ascii" || n == "ascii" || n == "cp1252" || n == "windows-1252" || n == "x-cp1252" ||
      n == "cp819" || n == "ibm819" || n == "iso-ir-100") {
    return "windows-1252";
  }
  return n;
}

bool ConverterExists(const std::string& name) {
  UErrorCode e = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &e);
  if (c) ucnv_close(c);
  return U_SUCCESS(e) && c != nullptr;
}

bool IsUtf16Or32(std::string_view canonical) {
  return canonical.rfind("utf-16", 0) == 0 || canonical.rfind("utf-32", 0) == 0 || canonical.rfind("utf16", 0) == 0 ||
         canonical.rfind("utf32", 0) == 0 || canonical == "ucs-2" || canonical == "unicode";
}

void AppendUtf8(std::string* out, UChar32 cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Converts `bytes` (starting at input offset `base`) from `charset` to UTF-8 with ICU. Invalid input
// becomes U+FFFD. The map's input offsets include `base`.
Status ConvertWithIcu(std::string_view bytes, size_t base, const std::string& charset, std::string* out,
                      OffsetMap* map) {
  UErrorCode e = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset.c_str(), &e), ucnv_close);
  if (U_FAILURE(e) || !conv) return Status::Internal("ICU cannot open a converter for " + charset);
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 4);
  map->anchors.clear();
  constexpr size_t kChunk = 16 * 1024;
  std::vector<UChar> target(kChunk * 2 + 16);
  std::vector<int32_t> offsets(target.size());
  size_t pos = 0;
  UChar pending_high = 0;  // a lead surrogate waiting for its trail across calls
  size_t pending_off = 0;
  size_t last_off = base;
  while (true) {
    size_t take = std::min(kChunk, bytes.size() - pos);
    const char* src = bytes.data() + pos;
    const char* src_limit = src + take;
    const bool flush = pos + take == bytes.size();
    const size_t call_base = pos;
    while (true) {
      UChar* tgt = target.data();
      e = U_ZERO_ERROR;
      const char* src_before = src;
      ucnv_toUnicode(conv.get(), &tgt, target.data() + target.size(), &src, src_limit, offsets.data(), flush, &e);
      size_t produced = static_cast<size_t>(tgt - target.data());
      // Offsets are relative to the source pointer of this call.
      const size_t this_base = call_base + static_cast<size_t>(src_before - (bytes.data() + call_base));
      for (size_t k = 0; k < produced; ++k) {
        size_t off = offsets[k] >= 0 ? base + this_base + static_cast<size_t>(offsets[k]) : last_off;
        last_off = off;
        UChar u = target[k];
        if (pending_high) {
          if (U16_IS_TRAIL(u)) {
            AddAnchor(map, out->size(), pending_off);
            AppendUtf8(out, U16_GET_SUPPLEMENTARY(pending_high, u));
            pending_high = 0;
            continue;
          }
          AddAnchor(map, out->size(), pending_off);
          AppendUtf8(out, 0xFFFD);
          pending_high = 0;
        }
        if (U16_IS_LEAD(u)) {
          pending_high = u;
          pending_off = off;
          continue;
        }
        AddAnchor(map, out->size(), off);
        AppendUtf8(out, U16_IS_TRAIL(u) ? 0xFFFD : u);
      }
      if (e == U_BUFFER_OVERFLOW_ERROR) continue;
      if (U_FAILURE(e)) return Status::Internal(std::string("ICU conversion from ") + charset + " failed: " + u_errorName(e));
      break;
    }
    pos += take;
    if (flush) break;
  }
  if (pending_high) {
    AddAnchor(map, out->size(), pending_off);
    AppendUtf8(out, 0xFFFD);
  }
  if (map->anchors.empty() || map->anchors.front().first != 0) map->anchors.insert(map->anchors.begin(), {0, base});
  return Status::Ok();
}

// NFC of valid UTF-8. `prior` maps `utf8` offsets to input offsets (identity when null); `map`
// receives the composed map from the result to input offsets.
std::string NfcImpl(std::string_view utf8, const OffsetMap* prior, size_t base, OffsetMap* map) {
  UErrorCode e = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(e);
  icu::StringPiece sp(utf8.data(), static_cast<int32_t>(utf8.size()));
  auto P = [&](size_t x) { return prior ? prior->ToInput(x) : base + x; };
  if (U_SUCCESS(e) && utf8.size() < INT32_MAX && nfc->isNormalizedUTF8(sp, e) && U_SUCCESS(e)) {
    if (map) {
      if (prior) *map = *prior;
      else map->anchors = {{0, base}};
    }
    return std::string(utf8);
  }
  if (U_FAILURE(e) || utf8.size() >= INT32_MAX) {
    if (map) {
      if (prior) *map = *prior;
      else map->anchors = {{0, base}};
    }
    return std::string(utf8);
  }
  e = U_ZERO_ERROR;
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, sp, sink, map ? &edits : nullptr, e);
  if (U_FAILURE(e)) {
    if (map) {
      if (prior) *map = *prior;
      else map->anchors = {{0, base}};
    }
    return std::string(utf8);
  }
  if (!map) return out;
  map->anchors.clear();
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(e) && U_SUCCESS(e)) {
    size_t src = static_cast<size_t>(it.sourceIndex());
    size_t dst = static_cast<size_t>(it.destinationIndex());
    size_t len = static_cast<size_t>(it.oldLength());
    AddAnchor(map, dst, P(src));
    if (!it.hasChange() && prior) {
      auto lo = std::upper_bound(prior->anchors.begin(), prior->anchors.end(), src,
                                 [](size_t v, const std::pair<size_t, size_t>& a) { return v < a.first; });
      for (; lo != prior->anchors.end() && lo->first < src + len; ++lo) {
        AddAnchor(map, lo->first - src + dst, lo->second);
      }
    }
  }
  if (map->anchors.empty()) map->anchors = {{0, base}};
  return out;
}

std::string DetectCharset(std::string_view bytes, bool is_html) {
  UErrorCode e = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&e), ucsdet_close);
  if (U_FAILURE(e) || !det) return "windows-1252";
  std::string_view sample = bytes.substr(0, kDetectBytes);
  ucsdet_enableInputFilter(det.get(), is_html);
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &e);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &e);
  if (U_FAILURE(e) || !match) return "windows-1252";
  const char* name = ucsdet_getName(match, &e);
  int32_t confidence = ucsdet_getConfidence(match, &e);
  if (U_FAILURE(e) || !name || confidence < 10) return "windows-1252";
  std::string canonical = CanonicalCharset(name);
  // Without a BOM, UTF-16/32 and the EBCDIC guesses are wrong for news pages far more often than right.
  if (canonical == "UTF-8" || IsUtf16Or32(canonical) || canonical.rfind("ibm42", 0) == 0) return "windows-1252";
  if (!ConverterExists(canonical)) return "windows-1252";
  return std::string(name) == "ISO-8859-1" ? std::string("windows-1252") : std::string(name);
}

}  // namespace

std::string PrescanMetaCharset(std::string_view html) {
  std::string lower = ToLowerAscii(html.substr(0, kPrescanBytes));
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) end = lower.size();
    std::string_view tag = std::string_view(lower).substr(pos, end - pos);
    size_t cs = tag.find("charset");
    while (cs != std::string_view::npos) {
      size_t p = cs + 7;
      while (p < tag.size() && (tag[p] == ' ' || tag[p] == '\t' || tag[p] == '\n' || tag[p] == '\r')) ++p;
      if (p < tag.size() && tag[p] == '=') {
        ++p;
        while (p < tag.size() && (tag[p] == ' ' || tag[p] == '\t' || tag[p] == '"' || tag[p] == '\'')) ++p;
        size_t q = p;
        while (q < tag.size() && (IsAsciiAlpha(tag[q]) || IsAsciiDigit(tag[q]) || tag[q] == '-' || tag[q] == '_' ||
                                  tag[q] == '.' || tag[q] == ':')) {
          ++q;
        }
        if (q > p && q - p <= 40) return std::string(html.substr(pos + p, q - p));
      }
      cs = tag.find("charset", cs + 7);
    }
    pos = end;
  }
  return {};
}

std::string NormalizeNfc(std::string_view utf8, OffsetMap* map) { return NfcImpl(utf8, nullptr, 0, map); }

StatusOr<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view charset_hint, bool is_html) {
  if (bytes.empty()) return Status::Empty("empty document");
  Decoded d;
  auto b = [&](size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0u; };

  // 1. Byte order mark.
  std::string charset;
  size_t skip = 0;
  if (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF) {
    charset = "UTF-8", skip = 3;
  } else if (bytes.size() >= 4 && b(0) == 0xFF && b(1) == 0xFE && b(2) == 0 && b(3) == 0) {
    charset = "UTF-32LE", skip = 4;
  } else if (bytes.size() >= 4 && b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF) {
    charset = "UTF-32BE", skip = 4;
  } else if (bytes.size() >= 2 && b(0) == 0xFF && b(1) == 0xFE) {
    charset = "UTF-16LE", skip = 2;
  } else if (bytes.size() >= 2 && b(0) == 0xFE && b(1) == 0xFF) {
    charset = "UTF-16BE", skip = 2;
  }
  std::string_view body = bytes.substr(skip);
  const Utf8Stats stats = charset.empty() || charset == "UTF-8" ? ScanUtf8(body) : Utf8Stats{};

  // 2. Declared charset: the container's, then (HTML) the <meta> prescan.
  if (charset.empty()) {
    std::string declared = CanonicalCharset(charset_hint);
    std::string from = "the HTTP header";
    if (declared.empty() && is_html) {
      declared = CanonicalCharset(PrescanMetaCharset(body));
      from = "<meta>";
      if (IsUtf16Or32(declared)) declared = "UTF-8";  // a <meta> cannot be read in UTF-16 (WHATWG)
    }
    if (!declared.empty() && !ConverterExists(declared)) {
      d.warnings.push_back("unknown charset \"" + std::string(declared).substr(0, 40) + "\" declared in " + from + "; ignored");
      declared.clear();
    }
    if (declared == "UTF-8") {
      if (stats.invalid == 0) {
        charset = "UTF-8";
      } else {
        d.warnings.push_back("declared UTF-8 in " + from + " but not valid UTF-8");
      }
    } else if (!declared.empty()) {
      if (stats.invalid == 0 && stats.multibyte > 0 && !IsUtf16Or32(declared)) {
        d.warnings.push_back("declared " + declared + " in " + from + " but the bytes are valid UTF-8; decoded as UTF-8");
        charset = "UTF-8";
      } else {
        charset = declared;
      }
    }
  }

  // 3. Evident UTF-8, mostly-UTF-8, or a detected charset.
  if (charset.empty()) {
    if (stats.invalid == 0) {
      charset = "UTF-8";
    } else if (stats.multibyte > 0 && stats.invalid * 4 <= stats.multibyte) {
      charset = "UTF-8";
      d.warnings.push_back("not valid UTF-8 (" + std::to_string(stats.invalid) +
                           " bad bytes among UTF-8 text); bad bytes replaced by U+FFFD");
    } else {
      charset = DetectCharset(body, is_html);
      d.guessed = true;
      d.warnings.push_back("not valid UTF-8; decoded as " + charset);
    }
  }
  d.charset = charset;

  if (charset == "UTF-8" && stats.invalid == 0) {
    d.text = NfcImpl(body, nullptr, skip, &d.map);
    return d;
  }
  std::string utf8;
  OffsetMap conv_map;
  Status s = ConvertWithIcu(body, skip, charset, &utf8, &conv_map);
  if (!s.ok()) return s;
  d.text = NfcImpl(utf8, &conv_map, 0, &d.map);
  return d;
}

}  // namespace corroborate
