#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The live-events and search-export benchmark. Usage:
#   bench/feed-run.sh BUILD_DIR [--events N] [--hits N] [--keep]
# BUILD_DIR should be a Release build (it is configured as one when it does not exist yet).
# Starts a standalone demo pod whose feeds hold enough generated events for N (default 100,000)
# and whose Rates Desk room holds N messages (--hits, default 100,000), then measures:
#   feed-stdout   symphony-inspector-cli feed --max-events N, JSON Lines to standard output (/dev/null)
#   feed-capture  the same into a capture file (--output: each batch written and fsync'ed, then
#                 the state file replaced, before it is acknowledged)
#   curl-feed     one curl process making the same datafeed reads (the same ackIds) to /dev/null
#   export-search symphony-inspector-cli export-search "streamId:<Rates Desk>" (N hits) to JSON Lines
#   curl-search   one curl process reading the same search pages (500 per page) to /dev/null
#   text-search   symphony-inspector-cli search --stream <Rates Desk> curve (a text search over
#                 N messages), to /dev/null: what the pod spends on it
# and prints a table: events or hits per second, the client's CPU per event (user + system, from
# /usr/bin/time) and the pod's CPU for the row. Needs curl, jq and GNU time (Debian: apt-get install
# curl jq time).
set -euo pipefail

usage() {
    sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -ge 1 ] || usage
case "$1" in -*) usage ;; esac
BUILD=$1
shift
EVENTS=100000
HITS=100000
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --events) EVENTS=${2:?--events needs a number}; shift 2 ;;
        --hits) HITS=${2:?--hits needs a number}; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "bench/feed-run.sh: unknown argument '$1'" >&2; usage ;;
    esac
done
for n in "$EVENTS" "$HITS"; do
    if ! [[ "$n" =~ ^[0-9]+$ ]] || [ "$n" -lt 12 ]; then
        echo "bench/feed-run.sh: counts must be integers >= 12" >&2
        exit 2
    fi
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STREAM=WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA # the demo pod's Rates Desk room
log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/feed-run.sh: %s\n' "$*" >&2; exit 1; }
# shellcheck source-path=SCRIPTDIR source=podlib.sh
. "$ROOT/bench/podlib.sh"

[ -c /dev/null ] || die "/dev/null is not a character device on this machine, so the figures would be wrong"
missing=()
for tool in curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    die "missing ${missing[*]}; install the Debian packages with: sudo apt-get install -y ${missing[*]}"
fi

# --- build -------------------------------------------------------------------------------------
build_release export-bench symphony-demo-pod symphony-inspector-cli
BENCH=$BUILD/bench/export-bench
POD=$BUILD/app/demopod/symphony-demo-pod
CLI=$BUILD/app/cli/symphony-inspector-cli
for f in "$BENCH" "$POD" "$CLI"; do [ -x "$f" ] || die "the build did not produce $f"; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-feedbench.XXXXXX")
trap cleanup EXIT
STARTED=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the pod -----------------------------------------------------------------------------------
# A generated batch holds 1 to 5 new events (3 on average): EVENTS / 2 batches are plenty.
BATCHES=$(( EVENTS / 2 + 100 ))
log "starting the demo pod: $BATCHES generated event batches, $HITS messages in the Rates Desk room"
start_pod --messages-per-stream "$HITS" --event-batches "$BATCHES" --long-poll-ms 1000 --token-ttl 86400
SESSION_TOKEN=$(login /login/pubkey/authenticate)
KM_TOKEN=$(login /relay/pubkey/authenticate)
# The client logs in with the tokens too (no key file, no prompt).
export SYMPHONY_SESSION_TOKEN=$SESSION_TOKEN SYMPHONY_KM_TOKEN=$KM_TOKEN
export QT_LOGGING_RULES='inspector.*.info=false'

declare -A SECS CPU PODCPU COUNT NOTE
LABELS=()
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

# measure LABEL COUNT COMMAND...: wall and CPU seconds of one process (GNU time), the pod's CPU.
measure() {
    local label=$1 count=$2 c0 c1
    shift 2
    log "$label"
    c0=$(pod_cpu)
    /usr/bin/time -f '%e %U %S' -o "$WORK/$label.time" "$@" 2>"$WORK/$label.err" ||
        die "$label failed: $(tail -n 5 "$WORK/$label.err")"
    c1=$(pod_cpu)
    LABELS+=("$label")
    SECS[$label]=$(awk '{ print $1 }' "$WORK/$label.time")
    CPU[$label]=$(awk '{ printf "%.2f", $2 + $3 }' "$WORK/$label.time")
    PODCPU[$label]=$(calc "$c1 - $c0")
    COUNT[$label]=$count
}

# --- feed --------------------------------------------------------------------------------------
# Each run reads a feed of its own (its own tag), from the start of the script.
measure feed-stdout "$EVENTS" bash -c "exec '$CLI' --pod '$URL' feed --tag bench-stdout --max-events $EVENTS >/dev/null"
grep -q "^$EVENTS new events" "$WORK/feed-stdout.err" || log "WARNING: $(tail -n 1 "$WORK/feed-stdout.err")"
measure feed-capture "$EVENTS" "$CLI" --pod "$URL" feed --tag bench-capture --max-events "$EVENTS" \
    --output "$WORK/capture.jsonl"
LINES=$(wc -l <"$WORK/capture.jsonl")
[ "$LINES" = "$EVENTS" ] || log "WARNING: the capture holds $LINES events, not $EVENTS"
CAPTURE_MB=$(calc "$(stat -c %s "$WORK/capture.jsonl") / 1000000" 1)
# The capture's state names the last delivery stored: ack-K after K reads.
READS=$(jq -r .ackId "$WORK/capture.jsonl.state.json" | sed 's/^ack-//')
[[ "$READS" =~ ^[0-9]+$ ]] || die "no ackId in the capture's state file"
NOTE[feed-capture]="$CAPTURE_MB MB captured"

# curl makes the same reads on a new feed: "", ack-1, ..., ack-(K-1), one kept-alive connection.
FEED_ID=$(curl -sS --fail -X POST -H "sessionToken: $SESSION_TOKEN" -H "keyManagerToken: $KM_TOKEN" \
    -H 'Content-Type: application/json' -d '{"tag":"bench-curl"}' "$URL/agent/v5/datafeeds" | jq -er .id) ||
    die "creating a datafeed with curl failed"
awk -v n="$READS" -v url="$URL/agent/v5/datafeeds/$FEED_ID/read" -v s="$SESSION_TOKEN" -v k="$KM_TOKEN" 'BEGIN {
    for (i = 0; i < n; i++) {
        if (i > 0) print "next"
        printf "url = \"%s\"\nheader = \"sessionToken: %s\"\nheader = \"keyManagerToken: %s\"\n", url, s, k
        print "header = \"Content-Type: application/json\""
        printf "data = \"{\\\"ackId\\\":\\\"%s\\\",\\\"updatePresence\\\":false}\"\n", (i == 0 ? "" : "ack-" i)
        print "output = \"/dev/null\""
        print "write-out = \"%{http_code} %{size_download}\\n\""
    }
}' >"$WORK/curl-feed.cfg"
measure curl-feed "$EVENTS" bash -c "exec curl -sS --fail -K '$WORK/curl-feed.cfg' >'$WORK/curl-feed.out'"
[ "$(grep -vc '^200 ' "$WORK/curl-feed.out" || true)" = 0 ] || die "a curl feed read did not answer 200"
FEED_MB=$(calc "$(awk '{ s += $2 } END { print s }' "$WORK/curl-feed.out") / 1000000" 1)
NOTE[curl-feed]="$READS reads, $FEED_MB MB of event JSON"
NOTE[feed-stdout]="$READS reads"

# --- search ------------------------------------------------------------------------------------
QUERY="streamId:$STREAM"
measure export-search "$HITS" "$CLI" --pod "$URL" export-search "$QUERY" --format jsonl --output "$WORK/hits.jsonl"
GOT=$(wc -l <"$WORK/hits.jsonl")
[ "$GOT" = "$HITS" ] || log "WARNING: export-search wrote $GOT hits, not $HITS"
NOTE[export-search]="$(calc "$(stat -c %s "$WORK/hits.jsonl") / 1000000" 1) MB written"
rm -f "$WORK/hits.jsonl"
ENCODED=$(jq -rn --arg q "$QUERY" '$q | @uri')
{
    printf 'header = "sessionToken: %s"\nheader = "keyManagerToken: %s"\n' "$SESSION_TOKEN" "$KM_TOKEN"
    printf 'write-out = "%%{http_code} %%{size_download}\\n"\n'
    for ((skip = 0; skip <= HITS; skip += 500)); do
        printf 'url = "%s/agent/v1/message/search?query=%s&skip=%d&limit=500"\noutput = "/dev/null"\n' \
            "$URL" "$ENCODED" "$skip"
    done
} >"$WORK/curl-search.cfg"
measure curl-search "$HITS" bash -c "exec curl -sS --fail -K '$WORK/curl-search.cfg' >'$WORK/curl-search.out'"
SEARCH_MB=$(calc "$(awk '{ s += $2 } END { print s }' "$WORK/curl-search.out") / 1000000" 1)
NOTE[curl-search]="$(wc -l <"$WORK/curl-search.out") pages, $SEARCH_MB MB of message JSON"

measure text-search 0 bash -c "exec '$CLI' --pod '$URL' --json search --stream '$STREAM' curve >'$WORK/text.json'"
TEXT_HITS=$(jq length "$WORK/text.json")
COUNT[text-search]=$TEXT_HITS
NOTE[text-search]="$TEXT_HITS hits among $HITS messages"
rm -f "$WORK/text.json"

# --- report ------------------------------------------------------------------------------------
echo
echo "Feed and search benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
    "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
echo "load average: at start $LOAD_START, at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "build: $BUILD ($BUILD_TYPE), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "pod: $BATCHES generated event batches, Rates Desk of $HITS messages; feed runs read $READS batches for" \
    "$EVENTS new events. cli-CPU is the client's user + system time (curl's for the curl rows), pod-CPU the" \
    "demo pod's for the row; both share the machine's cores."
echo
printf '%-14s %8s %8s %10s %8s %12s %8s  %s\n' run items seconds items/s cli-CPU "cli-µs/item" pod-CPU note
for l in "${LABELS[@]}"; do
    n=${COUNT[$l]}
    rate=- per=-
    if [ "$n" -gt 0 ]; then
        rate=$(calc "$n / ${SECS[$l]}" 0)
        per=$(calc "${CPU[$l]} * 1000000 / $n" 1)
    fi
    printf '%-14s %8s %8s %10s %8s %12s %8s  %s\n' "$l" "$n" "${SECS[$l]}" "$rate" "${CPU[$l]}" "$per" \
        "${PODCPU[$l]}" "${NOTE[$l]:-}"
done
echo
echo "feed to stdout against curl's reads: $(calc "${SECS[feed-stdout]} / ${SECS[curl-feed]}")x the wall time;" \
    "to a capture file: $(calc "${SECS[feed-capture]} / ${SECS[curl-feed]}")x"
echo "export-search against curl's pages: $(calc "${SECS[export-search]} / ${SECS[curl-search]}")x the wall time"
echo "total wall time: $(( $(date +%s) - STARTED )) s"
