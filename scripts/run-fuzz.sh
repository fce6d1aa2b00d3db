#!/usr/bin/env bash
# Builds the libFuzzer targets (cmake --preset fuzz: clang, ASan + UBSan, ./build-fuzz)
# and runs each for a bounded time on a copy of its seed corpus (fuzz/corpus/<target>/),
# so nothing is written into the tree. Prints the executions per target and in total;
# exits non-zero if any target crashed, broke an invariant, leaked, hung or ran out of
# memory, and keeps that input under $FUZZ_FINDINGS/<target>/ (copy it to
# fuzz/regressions/<target>/ once fixed: the ctest fuzz_<target> then replays it).
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_JOBS      targets run side by side (default 2, one per core)
#   FUZZ_RSS_MB    memory limit per target in MB (default 2048)
#   FUZZ_TARGETS   space-separated names to run (default: every fuzz_* the build made)
#   FUZZ_FINDINGS  where crashing inputs go (default build-fuzz/findings)
#   HOMEVISIT_JOBS build jobs (default 2)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

"$repo/scripts/install-deps.sh" test

seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-2}"
rss_mb="${FUZZ_RSS_MB:-2048}"
findings="${FUZZ_FINDINGS:-$repo/build-fuzz/findings}"

cmake --preset fuzz >/dev/null
cmake --build build-fuzz -j "${HOMEVISIT_JOBS:-2}" --target fuzz_targets

if [[ -n "${FUZZ_TARGETS:-}" ]]; then
    read -r -a targets <<<"$FUZZ_TARGETS"
else
    targets=()
    for binary in build-fuzz/fuzz/fuzz_*; do
        [[ -x "$binary" && -f "$binary" ]] && targets+=("${binary##*/fuzz_}")
    done
fi
((${#targets[@]} > 0)) || { echo "run-fuzz.sh: no fuzz targets built" >&2; exit 1; }

work="$(mktemp -d -t homevisit-fuzz.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rm -rf "$findings"
mkdir -p "$findings"

# One target: fuzz a private copy of its corpus; the log is parsed afterwards.
fuzz_one() {
    local name="$1"
    local corpus="$work/corpus/$name"
    mkdir -p "$corpus" "$findings/$name"
    if [[ -d "fuzz/corpus/$name" ]]; then
        cp -r "fuzz/corpus/$name/." "$corpus/"
    fi
    local options=(
        -max_total_time="$seconds" -rss_limit_mb="$rss_mb" -timeout=30
        -print_final_stats=1 -artifact_prefix="$findings/$name/"
    )
    [[ -f "fuzz/dict/$name.dict" ]] && options+=(-dict="fuzz/dict/$name.dict")
    set +e
    "build-fuzz/fuzz/fuzz_$name" "${options[@]}" "$corpus" >"$work/$name.log" 2>&1
    echo $? >"$work/$name.rc"
    set -e
}

echo "run-fuzz.sh: ${#targets[@]} targets, ${seconds} s each, ${jobs} at a time"
running=0
for name in "${targets[@]}"; do
    if [[ ! -x "build-fuzz/fuzz/fuzz_$name" ]]; then
        echo "run-fuzz.sh: no target fuzz_$name" >&2
        exit 1
    fi
    fuzz_one "$name" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n
        running=$((running - 1))
    fi
done
wait

total=0
failed=()
printf '\n%-16s %14s %10s  %s\n' target executions "exec/s" result
for name in "${targets[@]}"; do
    log="$work/$name.log"
    runs="$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)"
    runs="${runs:-0}"
    rc="$(cat "$work/$name.rc")"
    result=ok
    if [[ "$rc" != 0 ]] || compgen -G "$findings/$name/*" >/dev/null; then
        result="FAILED (exit $rc)"
        failed+=("$name")
    fi
    total=$((total + runs))
    printf '%-16s %14s %10s  %s\n' "$name" "$runs" "$((runs / (seconds > 0 ? seconds : 1)))" "$result"
done
printf '%-16s %14s\n' total "$total"

for name in "${failed[@]}"; do
    echo
    echo "=== fuzz_$name: the end of its log"
    grep -v '^#[0-9]' "$work/$name.log" | tail -n 40
    echo "=== inputs kept under $findings/$name/:"
    ls -l "$findings/$name/"
done
if ((${#failed[@]} > 0)); then
    echo "run-fuzz.sh: FAILED: ${failed[*]}" >&2
    exit 1
fi
rmdir "$findings"/* "$findings" 2>/dev/null || true
echo "run-fuzz.sh: no findings"
