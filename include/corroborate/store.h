// Store: an analyze run's report kept in SQLite (--db FILE), with full-text search over articles.
// Runs add to the store in one transaction each; a failed run leaves what was stored before intact.
#ifndef CORROBORATE_STORE_H_
#define CORROBORATE_STORE_H_

#include <string>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

Status StoreReport(const Report& report, const std::string& db_path);

}  // namespace corroborate

#endif  // CORROBORATE_STORE_H_
