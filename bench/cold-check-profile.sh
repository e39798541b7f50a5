#!/usr/bin/env bash
# Where a cold `retort check --url` spends its time on PostgreSQL (issue 10), phase by phase, from
# the server's side. One command, from anywhere:
#
#   bench/cold-check-profile.sh
#
# Starts a throwaway PostgreSQL 15 with the settings of bench/autogen-check.sh (fsync off; PG_FSYNC=on
# for a server's defaults) that logs every statement with its duration, every connection and every
# checkpoint (log_min_duration_statement=0, log_connections, log_checkpoints); writes the schema of
# bench/autogen_schema.py (TABLES=1000) as a live database stamped at head and as a Retort project; then
# runs `bin/retort check --url <live>` RUNS times (3) with an empty snapshot cache and prints, per run, a
# timeline (ms from the process start: the server's log timestamps against the client's clock) and the
# server time of each phase: connections, CREATE DATABASE, the replay (its statements, its commits),
# the catalog queries on the scratch and on the live database, DROP DATABASE and the checkpoints.
# The harness itself is bench/cold_check_profile.py.
#
# Environment: TABLES=1000  RUNS=3  PG_FSYNC=off|on  SKIP_BUILD=1  PG_BIN=/usr/lib/postgresql/15/bin
#              RETORT_JAVA_OPTS, RETORT_DEV_URL, ... are passed to bin/retort as they are.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
source "$root/bench/build-if-needed.sh"
tables="${TABLES:-1000}"
runs="${RUNS:-3}"
fsync="${PG_FSYNC:-off}"
out="$root/bench/out/cold-profile"
mkdir -p "$out"

pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
pg_dir="$(mktemp -d /tmp/retort-cold-pg.XXXXXX)"
as_pg=()
if [[ "$(id -u)" == 0 ]]; then as_pg=(runuser -u postgres --); chown postgres "$pg_dir"; fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 >"$pg_dir/initdb.log" 2>&1
settings="-c fsync=$fsync -c max_locks_per_transaction=4096"
if [[ "$fsync" == off ]]; then settings="$settings -c synchronous_commit=off -c full_page_writes=off"; fi
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 $settings -c log_min_duration_statement=0 -c log_connections=on -c log_disconnections=on -c log_checkpoints=on -c log_timezone=UTC -c log_line_prefix='%m [%p] %d '" \
  start >/dev/null
cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
psql() { "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q -X "$@"; }

dir="$out/pg-$tables"
rm -rf "$dir"
url="postgresql://postgres@127.0.0.1:$port/live_$tables"
python3 "$root/bench/autogen_schema.py" --tables "$tables" --dialect postgresql --out "$dir" \
  --retort-url "$url" --sqlalchemy-url "postgresql+psycopg2://postgres@127.0.0.1:$port/unused"
psql -d postgres -c "CREATE DATABASE live_$tables"
psql -d "live_$tables" -1 -f "$dir/live.sql"
psql -d "live_$tables" -c "VACUUM ANALYZE"
"$root/bin/retort" -c "$dir/retort/retort.toml" stamp head >/dev/null
psql -d postgres -c "CHECKPOINT"

echo "## cold \`retort check --url\`, PostgreSQL $(psql -d postgres -tA -c 'SHOW server_version'), $tables tables, fsync $fsync"
echo
echo "- commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs' || echo ' (with local changes)'); $(date -u '+%Y-%m-%d %H:%M UTC'); load at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 "$root/bench/cold_check_profile.py" --log "$pg_dir/server.log" --runs "$runs" --cache "$dir/cold-cache" \
  -- "$root/bin/retort" -c "$dir/retort/retort.toml" check --url "$url" | tee "$out/report-$tables.md"
