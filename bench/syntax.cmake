# Syntax model: bench/train_syntax.cc retrains data/syntax_model.bin on ../shared/bench/ud-english-ewt;
# bench/syntax_eval.cc scores the compiled-in model on EWT test.
# Run: build/bench/train_syntax ../shared/bench/ud-english-ewt --out data/syntax_model.bin
#      build/bench/syntax_eval ../shared/bench/ud-english-ewt
if(TARGET corroborate_syntax)
  foreach(prog train_syntax syntax_eval)
    add_executable(${prog} ${CMAKE_CURRENT_SOURCE_DIR}/${prog}.cc)
    target_link_libraries(${prog} PRIVATE corroborate_syntax)
    target_compile_definitions(${prog} PRIVATE CORROBORATE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  endforeach()
endif()
