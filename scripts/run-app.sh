#!/usr/bin/env bash
# Runs the app on its embedded default: a local demo user with demo data, no
# server. Installs the build dependencies, configures and builds ./build
# (cmake --preset default: Ninja, RelWithDebInfo), then starts
#   build/app/homevisit --data-dir "${HOMEVISIT_DATA_DIR:-$HOME/.local/share/homevisit-demo}" --demo "$@"
# Without DISPLAY and WAYLAND_DISPLAY it runs offscreen (QT_QPA_PLATFORM=offscreen),
# so e.g. `scripts/run-app.sh --screenshot /tmp/first.png` works headless.
# HOMEVISIT_JOBS sets the number of build jobs (default 2).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

"$repo/scripts/install-deps.sh" build

cmake --preset default
cmake --build build --target homevisit -j "${HOMEVISIT_JOBS:-2}"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
    echo "run-app.sh: no DISPLAY or WAYLAND_DISPLAY; running offscreen (QT_QPA_PLATFORM=offscreen)" >&2
fi

data_dir="${HOMEVISIT_DATA_DIR:-$HOME/.local/share/homevisit-demo}"
exec "$repo/build/app/homevisit" --data-dir "$data_dir" --demo "$@"
