#!/usr/bin/env bash
# Checks what `npm run zip` made, as the stores will take it: the Chrome, Firefox and sources zips named with
# package.json's version, which both manifests carry; and the sources zip rebuilt in an empty folder the way
# an AMO reviewer rebuilds it (wxt zip -b firefox, on the packages of the same lockfile) into the very files
# of the Firefox zip.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
name=$(node -p 'require("./package.json").name')
for kind in chrome firefox sources; do
  zip=".output/$name-$version-$kind.zip"
  [ -s "$zip" ] || { echo "missing $zip: run npm run zip" >&2; exit 1; }
done
for browser in chrome firefox; do
  shipped=$(unzip -p ".output/$name-$version-$browser.zip" manifest.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).version')
  [ "$shipped" = "$version" ] || { echo "$browser manifest says $shipped, package.json $version" >&2; exit 1; }
done
echo "zips for $version: chrome, firefox, sources; both manifests at $version"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q ".output/$name-$version-sources.zip" -d "$work/src"
# The packages of this checkout's lockfile stand in for the reviewer's `npm install` of the same lockfile.
ln -s "$PWD/node_modules" "$work/src/node_modules"
(cd "$work/src" && npx wxt zip -b firefox >/dev/null 2>&1)
mkdir "$work/shipped" "$work/rebuilt"
unzip -q ".output/$name-$version-firefox.zip" -d "$work/shipped"
unzip -q "$work/src/.output/$name-$version-firefox.zip" -d "$work/rebuilt"
diff -r "$work/shipped" "$work/rebuilt" >/dev/null || { echo "the sources zip does not rebuild the Firefox zip:" >&2; diff -rq "$work/shipped" "$work/rebuilt" >&2; exit 1; }
echo "the sources zip rebuilds the Firefox zip file for file"
