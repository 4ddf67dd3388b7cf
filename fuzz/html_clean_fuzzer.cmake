corroborate_fuzzer(html_clean ${CMAKE_CURRENT_SOURCE_DIR}/html_clean_fuzzer.cc corroborate_clean)
