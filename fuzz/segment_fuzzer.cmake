corroborate_fuzzer(segment ${CMAKE_CURRENT_SOURCE_DIR}/segment_fuzzer.cc corroborate_segment)
