corroborate_fuzzer(syntax ${CMAKE_CURRENT_SOURCE_DIR}/syntax_fuzzer.cc corroborate_syntax)
