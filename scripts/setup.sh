#!/usr/bin/env bash
# Installs everything Session Lens needs on a Debian machine, and builds the extension. Safe to run again:
# each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# Debian's packages: browsers, and PostgreSQL and OpenSSL for the tests' servers and TLS proxy.
debian_packages() {
  local missing=()
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
}

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

# Debian's packages, the npm packages and the two virtualenvs install side by side (mostly downloads and
# unpacking); each one's output is printed, under its heading, once all are done.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
# The job stops at its first failing command (errexit holds in the subshell), and then writes no status.
in_background() {
  local name=$1
  shift
  (
    "$@" >"$logs/$name" 2>&1
    echo 0 >"$logs/$name.status"
  ) &
}
report() {
  step "$2"
  cat "$logs/$1"
  [ "$(cat "$logs/$1.status" 2>/dev/null)" = 0 ] || { echo "Failed: $2 (above)." >&2; exit 1; }
}
in_background debian debian_packages
in_background venv virtualenv .venv rig/requirements.txt
in_background oldest virtualenv .venv-oldest rig/requirements-oldest.txt

step "npm packages"
# `npm install`, not `npm ci`: the lockfile here lacks other platforms' optional packages, which `npm ci`
# reports as out of sync.
npm install --no-audit --no-fund --loglevel=error
wait
report debian "Debian packages: Chromium and Firefox ESR, PostgreSQL and OpenSSL for the tests' servers and TLS proxy"
report venv "Python virtualenv with the pinned MLflow (.venv)"
report oldest "Python virtualenv with the oldest supported MLflow (.venv-oldest), for the compatibility tests"

# The test command builds with its store packages (`npm run zip` builds both browsers): it asks for no build here.
if [ "${1:-}" != --no-build ]; then
  step "Build the extension"
  npx wxt build >/dev/null
  echo "built .output/chrome-mv3"
fi
