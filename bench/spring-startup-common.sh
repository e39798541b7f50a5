# Sourced by bench/spring-startup.sh and bench/spring-startup-profile.sh (not run on its own):
# the example's fat jar and a PostgreSQL 15 server for the start-up benchmarks.
#
#   example_jar      sets $jar: examples/spring-boot's repackaged jar, built when missing or older
#                    than a source (unless SKIP_BUILD=1)
#   start_postgres   sets $port: a server on a new data directory under $1, default settings,
#                    stopped when the calling script exits (PG_BIN, default /usr/lib/postgresql/15/bin)

example_jar() {
  jar="$(ls examples/spring-boot/target/retort-example-spring-boot-*.jar 2>/dev/null | grep -v -e sources -e original | head -1 || true)"
  if [[ "${SKIP_BUILD:-0}" != 1 ]] && { [[ -z "$jar" ]] || [[ -n "$(find pom.xml retort-*/src/main examples/spring-boot/src/main examples/spring-boot/pom.xml -newer "$jar" -print -quit)" ]]; }; then
    echo "== building: mvn -q -B -DskipTests -pl examples/spring-boot -am package" >&2
    # the jar plugin keeps a jar whose own classes did not change, and repackage skips a jar it
    # repackaged before: without this, new Retort jars would not get into the application
    rm -f examples/spring-boot/target/retort-example-spring-boot-*.jar*
    mvn -q -B -DskipTests -pl examples/spring-boot -am package >&2
    jar="$(ls examples/spring-boot/target/retort-example-spring-boot-*.jar | grep -v -e sources -e original | head -1)"
  fi
}

start_postgres() {
  pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
  pg_dir="$1"
  as_pg=()
  if [[ "$(id -u)" == 0 ]]; then as_pg=(runuser -u postgres --); fi   # the server refuses to run as root
  if [[ -f "$pg_dir/data/postmaster.pid" ]]; then "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$pg_dir"
  mkdir -p "$pg_dir"
  if [[ "$(id -u)" == 0 ]]; then chown postgres "$pg_dir"; fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 >"$pg_dir/initdb.log" 2>&1
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1" start >&2
  trap stop_postgres EXIT
}

stop_postgres() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; }
