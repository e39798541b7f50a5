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
# With COMPARE_WITH=<another checkout, built> (e.g. a worktree of main), the same cold check then runs
# with this build and that one in turn (RUNS each, after a warm-up), on PostgreSQL (without statement
# logging) and on SQLite (SQLITE_SIZE tables, 1000; 0 skips it), and the medians are printed: a
# before/after under the same load.
#
# Environment: TABLES=1000  RUNS=3  PG_FSYNC=off|on  SKIP_BUILD=1  PG_BIN=/usr/lib/postgresql/15/bin
#              COMPARE_WITH=  SQLITE_SIZE=1000
#              PROFILE_RETORT=<another checkout>/bin/retort profiles that build instead (a "before")
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

pg_options="-c fsync=$fsync -c max_locks_per_transaction=4096"
if [[ "$fsync" == off ]]; then pg_options="$pg_options -c synchronous_commit=off -c full_page_writes=off"; fi
pg_options="$pg_options -c log_min_duration_statement=0 -c log_connections=on -c log_disconnections=on"
pg_options="$pg_options -c log_checkpoints=on -c log_timezone=UTC -c log_line_prefix='%m [%p] %d '"
source "$root/bench/pg-throwaway.sh"

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
  -- "${PROFILE_RETORT:-$root/bin/retort}" -c "$dir/retort/retort.toml" check --url "$url" | tee "$out/report-$tables.md"

if [[ -n "${COMPARE_WITH:-}" ]]; then
  other="$(cd "$COMPARE_WITH" && pwd)/bin/retort"
  psql -d postgres -c "ALTER SYSTEM SET log_min_duration_statement = -1" -c "SELECT pg_reload_conf()" >/dev/null
  echo "## this build against $COMPARE_WITH ($(git -C "$COMPARE_WITH" rev-parse --short HEAD)), cold cache"
  echo
  echo "### PostgreSQL, $tables tables (no statement logging)"
  echo
  python3 "$root/bench/cold_check_profile.py" --ab "$other" --runs "$runs" --cache "$dir/ab-cache" \
    -- "$root/bin/retort" -c "$dir/retort/retort.toml" check --url "$url" | tee -a "$out/report-$tables.md"
  sqlite_size="${SQLITE_SIZE:-1000}"
  if (( sqlite_size > 0 )); then
    sdir="$out/sqlite-$sqlite_size"
    rm -rf "$sdir"
    mkdir -p "$sdir"
    python3 "$root/bench/autogen_schema.py" --tables "$sqlite_size" --dialect sqlite --out "$sdir" \
      --retort-url "sqlite:///$sdir/live.db" --sqlalchemy-url "sqlite:///$sdir/unused.db"
    python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(open(sys.argv[2]).read()); c.close()' \
      "$sdir/live.db" "$sdir/live.sql"
    "$root/bin/retort" -c "$sdir/retort/retort.toml" stamp head >/dev/null
    echo "### SQLite, $sqlite_size tables"
    echo
    python3 "$root/bench/cold_check_profile.py" --ab "$other" --runs "$runs" --cache "$sdir/ab-cache" \
      -- "$root/bin/retort" -c "$sdir/retort/retort.toml" check --url "sqlite:///$sdir/live.db" | tee -a "$out/report-$tables.md"
  fi
fi
