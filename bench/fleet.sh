#!/usr/bin/env bash
# Benchmark for issue 15 (fleets): 1,000 tenant schemas × 20 revisions on one PostgreSQL, migrated by
# `retort fleet upgrade heads` and, in the same run, by the two ways teams do it today. One command,
# from anywhere:
#
#   bench/fleet.sh
#
# What it does (see docs/benchmarks.md, "Fleets (issue 15)"):
#   1. builds Retort if needed (bench/build-if-needed.sh);
#   2. writes the project (bench/fleet_project.py): 20 revisions of a shop's tenant schema, each a
#      CREATE TABLE plus an index or an INSERT, as a Retort project and as Flyway V<n>__ scripts;
#   3. starts a throwaway PostgreSQL 15 (bench/pg-throwaway.sh: Debian's binaries, a temporary
#      folder, a free port, fsync off); stopped and removed on exit;
#   4. bench/fleet_bench.py: an untimed warm-up, then RUNS rounds, the order rotated each round, every
#      measurement on a new database whose SIZE tenant schemas the harness creates beforehand:
#        loop      `for t in $(cat tenants); do bin/retort --url '...?currentSchema=tenant_$t' upgrade heads; done`
#        flyway    Flyway 10.22.0's Java API in one JVM, a loop over the schemas (FleetFlywayLoop)
#        fleet-pN  `bin/retort fleet upgrade heads --fleet <file>` with parallel = N (left out when the
#                  build has no `fleet` command)
#      each checked afterwards (every schema complete, or the benchmark fails), then a table of
#      totals, time per tenant, CPU, server CPU, load and the ratios loop/fleet and flyway/fleet.
# Everything printed on stdout is kept in bench/out/fleet/report.md, each process's output in
# bench/out/fleet/logs/.
#
# Environment (all optional):
#   SIZE=1000 RUNS=3        tenants per measurement, rounds
#   LOOP_SIZE=<SIZE>        run the process loop on the first LOOP_SIZE tenants only and extrapolate
#                           its total from the time per tenant (the loop is ~1 s per tenant here)
#   FLYWAY_SIZE=<SIZE>      likewise for the Flyway loop (the first tenants: the catalog is smaller
#                           then, so this can only flatter Flyway)
#   PARALLEL=1,4            the fleet's `parallel` values measured
#   CONTENDERS=loop,flyway,fleet
#   WARM=3                  tenants of the untimed warm-up of each contender
#   QUIET_LOAD=1.5 QUIET_WAIT=600   before each measurement, wait for the 1-minute load to drop to
#                           QUIET_LOAD (30 s at a time; QUIET_WAIT s at most over the whole run)
#   PROFILE=1               afterwards, one more fleet run (parallel = the last PARALLEL value) with
#                           Java Flight Recorder, and its top sampled frames
#   SKIP_BUILD=1            use the jars already built
#   RETORT=<path>           the bin/retort measured (default: this checkout's), e.g. another checkout's
#                           build of a branch; the Flyway loop always runs from this checkout
#   PG_BIN=/usr/lib/postgresql/15/bin
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out/fleet"
mkdir -p "$out"
started=$(date +%s)
exec > >(tee "$out/report.md")

size="${SIZE:-1000}"
parallel="${PARALLEL:-1,4}"

# 1. Build if needed.
source "$root/bench/build-if-needed.sh"

# 2. The project.
project="$out/project"
python3 "$root/bench/fleet_project.py" --out "$project" --tenants "$size"

# 3. PostgreSQL 15 in a temporary folder (as user postgres when run as root).
pg_options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
source "$root/bench/pg-throwaway.sh"

# 4. Machine and run.
echo "## Machine and run"
echo
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
echo "- $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 3p)"
echo "- $("$pg_bin/postgres" --version), server options: $pg_options"
retort_root="$(cd "$(dirname "$(readlink -f "${RETORT:-$root/bin/retort}")")/.." && pwd)"
echo "- harness at commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'); Retort measured: $retort_root at commit $(git -C "$retort_root" rev-parse --short HEAD 2>/dev/null || echo '?'); started $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# 5. The rounds.
retort="${RETORT:-$root/bin/retort}"
python3 "$root/bench/fleet_bench.py" --root "$root" --retort "$retort" --project "$project" --port "$port" \
  --pg-bin "$pg_bin" --pg-data "$pg_dir/data" --size "$size" --loop-size "${LOOP_SIZE:-0}" --flyway-size "${FLYWAY_SIZE:-0}" \
  --runs "${RUNS:-3}" --parallel "$parallel" --contenders "${CONTENDERS:-loop,flyway,fleet}" \
  --warm "${WARM:-3}" --quiet-load "${QUIET_LOAD:-1.5}" --quiet-wait "${QUIET_WAIT:-600}" --out "$out"

# 6. Optionally, where a fleet run spends its time: JFR's execution samples, top frames.
if [[ "${PROFILE:-0}" == 1 ]] && "$retort" --help | grep -qE '^ +fleet\b'; then
  p="${parallel##*,}"
  db=fleet_profile
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -X -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  seq 1 "$size" | sed 's/^/CREATE SCHEMA tenant_/; s/$/;/' | "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -X -d "$db"
  cat >"$out/fleet-profile.toml" <<EOF
[fleet]
parallel = $p
[[fleet.generate]]
names_file = "$project/tenants.txt"
url = "postgresql://postgres@127.0.0.1:$port/$db"
schema = "tenant_{name}"
EOF
  echo "== profile: one fleet run (parallel = $p) with JFR" >&2
  (cd "$project/retort" && RETORT_JAVA_OPTS="-XX:StartFlightRecording=filename=$out/fleet.jfr,settings=profile" \
    "$retort" fleet upgrade heads --fleet "$out/fleet-profile.toml" >"$out/logs/profile.log" 2>&1)
  echo
  echo "### Where a fleet run spends its time (JFR execution samples, parallel = $p)"
  echo
  python3 "$root/bench/jfr_top.py" "$out/fleet.jfr"
fi
echo
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg); total benchmark time $(( $(date +%s) - started )) s"
