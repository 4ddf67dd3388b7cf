// corroborate: the command line. Thin by design: parses flags, calls the library, prints results.
#include <CLI/CLI.hpp>

#include <cstdio>

int main(int argc, char** argv) {
  CLI::App app{"corroborate: a sourced record of who says how many were killed, injured, displaced..."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "corroborate 0.1.0");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return 0;
}
