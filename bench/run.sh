#!/usr/bin/env bash
# Runs every Facetwire benchmark on one synthetic corpus size and writes docs/benchmarks.md.
#   bench/run.sh [10k|100k|1m] [all|queries]     (default 10k all)
# "queries" re-runs only the query benchmark on the index an earlier full run of that size left
# (e.g. after a change to the API), keeping its indexing results. Only on an index written with the
# same schema version: the export comparison reads that schema's docValues copies. At 1m the indexing benchmark runs
# JSON lines end to end only (a million HTML pages, a separate extraction and raw SolrJ would add
# over an hour); PostgreSQL then loads the articles as the index holds them.
# Work folders live under $FACETWIRE_BENCH_DIR (default /tmp/facetwire-bench); a corpus is generated once
# per size and reused. docs/benchmarks.md gets a section for every size whose results exist there.
# Never part of CI (.ci/run): CI only runs the small BenchHarnessIT smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=${1:-10k}
case "$scale" in
  10k) articles=10000; seconds=20; runs=ours-html,ours-jsonl,extract-html,raw-solrj,sink-only ;;
  100k) articles=100000; seconds=30; runs=ours-html,ours-jsonl,extract-html,raw-solrj,sink-only ;;
  1m) articles=1000000; seconds=40; runs=ours-jsonl ;;
  *) echo "usage: bench/run.sh [10k|100k|1m] [all|queries]" >&2; exit 2 ;;
esac
phase=${2:-all}
case "$phase" in
  all|queries) ;;
  *) echo "usage: bench/run.sh [10k|100k|1m] [all|queries]" >&2; exit 2 ;;
esac
base=${FACETWIRE_BENCH_DIR:-/tmp/facetwire-bench}
root="$base/$scale"
corpus="$root/corpus" work="$root/work" results="$root/results" pg="$root/postgres"
mkdir -p "$root"

mvn -B -q -DskipTests package
jar=$(ls bench/target/facetwire-bench-*-cli.jar)
# Fixed heap so runs compare; the API gets its own JVM with -Xmx1g (see QueryBench).
bench=(java -Xms2g -Xmx2g -XX:+UseG1GC -jar "$jar")

# Records each command in the results (with the work folder shown as $DIR), then runs it.
note() { sed "s|$root|\$DIR|g; s|$jar|bench/target/facetwire-bench-*-cli.jar|" >>"$results/commands.txt"; }
run() {
  printf '%s\n' "$*" | note
  "$@"
}

if [[ "$phase" == all ]]; then
  rm -rf "$results" "$work"
  mkdir -p "$results"
  echo "mvn -B -q -DskipTests package    # DIR is $root" >>"$results/commands.txt"
  if [[ ! -f "$corpus/corpus.json" ]]; then
    rm -rf "$corpus"
    run "${bench[@]}" corpus --articles "$articles" --out "$corpus"
  else
    echo "reusing the corpus in $corpus" >&2
    echo "# corpus generated earlier with: ${bench[*]} corpus --articles $articles --out $corpus" | note
  fi
  run "${bench[@]}" index --corpus "$corpus" --work "$work" --results "$results" --runs "$runs"
else
  [[ -d "$work/index" && -f "$results/indexing.json" ]] || { echo "no index from an earlier 'bench/run.sh $scale' in $work" >&2; exit 2; }
  echo "# $(date -u +%FT%TZ): queries re-run on the index above; mvn -B -q -DskipTests package first" | note
fi

pg_url=$(bench/postgres.sh start "$pg")
trap 'bench/postgres.sh stop "$pg" || true' EXIT
echo "bench/postgres.sh start $pg    # PostgreSQL on loopback, prints the JDBC URL" | note
run "${bench[@]}" query --corpus "$corpus" --work "$work" --results "$results" \
  --api-jar search-api/target/facetwire.jar --seconds "$seconds" --postgres "$pg_url"
pg_version=$(bench/postgres.sh version "$pg")
bench/postgres.sh stop "$pg"
trap - EXIT

all=()
for s in 10k 100k 1m; do
  [[ -f "$base/$s/results/query.json" || -f "$base/$s/results/indexing.json" ]] && all+=("$base/$s/results")
done
"${bench[@]}" report --results "$(IFS=,; echo "${all[*]}")" --out docs/benchmarks.md --notes bench/notes.md \
  --git "${FACETWIRE_BENCH_GIT:-$( (git rev-parse --short HEAD && git diff --quiet || echo '+changes') 2>/dev/null | tr -d '\n')}" \
  --postgres-version "$pg_version"
echo "done: docs/benchmarks.md (results in $results)" >&2
