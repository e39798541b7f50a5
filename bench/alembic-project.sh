#!/usr/bin/env bash
# Benchmark for issue 14: Retort on an unchanged Alembic project of 10,000 revisions (the seven real-world
# graphs laid end to end in their own header styles, bench/alembic_project.py) beside Alembic 1.20 on the
# same files, as whole processes, in one run: `retort -c alembic.ini heads`, `retort -c alembic.ini lint`
# and `alembic heads` (Alembic's best case: the .pyc cache warm from the warm-up run). Each round runs the
# three commands in turn, the order rotating from round to round, so a change in load hits all three.
# Not a test: it prints figures (docs/benchmarks.md, "Alembic projects as they are (issue 14)").
# One command, from anywhere:
#
#   bench/alembic-project.sh
#
# Environment (all optional):
#   SKIP_BUILD=1   use the jars already built, even if sources are newer
#   SIZE=10000     revisions     RUNS=5 rounds after one warm-up round
# Figures are only meaningful on a quiet machine: the load average is printed at start and end, with a
# warning when the 1-minute load is 2 or more. The project is cached in bench/out/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
size="${SIZE:-10000}"
runs="${RUNS:-5}"
mkdir -p "$out"

source "$root/bench/build-if-needed.sh"
source "$root/compat/alembic-venv.sh"
if [[ -z "$venv" ]]; then
  echo "no alembic-1.20*.whl on this machine: cannot time Alembic" >&2
  exit 1
fi

project="$out/alembic-project-$size"
if [[ ! -f "$project/alembic.ini" ]]; then
  python3 bench/alembic_project.py --size "$size" --out "$project" >&2
fi

load1=$(cut -d' ' -f1 /proc/loadavg)
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(uname -sr)"
echo "- $(java -version 2>&1 | head -1); Alembic $("$venv/bin/python" -c 'import alembic; print(alembic.__version__)'),"\
  "SQLAlchemy $("$venv/bin/python" -c 'import sqlalchemy; print(sqlalchemy.__version__)'), $("$venv/bin/python" --version)"
echo "- project: $(python3 bench/alembic_project.py --size "$size" --out /dev/null --describe)"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if awk -v l="$load1" 'BEGIN { exit !(l >= 2) }'; then
  echo "- WARNING: 1-minute load $load1 >= 2: the machine is busy, the figures below are not representative" >&2
fi

# bin/retort writes its class-data archive on the first run after a build: let that be a `heads`.
rm -f retort-cli/target/retort.jsa
bin/retort -c "$project/alembic.ini" heads >/dev/null

python3 - "$project" "$runs" "$venv/bin/alembic" <<'PY'
import statistics, subprocess, sys, time
project, runs, alembic = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ini = project + "/alembic.ini"
commands = {
    "`retort -c alembic.ini heads`": ["bin/retort", "-c", ini, "heads"],
    "`retort -c alembic.ini lint`": ["bin/retort", "-c", ini, "lint", "--format", "json"],
    "`alembic heads` (.pyc warm)": [alembic, "-c", ini, "heads"],
}
names = list(commands)
times = {name: [] for name in names}
statuses = {}
for round_ in range(runs + 1):  # round 0 warms the page and .pyc caches and is not counted
    for k in range(len(names)):
        name = names[(round_ + k) % len(names)]
        start = time.perf_counter()
        p = subprocess.run(commands[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        statuses[name] = p.returncode
        if round_:
            times[name].append(elapsed)
alembic_median = statistics.median(times[names[2]])
print()
print("| command | median | min | max | exit | Alembic heads / this |")
print("|---|---|---|---|---|---|")
for name in names:
    t = times[name]
    print(f"| {name} | {statistics.median(t):.2f} s | {min(t):.2f} s | {max(t):.2f} s | {statuses[name]} |"
          f" {alembic_median / statistics.median(t):.1f}× |")
print()
print(f"- {runs} rounds after one warm-up round, the three commands in rotating order within each round")
PY
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
