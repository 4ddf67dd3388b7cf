# Claims on real coverage (issues 10, 11): one program per set of ../shared/bench, each printing its
# score beside the naive or majority answer (bench/README.md). Run: build/bench/<name> [DIR] [--verbose]
if(TARGET corroborate_extract AND TARGET corroborate_clean)
  foreach(name isaf_eval acled_eval idmc_eval gva_incidents_eval wikimpacts_eval)
    add_executable(${name} ${CMAKE_CURRENT_SOURCE_DIR}/${name}.cc)
    target_link_libraries(${name} PRIVATE corroborate_extract corroborate_clean nlohmann_json::nlohmann_json)
    target_compile_definitions(${name} PRIVATE CORROBORATE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  endforeach()
endif()
