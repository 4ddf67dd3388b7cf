# Claimants on PolNeAR: bench/polnear_eval.cc. Run: build/bench/polnear_eval ../shared/bench/polnear
if(TARGET corroborate_extract)
  add_executable(polnear_eval ${CMAKE_CURRENT_SOURCE_DIR}/polnear_eval.cc)
  target_link_libraries(polnear_eval PRIVATE corroborate_extract)
endif()
