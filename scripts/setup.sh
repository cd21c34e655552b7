#!/usr/bin/env bash
# Installs everything Session Lens needs on a Debian machine, and builds the extension. Safe to run again:
# each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Debian packages: Chromium and Firefox ESR, PostgreSQL and OpenSSL for the tests' servers and TLS proxy"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing: ${missing[*]}. Install Debian's packages (apt-get install ${missing[*]}) and run this again." >&2
    exit 1
  fi
fi
chromium --version 2>/dev/null | head -1
firefox-esr --version 2>/dev/null | head -1
"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version
openssl version

step "npm packages"
# `npm install`, not `npm ci`: the lockfile here lacks other platforms' optional packages, which `npm ci`
# reports as out of sync.
npm install --no-audit --no-fund --loglevel=error

# A virtualenv per MLflow: made once, installed again only when its requirements file changes.
virtualenv() {
  local venv=$1 requirements=$2
  local stamp=$venv/.requirements.sha256 wanted
  wanted=$(sha256sum "$requirements" | cut -d' ' -f1)
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" > "$stamp"
  fi
  "$venv/bin/python" -c 'import mlflow; print("mlflow", mlflow.__version__)'
}

step "Python virtualenv with the pinned MLflow (.venv)"
virtualenv .venv rig/requirements.txt

step "Python virtualenv with the oldest supported MLflow (.venv-oldest), for the compatibility tests"
virtualenv .venv-oldest rig/requirements-oldest.txt

step "Build the extension"
npx wxt build >/dev/null
echo "built .output/chrome-mv3"
