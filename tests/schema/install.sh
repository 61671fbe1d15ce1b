#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the pinned OpenAPI response validator (Stoplight Prism, see package.json and the
# committed package-lock.json) into tests/schema/node_modules for tst_schema.
#   - does nothing when node_modules already matches package-lock.json and the current Node.js;
#   - installs Debian's nodejs and npm first when node or npm is missing (as root, or with sudo -n);
#   - when Node.js cannot be had, says so and exits 0: tst_schema then skips with that reason.
# Every package comes from the npm registry through `npm ci`; nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '==> tests/schema: %s\n' "$*" >&2; }

install_node() {
    local cmd=(apt-get install -y --no-install-recommends nodejs npm)
    if [ "$(id -u)" -eq 0 ]; then
        log "installing Debian's nodejs and npm"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        log "installing Debian's nodejs and npm (sudo)"
        sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
    else
        return 1
    fi
}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    if ! install_node || ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        log "Node.js and npm are missing and cannot be installed here (not root, no sudo);"
        log "tst_schema will be skipped. Install them with: sudo apt-get install nodejs npm"
        exit 0
    fi
fi

# The stamp ties node_modules to the exact lock file and Node.js version it was installed for.
stamp="$(sha256sum package-lock.json | cut -d' ' -f1) node-$(node --version)"
if [ -x node_modules/.bin/prism ] && [ "$(cat node_modules/.install-stamp 2>/dev/null)" = "$stamp" ]; then
    exit 0
fi

log "installing the pinned Prism validator with npm ci"
# --ignore-scripts: no package in the lock needs an install script, and none should run.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2
node_modules/.bin/prism --version >/dev/null
printf '%s\n' "$stamp" > node_modules/.install-stamp
log "Prism $(node_modules/.bin/prism --version) ready"
