#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The desktop window's benchmark. Usage:
#   bench/gui-run.sh BUILD_DIR [--messages N] [--archive]
# Starts a standalone demo pod whose Rates Desk room holds N messages (default 1,000,000), then
# runs gui-bench (under xvfb-run when there is no display): startup to the first painted window,
# scrolling from the newest message to the oldest through the view's paging, peak RSS against the
# UTF-8 bytes received, and the GUI thread's worst lag during loading, export, filtering and sorting.
# With --archive, no pod: archive-table-bench makes a SQLite archive of one room of N messages and
# opens it in the archive's table (first rows painted, peak RSS against the JSON, GUI-thread lag
# while scrolling, filtering and searching).
set -euo pipefail
[ $# -ge 1 ] || { sed -n '3,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
BUILD=$1; shift
MESSAGES=1000000
ARCHIVE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) MESSAGES=${2:?--messages needs a number}; shift 2 ;;
        --archive) ARCHIVE=1; shift ;;
        *) echo "bench/gui-run.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$(dirname "$0")/.." -B "$BUILD" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release >&2
fi
if [ "$ARCHIVE" = 1 ]; then
    cmake --build "$BUILD" --target archive-table-bench --parallel "$(nproc)" >&2
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-archive-bench.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
    # The archive is made by one process and read by another: the second's peak RSS is the viewer's.
    QT_QPA_PLATFORM=offscreen "$BUILD/bench/archive-table-bench" --make "$WORK/archive.sqlite" --messages "$MESSAGES"
    run=("$BUILD/bench/archive-table-bench" --open "$WORK/archive.sqlite")
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "${run[@]}"
    else
        "${run[@]}"
    fi
    exit 0
fi
cmake --build "$BUILD" --target gui-bench symphony-demo-pod --parallel "$(nproc)" >&2
log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/gui-run.sh: %s\n' "$*" >&2; exit 1; }
# shellcheck source-path=SCRIPTDIR source=podlib.sh
. "$(dirname "$0")/podlib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-gui-bench.XXXXXX")
trap cleanup EXIT
start_pod --streams 20 --messages-per-stream "$MESSAGES" --token-ttl 86400
run=("$BUILD/bench/gui-bench" --pod "$URL" --messages "$MESSAGES")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "${run[@]}"
else
    "${run[@]}"
fi
