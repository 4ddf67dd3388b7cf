corroborate_fuzzer(numbers ${CMAKE_CURRENT_SOURCE_DIR}/numbers_fuzzer.cc corroborate_normalize)
