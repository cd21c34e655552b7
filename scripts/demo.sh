#!/usr/bin/env bash
# Sets everything up and runs Session Lens on the embedded default: a seeded local MLflow server and
# Chromium with the extension loaded (or, without a display, a screenshot and the path to load it yourself).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
printf '\n== Demo\n'
exec node --import tsx scripts/demo.ts
