#!/usr/bin/env bash
# Sets everything up and runs every test: lint, format, unused code and import cycles; type check; unit and
# component tests; both browser builds and the content script's budget; the end-to-end suite (the built
# extension in Debian's Chromium against a real `mlflow server`). The tree is left as it was found.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
# The time is printed however the run ends: the suite must stay under 15 minutes.
trap 'status=$?; printf "\n== %s in %d s\n" "$([ $status = 0 ] && echo "All green" || echo "Failed")" "$(( $(date +%s) - started ))"' EXIT
tree_before=$(git status --porcelain 2>/dev/null || true)

bash scripts/setup.sh

printf '\n== Lint (oxlint: correctness, import cycles, runtime boundaries)\n'
npx oxlint --deny-warnings
printf '\n== Format (prettier)\n'
npx prettier --check . | tail -1
printf '\n== Unused files, exports and dependencies (knip)\n'
npx knip && echo "none"

printf '\n== Type check\n'
npx tsc --noEmit

printf '\n== Unit and component tests (vitest)\n'
npx vitest run

printf '\n== Firefox build\n'
npx wxt build -b firefox >/dev/null && echo "built .output/firefox-mv2"
# The e2e suite loads the Chrome build; rebuild it last so it is current.
printf '\n== Chrome build and the content script budget\n'
npx wxt build >/dev/null && echo "built .output/chrome-mv3"
npx tsx scripts/check-bundle.ts

printf '\n== End-to-end tests (Playwright, Debian Chromium, real MLflow server)\n'
npx playwright test

tree_after=$(git status --porcelain 2>/dev/null || true)
if [ "$tree_before" != "$tree_after" ]; then
  echo "The test run changed tracked or untracked files:" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  exit 1
fi
