#!/usr/bin/env bash
# Installs every Debian 12 (bookworm) package homevisit needs.
#
#   scripts/install-deps.sh [build|test]     (default: build)
#   scripts/install-deps.sh --list [build|test]
#
#   build  everything to build and run the app, homevisitctl and the gateway
#   test   build + what the tests, benchmarks and fuzzing need (PostgreSQL,
#          sqlcipher shell, faketime, Python, fonts, clang, ...)
#
# Idempotent: when every package of the group is already installed it does
# nothing at all (no apt-get update). Otherwise it runs apt-get update once and
# installs the missing packages. Needs root; re-executes itself via sudo if not.
set -euo pipefail

# ---------------------------------------------------------------------------
# The package lists: the one place where the project's Debian packages live.
# ---------------------------------------------------------------------------
BUILD_PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config ca-certificates
    # Qt 6.4 (Core, Gui, Qml, Quick, Controls, Linguist, Test)
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # QML modules loaded at run time
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin
    qml6-module-qt-labs-folderlistmodel
    # encrypted store, KDF, crypto, HTTP client, PostgreSQL client
    libsqlcipher-dev libargon2-dev libsodium-dev libssl-dev catch2
    libcurl4-openssl-dev libpq-dev
    # the gateway's HTTP server: Boost.Beast and Boost.Asio (header-only in 1.74)
    libboost-dev
    # cpp-httplib: the reference receiver of journal entries (sync/receiver), and the
    # test servers and clients of tests/sync_client, tests/gateway and
    # tests/gateway_matrix; tests/ is configured with every build (like catch2)
    libcpp-httplib-dev
    # plain SQLite for the gateway's embedded store and the SQLCipher benchmark's
    # baseline (never linked into a process with SQLCipher); zlib for gzip bodies
    libsqlite3-dev zlib1g-dev openssl
    # Qt Quick at run time (checked in a bare minbase chroot): a font, so text
    # renders, and Mesa (llvmpipe) for OpenGL under X11, Wayland or eglfs; the
    # offscreen platform uses Qt Quick's software renderer. The Qt packages pull
    # these in already; they are named here so that stays true.
    libgl1-mesa-dri libegl-mesa0 libglx-mesa0 fonts-dejavu-core
)
TEST_PACKAGES=(
    sqlcipher postgresql faketime python3 fonts-dejavu-core
    # the fault tests read the gateway's SQLite file and /metrics from the command line
    sqlite3 curl
    # a real X server for UI tests that need one (the default is offscreen)
    xvfb xauth
    # fuzzing (scripts/run-fuzz.sh): clang with libFuzzer, whose runtime
    # (libclang_rt.fuzzer) is only a Recommends of clang-14; llvm-symbolizer for
    # readable stack traces in sanitizer reports
    clang libclang-rt-14-dev llvm
)

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

list_only=0
if [[ "${1:-}" == "--list" ]]; then
    list_only=1
    shift
fi
case "${1:-build}" in
    -h | --help) usage; exit 0 ;;
    build) packages=("${BUILD_PACKAGES[@]}") ;;
    test) packages=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}") ;;
    *) echo "install-deps.sh: unknown group '$1' (expected build or test)" >&2; exit 2 ;;
esac
# de-duplicate, keep order
declare -A seen=()
unique=()
for p in "${packages[@]}"; do
    if [[ -z "${seen[$p]:-}" ]]; then
        seen[$p]=1
        unique+=("$p")
    fi
done
packages=("${unique[@]}")

if ((list_only)); then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

# Which packages are not installed yet? (dpkg-query needs no root.)
missing=()
for p in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null || true)"
    if ! grep -qx installed <<<"$status"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps.sh: all ${#packages[@]} packages of group '${1:-build}' are installed; nothing to do." >&2
    exit 0
fi

if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
        echo "install-deps.sh: installing ${missing[*]} needs root; re-running via sudo" >&2
        exec sudo -- "${BASH_SOURCE[0]}" "$@"
    fi
    echo "install-deps.sh: missing packages: ${missing[*]}" >&2
    echo "install-deps.sh: not root and no sudo; run this script as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-deps.sh: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-deps.sh: done." >&2
