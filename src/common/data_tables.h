// Rule tables as data. The files of data/ (number words, qualifiers, cue verbs, boilerplate cues, ...)
// are compiled into the library by cmake/embed_data.cmake; a module reads its table once with
// DataFile() and parses it with ParseTsv(). Edit the table in data/, never a copy of it in code.
#ifndef CORROBORATE_COMMON_DATA_TABLES_H_
#define CORROBORATE_COMMON_DATA_TABLES_H_

#include <optional>
#include <string_view>
#include <vector>

namespace corroborate {

// The content of data/<name> (e.g. "number_words.tsv"), or nullopt when there is no such file.
std::optional<std::string_view> DataFile(std::string_view name);

// Rows of a tab-separated table: blank lines and lines whose first character is '#' are skipped,
// trailing '\r' is dropped, and each row is split on '\t'. Views point into `content`.
std::vector<std::vector<std::string_view>> ParseTsv(std::string_view content);

// DataFile() then ParseTsv(); an empty table when the file does not exist.
std::vector<std::vector<std::string_view>> DataTable(std::string_view name);

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_DATA_TABLES_H_
