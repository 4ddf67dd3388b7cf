corroborate_fuzzer(timex ${CMAKE_CURRENT_SOURCE_DIR}/timex_fuzzer.cc corroborate_normalize)
