#!/usr/bin/env bash
# Benchmark for issue 16: Retort as a whole process, as users and CI run it, against Alembic 1.20,
# Flyway and the floor of the same statements sent by psql or sqlite3. One command, from anywhere:
#
#   bench/whole-process.sh
#
# In one run, the contenders of each block alternated round robin (bench/alternate.py), each run on
# a fresh database (a new PostgreSQL database, a new SQLite file; untimed):
#   1. `upgrade head` of SIZES revisions (one CREATE TABLE each, dev.retort.bench.ApplyProject) on
#      PostgreSQL (a throwaway server, fsync off: bench/pg-throwaway.sh) and SQLite: the floor
#      (psql -f / sqlite3 .read of BEGIN; CREATE TABLE; version-row INSERT or UPDATE; COMMIT per
#      revision), `bin/retort upgrade head`, `alembic upgrade head` with the env.py `alembic init`
#      writes (one transaction for the run) and with transaction_per_migration=True, and Flyway's
#      migrate as a process (dev.retort.bench.FlywayMigrate, Java API; no Flyway CLI offline);
#   2. `heads`, `current`, `status` and `lint` on READ_SIZE revisions (realistic files,
#      dev.retort.bench.HistoryGenerator) beside `alembic heads` and `alembic current` with a warm
#      bytecode cache (Alembic's best case);
#   3. (PARTS=fresh, not run by default: several minutes at 10,000) fresh databases as CI sees them:
#      `upgrade head` from empty on SIZE revisions of the same one-table project, PostgreSQL and
#      SQLite: the floor, `bin/retort upgrade head` on the full history and on copies whose whole
#      range (first revision to head) is squashed by `retort squash --concat` and by the generated
#      squash (on each database's dialect), and whose history is squashed in SQUASH_RANGES
#      consecutive ranges (--concat), beside `alembic upgrade head` (default env.py). After every
#      run the version table must hold the expected head and all SIZE tables must exist, or the
#      measurement stops (alternate.py --after). A squash applies as one revision, so one
#      transaction: its runs, and Alembic's, may fail (reported as failed, with the error). How
#      long each `retort squash` took is measured once and reported.
# Prints medians [min-max], mean CPU (user + system, children included), ratios to the floor and to
# Alembic's default, and the 1-minute load average around every block; the report is kept in
# bench/out/whole-process-report.md.
#
# Environment (all optional):
#   SIZES=100,1000,10000   upgrade sizes          ROUNDS=5 (3 at 1,000 and over 1, 1 at 10,000)
#   READ_SIZE=10000  READ_ROUNDS=10               PARTS=upgrade,read (add fresh for block 3)
#   SIZE=10000 ROUNDS=1 (fresh)   SQUASH_RANGES=4 (1: leave that contender out)   GENERATED=0 (no generated squash)
#   DBS=postgresql,sqlite                         SKIP_BUILD=1 (use the jars as built)
#   ALEMBIC_TIMEOUT=300    a run of Alembic stopped after this many seconds counts as failed
#   PG_BIN=<dir>           PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
#   PG_EXTRA="-c ..."      more server options, e.g. -c max_locks_per_transaction=256 (a one-transaction
#                          run of 10,000 CREATE TABLE needs more than the default 64 × 100 lock slots)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
work="$out/whole-process"
mkdir -p "$work"
started=$(date +%s)
exec > >(tee "$out/whole-process-report.md")

source "$root/bench/build-if-needed.sh"
bench_cp="retort-bench/target/retort-bench.jar:retort-bench/target/lib/*"

# Alembic 1.20 (compat/.venv, from the wheels on disk) with psycopg2 for PostgreSQL.
source "$root/compat/alembic-venv.sh"
[[ -n "$venv" ]] || { echo "no alembic 1.20 wheel on this machine" >&2; exit 1; }
if ! "$venv/bin/python" -c 'import psycopg2' 2>/dev/null; then
  "$venv/bin/pip" install -q --no-index --find-links /opt/pypi/files psycopg2-binary >&2 || true
fi
alembic="$venv/bin/alembic"   # run with PYTHONDONTWRITEBYTECODE unset: the bytecode cache is kept (Alembic's best case)

# PostgreSQL: a throwaway server, fsync off (defines psql, port, pg_bin; stopped on exit).
pg_options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off${PG_EXTRA:+ $PG_EXTRA}"
source "$root/bench/pg-throwaway.sh"

echo "# Whole-process benchmark (issue 16), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
echo "- $(java -version 2>&1 | head -1); bin/retort as built (class-data archive: $(wc -l <retort-cli/target/retort.jsa.kinds 2>/dev/null || echo 0) lines of kinds)"
echo "- $("$alembic" --version), SQLAlchemy $("$venv/bin/python" -c 'import sqlalchemy; print(sqlalchemy.__version__)'), $("$venv/bin/python" --version); $("$pg_bin/postgres" --version) with $pg_options; $(sqlite3 --version | cut -d' ' -f1-2 | sed 's/^/sqlite3 /')"
echo "- commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

parts="${PARTS:-upgrade,read}"
# The JVM's floor: the floor's file through JDBC (dev.retort.bench.JdbcSqlFile) in a JVM started with
# bin/retort's flags and only the driver on its class path: what the JVM and the driver cost any tool.
jvm_cp="retort-bench/target/retort-bench.jar:$(ls retort-bench/target/lib/postgresql-*.jar):$(ls retort-bench/target/lib/sqlite-jdbc-*.jar):$(ls retort-bench/target/lib/slf4j-api-*.jar)"
# bin/retort's own base flags, read from it so that the floor follows any change there
jvm_flags="$(sed -n 's/^opts=(\(.*\))$/\1/p' bin/retort)"
[[ -n "$jvm_flags" ]] || { echo "cannot read the JVM flags from bin/retort (its opts=(...) line)" >&2; exit 1; }
if grep -qE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  jvm_flags+=" -XX:+UseTransparentHugePages"
fi
native_dir="$root/retort-cli/target/native/org/sqlite/native/Linux/x86_64"
if [[ -f "$native_dir/libsqlitejdbc.so" ]]; then
  jvm_flags+=" -Dorg.sqlite.lib.path=$native_dir -Dorg.sqlite.lib.name=libsqlitejdbc.so"
fi
dbs="${DBS:-postgresql,sqlite}"
json_files=()

# The tables of one block, from bench/alternate.py's JSON: ratios to the floor and to Alembic's default.
report() {
  python3 - "$1" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1]))
rows = {r["label"]: r for r in data["rows"]}
def fmt(s): return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"
def ratio(r, base):
    b = rows.get(base)
    if not b or not b.get("runs") or not r.get("runs"): return "—"
    return f"{r['median'] / b['median']:.2f}× (cpu {r['cpu'] / b['cpu']:.2f}×)"
floor = next((l for l in rows if l.startswith("floor")), None)
alembic = next((l for l in rows if l.startswith("alembic")), None)
print(f"1-minute load average {min(data['loads']):.2f}–{max(data['loads']):.2f} during the block\n")
print(f"| command | wall, median [min–max] | cpu (mean) | / floor | / {alembic or 'Alembic'} |")
print("|---|---:|---:|---:|---:|")
for label, r in rows.items():
    if not r.get("runs"):
        print(f"| {label} | failed ({r['failed']} of {r['failed']} runs) | | | |")
        continue
    failed = f" ({r['failed']} failed)" if r.get("failed") else ""
    print(f"| {label} | {fmt(r['median'])} [{fmt(r['min'])}–{fmt(r['max'])}]{failed}, n={r['runs']} | {fmt(r['cpu'])} "
          f"| {ratio(r, floor) if floor else '—'} | {ratio(r, alembic) if alembic else '—'} |")
print()
EOF
}

# The floor: the statements Retort's run sends for the version table (not its history row), written
# once per size, for psql and for sqlite3.
floor_sql() {
  local size="$1" file="$2"
  python3 - "$size" "$file" <<'EOF'
import sys
size, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("CREATE TABLE floor_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY);\n")
    for n in range(1, size + 1):
        version = (f"INSERT INTO floor_version (version_num) VALUES ('r{n}');" if n == 1
                   else f"UPDATE floor_version SET version_num = 'r{n}' WHERE version_num = 'r{n - 1}';")
        f.write(f"BEGIN;\nCREATE TABLE t_{n} (id INTEGER PRIMARY KEY);\n{version}\nCOMMIT;\n")
EOF
}

# alembic-<pg|sqlite>.ini and alembic-tpm-<pg|sqlite>.ini in a project: the scripts and one database;
# logging at WARNING (the runs are quiet, as `retort -q`).
write_inis() {
  python3 - "$1" "$2" <<'EOF'
import sys, pathlib
project, url = sys.argv[1], sys.argv[2]
for name, scripts in (("alembic", "alembic"), ("alembic-tpm", "alembic-tpm")):
    ini = pathlib.Path(project, f"{name}-{'pg' if url.startswith('postgresql') else 'sqlite'}.ini")
    ini.write_text(f"[alembic]\nscript_location = {project}/{scripts}\nsqlalchemy.url = {url.replace('%', '%%')}\n"
                   "[loggers]\nkeys = root\n[handlers]\nkeys = console\n[formatters]\nkeys = generic\n"
                   "[logger_root]\nlevel = WARNING\nhandlers = console\n[handler_console]\nclass = StreamHandler\n"
                   "args = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n[formatter_generic]\nformat = %(message)s\n")
EOF
}

# database_of DB STEM: for a database DB (postgresql or sqlite) of $size revisions named after STEM,
# sets url, sa_url and jdbc; before, the untimed reset before each run (a new database, a new file);
# floor, the floor's contender running $project/floor.sql; and for the checks after a run, query (a
# command that runs the SQL given after it) and tables (the SQL counting the tables t_<n>).
database_of() {
  local db="$1" stem="$2"
  if [[ "$db" == postgresql ]]; then
    name="${stem}_$size"
    url="postgresql://127.0.0.1:$port/$name?user=postgres"
    sa_url="postgresql+psycopg2://postgres@127.0.0.1:$port/$name"
    jdbc="jdbc:postgresql://127.0.0.1:$port/$name"
    before="'$pg_bin/psql' -h 127.0.0.1 -p $port -U postgres -qX -c 'DROP DATABASE IF EXISTS $name' -c 'CREATE DATABASE $name'"
    floor="floor (psql -f, one transaction per revision)=$pg_bin/psql -h 127.0.0.1 -p $port -U postgres -qX -v ON_ERROR_STOP=1 -d $name -f $project/floor.sql"
    jvm_floor="JVM floor (the floor's file through JDBC)=java $jvm_flags -cp $jvm_cp dev.retort.bench.JdbcSqlFile $jdbc postgres $project/floor.sql"
    query="'$pg_bin/psql' -h 127.0.0.1 -p $port -U postgres -qtAX -d $name -c"
    tables="SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t_[0-9]+\$'"
  else
    file="$work/$stem-$size.db"
    url="sqlite:$file"
    sa_url="sqlite:///$file"
    jdbc="jdbc:sqlite:$file"
    before="rm -f '$file' '$file-journal'"
    floor="floor (sqlite3 .read, one transaction per revision)=sqlite3 $file \".read $project/floor.sql\""
    jvm_floor="JVM floor (the floor's file through JDBC)=java $jvm_flags -cp $jvm_cp dev.retort.bench.JdbcSqlFile $jdbc '' $project/floor.sql"
    query="sqlite3 '$file'"
    tables="SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't_[0-9]*'"
  fi
}

if grep -qw upgrade <<<"${parts//,/ }"; then
  echo "## \`upgrade head\` from an empty database"
  echo
  IFS=, read -ra sizes <<<"${SIZES:-100,1000,10000}"
  for size in "${sizes[@]}"; do
    read -r project head < <(java -cp "$bench_cp" dev.retort.bench.WriteApplyProject "$work" "$size")
    floor_sql "$size" "$project/floor.sql"
    # Alembic with transaction_per_migration=True: the same scripts, env.py changed in that one place.
    tpm="$project/alembic-tpm"
    if [[ ! -f "$tpm/env.py" ]]; then
      mkdir -p "$tpm"
      ln -sfn "$project/alembic/versions" "$tpm/versions"
      cp "$project/alembic/script.py.mako" "$tpm/"
      python3 - "$project/alembic/env.py" "$tpm/env.py" <<'EOF'
import sys
text = open(sys.argv[1]).read()
online = text.index("def run_migrations_online")
call = text.index("target_metadata=target_metadata", online)
text = text[:call] + "target_metadata=target_metadata, transaction_per_migration=True" + text[call + len("target_metadata=target_metadata"):]
open(sys.argv[2], "w").write(text)
EOF
      grep -q 'transaction_per_migration=True' "$tpm/env.py" || { echo "could not write $tpm/env.py" >&2; exit 1; }
    fi
    # Untimed: Python compiles the scripts once and keeps the bytecode (both env.py folders share versions/).
    write_inis "$project" "sqlite:///$work/unused.db"
    env -u PYTHONDONTWRITEBYTECODE "$alembic" -c "$project/alembic-sqlite.ini" heads >/dev/null 2>&1
    env -u PYTHONDONTWRITEBYTECODE "$alembic" -c "$project/alembic-tpm-sqlite.ini" heads >/dev/null 2>&1
    rounds="${ROUNDS:-$(( size >= 10000 ? 1 : size >= 1000 ? 3 : 5 ))}"
    for db in ${dbs//,/ }; do
      echo "== upgrade, $size revisions, $db, $rounds rounds (load $(cut -d' ' -f1 /proc/loadavg))" >&2
      database_of "$db" wp
      write_inis "$project" "$sa_url"
      suffix=$([[ "$db" == postgresql ]] && echo pg || echo sqlite)
      json="$work/upgrade-$size-$db.json"
      python3 bench/alternate.py --rounds "$rounds" --warmup 0 --json "$json" --before "$before" \
        --may-fail "alembic upgrade head (default: one transaction)" --timeout "${ALEMBIC_TIMEOUT:-300}" \
        "$floor" \
        "$jvm_floor" \
        "retort upgrade head=bin/retort -q -c $project/retort/retort.toml --url $url upgrade head" \
        "alembic upgrade head (default: one transaction)=env -u PYTHONDONTWRITEBYTECODE $alembic -c $project/alembic-$suffix.ini upgrade head" \
        "alembic upgrade head (transaction_per_migration True)=env -u PYTHONDONTWRITEBYTECODE $alembic -c $project/alembic-tpm-$suffix.ini upgrade head" \
        "flyway migrate (Java API as a process)=java -cp $bench_cp dev.retort.bench.FlywayMigrate $jdbc postgres $project/flyway" \
        >/dev/null
      echo "### $size revisions, $db"
      echo
      report "$json"
    done
  done
fi

if grep -qw read <<<"${parts//,/ }"; then
  size="${READ_SIZE:-10000}"
  case_dir="$out/linear-$size"
  java -cp "$bench_cp" dev.retort.bench.HistoryGenerator linear "$size" "$case_dir" >&2
  # A SQLite database at the head for both tools (each its own version table).
  rm -f "$case_dir/read.db"
  bin/retort -q -c "$case_dir/retort.toml" --url "sqlite:$case_dir/read.db" stamp head >/dev/null
  ini="$case_dir/alembic-read.ini"
  sed "s|^sqlalchemy.url = .*|sqlalchemy.url = sqlite:///$case_dir/read.db|" "$case_dir/alembic.ini" >"$ini"
  env -u PYTHONDONTWRITEBYTECODE "$alembic" -c "$ini" stamp head >/dev/null 2>&1
  r=(bin/retort -q -c "$case_dir/retort.toml" --url "sqlite:$case_dir/read.db")
  echo "== read commands at $size (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  json="$work/read-$size.json"
  python3 bench/alternate.py --rounds "${READ_ROUNDS:-10}" --warmup 1 --json "$json" \
    "alembic heads (.pyc cached)=env -u PYTHONDONTWRITEBYTECODE $alembic -c $ini heads" \
    "retort heads=${r[*]} heads" \
    "alembic current (.pyc cached)=env -u PYTHONDONTWRITEBYTECODE $alembic -c $ini current" \
    "retort current=${r[*]} current" \
    "retort status=${r[*]} status" \
    "retort lint=bin/retort -q -c $case_dir/retort.toml lint" \
    "retort --version (JVM start)=bin/retort --version" \
    "JVM floor (list and read the files, nothing parsed)=java $jvm_flags -cp $jvm_cp dev.retort.bench.ReadFolder $case_dir/migrations/versions" >/dev/null
  echo "## Read commands on $size revisions (SQLite database at the head)"
  echo
  report "$json"
  python3 - "$json" <<'EOF'
import json, sys
rows = {r["label"]: r for r in json.load(open(sys.argv[1]))["rows"]}
for a, r in (("alembic heads (.pyc cached)", "retort heads"), ("alembic current (.pyc cached)", "retort current")):
    if rows[a].get("runs") and rows[r].get("runs"):
        print(f"- {a} / {r}: **{rows[a]['median'] / rows[r]['median']:.1f}×** wall, "
              f"{rows[a]['cpu'] / rows[r]['cpu']:.1f}× cpu")
print()
EOF
fi
if grep -qw fresh <<<"${parts//,/ }"; then
  # Fresh databases as CI sees them: `upgrade head` from empty on SIZE revisions, on the full history
  # and on copies of the project whose whole range is squashed (`retort squash FIRST:HEAD`).
  size="${SIZE:-10000}"
  read -r project head < <(java -cp "$bench_cp" dev.retort.bench.WriteApplyProject "$work" "$size")
  floor_sql "$size" "$project/floor.sql"
  write_inis "$project" "sqlite:///$work/unused.db"
  env -u PYTHONDONTWRITEBYTECODE "$alembic" -c "$project/alembic-sqlite.ini" heads >/dev/null 2>&1
  # The revisions in order, oldest first (from the files' Revision/Revises headers).
  mapfile -t chain < <(python3 - "$project/retort/migrations/versions" <<'EOF'
import pathlib, re, sys
parent = {}
for f in pathlib.Path(sys.argv[1]).glob("*.sql"):
    head = f.read_text()[:400]
    parent[re.search(r"^-- Revision: (\S+)", head, re.M).group(1)] = re.search(r"^-- Revises: *(\S*)", head, re.M).group(1)
child = {p: r for r, p in parent.items()}
rev, chain = child[""], []
while rev:
    chain.append(rev)
    rev = child.get(rev)
assert len(chain) == len(parent), "the project is not one line"
print("\n".join(chain))
EOF
)
  [[ "${#chain[@]}" == "$size" && "${chain[-1]}" == "$head" ]] || { echo "could not read the chain of $project" >&2; exit 1; }
  squash_ranges="${SQUASH_RANGES:-4}"
  # squash_copy NAME ID [squash options...]: a copy of the project's retort/ with FIRST:HEAD squashed
  # (for NAME ranges, SQUASH_RANGES consecutive ranges, each squashed); global options in the array
  # squash_global. Sets squash_head to the new head and squash_time[NAME] to how long `retort squash`
  # took (or how it failed: then it returns 1).
  declare -A squash_time
  squash_copy() {
    local name="$1" id="$2"; shift 2
    local dir="$work/fresh-$size-$name" t0 t1
    grep -q "^$id" < <(printf '%s\n' "${chain[@]}") && { echo "squash id $id is already a revision" >&2; exit 1; }
    rm -rf "$dir"; mkdir -p "$dir"; cp -r "$project/retort" "$dir/"
    local ranges=1 n=0 from to
    [[ "$name" == ranges ]] && ranges="$squash_ranges"
    t0=$(date +%s.%N)
    for (( n = 0; n < ranges; n++ )); do
      from="${chain[n * size / ranges]}"; to="${chain[(n + 1) * size / ranges - 1]}"
      bin/retort -q -c "$dir/retort/retort.toml" "${squash_global[@]}" squash "$from:$to" -m "squash $name $n" --rev-id "$id$n" "$@" \
        >>"$dir/squash.log" 2>&1 || {
        t1=$(date +%s.%N)
        squash_time[$name]="**failed** after $(python3 -c "print(f'{$t1 - $t0:.1f} s')"): \`retort squash $from:$to\`: $(grep -m2 -E '^(error|fix)' "$dir/squash.log" | tr '\n' ' ')"
        echo "retort squash $from:$to ($name) failed:" >&2; tail -20 "$dir/squash.log" >&2; return 1; }
    done
    t1=$(date +%s.%N)
    squash_time[$name]=$(python3 -c "print(f'{$t1 - $t0:.1f} s')")
    echo "== squash $name: ${squash_time[$name]} ($ranges range(s))" >&2
    squash_head="$id$(( ranges - 1 ))"
  }
  # The --concat squashes copy the same SQL whatever the database: written once.
  squash_global=()
  squash_copy concat feedc0ca7 --concat
  concat_head="$squash_head"
  ranges_head=""
  if (( squash_ranges > 1 )); then squash_copy ranges feedfa4e --concat; ranges_head="$squash_head"; fi
  rounds="${ROUNDS:-1}"
  echo "## Fresh databases: \`upgrade head\` from empty on $size revisions, and a squashed history"
  echo
  for db in ${dbs//,/ }; do
    database_of "$db" wf
    # The generated squash is generated on this database's dialect (for PostgreSQL, a temporary
    # database on this server).
    gen_args=()
    [[ "$db" == postgresql ]] && gen_args=(--url "postgresql://127.0.0.1:$port/postgres?user=postgres")
    write_inis "$project" "$sa_url"
    suffix=$([[ "$db" == postgresql ]] && echo pg || echo sqlite)
    gen_head=""
    squash_global=("${gen_args[@]}")
    if [[ "${GENERATED:-1}" != 0 ]] && squash_copy "generated-$suffix" feed6e4e; then
      gen_head="$squash_head"
    fi
    squash_global=()
    # After every run: the version table holds the expected head and all SIZE tables exist.
    check="$work/fresh-check-$db.sh"
    {
      echo "expect() { v=\$($query \"SELECT version_num FROM \$1\"); t=\$($query \"$tables\");"
      echo "  [[ \"\$v\" == \"\$2\" && \"\$t\" == $size ]] || { echo \"not at head: \$1 holds '\$v' (expected \$2), \$t tables of $size\"; exit 1; }; }"
      echo 'case "$1" in'
      echo "  floor*) expect floor_version r$size ;;"
      echo "  alembic*) expect alembic_version $head ;;"
      echo "  *'ranges squashed'*) expect retort_version $ranges_head ;;"
      echo "  *'whole range squashed, --concat'*) expect retort_version $concat_head ;;"
      echo "  *'whole range squashed, generated'*) expect retort_version $gen_head ;;"
      echo "  *) expect retort_version $head ;;"
      echo 'esac'
    } >"$check"
    cases=("$floor" "retort upgrade head (full history)=bin/retort -q -c $project/retort/retort.toml --url $url upgrade head")
    cases+=("retort upgrade head (whole range squashed, --concat)=bin/retort -q -c $work/fresh-$size-concat/retort/retort.toml --url $url upgrade head")
    [[ -n "$gen_head" ]] && cases+=("retort upgrade head (whole range squashed, generated)=bin/retort -q -c $work/fresh-$size-generated-$suffix/retort/retort.toml --url $url upgrade head")
    [[ -n "$ranges_head" ]] && cases+=("retort upgrade head ($squash_ranges ranges squashed, --concat)=bin/retort -q -c $work/fresh-$size-ranges/retort/retort.toml --url $url upgrade head")
    cases+=("alembic upgrade head (default: one transaction)=env -u PYTHONDONTWRITEBYTECODE $alembic -c $project/alembic-$suffix.ini upgrade head")
    # A squash applies as one revision, so one transaction: it may fail where the history does not.
    may_fail=()
    for c in "${cases[@]:2}"; do may_fail+=(--may-fail "${c%%=*}"); done
    echo "== fresh, $size revisions, $db, $rounds rounds (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    json="$work/fresh-$size-$db.json"
    python3 bench/alternate.py --rounds "$rounds" --warmup 0 --json "$json" --before "$before" \
      --after "bash $check '{label}'" "${may_fail[@]}" --timeout "${ALEMBIC_TIMEOUT:-300}" "${cases[@]}" \
      >/dev/null 2>"$work/fresh-$size-$db.log" || { cat "$work/fresh-$size-$db.log" >&2; exit 1; }
    cat "$work/fresh-$size-$db.log" >&2
    failures=$(grep -A4 ' failed (exit' "$work/fresh-$size-$db.log" || true)
    echo "### $size revisions from empty, $db"
    echo
    report "$json"
    if [[ -n "$failures" ]]; then
      echo "Failed runs (command, exit, the end of its error output):"; echo; echo '```'; echo "$failures" | cut -c1-400; echo '```'; echo
    fi
    echo "Time of \`retort squash\` itself (once each, not in the table): --concat ${squash_time[concat]}$(
      [[ -n "${squash_time[generated-$suffix]:-}" ]] && echo ", generated on $db ${squash_time[generated-$suffix]}")$(
      [[ -n "$ranges_head" ]] && echo ", $squash_ranges ranges with --concat ${squash_time[ranges]}")."
    echo
  done
fi

echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg); total benchmark time $(( $(date +%s) - started )) s"
