# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
# What the benchmark scripts share (sourced, not run): a Release build of their targets, the
# standalone demo pod they measure against, its CPU time and a login to it.
# The sourcing script defines log and die, and sets ROOT and BUILD (build_release), WORK and KEEP
# (start_pod, cleanup) and BENCH (login).

# build_release TARGET...: configures BUILD as a Release build when it is new, warns when it is
# not one (BUILD_TYPE: its build type, for the report), and builds TARGET....
build_release() {
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        local generator=()
        command -v ninja >/dev/null && generator=(-G Ninja)
        log "configuring $BUILD (Release)"
        cmake -S "$ROOT" -B "$BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >&2
    fi
    BUILD_TYPE=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
    [ "$BUILD_TYPE" = Release ] ||
        log "WARNING: $BUILD is a '$BUILD_TYPE' build; the figures only mean something for Release"
    cmake --build "$BUILD" --target "$@" --parallel "$(nproc)" >&2
}

# cleanup: stops the demo pod and removes WORK (kept with --keep); the scripts' EXIT trap.
POD_PID=
cleanup() {
    if [ -n "$POD_PID" ]; then
        kill "$POD_PID" 2>/dev/null || true
        wait "$POD_PID" 2>/dev/null || true
    fi
    if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}

# start_pod ARG...: starts the demo pod ($BUILD/app/demopod/symphony-demo-pod --port 0 ARG...) in
# the background and sets POD_PID and URL (its address) once it listens.
start_pod() {
    "$BUILD/app/demopod/symphony-demo-pod" --port 0 "$@" >"$WORK/pod.out" 2>"$WORK/pod.err" &
    POD_PID=$!
    URL=
    for _ in $(seq 100); do
        URL=$(sed -n 's/^listening on //p' "$WORK/pod.out")
        [ -n "$URL" ] && break
        kill -0 "$POD_PID" 2>/dev/null || die "the demo pod exited: $(cat "$WORK/pod.err")"
        sleep 0.1
    done
    [ -n "$URL" ] || die "the demo pod did not report its address"
    CLK_TCK=$(getconf CLK_TCK)
}

# pod_cpu: the CPU seconds the pod has used so far (utime + stime of /proc/PID/stat).
pod_cpu() { awk -v t="$CLK_TCK" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$POD_PID/stat"; }

# login PATH: the token the pod answers at PATH to the bot's JWT (from export-bench --print-jwt).
login() {
    local jwt answer
    jwt=$("$BENCH" --print-jwt)
    answer=$(curl -sS --fail -X POST -H 'Content-Type: application/json' -d "{\"token\":\"$jwt\"}" "$URL$1") ||
        die "login at $1 failed"
    jq -er .token <<<"$answer" || die "no token in the answer of $1: $answer"
}
