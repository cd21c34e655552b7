#!/usr/bin/env bash
# Sets everything up and runs every test: type check, unit and component tests, both browser builds, and
# the end-to-end suite (the built extension in Debian's Chromium against a real `mlflow server`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

printf '\n== Type check\n'
npx tsc --noEmit

printf '\n== Unit and component tests (vitest)\n'
npx vitest run

printf '\n== Firefox build\n'
npx wxt build -b firefox >/dev/null && echo "built .output/firefox-mv2"
# The e2e suite loads the Chrome build; rebuild it last so it is current.
npx wxt build >/dev/null

printf '\n== End-to-end tests (Playwright, Debian Chromium, real MLflow server)\n'
npx playwright test
