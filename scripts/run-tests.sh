#!/usr/bin/env bash
# Builds and runs every test: installs the test dependencies, configures and
# builds ./build (cmake --preset default, all targets), then runs ctest and
# exits with its code. HOMEVISIT_JOBS sets the number of build jobs (default 2);
# HOMEVISIT_TEST_TIMEOUT the per-test timeout in seconds (default 1500).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

"$repo/scripts/install-deps.sh" test

cmake --preset default
cmake --build build -j "${HOMEVISIT_JOBS:-2}"

# UI tests render offscreen unless there is a display to use.
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
fi

exec ctest --test-dir build --output-on-failure --no-tests=error \
    --timeout "${HOMEVISIT_TEST_TIMEOUT:-1500}"
