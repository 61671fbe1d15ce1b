#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The export benchmark. Usage:
#   bench/run.sh BUILD_DIR [--messages N] [--small N] [--pml-seconds S] [--keep]
# BUILD_DIR should be a Release build (it is configured as one when it does not exist yet).
# Starts a standalone demo pod whose Rates Desk room holds N messages (default 1,000,000), then
# times on the same pages (since+skip paging, 500 per page):
#   curl     every page to /dev/null (one curl process, one kept-alive connection), once before
#            and once after each of csv, json and jsonl: each export is compared with the mean of
#            the two curl runs next to it, so that a drift of the machine's speed hits both sides
#   jq       the same pages through jq -r '.[] | [...] | @csv'
#   csv/json/jsonl  export-bench (MessageExportJob, all default columns) for each format
#   csv-4col        the CSV export with jq's four columns (id, timestamp, sender, PresentationML),
#                   without de-duplication, as jq
#   csv-SMALL, csv-4col-SMALL  the same with --count SMALL (default 100,000): memory as the count grows
#   pml      PresentationML to text / safe HTML on demo pod bodies, and one 100 KB message
#   stages   the client's stages (parse, outline, text, CSV, JSON Lines) on saved pages, no network
#   jq-alone jq on the same saved pages, no network: with the exports' CPU time, the best jq/export
#            ratio that any pod could give on this machine (see the report)
# and prints a table with messages/s, MB/s, peak memory, the ratios and PASS/MISS per target.
# Needs curl and jq (Debian: apt-get install curl jq). Nothing else is installed here.
set -euo pipefail

usage() {
    sed -n '3,22p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

[ $# -ge 1 ] || usage
case "$1" in -*) usage ;; esac
BUILD=$1
shift
MESSAGES=1000000
SMALL=100000
PML_SECONDS=3
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --messages) MESSAGES=${2:?--messages needs a number}; shift 2 ;;
        --small) SMALL=${2:?--small needs a number}; shift 2 ;;
        --pml-seconds) PML_SECONDS=${2:?--pml-seconds needs a number}; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "bench/run.sh: unknown argument '$1'" >&2; usage ;;
    esac
done
for n in "$MESSAGES" "$SMALL"; do
    if ! [[ "$n" =~ ^[0-9]+$ ]] || [ "$n" -lt 12 ]; then
        echo "bench/run.sh: message counts must be integers >= 12" >&2
        exit 2
    fi
done
[ "$SMALL" -le "$MESSAGES" ] || { echo "bench/run.sh: --small must not exceed --messages" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STREAM=WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA # the demo pod's Rates Desk room
JQ_FILTER='.[] | [.messageId, .timestamp, .user.displayName, .message] | @csv'
log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
# shellcheck source-path=SCRIPTDIR source=podlib.sh
. "$ROOT/bench/podlib.sh"

# curl writes the pages to /dev/null: a regular file there (an export run as root used to replace
# the device) makes curl slower and every ratio wrong.
[ -c /dev/null ] || die "/dev/null is not a character device on this machine, so curl's times would be wrong;" \
    "restore it (as root: rm /dev/null && mknod -m 666 /dev/null c 1 3)"
missing=()
for tool in curl jq; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    die "missing ${missing[*]}; install the Debian packages with: sudo apt-get install -y ${missing[*]}"
fi

# --- build -------------------------------------------------------------------------------------
build_release export-bench symphony-demo-pod
BENCH=$BUILD/bench/export-bench
POD=$BUILD/app/demopod/symphony-demo-pod
if [ ! -x "$BENCH" ] || [ ! -x "$POD" ]; then die "the build did not produce $BENCH and $POD"; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-bench.XXXXXX")
trap cleanup EXIT
STARTED=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the pod -----------------------------------------------------------------------------------
log "starting the demo pod with $MESSAGES messages in the Rates Desk room"
start_pod --messages-per-stream "$MESSAGES" --token-ttl 86400
SESSION_TOKEN=$(login /login/pubkey/authenticate)
KM_TOKEN=$(login /relay/pubkey/authenticate)

# --- measuring ---------------------------------------------------------------------------------
declare -A SECS MSGS PAGEB OUTB RSS CPU PODCPU
LABELS=()
fval() { sed -n "s/.*[ ^]$1=\([^ ]*\).*/\1/p" <<<" $2"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
export QT_LOGGING_RULES='inspector.*.info=false'

# run_export LABEL FORMAT [export-bench args...]
run_export() {
    local label=$1 format=$2 line c0 c1
    shift 2
    log "export $label"
    c0=$(pod_cpu)
    line=$("$BENCH" --url "$URL" --stream "$STREAM" --format "$format" --output "$WORK/out.$format" "$@") ||
        die "export-bench failed for $label"
    c1=$(pod_cpu)
    echo "$label: $line" >>"$WORK/raw.txt"
    LABELS+=("$label")
    SECS[$label]=$(fval seconds "$line")
    MSGS[$label]=$(fval messages "$line")
    PAGEB[$label]=$(fval page_bytes "$line")
    OUTB[$label]=$(fval out_bytes "$line")
    RSS[$label]=$(fval peak_rss_kb "$line")
    CPU[$label]=$(calc "$(fval cpu_user_s "$line") + $(fval cpu_sys_s "$line")")
    PODCPU[$label]=$(calc "$c1 - $c0")
    rm -f "$WORK/out.$format"
}

# The CSV export goes first and logs the URL of every page it reads: curl and jq then fetch
# exactly those pages, so all runs move the same bytes.
run_export csv csv --url-log "$WORK/urls.txt"
PAGES=$(wc -l <"$WORK/urls.txt")
{
    printf 'header = "sessionToken: %s"\nheader = "keyManagerToken: %s"\n' "$SESSION_TOKEN" "$KM_TOKEN"
    sed 's/.*/url = "&"/' "$WORK/urls.txt"
} >"$WORK/curl-stdout.cfg"
{
    printf 'header = "sessionToken: %s"\nheader = "keyManagerToken: %s"\n' "$SESSION_TOKEN" "$KM_TOKEN"
    sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$WORK/urls.txt"
} >"$WORK/curl-null.cfg"

# time_pipeline LABEL COMMAND: wall and CPU seconds of a shell pipeline (bash's time keyword).
time_pipeline() {
    local label=$1 c0 c1 t
    log "$label"
    c0=$(pod_cpu)
    TIMEFORMAT='%R %U %S'
    { time bash -o pipefail -c "$2" 2>>"$WORK/$label.err"; } 2>"$WORK/$label.time" ||
        die "$label failed: $(cat "$WORK/$label.err")"
    c1=$(pod_cpu)
    t=$(cat "$WORK/$label.time")
    LABELS+=("$label")
    SECS[$label]=$(awk '{ print $1 }' <<<"$t")
    CPU[$label]=$(awk '{ printf "%.2f", $2 + $3 }' <<<"$t")
    PODCPU[$label]=$(calc "$c1 - $c0")
    MSGS[$label]=${MSGS[csv]}
    RSS[$label]=
}
# run_curl LABEL: every page to /dev/null.
run_curl() {
    time_pipeline "$1" "curl -sS --fail -K '$WORK/curl-null.cfg' -w '%{size_download}\n' >'$WORK/curl-sizes.txt'"
    PAGEB[$1]=$(awk '{ s += $1 } END { print s }' "$WORK/curl-sizes.txt")
    OUTB[$1]=0
    [ "${PAGEB[$1]}" = "${PAGEB[csv]}" ] ||
        log "WARNING: curl read ${PAGEB[$1]} bytes, the exporter ${PAGEB[csv]}: the pages differ"
}
# The first CSV run only found the pages (and warmed the pod up); the one compared with curl runs
# between two curl runs, as do the JSON and JSON Lines exports.
LABELS=()
run_curl curl-1
run_export csv csv
run_curl curl-2
run_export json json
run_curl curl-3
run_export jsonl jsonl
run_curl curl-4
time_pipeline jq "curl -sS --fail -K '$WORK/curl-stdout.cfg' | jq -r '$JQ_FILTER' >'$WORK/jq.csv'"
PAGEB[jq]=${PAGEB[csv]}
OUTB[jq]=$(stat -c %s "$WORK/jq.csv")
rm -f "$WORK/jq.csv"
# curl: the mean of the four runs; each export against the two runs next to it.
SECS[curl]=$(calc "(${SECS[curl-1]} + ${SECS[curl-2]} + ${SECS[curl-3]} + ${SECS[curl-4]}) / 4")
declare -A CURL_NEXT=(
    [csv]=$(calc "(${SECS[curl-1]} + ${SECS[curl-2]}) / 2")
    [json]=$(calc "(${SECS[curl-2]} + ${SECS[curl-3]}) / 2")
    [jsonl]=$(calc "(${SECS[curl-3]} + ${SECS[curl-4]}) / 2")
)
# jq's four columns and, like jq, no de-duplication: also the memory of an export without the key set.
run_export csv-4col csv --columns messageId,timestamp,senderName,presentationML --no-dedupe
run_export "csv-$SMALL" csv --count "$SMALL"
run_export "csv-4col-$SMALL" csv --columns messageId,timestamp,senderName,presentationML --no-dedupe --count "$SMALL"

# --- PresentationML ----------------------------------------------------------------------------
log "PresentationML rendering"
# 20 pages spread over the whole stream: 10,000 demo messages of every kind.
step=$(( PAGES > 20 ? PAGES / 20 : 1 ))
awk -v s="$step" 'NR % s == 1 || s == 1' "$WORK/urls.txt" | head -n 20 >"$WORK/pml-urls.txt"
i=0
while read -r u; do
    curl -sS --fail -H "sessionToken: $SESSION_TOKEN" -H "keyManagerToken: $KM_TOKEN" -o "$WORK/pml-$i.json" "$u"
    i=$((i + 1))
done <"$WORK/pml-urls.txt"
jq -s add "$WORK"/pml-*.json >"$WORK/pml.json"
PML=$("$BENCH" --pml "$WORK/pml.json" --seconds "$PML_SECONDS") || die "export-bench --pml failed"
echo "pml: $PML" >>"$WORK/raw.txt"
log "client stages on the same pages"
STAGES=$("$BENCH" --stages --seconds "$PML_SECONDS" "$WORK"/pml-[0-9]*.json) || die "export-bench --stages failed"
echo "stages: $STAGES" >>"$WORK/raw.txt"
log "jq alone on the same pages"
SAMPLE_BYTES=$(cat "$WORK"/pml-[0-9]*.json | wc -c)
TIMEFORMAT='%R %U %S'
{ time jq -r "$JQ_FILTER" "$WORK"/pml-[0-9]*.json >/dev/null; } 2>"$WORK/jq-alone.time" || die "jq failed on the saved pages"
JQ_CPU=$(awk '{ printf "%.3f", $2 + $3 }' "$WORK/jq-alone.time")
JQ_MBS=$(calc "$SAMPLE_BYTES / 1000000 / $JQ_CPU" 1)
echo "jq-alone: bytes=$SAMPLE_BYTES cpu_s=$JQ_CPU mb_per_s=$JQ_MBS" >>"$WORK/raw.txt"

# --- report ------------------------------------------------------------------------------------
mb() { calc "$1 / 1000000" 1; }
echo
echo "Export benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
    "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
echo "load average: at start $LOAD_START, at the end $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every row)"
echo "build: $BUILD ($BUILD_TYPE), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "stream: Rates Desk, ${MSGS[csv]} messages in $PAGES pages of up to 500;" \
    "$(mb "${PAGEB[csv]}") MB of page JSON ($(calc "${PAGEB[csv]} / ${MSGS[csv]}" 0) bytes per message);" \
    "PresentationML $(fval avg_pml_bytes "$PML") bytes per message on average (10,000-message sample)"
echo "MB/s is page JSON read per second (the same bytes for every row). cli-CPU is the CPU time of"
echo "the client (export-bench, curl, curl+jq); pod-CPU what the demo pod spent serving that row: both"
echo "share the machine's cores. The pager asks for page n+1 before page n is parsed, converted and"
echo "written, so the pod and the exporter work side by side: export/curl is wall time against wall time,"
echo "for csv, json and jsonl against the mean of the curl runs just before and after; for the other"
echo "rows against the mean of all four curl runs ($(calc "${SECS[curl]}" 1) s; they took ${SECS[curl-1]}, ${SECS[curl-2]},"
echo "${SECS[curl-3]} and ${SECS[curl-4]} s, which shows how steady the machine was)."
echo "csv-4col rows: jq's four columns, without de-duplication (as jq)."
echo
printf '%-14s %9s %8s %9s %7s %8s %9s %8s %8s %11s %10s\n' \
    run messages seconds msgs/s MB/s out-MB peak-RSS cli-CPU pod-CPU export/curl jq/export
for l in "${LABELS[@]}"; do
    ratio1=- ratio2=- rss=-
    case "$l" in
        csv | json | jsonl | csv-*)
            # Only the rows that read the same pages as curl and jq have ratios.
            if [ "${MSGS[$l]}" = "${MSGS[csv]}" ]; then
                ratio1=$(calc "${SECS[$l]} / ${CURL_NEXT[$l]:-${SECS[curl]}}")
                ratio2=$(calc "${SECS[jq]} / ${SECS[$l]}")
            fi
            rss="$(calc "${RSS[$l]} / 1024" 0) MB"
            ;;
    esac
    printf '%-14s %9s %8.1f %9.0f %7.1f %8s %9s %8s %8s %11s %10s\n' "$l" "${MSGS[$l]}" "${SECS[$l]}" \
        "$(calc "${MSGS[$l]} / ${SECS[$l]}" 0)" "$(calc "${PAGEB[$l]} / 1000000 / ${SECS[$l]}" 1)" \
        "$(mb "${OUTB[$l]}")" "$rss" "${CPU[$l]}" "${PODCPU[$l]}" "$ratio1" "$ratio2"
done
echo
echo "PresentationML ($(fval messages "$PML") demo messages): to text $(fval text_mb_per_s "$PML") MB/s," \
    "to safe HTML $(fval html_mb_per_s "$PML") MB/s; one $(fval big_bytes "$PML")-byte message:" \
    "text $(fval big_text_ms "$PML") ms, HTML $(fval big_html_ms "$PML") ms"
echo "Client stages without network ($(fval messages "$STAGES") messages, MB of page JSON per second):" \
    "QJsonDocument $(fval dom_mb_per_s "$STAGES"), Parse::messagesReference $(fval parse_ref_mb_per_s "$STAGES")," \
    "Parse::messages (simdjson) $(fval parse_mb_per_s "$STAGES"), the pager's outline $(fval outline_mb_per_s "$STAGES")," \
    "plain text with QXmlStreamReader $(fval text_full_mb_per_s "$STAGES"), with the scanner $(fval text_mb_per_s "$STAGES")" \
    "($(fval text_mismatches "$STAGES") messages where the two differ), CSV rows out $(fval csv_out_mb_per_s "$STAGES")," \
    "JSON Lines out $(fval jsonl_out_mb_per_s "$STAGES") (the last two include the plain text)"
echo

verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo MISS; fi; }
echo "Targets:"
for f in csv json jsonl; do
    r=$(calc "${SECS[$f]} / ${CURL_NEXT[$f]}")
    echo "  $(verdict "$r <= 1.3")  $f export within 1.3x of the curl download next to it: ${r}x" \
        "(${SECS[$f]} s against $(calc "${CURL_NEXT[$f]}" 1) s)"
done
for f in csv json jsonl csv-4col; do
    r=$(calc "${SECS[jq]} / ${SECS[$f]}")
    echo "  $(verdict "$r >= 5")  $f export at least 5x faster than curl | jq: ${r}x"
done
# How far a faster pod could take the jq ratio. curl | jq fetches a page, then jq reads it while
# curl waits on the pipe: the pod's time P and jq's CPU time J add up (the curl | jq row is close
# to curl + J). An export takes at least P, and at least (its CPU time C + P) / cores, since the
# pod runs on the same cores. Over every P >= 0 the best jq/export is then
#   max(cores * J / C, 1 + J / C),
# the first with an infinitely fast pod, the second with one that serves exactly as fast as the
# client converts. J is measured above on saved pages without network; C is each export's cli-CPU.
CORES=$(nproc)
J=$(calc "${PAGEB[csv]} / 1000000 / $JQ_MBS" 1)
echo "  Ceiling of jq/export over every pod speed, max($CORES * J / C, 1 + J / C), with jq alone at" \
    "$JQ_MBS MB/s (J = $J s of jq CPU for these pages; curl | jq took ${SECS[jq]} s, curl alone $(calc "${SECS[curl]}" 1) s):"
for f in csv json jsonl csv-4col; do
    c=${CPU[$f]}
    echo "        $f: C = $c s, ceiling $(calc "($CORES * $J / $c > 1 + $J / $c) ? $CORES * $J / $c : 1 + $J / $c" 1)x;" \
        "5x needs C <= $(calc "($CORES * $J / 5 > $J / 4) ? $CORES * $J / 5 : $J / 4" 1) s"
done
# The issue allows the de-duplication set (one key per message written) to grow; the rest must not.
small=${RSS[csv-4col-$SMALL]}
r=$(calc "${RSS[csv-4col]} / $small")
echo "  $(verdict "$r <= 1.2")  peak memory flat apart from the de-duplication set (--no-dedupe," \
    "${MSGS[csv-4col]} vs $SMALL messages, at most 1.2x): $(calc "${RSS[csv-4col]} / 1024" 0) MB vs" \
    "$(calc "$small / 1024" 0) MB = ${r}x"
small=${RSS[csv-$SMALL]}
for f in csv json jsonl; do
    [ "${MSGS[$f]}" -gt "$SMALL" ] || continue
    echo "  info  $f with de-duplication: $(calc "${RSS[$f]} / 1024" 0) MB at ${MSGS[$f]} messages," \
        "$(calc "$small / 1024" 0) MB at $SMALL: the key set grows by" \
        "$(calc "(${RSS[$f]} - $small) * 1024 / (${MSGS[$f]} - $SMALL)" 0) bytes per message"
done
for k in text html; do
    ms=$(fval "big_${k}_ms" "$PML")
    echo "  $(verdict "$ms < 16")  100 KB message to $k in under 16 ms: $ms ms"
done
echo
echo "raw lines:"
sed 's/^/  /' "$WORK/raw.txt"
echo "total wall time: $(( $(date +%s) - STARTED )) s"
