#!/usr/bin/env bash
# Proves that the README's two commands work on a bare Debian 12 system.
#
#   scripts/check-fresh-debian.sh [options]
#
# Creates (or reuses) a minimal Debian 12 root made by
#   debootstrap --variant=minbase bookworm DIR http://deb.debian.org/debian
# copies this repository's committed tree (git archive HEAD) into DIR/root/homevisit,
# and runs inside the chroot, as root:
#   ./scripts/run-app.sh --screenshot /tmp/first.png
#   ./scripts/run-tests.sh
# then prints PASS/FAIL for each and exits non-zero if any failed.
#
# Options:
#   --dir DIR      the chroot (default: $HOMEVISIT_CHROOT or /var/tmp/homevisit-bookworm)
#   --worktree     also copy the uncommitted working tree (changed and untracked,
#                  non-ignored files; build dirs and .git excluded)
#   --pristine     discard DIR and start again from the bare debootstrap result
#                  (kept beside it as DIR.pristine.tar), so nothing installed by
#                  an earlier run helps
#   --jobs N       build jobs inside the chroot (HOMEVISIT_JOBS, default 2)
#   --setup-only   create/reuse the root, copy the tree, then stop
#   --deps-only    instead of the app and the tests, run scripts/install-deps.sh test
#                  twice and check that the second run changes nothing
#   --shell        after setup, open an interactive shell in the chroot
#   -h, --help     this text
#
# Logs go to DIR.logs/; the screenshot is left at DIR/tmp/first.png.
# Everything mounted is unmounted on exit.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$script_dir/.." rev-parse --show-toplevel 2>/dev/null || (cd "$script_dir/.." && pwd))"

dir="${HOMEVISIT_CHROOT:-/var/tmp/homevisit-bookworm}"
worktree=0
pristine=0
jobs="${HOMEVISIT_JOBS:-2}"
mode=full
open_shell=0
mirror="http://deb.debian.org/debian"
app_timeout="${HOMEVISIT_APP_TIMEOUT:-3600}"
tests_timeout="${HOMEVISIT_TESTS_TIMEOUT:-5400}"

usage() { sed -n '2,28s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

while (($#)); do
    case "$1" in
        --dir) dir="$2"; shift 2 ;;
        --dir=*) dir="${1#--dir=}"; shift ;;
        --worktree) worktree=1; shift ;;
        --pristine) pristine=1; shift ;;
        --jobs) jobs="$2"; shift 2 ;;
        --jobs=*) jobs="${1#--jobs=}"; shift ;;
        --setup-only) mode=setup; shift ;;
        --deps-only) mode=deps; shift ;;
        --shell) open_shell=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "check-fresh-debian.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo -- "${BASH_SOURCE[0]}" "$@"
    fi
    echo "check-fresh-debian.sh: needs root (debootstrap, chroot, mount)" >&2
    exit 1
fi

dir="$(realpath -m "$dir")"
case "$dir" in
    / | /root | /home | /usr | /var | /var/tmp | /tmp | /work | "$repo" | "$repo"/*)
        echo "check-fresh-debian.sh: refusing to use '$dir' as the chroot" >&2
        exit 2 ;;
esac
pristine_tar="$dir.pristine.tar"
log_dir="$dir.logs"
marker="$dir/.homevisit-bare-root"

log() { printf '\n=== check-fresh-debian: %s\n' "$*" >&2; }

# --- mounts ------------------------------------------------------------------
mounted=()

unmount_all() {
    local pid root i mp
    # Processes left running inside the chroot (e.g. a server a test started)
    # keep the mounts busy: end them, and only them.
    for pid in /proc/[0-9]*; do
        root="$(readlink "$pid/root" 2>/dev/null || true)"
        if [[ "$root" == "$dir" ]]; then
            kill -TERM "${pid#/proc/}" 2>/dev/null || true
        fi
    done
    sleep 1
    for pid in /proc/[0-9]*; do
        root="$(readlink "$pid/root" 2>/dev/null || true)"
        if [[ "$root" == "$dir" ]]; then
            kill -KILL "${pid#/proc/}" 2>/dev/null || true
        fi
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
    # Leftovers from an earlier run that was killed before its trap ran.
    for mp in "$dir/dev/pts" "$dir/dev" "$dir/sys" "$dir/proc"; do
        if mountpoint -q "$mp" 2>/dev/null; then
            umount "$mp" 2>/dev/null || umount -l "$mp" || true
        fi
    done
}

mount_all() {
    unmount_all
    mount -t proc proc "$dir/proc"; mounted+=("$dir/proc")
    mount -t sysfs sysfs "$dir/sys"; mounted+=("$dir/sys")
    mount --bind /dev "$dir/dev"; mounted+=("$dir/dev")
    mount --bind /dev/pts "$dir/dev/pts"; mounted+=("$dir/dev/pts")
    cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

trap unmount_all EXIT
trap 'exit 130' INT TERM

# --- the bare root --------------------------------------------------------------
remove_root() {
    unmount_all
    # --one-file-system: never descend into anything still mounted.
    rm -rf --one-file-system "$dir"
}

create_root() {
    if ! command -v debootstrap >/dev/null 2>&1; then
        log "installing debootstrap on the host"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap \
            || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap; }
    fi
    log "debootstrap --variant=minbase bookworm $dir $mirror"
    mkdir -p "$dir"
    debootstrap --variant=minbase bookworm "$dir" "$mirror"
    # The same suites a Debian 12 install has: point releases and security fixes.
    cat >"$dir/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
    # A chroot has no init: package scripts must not start services (PostgreSQL)
    # that would outlive the run and keep the mounts busy.
    printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
    chmod 755 "$dir/usr/sbin/policy-rc.d"
    apt-get -o RootDir="$dir" clean 2>/dev/null || rm -f "$dir"/var/cache/apt/archives/*.deb
    log "saving the bare root as $pristine_tar"
    tar --numeric-owner -C "$dir" -cf "$pristine_tar.tmp" .
    mv "$pristine_tar.tmp" "$pristine_tar"
    touch "$marker"
}

if ((pristine)) && [[ -e "$dir" ]]; then
    log "discarding $dir (--pristine)"
    remove_root
fi
if [[ ! -e "$marker" ]]; then
    if [[ -e "$dir" ]]; then
        log "$dir is incomplete; recreating it"
        remove_root
    fi
    if [[ -s "$pristine_tar" ]]; then
        log "restoring the bare root from $pristine_tar"
        mkdir -p "$dir"
        tar --numeric-owner -C "$dir" -xf "$pristine_tar"
        touch "$marker"
    else
        create_root
    fi
else
    log "reusing $dir (use --pristine to start from the bare debootstrap root)"
fi

mount_all

# --- the tree -----------------------------------------------------------------------
dest="$dir/root/homevisit"
log "copying $repo into $dest"
rm -rf --one-file-system "$dest"
mkdir -p "$dest"
if git -C "$repo" rev-parse --verify -q HEAD >/dev/null; then
    git -C "$repo" archive HEAD | tar -x -C "$dest"
elif ((!worktree)); then
    echo "check-fresh-debian.sh: $repo has no commit yet; use --worktree to copy the working tree" >&2
    exit 2
fi
if ((worktree)); then
    # Tracked and untracked, non-ignored files as they are on disk; no build dirs.
    (
        cd "$repo"
        git ls-files -z --cached --others --exclude-standard |
            while IFS= read -r -d '' f; do
                case "$f" in build/* | build-*/* | .git/*) continue ;; esac
                [[ -f "$f" || -L "$f" ]] && printf '%s\0' "$f"
            done |
            tar --null -T - -cf -
    ) | tar -x -C "$dest"
    git -C "$repo" ls-files -z --deleted |
        while IFS= read -r -d '' f; do rm -f "$dest/$f"; done
fi

# --- running things inside ------------------------------------------------------------
in_chroot() {
    chroot "$dir" /usr/bin/env -i \
        HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb CI="${CI:-}" HOMEVISIT_JOBS="$jobs" \
        /bin/bash -c 'cd /root/homevisit && "$@"' in-chroot "$@"
}

mkdir -p "$log_dir"
results=()
failed=0

# run_step NAME LOG COMMAND...: runs COMMAND in the chroot, tees its output.
run_step() {
    local name="$1" logfile="$log_dir/$2" rc
    shift 2
    log "$name: $* (log: $logfile)"
    set +e
    in_chroot "$@" 2>&1 | tee "$logfile"
    rc=${PIPESTATUS[0]}
    set -e
    return "$rc"
}

record() { # record NAME RC [DETAIL]
    if (($2 == 0)); then
        results+=("PASS  $1${3:+  ($3)}")
    else
        results+=("FAIL  $1 (exit $2)${3:+  ($3)}")
        failed=1
    fi
}

case "$mode" in
    setup)
        results+=("SETUP $dir ready; tree in /root/homevisit")
        ;;
    deps)
        rc=0
        run_step "install-deps (first run)" install-deps-1.log ./scripts/install-deps.sh test || rc=$?
        record "scripts/install-deps.sh test (first run)" "$rc"
        before="$(cat "$dir/var/lib/dpkg/status" <(ls -l --time-style=+%s.%N "$dir/var/lib/apt/lists") | md5sum)"
        rc=0
        run_step "install-deps (second run)" install-deps-2.log ./scripts/install-deps.sh test || rc=$?
        after="$(cat "$dir/var/lib/dpkg/status" <(ls -l --time-style=+%s.%N "$dir/var/lib/apt/lists") | md5sum)"
        if ((rc == 0)) && [[ "$before" == "$after" ]] && grep -q 'nothing to do' "$log_dir/install-deps-2.log"; then
            record "scripts/install-deps.sh test (second run is a no-op)" 0
        else
            record "scripts/install-deps.sh test (second run is a no-op)" $((rc ? rc : 1)) "dpkg status or apt lists changed"
        fi
        ;;
    full)
        rm -f "$dir/tmp/first.png"
        rc=0
        run_step "run-app" run-app.log timeout --kill-after=30 "$app_timeout" \
            ./scripts/run-app.sh --screenshot /tmp/first.png || rc=$?
        if ((rc == 0)) && [[ ! -s "$dir/tmp/first.png" ]]; then
            rc=1
            record "./scripts/run-app.sh --screenshot /tmp/first.png" "$rc" "no screenshot written"
        else
            record "./scripts/run-app.sh --screenshot /tmp/first.png" "$rc" \
                "$( [[ -s "$dir/tmp/first.png" ]] && echo "screenshot: $dir/tmp/first.png")"
        fi
        rc=0
        run_step "run-tests" run-tests.log timeout --kill-after=30 "$tests_timeout" \
            ./scripts/run-tests.sh || rc=$?
        summary="$(grep -E 'tests passed|tests failed' "$log_dir/run-tests.log" | tail -n1 || true)"
        record "./scripts/run-tests.sh" "$rc" "$summary"
        ;;
esac

if ((open_shell)); then
    log "opening a shell in $dir (exit to unmount)"
    chroot "$dir" /usr/bin/env -i HOME=/root TERM="${TERM:-xterm}" LANG=C.UTF-8 \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/bash -c 'cd /root/homevisit && exec bash -i' || true
fi

printf '\n=== check-fresh-debian: results (chroot %s, logs %s)\n' "$dir" "$log_dir"
printf '%s\n' "${results[@]}"
exit "$failed"
