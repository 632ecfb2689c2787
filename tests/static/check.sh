#!/usr/bin/env bash
# Static checks over the sources in src/ (not the *_test.cc files, whose doctest macros
# would need their own exceptions): clang-tidy with the checks in .clang-tidy, then cppcheck.
# Any finding fails. Needs a configured build for its compile_commands.json:
#   tests/static/check.sh [BUILD_DIR]     (default build/ci, as after `cmake --preset ci`)
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
jobs=${STATIC_JOBS:-2}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "static: no $build/compile_commands.json; configure first (cmake --preset ci)" >&2
  exit 2
fi
mapfile -t sources < <(find src -name '*.cc' ! -name '*_test.cc' | sort)
status=0

echo "static: clang-tidy on ${#sources[@]} files"
# clang-tidy reports "N warnings generated" for the warnings it then filters out; only the
# findings themselves are worth showing.
printf '%s\n' "${sources[@]}" |
  xargs -P "$jobs" -n 4 clang-tidy -p "$build" --quiet 2> >(grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' >&2) ||
  status=1

echo "static: cppcheck"
# Only our headers are given (-I); the system's (yaml-cpp, fmt, ...) would take minutes to
# analyse and are not ours to fix. Suppressions, with reasons, are in cppcheck.supp.
cppcheck --std=c++20 --language=c++ -q --enable=warning,performance,portability \
  --error-exitcode=1 --inline-suppr --suppressions-list=tests/static/cppcheck.supp \
  -j "$jobs" -I include -I src -I src/core \
  -DMEDCAREER_VERSION='"0"' -DMEDCAREER_DATADIR_FROM_BINDIR='"."' "${sources[@]}" ||
  status=1

[ $status -eq 0 ] && echo "static: no findings"
exit $status
