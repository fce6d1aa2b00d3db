#!/usr/bin/env bash
# Builds and runs every benchmark: installs the test dependencies, configures
# ./build (cmake --preset default), builds the `bench` target (all targets if
# there is no such target yet), then runs each build/bench/bench_* executable in
# turn and prints its output. Exits 0 when there are none; exits 1 if any failed.
# HOMEVISIT_JOBS sets the number of build jobs (default 2).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

"$repo/scripts/install-deps.sh" test

cmake --preset default
if cmake --build build --target help 2>/dev/null | grep -q '^bench:'; then
    cmake --build build --target bench -j "${HOMEVISIT_JOBS:-2}"
else
    cmake --build build -j "${HOMEVISIT_JOBS:-2}"
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
fi

shopt -s nullglob
ran=0
failed=()
for bench in build/bench/bench_*; do
    [[ -f "$bench" && -x "$bench" ]] || continue
    ran=$((ran + 1))
    echo "=== $bench"
    if ! "$bench"; then
        failed+=("$bench")
    fi
done

if ((ran == 0)); then
    echo "run-benchmarks.sh: no benchmarks built yet (build/bench/bench_*)"
    exit 0
fi
if ((${#failed[@]})); then
    echo "run-benchmarks.sh: ${#failed[@]} of $ran benchmark(s) failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-benchmarks.sh: $ran benchmark(s) ran"
