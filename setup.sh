#!/usr/bin/env bash
# One command for each way in:
#   ./setup.sh quiz [ARGS...]   install what is missing, build, start medcareer
#   ./setup.sh test             install what is missing, build, run every test
# Works on a fresh Debian 12 machine; uses sudo for apt-get when not run as root.
set -euo pipefail
cd "$(dirname "$0")"

# Build tools and the libraries medcareer is written with (README: "Dependencies").
packages=(g++ cmake make libcli11-dev libfmt-dev libyaml-cpp-dev nlohmann-json3-dev)
# Only the tests need these.
test_packages=(doctest-dev tmux)

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
    exec build/dev/medcareer "$@"
    ;;
  test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"
    ;;
  *)
    echo "usage: ./setup.sh quiz [ARGS...] | ./setup.sh test" >&2
    exit 2
    ;;
esac
