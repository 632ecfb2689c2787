#!/usr/bin/env bash
# One command for each way in:
#   ./setup.sh quiz [ARGS...]   install what is missing, build, start medcareer
#   ./setup.sh test             install what is missing, build, run every test
# Works on a fresh Debian 12 machine; uses sudo for apt-get when not run as root.
set -euo pipefail
cd "$(dirname "$0")"

# Build tools and the libraries medcareer is written with (README: "Dependencies"); python3
# writes the manual pages at build time.
packages=(g++ cmake make pkg-config python3 libcli11-dev libfmt-dev libyaml-cpp-dev
  nlohmann-json3-dev libutf8proc-dev)
# Only the tests need these: doctest, tmux and python3 (which checks the README's examples)
# for the suite; clang with its sanitizer and libFuzzer runtimes (and llvm-symbolizer for
# readable reports) for the sanitizer run and the fuzzers; clang-tidy and cppcheck for the
# static checks; dpkg-dev (dpkg-shlibdeps), lintian and man-db for the .deb test; the
# three shells for the completion tests; tidy, python3-jsonschema, chromium and
# poppler-utils (pdftotext) for the tests of the HTML reports and the JSON schema
# (tests/report/).
test_packages=(doctest-dev tmux python3 clang libclang-rt-14-dev llvm clang-tidy cppcheck
  dpkg-dev lintian man-db bash-completion zsh fish
  tidy python3-jsonschema chromium poppler-utils)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
  quiz)
    shift
    install_missing "${packages[@]}"
    cmake --preset dev -DBUILD_TESTING=OFF >&2
    cmake --build --preset dev -j "$jobs" >&2
    # Nothing or options (`./setup.sh quiz --plain`) start the quiz; a command
    # (`./setup.sh quiz roles show coder`) runs that command instead.
    if [ $# -eq 0 ] || [[ $1 == -* ]]; then
      exec build/dev/medcareer quiz "$@"
    fi
    exec build/dev/medcareer "$@"
    ;;
  test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    # Each step says how long the one before it took, so a slow CI run shows where.
    last=$SECONDS
    step() {
      printf '\n== setup: %s (the step before took %d s)\n' "$*" $((SECONDS - last)) >&2
      last=$SECONDS
    }
    step "build and test (g++, warnings are errors)"
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"
    step "static checks: clang-tidy and cppcheck"
    tests/static/check.sh build/ci
    # One clang build serves both: the suite under the sanitizers, then the fuzz targets.
    step "the whole suite again under AddressSanitizer, UBSan and LeakSanitizer (clang)"
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    step "fuzzers, ${FUZZ_SECONDS:-30} s each"
    FUZZ_BUILD_DIR=build/asan tests/fuzz/run.sh "${FUZZ_SECONDS:-30}"
    step "done: every test passed"
    ;;
  *)
    echo "usage: ./setup.sh quiz [ARGS...] | ./setup.sh test" >&2
    exit 2
    ;;
esac
