#!/usr/bin/env bash
# Benchmark for issue 5: `bin/retort lint` (graph, content and SQL rules; no database) on a
# synthetic history of 10k revisions, as a whole process. Not a test: it prints figures
# (see docs/benchmarks.md, "Lint (issue 5)"). One command, from anywhere:
#
#   bench/lint.sh
#
# Environment (all optional):
#   SKIP_BUILD=1          use the jars already built, even if sources are newer
#   SIZE=10000            revisions   SHAPE=linear|branchy   RUNS=5 (after one warm-up run)
# Figures are only meaningful on a quiet machine: the script prints the load average and warns
# when the 1-minute load is 2 or more. Generated histories are cached in bench/out/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
size="${SIZE:-10000}"
shape="${SHAPE:-linear}"
runs="${RUNS:-5}"
mkdir -p "$out"

source "$root/bench/build-if-needed.sh"

load1=$(cut -d' ' -f1 /proc/loadavg)
echo "- $(nproc) CPUs, $(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk -v l="$load1" 'BEGIN { exit !(l >= 2) }'; then
  echo "- WARNING: 1-minute load $load1 >= 2: the machine is busy, the figures below are not representative" >&2
fi

project="$out/lint-$shape-$size"
java -cp "retort-bench/target/retort-bench.jar:retort-bench/target/lib/*" dev.retort.bench.HistoryGenerator \
  "$shape" "$size" "$project" --no-alembic >&2

# One run to show the findings summary (and to write the class-data archive of bin/retort).
set +e
bin/retort -c "$project/retort.toml" lint --format json >"$out/lint-findings.json"
status=$?
set -e
echo "- lint exit code $status, $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$out/lint-findings.json") findings on $size $shape revisions"

python3 - "$project" "$runs" <<'PY'
import statistics, subprocess, sys, time
project, runs = sys.argv[1], int(sys.argv[2])
cmd = ["bin/retort", "-c", project + "/retort.toml", "lint", "--format", "json"]
subprocess.run(cmd, stdout=subprocess.DEVNULL)  # warm-up (page cache)
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"- `retort lint` wall time over {runs} runs: median {statistics.median(times):.2f} s,"
      f" min {min(times):.2f} s, max {max(times):.2f} s")
PY
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
