#!/usr/bin/env bash
# Runs a command (normally ./hadath or java ...) and reports where its CPU time went, per JVM
# thread group (workers, writer, reader/main, C2/C1 compiler, GC, other), from
# /proc/<pid>/task/*/stat sampled every 0.2 s (the last sample of each thread is kept, so a
# thread that exits early still counts up to its last sample). Linux only.
#
#   scripts/thread-cpu.sh ./hadath batch --threads 2 --in big.jsonl --out /tmp/out.jsonl
#
# Prints wall seconds, the load average before and after, and CPU seconds (user+sys) per group.
set -uo pipefail
tck=$(getconf CLK_TCK)
declare -A last
load0=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(date +%s%N)
"$@" &
shell=$!
# ./hadath execs java, so the pid stays the same; a wrapper that forks is followed to its child
pid=$shell
sleep 0.3
for c in $(pgrep -P "$shell" 2>/dev/null); do pid=$c; done
while kill -0 "$shell" 2>/dev/null; do
  for st in /proc/"$pid"/task/*/stat; do
    line=$(cat "$st" 2>/dev/null) || continue
    tid=${st#/proc/$pid/task/}; tid=${tid%/stat}
    name=${line#*(}; name=${name%)*}
    rest=${line##*) }
    read -r -a f <<< "$rest"
    # fields after the name: state is f[0]; utime is field 14 overall = f[11], stime f[12]
    last[$tid]="$name|$(( f[11] + f[12] ))"
  done
  sleep 0.2
done
wait "$shell"; status=$?
t1=$(date +%s%N)
load1=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A group
for tid in "${!last[@]}"; do
  name=${last[$tid]%|*}; ticks=${last[$tid]##*|}
  case "$name" in
    hadath-batch-w*) g=writer ;;
    hadath-batch-*) g=workers ;;
    C2*) g=C2-compiler ;;
    C1*) g=C1-compiler ;;
    GC*|G1*|"VM Thread"|"VM Periodic"*) g=GC+VM ;;
    java|main) g=main/reader ;;
    *) g=other ;;
  esac
  group[$g]=$(( ${group[$g]:-0} + ticks ))
done
total=0
for g in "${!group[@]}"; do total=$(( total + group[$g] )); done
wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", (b-a)/1e9}')
echo "exit $status, wall ${wall} s, load average before [$load0] after [$load1]" >&2
for g in "${!group[@]}"; do
  awk -v g="$g" -v t="${group[$g]}" -v h="$tck" 'BEGIN{printf "  %-12s %7.1f CPU-s\n", g, t/h}'
done | sort -k2 -n -r >&2
awk -v t="$total" -v h="$tck" -v w="$wall" 'BEGIN{printf "  %-12s %7.1f CPU-s (%.2f cores on average)\n", "total", t/h, t/h/w}' >&2
exit $status
