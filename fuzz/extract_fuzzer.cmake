corroborate_fuzzer(extract ${CMAKE_CURRENT_SOURCE_DIR}/extract_fuzzer.cc corroborate_extract)
