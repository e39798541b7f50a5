#!/usr/bin/env bash
# Benchmark for issue 2: load + validate + heads on synthetic histories of 1k / 10k / 100k
# revisions, in-process and as whole processes, against Alembic on the same histories.
# Not a test: it prints figures (see docs/benchmarks.md). One command, from anywhere:
#
#   bench/heads.sh
#
# Environment (all optional):
#   SKIP_BUILD=1               use the jars already built, even if sources are newer
#   SIZES="1000,10000,100000"  SHAPES="linear,branchy"  WARM_RUNS=5 (in-process warm runs)
#   ALEMBIC_100K=1             also time `alembic heads` at 100k (slow: tens of seconds per run)
#   ALEMBIC_VENV=<dir>         a venv with alembic 1.20 (default /opt/alembic-venv, else bench/.venv,
#                              created from the local wheel mirror /opt/pypi/files)
# Generated histories are cached in bench/out/ (git-ignored); delete it to regenerate.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
sizes="${SIZES:-1000,10000,100000}"
shapes="${SHAPES:-linear,branchy}"
warm_runs="${WARM_RUNS:-5}"
alembic_max=10000
if [[ "${ALEMBIC_100K:-0}" == 1 ]]; then alembic_max=100000; fi
started=$(date +%s)
mkdir -p "$out"
# Everything printed on stdout is also kept in bench/out/heads-report.md.
exec > >(tee "$out/heads-report.md")

# 1. Build if needed (a missing jar, or any pom/main source newer than the jars).
source "$root/bench/build-if-needed.sh"

# 2. Alembic 1.20 in a venv.
venv="${ALEMBIC_VENV:-}"
if [[ -z "$venv" ]]; then
  if [[ -x /opt/alembic-venv/bin/alembic ]]; then venv=/opt/alembic-venv; else venv="$root/bench/.venv"; fi
fi
if [[ ! -x "$venv/bin/alembic" ]]; then
  echo "== creating $venv with alembic 1.20 from /opt/pypi/files" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --no-index --find-links /opt/pypi/files "alembic==1.20.*" "sqlalchemy==2.0.54" >&2
fi
py="$(command -v python3 || echo "$venv/bin/python")"

# 3. Machine.
echo "## Machine"
echo
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
echo "- $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 3p)"
echo "- $("$venv/bin/alembic" --version), SQLAlchemy $("$venv/bin/python" -c 'import sqlalchemy; print(sqlalchemy.__version__)'), $("$venv/bin/python" --version)"
echo "- timer: $(command -v hyperfine >/dev/null && hyperfine --version || echo 'python time.perf_counter (hyperfine not installed)')"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# 4. Generate (cached) and run the in-process harness, one fresh JVM per case.
echo "== in-process harness (generates histories on first use)" >&2
echo "## In-process"
echo
java -cp "retort-bench/target/retort-bench.jar:retort-bench/target/lib/*" dev.retort.bench.HeadsBenchmark \
  --out "$out" --sizes "$sizes" --shapes "$shapes" --warm-runs "$warm_runs" --alembic-max-size "$alembic_max"
echo

# 5. Whole processes. bin/retort writes its class-data archive on the first run after a build;
#    make that first run a `heads` so the archive holds the classes `heads` needs.
echo "== whole-process timings" >&2
rm -f retort-cli/target/retort.jsa
first_case="$out/$(cut -d, -f1 <<<"$shapes")-$(cut -d, -f1 <<<"$sizes")"
bin/retort -c "$first_case/retort.toml" heads >/dev/null
echo "## Whole process"
echo
"$py" bench/whole_process.py --out "$out" --sizes "$sizes" --shapes "$shapes" \
  --alembic "$venv/bin/alembic" --alembic-max-size "$alembic_max"
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg); total benchmark time $(( $(date +%s) - started )) s"
