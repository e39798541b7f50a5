#!/usr/bin/env bash
# Benchmark for issue 10 ("Speed"): `retort check` beside `alembic check` (Alembic 1.20) on schemas
# of 1,000 and 5,000 tables. One command, from anywhere:
#
#   bench/autogen-check.sh
#
# What it does (see docs/benchmarks.md, "Autogenerate and check"):
#   1. builds Retort if needed; makes a venv with alembic 1.20, SQLAlchemy 2.0.54 and psycopg2 from
#      the local wheels (/opt/pypi/files);
#   2. starts a throwaway PostgreSQL 15 (Debian's binaries) in a temporary folder, on a free port,
#      fsync off, max_locks_per_transaction=4096 (the single revision and live.sql create all N tables
#      in one transaction); stopped and removed on exit;
#   3. per size N: writes the schema (bench/autogen_schema.py: N tables of 5 columns, one index and
#      one foreign key each) as SQL, as a Retort project and as an Alembic project; applies it to a
#      database, copies that database once per tool (CREATE DATABASE ... TEMPLATE), stamps each
#      copy at its tool's head and checks that both tools find no difference;
#   4. times whole processes (bench/timecmd.py: median, min–max, CPU): `alembic check`, and
#      `bin/retort check --url` cold (empty snapshot cache, RETORT_CACHE_DIR) and warm (cache
#      filled); the same on SQLite at SQLITE_SIZE tables;
#   5. the in-process figures (dev.retort.bench.AutogenCheckBenchmark): catalog queries alone
#      against reflect + SchemaDiff.between, and the largest compare under -Xmx256m.
# Everything printed on stdout is kept in bench/out/autogen/report.md.
#
# Environment (all optional):
#   SIZES=1000,5000      PostgreSQL sizes (empty: none)         SQLITE_SIZE=1000 (0: skip SQLite)
#   RUNS=5               timed runs per row (after one warm-up run)
#   ALEMBIC_BIG_RUNS=3   timed runs of `alembic check` at sizes over 2,000 (one takes ~30 s)
#   IN_PROCESS_ROUNDS=7  rounds of the in-process harness
#   HEAP=256m            the heap of the memory run (largest size)
#   ALEMBIC=0            leave out the `alembic check` timings (e.g. to re-measure Retort alone)
#   SKIP_BUILD=1         use the jars already built
#   PG_BIN=/usr/lib/postgresql/15/bin
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out/autogen"
mkdir -p "$out"
started=$(date +%s)
exec > >(tee "$out/report.md")

sizes="${SIZES-1000,5000}"   # SIZES= (empty): no PostgreSQL sizes
sqlite_size="${SQLITE_SIZE:-1000}"
runs="${RUNS:-5}"
big_runs="${ALEMBIC_BIG_RUNS:-3}"
rounds="${IN_PROCESS_ROUNDS:-7}"
heap="${HEAP:-256m}"

# 1. Build and the Alembic venv.
source "$root/bench/build-if-needed.sh"
venv="$root/bench/out/autogen-venv"
if ! "$venv/bin/python" -c 'import alembic, sqlalchemy, psycopg2' 2>/dev/null; then
  echo "== creating $venv with alembic 1.20 from /opt/pypi/files" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --no-index --find-links /opt/pypi/files "alembic==1.20.*" "sqlalchemy==2.0.54" psycopg2-binary >&2
fi
alembic="$venv/bin/alembic"
time_alembic="${ALEMBIC:-1}"
retort="$root/bin/retort"
cp_bench="retort-bench/target/retort-bench.jar:retort-bench/target/lib/*"
has_check=0
if "$retort" --help 2>&1 | grep -qE '^ +check\b'; then has_check=1; fi

# 2. PostgreSQL 15 in a temporary folder; the server refuses to run as root, so as user postgres then.
pg_options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_locks_per_transaction=4096"
source "$root/bench/pg-throwaway.sh"
pg_retort() { echo "postgresql://postgres@127.0.0.1:$port/$1"; }
pg_sa() { echo "postgresql+psycopg2://postgres@127.0.0.1:$port/$1"; }

# Times one command; prints a table row "| label | median [min–max] | cpu |" and keeps the JSON.
row() {
  local label="$1" n="$2" file="$3"; shift 3
  echo "== timing: $label (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  if python3 "$root/bench/timecmd.py" --no-hyperfine --warmup 1 --runs "$n" "$@" >"$file" 2>"$file.err"; then
    python3 - "$label" "$file" <<'PY'
import json, sys
r = json.load(open(sys.argv[2]))
f = lambda s: f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"
print(f"| {sys.argv[1]} | {f(r['median'])} | {f(r['min'])}–{f(r['max'])} | {r['runs']} | {f(r['cpu'])} |")
PY
  else
    echo "| $label | failed (see $file.err) | | | |"
  fi
}

# 3. Machine.
echo "## Machine and run"
echo
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
echo "- $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 3p)"
echo "- $("$alembic" --version), SQLAlchemy $("$venv/bin/python" -c 'import sqlalchemy; print(sqlalchemy.__version__)'), psycopg2 $("$venv/bin/python" -c 'import psycopg2; print(psycopg2.__version__.split()[0])'), $("$venv/bin/python" --version)"
echo "- PostgreSQL $(psql -d postgres -tA -c 'SHOW server_version'), fsync off, max_locks_per_transaction 4096 (one revision creates every table in one transaction), on 127.0.0.1 (TCP)"
echo "- commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs' || echo ' (with local changes)'); \`retort check\` $( ((has_check)) && echo present || echo 'NOT in this build: Retort whole-process rows not measured')"
echo "- $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

results=()

# 4. PostgreSQL, per size.
IFS=',' read -ra size_list <<<"$sizes"
largest=0
for n in "${size_list[@]}"; do
  dir="$out/pg-$n"
  rm -rf "$dir"
  python3 "$root/bench/autogen_schema.py" --tables "$n" --dialect postgresql --out "$dir" \
    --retort-url "$(pg_retort "retort_$n")" --sqlalchemy-url "$(pg_sa "alembic_$n")"
  echo "== applying $n tables to PostgreSQL" >&2
  for db in base retort alembic desired; do psql -d postgres -c "DROP DATABASE IF EXISTS ${db}_$n"; done
  psql -d postgres -c "CREATE DATABASE base_$n"
  psql -d "base_$n" -1 -f "$dir/live.sql"
  psql -d "base_$n" -c "VACUUM ANALYZE"
  for db in retort alembic desired; do psql -d postgres -c "CREATE DATABASE ${db}_$n TEMPLATE base_$n"; done
  (cd "$dir/alembic" && "$alembic" -c alembic.ini stamp head >/dev/null 2>&1)
  "$retort" -c "$dir/retort/retort.toml" stamp head >/dev/null
  (( n > largest )) && largest=$n

  echo "### PostgreSQL, $n tables"
  echo
  if (cd "$dir/alembic" && "$alembic" -c alembic.ini check >"$dir/alembic-check.txt" 2>&1); then
    echo "- \`alembic check\`: $(tail -1 "$dir/alembic-check.txt")"
  else
    echo "- \`alembic check\` FAILED or found differences: $(tail -3 "$dir/alembic-check.txt" | tr '\n' ' ' | cut -c1-400)"
  fi
  if ((has_check)); then
    if RETORT_CACHE_DIR="$dir/cache" "$retort" -c "$dir/retort/retort.toml" check --url "$(pg_retort "retort_$n")" >"$dir/retort-check.txt" 2>&1; then
      echo "- \`retort check --url\`: $(tail -1 "$dir/retort-check.txt")"
    else
      echo "- \`retort check --url\` FAILED or found differences: $(tail -3 "$dir/retort-check.txt" | tr '\n' ' ' | cut -c1-400)"
    fi
  fi
  echo
  echo "| tool (whole process) | median | min–max | runs | cpu (user+sys) |"
  echo "|---|---:|---:|---:|---:|"
  a_runs=$runs
  (( n > 2000 )) && a_runs=$big_runs
  # Alembic's best case: its bytecode cache on (models.py compiled once, by the warm-up run).
  if [[ "$time_alembic" == 1 ]]; then
    row "\`alembic check\`" "$a_runs" "$dir/t-alembic.json" --unset PYTHONDONTWRITEBYTECODE -- \
      "$alembic" -c "$dir/alembic/alembic.ini" check
  fi
  if ((has_check)); then
    url="$(pg_retort "retort_$n")"
    row "\`retort check --url\`, cold (empty snapshot cache)" "$runs" "$dir/t-retort-cold.json" -- \
      bash -c 'rm -rf "$0/cold-cache" && RETORT_CACHE_DIR="$0/cold-cache" exec "$1" -c "$0/retort/retort.toml" check --url "$2"' \
      "$dir" "$retort" "$url"
    RETORT_CACHE_DIR="$dir/warm-cache" "$retort" -c "$dir/retort/retort.toml" check --url "$url" >/dev/null 2>&1 || true
    row "\`retort check --url\`, warm (snapshot cache filled)" "$runs" "$dir/t-retort-warm.json" \
      --env "RETORT_CACHE_DIR=$dir/warm-cache" -- "$retort" -c "$dir/retort/retort.toml" check --url "$url"
  else
    echo "| \`retort check --url\` cold / warm | not measured: \`retort check\` is not in this build | | | |"
  fi
  echo
  echo "In process (\`AutogenCheckBenchmark\`, default heap, $rounds rounds, load $(cut -d' ' -f1 /proc/loadavg)):"
  echo
  java -XX:+UseSerialGC -cp "$cp_bench" dev.retort.bench.AutogenCheckBenchmark \
    --live "$(pg_retort "retort_$n")" --desired "$(pg_retort "desired_$n")" --rounds "$rounds" 2>>"$out/harness.err" | grep -v '^RESULT'
  echo
done

# 5. Memory: the largest size under -Xmx$heap, in process and (if present) as `retort check`.
if (( largest > 0 )); then
  echo "### Memory, $largest tables, -Xmx$heap"
  echo
  echo "- in process: $(java -XX:+UseSerialGC "-Xmx$heap" -cp "$cp_bench" dev.retort.bench.AutogenCheckBenchmark --heap \
    --live "$(pg_retort "retort_$largest")" --desired "$(pg_retort "desired_$largest")" 2>>"$out/harness.err" | grep '^heap:' | sed 's/^heap: //')"
  if ((has_check)); then
    dir="$out/pg-$largest"
    if RETORT_JAVA_OPTS="-Xmx$heap" RETORT_CACHE_DIR="$dir/heap-cache" /usr/bin/time -f '%M' -o "$dir/heap-rss.txt" \
        "$retort" -c "$dir/retort/retort.toml" check --url "$(pg_retort "retort_$largest")" >"$dir/heap-check.txt" 2>&1; then
      echo "- \`RETORT_JAVA_OPTS=-Xmx$heap bin/retort check --url\`, cold cache: finished, exit 0, peak RSS $(( $(cat "$dir/heap-rss.txt") / 1024 )) MB"
    else
      echo "- \`RETORT_JAVA_OPTS=-Xmx$heap bin/retort check --url\`, cold cache: FAILED: $(tail -3 "$dir/heap-check.txt" | tr '\n' ' ' | cut -c1-400)"
    fi
  fi
  echo
fi

# 6. SQLite.
if (( sqlite_size > 0 )); then
  n=$sqlite_size
  dir="$out/sqlite-$n"
  rm -rf "$dir"
  mkdir -p "$dir"
  python3 "$root/bench/autogen_schema.py" --tables "$n" --dialect sqlite --out "$dir" \
    --retort-url "sqlite:///$dir/retort.db" --sqlalchemy-url "sqlite:///$dir/alembic.db"
  python3 - "$dir" <<'PY'
import shutil, sqlite3, sys
d = sys.argv[1]
con = sqlite3.connect(f"{d}/base.db")
con.executescript(open(f"{d}/live.sql").read())
con.close()
for name in ("retort", "alembic", "desired"):
    shutil.copyfile(f"{d}/base.db", f"{d}/{name}.db")
PY
  (cd "$dir/alembic" && "$alembic" -c alembic.ini stamp head >/dev/null 2>&1)
  "$retort" -c "$dir/retort/retort.toml" stamp head >/dev/null
  echo "### SQLite, $n tables"
  echo
  if (cd "$dir/alembic" && "$alembic" -c alembic.ini check >"$dir/alembic-check.txt" 2>&1); then
    echo "- \`alembic check\`: $(tail -1 "$dir/alembic-check.txt")"
  else
    echo "- \`alembic check\` FAILED or found differences: $(tail -3 "$dir/alembic-check.txt" | tr '\n' ' ' | cut -c1-400)"
  fi
  if ((has_check)); then
    if RETORT_CACHE_DIR="$dir/cache" "$retort" -c "$dir/retort/retort.toml" check --url "sqlite:///$dir/retort.db" >"$dir/retort-check.txt" 2>&1; then
      echo "- \`retort check --url\`: $(tail -1 "$dir/retort-check.txt")"
    else
      echo "- \`retort check --url\` FAILED or found differences: $(tail -3 "$dir/retort-check.txt" | tr '\n' ' ' | cut -c1-400)"
    fi
  fi
  echo
  echo "| tool (whole process) | median | min–max | runs | cpu (user+sys) |"
  echo "|---|---:|---:|---:|---:|"
  if [[ "$time_alembic" == 1 ]]; then
    row "\`alembic check\`" "$runs" "$dir/t-alembic.json" --unset PYTHONDONTWRITEBYTECODE -- \
      "$alembic" -c "$dir/alembic/alembic.ini" check
  fi
  if ((has_check)); then
    url="sqlite:///$dir/retort.db"
    row "\`retort check --url\`, cold (empty snapshot cache)" "$runs" "$dir/t-retort-cold.json" -- \
      bash -c 'rm -rf "$0/cold-cache" && RETORT_CACHE_DIR="$0/cold-cache" exec "$1" -c "$0/retort/retort.toml" check --url "$2"' \
      "$dir" "$retort" "$url"
    RETORT_CACHE_DIR="$dir/warm-cache" "$retort" -c "$dir/retort/retort.toml" check --url "$url" >/dev/null 2>&1 || true
    row "\`retort check --url\`, warm (snapshot cache filled)" "$runs" "$dir/t-retort-warm.json" \
      --env "RETORT_CACHE_DIR=$dir/warm-cache" -- "$retort" -c "$dir/retort/retort.toml" check --url "$url"
  else
    echo "| \`retort check --url\` cold / warm | not measured: \`retort check\` is not in this build | | | |"
  fi
  echo
  echo "In process (\`AutogenCheckBenchmark\`, $rounds rounds):"
  echo
  java -XX:+UseSerialGC -cp "$cp_bench" dev.retort.bench.AutogenCheckBenchmark \
    --live "sqlite:///$dir/retort.db" --desired "sqlite:///$dir/desired.db" --rounds "$rounds" 2>>"$out/harness.err" | grep -v '^RESULT'
  echo
fi

echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg); total benchmark time $(( $(date +%s) - started )) s"
