// Rule tables as data. The files of data/ (number words, qualifiers, cue verbs, boilerplate cues, ...)
// are compiled into the library by cmake/embed_data.cmake; a module reads its table once with
// DataFile() and parses it with ParseTsv(). Edit the table in data/, never a copy of it in code.
#ifndef CORROBORATE_COMMON_DATA_TABLES_H_
#define CORROBORATE_COMMON_DATA_TABLES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace corroborate {

// The content of data/<name> (e.g. "number_words.tsv"), or nullopt when there is no such file.
std::optional<std::string_view> DataFile(std::string_view name);

// Rows of a tab-separated table: blank lines and lines whose first character is '#' are skipped,
// trailing '\r' is dropped, and each row is split on '\t'. Views point into `content`.
std::vector<std::vector<std::string_view>> ParseTsv(std::string_view content);

// DataFile() then ParseTsv(); an empty table when the file does not exist.
std::vector<std::vector<std::string_view>> DataTable(std::string_view name);

// Word lists of one table whose rows are "word<TAB>list" (a word may sit in several lists): list i
// (i < 64) holds the words of the rows whose list column is names[i]; rows naming another list are
// counted in unknown_rows(). Build it once into a function-local static (const): lookups are then
// thread-safe and allocate nothing. A module names its lists with an enum whose order follows
// `names`; a scanner may keep each token's Mask() to test lists without hashing again.
class WordLists {
 public:
  WordLists(std::string_view table, std::initializer_list<std::string_view> names);
  // Bit i set: the word is in list i.
  uint64_t Mask(std::string_view word) const {
    auto it = masks_.find(word);
    return it == masks_.end() ? 0 : it->second;
  }
  bool Has(size_t list, std::string_view word) const { return list < 64 && ((Mask(word) >> list) & 1); }
  // Rows of the table whose list column named no list (a typo in data/); tests check it is 0.
  size_t unknown_rows() const { return unknown_rows_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>> masks_;
  size_t unknown_rows_ = 0;
};

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_DATA_TABLES_H_
