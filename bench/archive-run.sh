#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The archive benchmark. Usage:
#   bench/archive-run.sh BUILD_DIR [--messages N] [--keep]
# BUILD_DIR should be a Release build (it is configured as one when it does not exist yet).
# Starts a standalone demo pod whose Rates Desk room holds N messages (default 100,000) and
# measures, in one run:
#   export-csv       symphony-inspector-cli export of the room to CSV (the online export)
#   sync             archive sync --streams ROOM into a new SQLite archive
#   sync-again       a second sync with nothing new (its requests are those of the look-back)
#   archive-export   archive export of the room to CSV, from the archive alone
#   sqlite3-csv      sqlite3 -csv selecting the stored columns of the same messages (the floor)
#   search           archive search, 20 one-word queries; the median
# and prints the ratios the archive issue asks for, and the archive's size against the message
# JSON bytes it holds. Needs sqlite3 and GNU time (Debian: apt-get install sqlite3 time).
set -euo pipefail

usage() {
    sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -ge 1 ] || usage
case "$1" in -*) usage ;; esac
BUILD=$1
shift
MESSAGES=100000
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) MESSAGES=${2:?--messages needs a number}; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "bench/archive-run.sh: unknown argument '$1'" >&2; usage ;;
    esac
done
if ! [[ "$MESSAGES" =~ ^[0-9]+$ ]] || [ "$MESSAGES" -lt 12 ]; then
    echo "bench/archive-run.sh: --messages must be an integer >= 12" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STREAM=WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA # the demo pod's Rates Desk room
log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/archive-run.sh: %s\n' "$*" >&2; exit 1; }
# shellcheck source-path=SCRIPTDIR source=podlib.sh
. "$ROOT/bench/podlib.sh"

[ -c /dev/null ] || die "/dev/null is not a character device on this machine, so the figures would be wrong"
command -v sqlite3 >/dev/null || die "missing sqlite3; install it with: sudo apt-get install -y sqlite3"
[ -x /usr/bin/time ] || die "missing GNU time; install it with: sudo apt-get install -y time"

build_release symphony-inspector-cli symphony-demo-pod
CLI="$BUILD/app/cli/symphony-inspector-cli"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-archive-bench.XXXXXX")
trap cleanup EXIT
log "starting the demo pod with $MESSAGES messages in the Rates Desk"
start_pod --streams 0 --messages-per-stream "$MESSAGES"
cp "$ROOT/app/demopod/resources/demo-bot-private.pem" "$WORK/bot.pem"
CONNECTION=(--pod "$URL" --bot-username export-bot --private-key "$WORK/bot.pem")

# measure NAME COMMAND...: runs COMMAND, prints "NAME seconds", keeps the seconds in T_NAME.
measure() {
    local name=$1
    shift
    /usr/bin/time -f '%e' -o "$WORK/$name.time" "$@" >/dev/null 2>"$WORK/$name.err" ||
        die "$name failed: $(tail -3 "$WORK/$name.err")"
    local seconds
    seconds=$(cat "$WORK/$name.time")
    printf '%-16s %8.2f s\n' "$name" "$seconds"
    printf -v "T_${name//-/_}" '%s' "$seconds"
}

ARCHIVE="$WORK/pod.sqlite"
measure export-csv "$CLI" "${CONNECTION[@]}" export "$STREAM" --format csv --output "$WORK/online.csv"
measure sync "$CLI" "${CONNECTION[@]}" archive sync "$ARCHIVE" --streams "$STREAM"
measure sync-again "$CLI" "${CONNECTION[@]}" --json archive sync "$ARCHIVE" --streams "$STREAM"
measure archive-export "$CLI" archive export "$ARCHIVE" "$STREAM" --format csv --output "$WORK/offline.csv"
cmp -s "$WORK/online.csv" "$WORK/offline.csv" || die "the archive's CSV differs from the online CSV"
measure sqlite3-csv sqlite3 -csv "$ARCHIVE" "SELECT m.message_id, m.ts, m.sender_id, m.sender, m.line, r.json FROM message m JOIN message_revision r ON r.stream_id = m.stream_id AND r.message_id = m.message_id AND r.rev = m.rev ORDER BY m.stream_id, m.ts, m.seq"

REQUESTS=$("$CLI" --json archive info "$ARCHIVE" | jq '.[0].runs[0].counts.requests')
JSON_BYTES=$(sqlite3 "$ARCHIVE" "SELECT SUM(LENGTH(json)) FROM message_revision")
SIZE=$(stat -c %s "$ARCHIVE")
[ -f "$ARCHIVE-wal" ] && SIZE=$((SIZE + $(stat -c %s "$ARCHIVE-wal")))

: >"$WORK/search.times"
for word in curve swap rates desk libor bond spread yield hedge basis fixed float term repo euro dollar sell buy price close; do
    /usr/bin/time -f '%e' -a -o "$WORK/search.times" "$CLI" archive search "$ARCHIVE" "$word" --limit 100 >/dev/null
done
SEARCH=$(sort -n "$WORK/search.times" | awk '{ a[NR] = $1 } END { print (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2 }')

echo
echo "messages:                         $MESSAGES"
awk -v s="$T_sync" -v e="$T_export_csv" 'BEGIN { printf "sync / online CSV export:         %.2fx (target at most 1.2x)\n", s / e }'
echo "second sync, requests:            $REQUESTS (nothing new; a page per look-back window)"
awk -v a="$T_archive_export" -v q="$T_sqlite3_csv" 'BEGIN { printf "archive export / sqlite3 -csv:    %.2fx (target within 1.5x)\n", a / q }'
awk -v a="$T_archive_export" -v e="$T_export_csv" 'BEGIN { printf "online export / archive export:   %.2fx (target at least 5x)\n", e / a }'
awk -v s="$SIZE" -v j="$JSON_BYTES" 'BEGIN { printf "archive size / message JSON:      %.2fx (%d / %d bytes; target at most 1.3x)\n", s / j, s, j }'
echo "search, median of 20 queries:     ${SEARCH} s (whole command, including start-up)"
