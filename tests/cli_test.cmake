# End-to-end tests of the corroborate binary: exit codes, bad inputs, determinism, every subcommand.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME cli_end_to_end
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_cli_tests.py
                   $<TARGET_FILE:corroborate> ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
endif()
