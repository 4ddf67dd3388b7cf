# Micro-benchmarks of numbers, time expressions, sentence splitting and claims extraction.
# Run: build/bench/normalize_bench
if(benchmark_FOUND AND TARGET corroborate_extract)
  add_executable(normalize_bench ${CMAKE_CURRENT_SOURCE_DIR}/normalize_bench.cc)
  target_link_libraries(normalize_bench PRIVATE corroborate_extract benchmark::benchmark)
endif()
