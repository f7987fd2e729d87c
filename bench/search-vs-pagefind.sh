#!/usr/bin/env bash
# Search benchmark, khotin against Pagefind, on a synthetic 10,000-article archive (docs/benchmarks.md, ## Search).
# Needs python3, node/npm (only for Pagefind, never for khotin), Debian's chromium and chromium-driver.
# Usage: bench/search-vs-pagefind.sh [ARTICLES] [WORKDIR]     defaults: 10000 /tmp/searchbench
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
work=${2:-/tmp/searchbench}
rm -rf "$work/corpus" "$work/site" "$work/profiles"
mkdir -p "$work/profiles"
python3 /work/shared/bench/gen_corpus.py "$n" "$work/corpus" --layout hugo
python3 "$repo/bench/hugo-to-khotin.py" "$work/corpus" "$work/site"
cp -r "$repo/templates" "$repo/site-config.yml" "$work/site/"
(cd "$repo" && ./mvnw -q -B -DskipTests -pl generator -am package)
(cd "$work/site" && java -jar "$repo/generator/target/khotin.jar" build --timings)
npm install --no-save --prefix "$work/pf" pagefind@1.6.0 >/dev/null
# Pagefind indexes the same article pages, article element only (no navigation or related lists).
"$work/pf/node_modules/.bin/pagefind" --site "$work/site/public" \
  --glob "*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html" --root-selector "article.article"
python3 "$repo/bench/search_measure.py" "$work/site/public"
