#!/usr/bin/env bash
# Hadath benchmarks: builds, runs JMH (JSON to target/jmh.json), measures start-up, times the
# batch command when it exists, and draws docs/performance.png. See docs/PERFORMANCE.md.
#
#   scripts/bench.sh [--quick] [--data DIR] [JMH options...]
#
#   --quick     1 warm-up + 2 measured iterations of 1 s / 2 s (a smoke run, a few minutes)
#   --data DIR  the corpus folder (anercorp-camellab/, wikifane-gold/); default ../shared/data
#               relative to the repository; a generated corpus when absent
#   anything else is passed to JMH (e.g. a benchmark regex "StageBenchmark.ner", "-prof gc")
#
# Environment: MVN (default mvn), MVN_ARGS (e.g. -o for offline), BATCH_CMD (see below),
# SKIP_JMH=1 (keep target/jmh.json, redo start-up, batch and the report), BATCH_COPIES (how many
# times the corpus is written for the batch timing; default 2 = 500k tokens; 20 = 5M tokens, where
# JVM start-up and JIT warm-up weigh less in the 2÷1 ratio).
# Start-up is also timed with hyperfine when it is installed (apt-get install -y hyperfine).
# Outputs: target/jmh.json, target/jmh-report.md, target/startup.md, target/batch.md (when
# ./hadath batch exists), docs/performance.png.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

data="$here/../shared/data"
jmh_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) jmh_args+=(-wi 1 -w 1s -i 2 -r 2s); shift ;;
    --data) data="$2"; shift 2 ;;
    *) jmh_args+=("$1"); shift ;;
  esac
done
data="$(cd "$data" 2>/dev/null && pwd || echo "")"

echo "== build (mvn -Pbench package, tests skipped)" >&2
${MVN:-mvn} -B -q ${MVN_ARGS:-} -Pbench -DskipTests package \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
# Private copies, so that a rebuild by ./hadath (or an IDE) during the run cannot remove them.
rm -rf target/bench-classes target/bench-main-classes
cp -r target/test-classes target/bench-classes
cp -r target/classes target/bench-main-classes
cp="target/bench-classes:target/bench-main-classes:$(cat target/bench.classpath)"
props="-Dhadath.bench.data=${data} -Dhadath.bench.cache=$here/target"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
jdk="$(java -version 2>&1 | head -1)"
machine="$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs ($cpu), $jdk, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== machine: $machine" >&2
echo "== corpus: ${data:-generated}" >&2

if [ "${SKIP_JMH:-0}" = 1 ] && [ -f target/jmh.json ]; then
  echo "== JMH skipped (SKIP_JMH=1): reusing target/jmh.json" >&2
else
  echo "== JMH" >&2
  java -cp "$cp" org.openjdk.jmh.Main -rf json -rff target/jmh.json \
    -jvmArgsAppend "-Xmx1g -Xss8m $props" "${jmh_args[@]}"
fi

echo "== start-up (fresh JVM each run)" >&2
{
  echo "| measurement | runs (ms) | median (ms) |"
  echo "|---|---|---:|"
  loads=(); warm=(); heap=()
  for i in 1 2 3 4 5; do
    read -r a b c < <(java -Xss8m -cp "$cp" io.github.hadath.bench.ModelLoadTime)
    loads+=("$a"); warm+=("$b"); heap+=("$c")
  done
  med() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
  echo "| model loading, first \`Hadath.builder().build()\` in a new JVM | ${loads[*]} | $(med "${loads[@]}") |"
  echo "| a second \`build()\` in the same JVM | ${warm[*]} | $(med "${warm[@]}") |"
  echo "| heap held by one pipeline after a full GC (MB, not ms) | ${heap[*]} | $(med "${heap[@]}") |"
  runs=()
  for i in 1 2 3 4 5; do
    t0=$(date +%s%N)
    ./hadath analyze --date 2023-12-18 testdata/seed/sana-2023-12-18.txt > /dev/null
    t1=$(date +%s%N)
    runs+=("$(( (t1 - t0) / 1000000 ))")
  done
  echo "| \`./hadath analyze --date 2023-12-18 testdata/seed/sana-2023-12-18.txt\`, whole process | ${runs[*]} | $(med "${runs[@]}") |"
} > target/startup.md
if command -v hyperfine > /dev/null; then
  # hyperfine (Debian package) gives mean ± σ over more runs of the same cold-JVM command.
  hyperfine --style basic --warmup 1 --runs 10 --export-markdown target/hyperfine.md \
    './hadath analyze --date 2023-12-18 testdata/seed/sana-2023-12-18.txt' >&2
  { echo; cat target/hyperfine.md; } >> target/startup.md
fi
cat target/startup.md

# Hook for the real batch command: timed as soon as `./hadath batch` exists on this branch.
# BATCH_CMD is a template with {T} threads, {IN} input, {OUT} output.
if ./hadath --help 2>/dev/null | grep -qE '^ +batch( |$)'; then
  echo "== batch" >&2
  default_batch='./hadath batch --threads {T} --in {IN} --out {OUT}'
  tmpl="${BATCH_CMD:-$default_batch}"
  read -r ndocs ntok < <(java -cp "$cp" $props io.github.hadath.bench.WriteCorpusJsonl target/bench-corpus.jsonl "${BATCH_COPIES:-2}")
  {
    echo "| batch | documents | corpus tokens | seconds | tokens/s | CPU-s (user+sys) | max RSS (MB) | load average before |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    declare -A rate
    for t in 1 2; do
      cmd="${tmpl//\{T\}/$t}"; cmd="${cmd//\{IN\}/target/bench-corpus.jsonl}"
      cmd="${cmd//\{OUT\}/target/bench-batch-$t.jsonl}"
      rm -f "target/bench-batch-$t.jsonl"
      t0=$(date +%s%N)
      status=0
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -o "target/bench-batch-$t.rss" -f '%M %U %S' bash -c "$cmd" > /dev/null \
        2> "target/bench-batch-$t.log" || status=$?
      t1=$(date +%s%N)
      if [ "$status" != 0 ]; then
        echo "| \`$cmd\` | failed with exit status $status: see target/bench-batch-$t.log | | | | | | |"
        rate[$t]=0
        continue
      fi
      s=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", (b-a)/1e9}')
      rate[$t]=$(awk -v n="$ntok" -v s="$s" 'BEGIN{printf "%.0f", n/s}')
      rss=$(awk '/^[0-9]+ / {printf "%.0f", $1/1024}' "target/bench-batch-$t.rss")
      cpu=$(awk '/^[0-9]+ / {printf "%.1f", $2 + $3}' "target/bench-batch-$t.rss")
      echo "| \`$cmd\` | $ndocs | $ntok | $s | ${rate[$t]} | $cpu | $rss | $load |"
    done
    echo
    echo "batch 2 threads ÷ 1 thread: $(awk -v a="${rate[2]}" -v b="${rate[1]}" 'BEGIN{if (b > 0) printf "%.2f", a/b; else printf "n/a"}')× (goal ≥ 1.7×); the whole process (JVM start-up and model loading included) is timed."
  } > target/batch.md
  cat target/batch.md
else
  echo "== batch: ./hadath batch not available on this branch; only the stand-in ran" >&2
  rm -f target/batch.md
fi

echo "== report" >&2
java -Djava.awt.headless=true -cp "$cp" io.github.hadath.bench.BenchReport \
  target/jmh.json docs/performance.png target/jmh-report.md "$machine"
echo "== wrote target/jmh.json, target/jmh-report.md, docs/performance.png" >&2
