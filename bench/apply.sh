#!/usr/bin/env bash
# Benchmark for issue 3: applying revisions. One command, from anywhere:
#
#   bench/apply.sh
#
# In one run, each measurement on a fresh database (see docs/benchmarks.md, "Applying revisions"):
#   1. 1,000 revisions (one CREATE TABLE each) on SQLite, PostgreSQL and MariaDB: the plain JDBC floor,
#      Retort in-process and as `bin/retort upgrade head`, `alembic upgrade head` (not on MariaDB),
#      Flyway (Java API, with flyway-mysql on MariaDB); 5 runs each, round robin, medians and ratios;
#   2. 10,000 revisions on a fresh PostgreSQL: `bin/retort upgrade head`, then Alembic's default;
#   3. `bin/retort current` / `status` as whole processes at 1k/2k/5k/10k revisions (SQLite and
#      PostgreSQL), `alembic current` for comparison;
#   4. a wall-clock profile of Retort against the floor (every JDBC call timed, the rest is Java).
# PostgreSQL is Debian's PostgreSQL 15 (/usr/lib/postgresql/15/bin) when present, started here on a
# new data directory with default settings; otherwise an embedded one (io.zonky.test), set back to
# the server defaults. Everything printed on stdout is kept in bench/out/apply-report.md.
#
# Environment (all optional):
#   SKIP_BUILD=1            use the jars already built
#   SIZE=1000 RUNS=5        the apply block
#   BIG=10000               the large history (block 2, and the largest read size)
#   READ_SIZES=1000,2000,5000,10000  READ_RUNS=5
#   PARTS=apply,big,read,profile  which blocks to run (profile: ApplyProfile, JDBC calls timed)
#   PROFILE_SIZE=500 PROFILE_ROUNDS=3
#   QUIET_LOAD=1.5 QUIET_WAIT=600    before each block, wait for the 1-min load to drop to QUIET_LOAD
#                           (30 s at a time; QUIET_WAIT s at most over the whole run)
#   ALEMBIC_TIMEOUT=180     cap for Alembic's 10k upgrade
#   ALEMBIC_VENV=<dir>      a venv with alembic 1.20, SQLAlchemy 2.0.54 and psycopg2 (default:
#                           /opt/alembic-venv if it has psycopg2, else bench/out/apply-venv, made from
#                           the local wheel mirror /opt/pypi/files)
#   MARIADB=0               leave out the MariaDB column (it is left out anyway without mariadbd;
#                           scripts/install-mariadb.sh installs Debian's mariadb-server)
#   PG_BIN=<dir>            PostgreSQL binaries (default /usr/lib/postgresql/15/bin); EMBEDDED_PG=1 to
#                           use the embedded server instead
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"
started=$(date +%s)
exec > >(tee "$out/apply-report.md")

# 1. Build if needed (a missing jar, or any pom/main source newer than the jars).
source "$root/bench/build-if-needed.sh"

# 2. Alembic 1.20 with a PostgreSQL driver.
venv="${ALEMBIC_VENV:-}"
if [[ -z "$venv" ]]; then
  if [[ -x /opt/alembic-venv/bin/alembic ]] && /opt/alembic-venv/bin/python -c 'import psycopg2' 2>/dev/null; then
    venv=/opt/alembic-venv
  else
    venv="$out/apply-venv"
  fi
fi
if ! "$venv/bin/python" -c 'import alembic, sqlalchemy' 2>/dev/null; then
  echo "== creating $venv with alembic 1.20 from /opt/pypi/files" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --no-index --find-links /opt/pypi/files "alembic==1.20.*" "sqlalchemy==2.0.54" >&2
fi
if ! "$venv/bin/python" -c 'import psycopg2' 2>/dev/null; then
  "$venv/bin/pip" install -q --no-index --find-links /opt/pypi/files psycopg2-binary >&2 || true
fi
alembic_pg=false
if "$venv/bin/python" -c 'import psycopg2' 2>/dev/null; then alembic_pg=true; fi

# 3. PostgreSQL: Debian's, on a new data directory, default settings (only the port, the socket
#    directory and listen_addresses are set); stopped on exit.
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
pg_arg=()
if [[ -x "$pg_bin/postgres" && "${EMBEDDED_PG:-0}" != 1 ]]; then
  pg_dir="$out/apply-pg"
  as_pg=()
  if [[ "$(id -u)" == 0 ]]; then as_pg=(runuser -u postgres --); fi   # the server refuses to run as root
  if [[ -f "$pg_dir/data/postmaster.pid" ]]; then "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$pg_dir"
  mkdir -p "$pg_dir"
  if [[ "$(id -u)" == 0 ]]; then chown postgres "$pg_dir"; fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "== initdb + start PostgreSQL ($pg_bin) on port $port" >&2
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 >"$pg_dir/initdb.log" 2>&1
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1" start >&2
  stop_pg() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; }
  pg_arg=(--pg "127.0.0.1:$port:postgres")
fi

# 3b. MariaDB for the apply block's MariaDB column: Debian's mariadb-server on a new data directory with
#     the server's built-in defaults (--no-defaults; only the port, socket, bind address and user are
#     set); stopped on exit. Without mariadbd, or with MARIADB=0, the column is left out.
mariadb_arg=()
mariadbd_bin="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
install_db_bin="$(command -v mariadb-install-db || echo /usr/bin/mariadb-install-db)"
if [[ "${MARIADB:-1}" != 0 && -x "$mariadbd_bin" && -x "$install_db_bin" ]]; then
  mdb_dir="$out/apply-mariadb"
  rm -rf "$mdb_dir"
  mkdir -p "$mdb_dir"
  mdb_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "== mariadb-install-db + start MariaDB ($mariadbd_bin) on port $mdb_port" >&2
  "$install_db_bin" --no-defaults --datadir="$mdb_dir/data" --auth-root-authentication-method=normal --skip-test-db \
    --user="$(id -un)" >"$mdb_dir/install.log" 2>&1
  "$mariadbd_bin" --no-defaults --datadir="$mdb_dir/data" --socket="$mdb_dir/mariadb.sock" --port="$mdb_port" \
    --bind-address=127.0.0.1 --user="$(id -un)" --log-error="$mdb_dir/error.log" >"$mdb_dir/server.out" 2>&1 &
  mdb_pid=$!
  stop_mariadb() { kill "$mdb_pid" 2>/dev/null && wait "$mdb_pid" 2>/dev/null || true; }
  for _ in $(seq 1 600); do
    if python3 -c "import socket; socket.create_connection(('127.0.0.1', $mdb_port), 1)" 2>/dev/null; then break; fi
    if ! kill -0 "$mdb_pid" 2>/dev/null; then echo "MariaDB did not start; see $mdb_dir/error.log" >&2; exit 1; fi
    sleep 0.1
  done
  mariadb_arg=(--mariadb "127.0.0.1:$mdb_port:root")
fi
cleanup() {
  if declare -F stop_mariadb >/dev/null; then stop_mariadb; fi
  if declare -F stop_pg >/dev/null; then stop_pg; fi
}
trap cleanup EXIT

# 4. Machine.
echo "## Machine"
echo
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr), disk: $(df -h "$out" | awk 'NR==2{print $1}')"
echo "- $(java -version 2>&1 | head -1); $(java -version 2>&1 | sed -n 3p)"
echo "- $("$venv/bin/alembic" --version), SQLAlchemy $("$venv/bin/python" -c 'import sqlalchemy; print(sqlalchemy.__version__)'), psycopg2 $("$venv/bin/python" -c 'import psycopg2; print(psycopg2.__version__)' 2>/dev/null || echo 'not installed: Alembic on SQLite only'), $("$venv/bin/python" --version)"
echo "- SQLite: sqlite-jdbc $(ls retort-bench/target/lib | sed -n 's/^sqlite-jdbc-\(.*\)\.jar$/\1/p') (Java), $("$venv/bin/python" -c 'import sqlite3; print("Python sqlite3", sqlite3.sqlite_version)'); default journal mode and synchronous"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# 5. The harness (it prints the rest of the report), then the wall-clock profile of one run.
parts="${PARTS:-apply,big,read,profile}"
harness_parts="$(tr ',' '\n' <<<"$parts" | grep -v '^profile$' | paste -sd, || true)"
cp_bench="retort-bench/target/retort-bench.jar:retort-bench/target/lib/*"
if [[ -n "$harness_parts" ]]; then
  java -Xmx2g -cp "$cp_bench" dev.retort.bench.ApplyBenchmark \
    --root "$root" --out "$out" "${pg_arg[@]}" "${mariadb_arg[@]}" \
    --alembic "$venv/bin/alembic" --alembic-pg "$alembic_pg" \
    --size "${SIZE:-1000}" --runs "${RUNS:-5}" --big "${BIG:-10000}" \
    --read-sizes "${READ_SIZES:-1000,2000,5000,10000}" --read-runs "${READ_RUNS:-5}" \
    --parts "$harness_parts" --quiet-load "${QUIET_LOAD:-1.5}" --quiet-wait "${QUIET_WAIT:-600}" \
    --alembic-timeout "${ALEMBIC_TIMEOUT:-180}"
fi
if grep -qw profile <<<"${parts//,/ }"; then
  # Where the time of one run goes: every JDBC call timed through a proxy driver (ApplyProfile).
  for kind in sqlite postgresql; do
    echo "== profile on $kind (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    java -Xmx1g -cp "$cp_bench" dev.retort.bench.ApplyProfile --kind "$kind" --out "$out" "${pg_arg[@]}" \
      --size "${PROFILE_SIZE:-500}" --rounds "${PROFILE_ROUNDS:-3}"
  done
fi
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg); total benchmark time $(( $(date +%s) - started )) s"
