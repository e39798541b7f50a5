#!/usr/bin/env bash
# Benchmark for issue 9 (item 14): `bin/retort lint` on ONE revision whose upgrade holds many
# statements (100,000 INSERTs after a CREATE TABLE), as a whole process. Lint used to be
# quadratic in the statements of one file (RT206 rebuilt the "created so far" set from the first
# statement for every statement); this case guards the one-pass version. Not a test: it prints
# figures (see docs/benchmarks.md, "Lint on one large revision (issue 9)"). One command:
#
#   bench/lint-inserts.sh
#
# Environment (all optional):
#   SKIP_BUILD=1     use the jars already built, even if sources are newer
#   STATEMENTS=100000   INSERT statements in the one revision   RUNS=3 (after one warm-up run)
#   RETORT=path      the retort launcher to time (default: bin/retort of this checkout), e.g. the
#                    bin/retort of an older build to measure "before"
# The script prints the load average at start and end: figures taken on a busy machine say so.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
statements="${STATEMENTS:-100000}"
runs="${RUNS:-3}"
retort="${RETORT:-bin/retort}"
mkdir -p "$out"

if [[ -z "${RETORT:-}" ]]; then
  source "$root/bench/build-if-needed.sh"
fi

echo "- $(nproc) CPUs, $(java -version 2>&1 | head -1), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

project="$out/lint-inserts-$statements"
if [[ ! -f "$project/retort.toml" ]]; then
  mkdir -p "$project/migrations/versions"
  printf 'script_location = "migrations"\nurl = "postgresql://localhost/bench"\n' >"$project/retort.toml"
  python3 - "$project/migrations/versions/aaaa00000001_bulk_load.sql" "$statements" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w") as f:
    f.write("-- Revision: aaaa00000001\n-- Revises:\n-- Message: bulk load\n\n-- +upgrade\n")
    f.write("CREATE TABLE readings (id bigint PRIMARY KEY, sensor text NOT NULL, value numeric(10, 3));\n")
    for i in range(n):
        f.write(f"INSERT INTO readings (id, sensor, value) VALUES ({i}, 'sensor-{i % 97}', {i % 1000}.5);\n")
    f.write("\n-- +downgrade\nDROP TABLE IF EXISTS readings;\n")
PY
fi

python3 - "$retort" "$project" "$runs" <<'PY'
import json, statistics, subprocess, sys, time
retort, project, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
cmd = [retort, "-c", project + "/retort.toml", "lint", "--format", "json"]
first = subprocess.run(cmd, capture_output=True, text=True)  # warm-up (page cache, class-data archive)
print(f"- lint exit code {first.returncode}, {len(json.loads(first.stdout))} findings")
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"- `{retort} lint` wall time over {runs} runs: median {statistics.median(times):.2f} s,"
      f" min {min(times):.2f} s, max {max(times):.2f} s")
PY
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
