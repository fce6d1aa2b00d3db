#!/usr/bin/env bash
# Builds the core, protocol, client and gateway tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (cmake --preset asan: gcc, ./build-asan) and runs them with
# ctest. Any sanitizer report fails the run, also one from a child process the tests
# start (homevisit-central, homevisitctl): every instrumented process
# writes its reports under a fresh log folder, and the run fails if that folder is not
# empty at the end. Not part of it (docs/testing.md): the Qt Quick UI suites, and the
# long SIGKILL suites (crash, sync_faults), whose killed processes never reach the
# leak check.
#
#   HOMEVISIT_JOBS          build jobs (default 2)
#   HOMEVISIT_TEST_TIMEOUT  per-test timeout in seconds (default 1500)
#   SANITIZER_TESTS         ctest -R regex to run instead of the default set
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

"$repo/scripts/install-deps.sh" test

# The test binaries, and the programs they drive (SANITIZER_TESTS picks among their tests).
targets=(
    test_store test_sync_store test_cli homevisitctl
    test_rules test_protocol test_translations test_caseload_snapshot
    test_gateway test_gateway_matrix homevisit-central
    test_case_system test_receiver_rules test_receiver_process homevisit-receiver
    test_sync_client test_sync_e2e test_clock_skew test_sync_service
    fuzz_targets
)
# ctest names: the same suites, plus each fuzz target's regression replay.
default_tests='^(store|sync_store|cli|rules|sync_protocol|caseload_snapshot|translations|gateway|gateway_postgres|gateway_matrix|case_system|case_system_postgres|receiver_rules|receiver_process|sync_client_backoff|sync_client_https|sync_client_hostile|sync_e2e|clock_skew|sync_service|fuzz_.*)$'
tests="${SANITIZER_TESTS:-$default_tests}"

cmake --preset asan >/dev/null
cmake --build build-asan -j "${HOMEVISIT_JOBS:-2}" --target "${targets[@]}"

logs="$(mktemp -d -t homevisit-sanitizers.XXXXXX)"
trap 'rm -rf "$logs"' EXIT
supp="$repo/scripts/sanitizers"

# halt_on_error: the first report ends the process (UBSan too: the build adds
# -fno-sanitize-recover=undefined). detect_leaks: LeakSanitizer at every exit, with
# lsan.supp naming the only leaks accepted (third-party code; each one justified there).
# verify_asan_link_order=0: clock_skew runs homevisitctl under faketime, whose
# LD_PRELOAD library comes before ASan's runtime; it only wraps the clock functions
# (no allocator), so the order changes nothing ASan sees, but without this option
# every such run stops at start-up.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:verify_asan_link_order=0:log_path=$logs/asan"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"

status=0
ctest --test-dir build-asan --output-on-failure --no-tests=error \
    --timeout "${HOMEVISIT_TEST_TIMEOUT:-1500}" -R "$tests" || status=$?

if compgen -G "$logs/*" >/dev/null; then
    echo
    echo "run-sanitizers.sh: sanitizer reports:"
    for report in "$logs"/*; do
        echo "=== $report"
        cat "$report"
    done
    status=1
fi
if ((status != 0)); then
    echo "run-sanitizers.sh: FAILED" >&2
    exit "$status"
fi
echo "run-sanitizers.sh: all suites passed with no sanitizer report"
