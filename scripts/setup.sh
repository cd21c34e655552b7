#!/usr/bin/env bash
# Installs everything Session Lens needs on a Debian machine, and builds the extension. Safe to run again:
# each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Debian packages: Chromium, and OpenSSL for the tests' TLS proxy"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
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
openssl version

step "npm packages"
# `npm install`, not `npm ci`: the lockfile here lacks other platforms' optional packages, which `npm ci`
# reports as out of sync.
npm install --no-audit --no-fund --loglevel=error

step "Python virtualenv with the pinned MLflow (.venv)"
requirements=rig/requirements.txt
stamp=.venv/.requirements.sha256
wanted=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
  echo "$wanted" > "$stamp"
fi
.venv/bin/python -c 'import mlflow; print("mlflow", mlflow.__version__)'

step "Build the extension"
npx wxt build >/dev/null
echo "built .output/chrome-mv3"
