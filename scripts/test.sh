#!/usr/bin/env bash
# Sets everything up and runs every test: lint, format, unused code and import cycles; type check; unit and
# component tests; the store packages (both builds, their zips and the sources zip), the content script's
# budget and `web-ext lint`; the end-to-end suite (the built extension in Debian's Chromium against a real
# `mlflow server`) and, beside it, the compatibility matrix (Firefox ESR, the oldest supported MLflow,
# PostgreSQL) and the sources zip rebuilt as AMO rebuilds it. The tree is left as it was found.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
# The time is printed however the run ends: the suite must stay under 15 minutes.
finish() {
  local status=$?
  printf "\n== %s in %d s\n" "$([ $status = 0 ] && echo "All green" || echo "Failed")" "$(( $(date +%s) - started ))"
}
trap finish EXIT
tree_before=$(git status --porcelain 2>/dev/null || true)

# A job beside the others: its output and its exit status go to `<file>` and `<file>.status`, however it ends
# (a bare failing command would end the errexit subshell before it wrote the status).
beside() {
  local file=$1
  shift
  (status=0; "$@" >"$file" 2>&1 || status=$?; echo "$status" >"$file.status") &
}

# Each heading says when its step began, in seconds from the start: where the 15 minutes go.
section() { printf '\n== %s (at %d s)\n' "$1" "$(( $(date +%s) - started ))"; }

bash scripts/setup.sh --no-build

# The type check takes one core for about 20 s: it runs beside lint, format and knip.
typecheck_log=$(mktemp)
beside "$typecheck_log" npx tsc --noEmit
typecheck_pid=$!
section 'Lint (oxlint: correctness, import cycles, runtime boundaries)'
npx oxlint --deny-warnings
section 'Format (prettier)'
npx prettier --check . | tail -1
section 'Unused files, exports and dependencies (knip)'
# Not `npx knip && echo none`: errexit ignores a failure on the left of `&&`.
npx knip
echo "none"
wait "$typecheck_pid"
section 'Type check'
cat "$typecheck_log"
typecheck_status=$(cat "$typecheck_log.status")
rm -f "$typecheck_log" "$typecheck_log.status"
[ "$typecheck_status" = 0 ] && echo "no errors" || exit 1

section 'Unit and component tests (vitest)'
npx vitest run

section 'Store packages: the Chrome, Firefox and sources zips (npm run zip), the content script budget'
npm run --silent zip >/dev/null 2>&1 || npm run zip
ls .output/*.zip
npx tsx scripts/check-bundle.ts
section 'web-ext lint on the Firefox build (errors fail; the warnings are listed in the README)'
npm run --silent lint:firefox -- --output json 2>/dev/null | node -e '
  const { summary, errors, warnings } = JSON.parse(require("fs").readFileSync(0, "utf8"));
  for (const m of [...errors, ...warnings]) console.log(`${m._type} ${m.code} ${m.file ?? ""}: ${m.message}`);
  console.log(`${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
  process.exit(summary.errors > 0 ? 1 : 0);'

# The matrix and the package check share nothing with the main suite (their own servers, their own folders):
# they run beside it, and their output follows it. At a lower priority: the main suite is the longer one, and
# its first minutes (starting and seeding its servers, its first tests) ran at half speed while the matrix
# started its own servers and browsers beside them (global setup 75 s alone, 147 s beside the matrix).
logs=$(mktemp -d)
beside "$logs/matrix" nice -n 10 npx playwright test -c playwright.matrix.config.ts
matrix_pid=$!
beside "$logs/packages" nice -n 10 bash scripts/check-packages.sh
packages_pid=$!

section 'End-to-end tests (Playwright, Debian Chromium, real MLflow servers)'
e2e_status=0
npx playwright test || e2e_status=$?
wait "$matrix_pid" "$packages_pid"
section 'Compatibility matrix (Firefox ESR through puppeteer-core, the oldest supported MLflow, PostgreSQL)'
cat "$logs/matrix"
section 'The store packages, and the sources zip rebuilt as AMO rebuilds it'
cat "$logs/packages"
matrix_status=$(cat "$logs/matrix.status") packages_status=$(cat "$logs/packages.status")
rm -rf "$logs"
[ "$e2e_status" = 0 ] && [ "$matrix_status" = 0 ] && [ "$packages_status" = 0 ] || exit 1

tree_after=$(git status --porcelain 2>/dev/null || true)
if [ "$tree_before" != "$tree_after" ]; then
  echo "The test run changed tracked or untracked files:" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  exit 1
fi
