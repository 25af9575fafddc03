#!/usr/bin/env bash
# Diplograph scale benchmark: one command from a clean clone.
#
#   bench/run.sh [SIZE ...]          corpus sizes in articles (default: 1000 10000)
#
# For each size it generates a corpus (./diplograph generate), builds it from scratch with
# /usr/bin/time -v (wall time, peak RSS), measures the store size and the warm latency of the
# bundled queries calls-mentioning and calls-between (median of 10), exports the same graphs
# as N-Quads and loads them with Jena's own bulk loader (tdb2.tdbloader) as the baseline,
# scores extraction on the first and last articles (accuracy drift), and adds 10 new articles to the
# built store (an incremental build, as a daily feed does). Once per run, on a
# sample of the first corpus, it measures extraction throughput against Stanford CoreNLP's
# German pipeline (tokenize, ssplit, ner; a benchmark-only GPL module in bench/corenlp,
# never shipped) and the write path of a fresh build against Jena's TDB2 loaders.
#
# Environment:
#   BENCH_DIR      work folder (default bench/work; deleted and re-created per size)
#   BENCH_HEAP     -Xmx for every JVM (default 1g: the issue's heap target)
#   BENCH_SEED     generator seed (default 1)
#   BENCH_SAMPLE   articles in the extraction-vs-CoreNLP sample (default 1000)
#   BENCH_CORENLP  0 to skip the CoreNLP baseline (it downloads ~210 MB from Maven Central once)
#   BENCH_LOADPROBE 0 to skip the write-path probe
#   DG_BUILD_DIR   where Maven builds (default target/)
#   BENCH_NO_REBUILD 1 to use an existing jar even when sources are newer
#   BENCH_KEEP     1 to keep each size's built store in $BENCH_DIR/SIZE/db (for query experiments)
#   BENCH_BASELINE_UPTO  largest size that also gets the N-Quads export + tdbloader baseline (default: all);
#                  a 1,000,000-article baseline needs ~30 GB of N-Quads and a second ~60 GB store
# Results: a table on stdout, $BENCH_DIR/results.tsv, $BENCH_DIR/summary.txt and the chart
# $BENCH_DIR/throughput.svg (copy it to docs/benchmarks-throughput.svg to publish a run).
set -eu
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=../.mvn/find-jdk.sh
. "$root/.mvn/find-jdk.sh"
dg_find_jdk || exit 1
java="$JAVA_HOME/bin/java"

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=${BENCH_DIR:-$here/work}
heap=${BENCH_HEAP:-1g}
seed=${BENCH_SEED:-1}
sample=${BENCH_SAMPLE:-1000}
build_dir=${DG_BUILD_DIR:-$root/target}
mkdir -p "$work"
work=$(cd "$work" && pwd)
log() { echo "bench: $*" >&2; }

# --- the jar (rebuilt when sources are newer), the helpers, the baseline module -------------
jar="$build_dir/diplograph.jar"
if [ ! -f "$jar" ] || { [ "${BENCH_NO_REBUILD:-0}" = 0 ] && [ -n "$(find "$root/pom.xml" "$root/src/main" "$root/ontology" "$root/queries" -newer "$jar" -print -quit)" ]; }; then
  log "building $jar"
  (cd "$root" && ./mvnw -q -B -Ddg.buildDir="$build_dir" -Dmaven.test.skip=true package)
fi
log "compiling bench helpers"
rm -rf "$work/classes" && mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "$jar" $(find "$here/src" -name '*.java')
cp_tools="$work/classes:$jar"

corenlp_cp=""
if [ "${BENCH_CORENLP:-1}" != 0 ]; then
  log "building the CoreNLP baseline (bench/corenlp, profile corenlp)"
  if (cd "$root" && ./mvnw -q -B -f bench/corenlp/pom.xml -Pcorenlp -Ddg.buildDir="$work/corenlp" package) >"$work/corenlp-build.log" 2>&1; then
    corenlp_cp="$work/corenlp/diplograph-bench-corenlp-0.1.0-SNAPSHOT.jar:$(cat "$work/corenlp/classpath.txt")"
  else
    log "CoreNLP baseline not available (see $work/corenlp-build.log); continuing without it"
  fi
fi

# --- helpers ----------------------------------------------------------------------------------
# kv FILE KEY: the value of "KEY=value" in FILE
kv() { sed -n "s/^$2=\([^ ]*\).*/\1/p" "$1" | tail -n1; }
# timed OUT ERR CMD...: runs CMD under /usr/bin/time -v; wall seconds and peak RSS (MB) into $wall/$rss
timed() {
  local out=$1 err=$2; shift 2
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$out" 2>"$err"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
}
num() { printf "%.${2:-1}f" "$1"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$java" -version 2>&1 | head -n1), heap -Xmx$heap, seed $seed"
  echo "commit: $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} | tee "$work/summary.txt"

printf "articles\tgen_s\tmb_text\tbuild_s\tarticles_per_s\tmb_per_s\ttriples\ttriples_per_s\tpeak_rss_mb\tstore_mb\tq_mentioning_ms\tq_between_ms\ttdbloader_s\ttdbloader_triples_per_s\ttdbloader_rss_mb\tcalls_f1_first\tcalls_f1_last\tadd10_s\n" >"$work/results.tsv"

first_corpus=""
for n in "${sizes[@]}"; do
  d="$work/n$n"
  rm -rf "$d" && mkdir -p "$d"
  log "n=$n: generating"
  timed "$d/generate.out" "$d/generate.err" "$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.Generate --articles "$n" --out "$d/corpus" --seed "$seed" --gold none
  gen_s=$wall
  mb=$(sed -n 's/.* articles, \([0-9.]*\) MB of text.*/\1/p' "$d/generate.out")
  corpus="$d/corpus/articles.jsonl"
  [ -n "$first_corpus" ] || first_corpus=$corpus

  log "n=$n: fresh build"
  timed "$d/build.out" "$d/build.err" "$java" -Xmx"$heap" -jar "$jar" build --db "$d/db" "$corpus"
  build_s=$wall; build_rss=$rss
  triples=$(sed -n 's/^ *triples *\([0-9,]*\).*/\1/p' "$d/build.out" | tr -d ,)
  store_mb=$(du -sm "$d/db" | cut -f1)

  log "n=$n: query latency"
  runs=$(( n >= 50000 ? 5 : 10 ))
  "$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.QueryLatency --db "$d/db" --runs "$runs" >"$d/query.out" 2>"$d/query.err"
  q1=$(kv "$d/query.out" query.calls_mentioning.median_ms); q2=$(kv "$d/query.out" query.calls_between.median_ms)

  log "n=$n: adding 10 new articles to the store (an incremental build)"
  "$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.Generate --articles 10 --out "$d/add" --seed $(( seed + 1 )) --gold none >/dev/null 2>&1
  sed 's/"id":"gen-/"id":"add-/' "$d/add/articles.jsonl" >"$d/add/new.jsonl"
  timed "$d/add.out" "$d/add.err" "$java" -Xmx"$heap" -jar "$jar" build --db "$d/db" "$d/add/new.jsonl"
  add_s=$wall

  if [ "$n" -le "${BENCH_BASELINE_UPTO:-$n}" ]; then
    log "n=$n: N-Quads export and Jena's bulk loader (baseline)"
    "$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.ExportNQuads --corpus "$corpus" --out "$d/quads.nq" >"$d/export.out" 2>"$d/export.err"
    quads=$(kv "$d/export.out" export.quads)
    timed "$d/tdbloader.out" "$d/tdbloader.err" "$java" -Xmx"$heap" -cp "$jar" tdb2.tdbloader --loc "$d/tdbloader-db" "$d/quads.nq"
    tl_s=$wall; tl_rss=$rss
    rm -f "$d/quads.nq"
  else
    log "n=$n: no baseline (BENCH_BASELINE_UPTO=$BENCH_BASELINE_UPTO)"
    quads=0; tl_s=-; tl_rss=-
  fi

  log "n=$n: accuracy at both ends"
  s=$(( n < 300 ? n : 300 ))
  "$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.AccuracyDrift --articles "$n" --seed "$seed" --sample "$s" >"$d/accuracy.out" 2>"$d/accuracy.err"
  f1a=$(kv "$d/accuracy.out" accuracy.first.calls_f1); f1b=$(kv "$d/accuracy.out" accuracy.last.calls_f1)

  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$n" "$gen_s" "$mb" "$build_s" \
    "$(div "$n" "$build_s")" "$(awk -v a="$mb" -v b="$build_s" 'BEGIN{printf "%.3f", a/b}')" "$triples" \
    "$(div "$triples" "$build_s")" "$build_rss" "$store_mb" "$q1" "$q2" "$tl_s" "$(div "$quads" "$tl_s")" "$tl_rss" \
    "$f1a" "$f1b" "$add_s" >>"$work/results.tsv"
  rm -rf "$d/tdbloader-db"
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$d/db"
done

# --- once per run: extraction vs CoreNLP, write path vs Jena's loaders ------------------------
log "extraction throughput on $sample articles"
"$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.ExtractThroughput --corpus "$first_corpus" --limit "$sample" >"$work/extract.out" 2>"$work/extract.err"
"$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.ExtractThroughput --corpus "$first_corpus" --limit "$sample" --threads 1 >"$work/extract1.out" 2>"$work/extract1.err"
if [ -n "$corenlp_cp" ]; then
  log "CoreNLP German tokenize,ssplit,ner on the same $sample articles"
  "$java" -Xmx"$heap" -cp "$corenlp_cp" org.diplograph.scale.corenlp.CoreNlpThroughput --corpus "$first_corpus" --limit "$sample" --warmup 100 >"$work/corenlp.out" 2>"$work/corenlp.err" \
    || log "CoreNLP run failed (see $work/corenlp.err)"
fi
if [ "${BENCH_LOADPROBE:-1}" != 0 ]; then
  log "write path of a fresh build: batch transactions vs LoaderFactory"
  "$java" -Xmx"$heap" -cp "$cp_tools" org.diplograph.scale.LoadProbe --corpus "$first_corpus" --dir "$work/loadprobe" >"$work/loadprobe.out" 2>"$work/loadprobe.err" \
    || log "load probe failed (see $work/loadprobe.err)"
fi

# --- report -------------------------------------------------------------------------------------
{
  echo
  echo "Whole builds (fresh store, -Xmx$heap), each beside Jena's tdb2.tdbloader on the same quads:"
  awk -F'\t' 'NR == 1 { next }
    { printf "  %9s articles  %7.1f MB text | build %7.1f s  %7.1f art/s  %6.3f MB/s  %9.0f triples/s  peak RSS %5d MB  store %5d MB | tdbloader %6s s  %9s triples/s  RSS %5s MB | build/tdbloader triples/s %.2f | queries warm median: calls-mentioning %s ms, calls-between %s ms | calls F1 first %s, last %s | then 10 new articles added in %s s\n",
        $1, $3, $4, $5, $6, $8, $9, $10, $13, $14, $15, ($14 > 0 ? $8 / $14 : 0), $11, $12, $16, $17, $18 }' "$work/results.tsv"
  echo
  if [ -f "$work/extract.out" ]; then
    echo "Extraction on $(kv "$work/extract.out" extract.articles) articles ($(kv "$work/extract.out" extract.mb) MB):"
    echo "  diplograph  $(kv "$work/extract.out" extract.threads) threads: $(kv "$work/extract.out" extract.articles_per_s) art/s, $(kv "$work/extract.out" extract.mb_per_s) MB/s wall; $(kv "$work/extract.out" extract.mb_per_cpu_s) MB per CPU-second"
    echo "  diplograph  1 thread:  $(kv "$work/extract1.out" extract.articles_per_s) art/s, $(kv "$work/extract1.out" extract.mb_per_s) MB/s wall; $(kv "$work/extract1.out" extract.mb_per_cpu_s) MB per CPU-second"
  fi
  if [ -s "$work/corenlp.out" ]; then
    echo "  CoreNLP     $(kv "$work/corenlp.out" corenlp.articles) articles, tokenize,ssplit,ner (German CRF): $(kv "$work/corenlp.out" corenlp.articles_per_s) art/s, $(kv "$work/corenlp.out" corenlp.mb_per_s) MB/s wall; $(kv "$work/corenlp.out" corenlp.mb_per_cpu_s) MB per CPU-second"
    echo "  ratio (MB per CPU-second): $(awk -v a="$(kv "$work/extract.out" extract.mb_per_cpu_s)" -v b="$(kv "$work/corenlp.out" corenlp.mb_per_cpu_s)" 'BEGIN{printf "%.1fx", a/b}') CoreNLP; wall-clock ratio $(awk -v a="$(kv "$work/extract.out" extract.mb_per_s)" -v b="$(kv "$work/corenlp.out" corenlp.mb_per_s)" 'BEGIN{printf "%.1fx", a/b}')"
  fi
  if [ -s "$work/loadprobe.out" ]; then
    echo
    echo "Write path alone, $(kv "$work/loadprobe.out" load.quads) pre-extracted quads into a fresh TDB2 store:"
    for p in batches parallel phased sequential; do
      echo "  $p: $(kv "$work/loadprobe.out" load.$p.wall_s) s, $(kv "$work/loadprobe.out" load.$p.quads_per_s) quads/s, stored $(kv "$work/loadprobe.out" load.$p.stored)"
    done
  fi
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$work/summary.txt"

if command -v python3 >/dev/null 2>&1; then
  python3 "$here/chart.py" "$work/results.tsv" "$work/throughput.svg" && log "chart: $work/throughput.svg"
fi
