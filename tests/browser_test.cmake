# The HTML report in a real browser: headless Debian chromium driven by playwright-core (npm, from
# package.json). Screenshots land in build/tests/browser/. Skipped when node, chromium or the npm
# packages are missing (scripts/install-deps.sh installs them).
find_program(CORROBORATE_NODE node)
find_program(CORROBORATE_CHROMIUM NAMES chromium chromium-browser)
if(CORROBORATE_NODE AND CORROBORATE_CHROMIUM AND EXISTS ${PROJECT_SOURCE_DIR}/node_modules/playwright-core)
  add_test(NAME browser_report
           COMMAND ${CORROBORATE_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/browser/report_browser.mjs
                   $<TARGET_FILE:corroborate> ${PROJECT_SOURCE_DIR}/examples ${CMAKE_CURRENT_BINARY_DIR}/browser)
  set_tests_properties(browser_report PROPERTIES TIMEOUT 300)
else()
  message(STATUS "browser_report test skipped: needs node, chromium and node_modules/playwright-core")
endif()
