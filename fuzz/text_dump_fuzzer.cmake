corroborate_fuzzer(text_dump ${CMAKE_CURRENT_SOURCE_DIR}/text_dump_fuzzer.cc corroborate_clean)
