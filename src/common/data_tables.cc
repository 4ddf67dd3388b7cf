#include "common/data_tables.h"

namespace corroborate {

std::vector<std::vector<std::string_view>> ParseTsv(std::string_view content) {
  std::vector<std::vector<std::string_view>> rows;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cells;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        cells.push_back(line.substr(start));
        break;
      }
      cells.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

std::vector<std::vector<std::string_view>> DataTable(std::string_view name) {
  auto content = DataFile(name);
  if (!content) return {};
  return ParseTsv(*content);
}

WordLists::WordLists(std::string_view table, std::initializer_list<std::string_view> names) {
  for (const auto& row : DataTable(table)) {
    size_t list = 0;
    for (std::string_view name : names) {
      if (row.size() >= 2 && row[1] == name) break;
      ++list;
    }
    if (list < names.size() && list < 64) {
      masks_[std::string(row[0])] |= uint64_t{1} << list;
    } else {
      ++unknown_rows_;
    }
  }
}

}  // namespace corroborate
