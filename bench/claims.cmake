# Claims on real local news: bench/claims_gva.cc over ../shared/bench/gva (killed / injured counts and
# incident dates, a weak reference). Run: build/bench/claims_gva [DIR] [--show N]
if(TARGET corroborate_extract)
  add_executable(claims_gva ${CMAKE_CURRENT_SOURCE_DIR}/claims_gva.cc)
  target_link_libraries(claims_gva PRIVATE corroborate_extract nlohmann_json::nlohmann_json)
  target_compile_definitions(claims_gva PRIVATE CORROBORATE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
