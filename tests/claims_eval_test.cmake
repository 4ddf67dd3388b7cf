# The claims evaluation set (tests/claims_eval/): a scorer binary, and a CTest that fails when the
# extractor falls under the floors measured when they were last raised (a regression guard; the
# targets of issue 5 are precision 0.95, recall 0.90, claimant 0.90).
add_executable(claims_eval ${CMAKE_CURRENT_SOURCE_DIR}/claims_eval/claims_eval.cc)
target_link_libraries(claims_eval PRIVATE corroborate_extract)
add_test(NAME claims_eval_floors
         COMMAND claims_eval ${CMAKE_CURRENT_SOURCE_DIR}/claims_eval/claims_eval.txt
                 --gazetteer ${PROJECT_BINARY_DIR}/data/gazetteer.tsv
                 --min-precision 0.95 --min-recall 0.88 --min-claimant 0.90)
