# Throughput of ingest (WARC.gz, JSON Lines) and the text side of clean (charset decoding, page dumps).
# Run: build/bench/ingest_bench
if(benchmark_FOUND AND TARGET corroborate_ingest AND TARGET corroborate_clean)
  add_executable(ingest_bench ${CMAKE_CURRENT_SOURCE_DIR}/ingest_bench.cc)
  target_link_libraries(ingest_bench PRIVATE corroborate_ingest corroborate_clean benchmark::benchmark)
endif()
