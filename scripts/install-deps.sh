#!/usr/bin/env bash
# Installs everything corroborate's build, tests, benchmarks and set-up need on Debian 12:
# Debian packages with apt-get, and the npm packages of package.json (gazetteer sources, peers for
# benchmarks, the browser-test driver). Idempotent: a second run installs nothing new.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  clang libclang-rt-14-dev
  libicu-dev libgumbo-dev libre2-dev libxxhash-dev zlib1g-dev libsqlite3-dev libfmt-dev
  nlohmann-json3-dev libcli11-dev libcld2-dev libstemmer-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-readability chromium
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm: Debian's packages, unless the machine already has a node that ships npm.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages (versions pinned by package-lock.json).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: installing npm packages" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
