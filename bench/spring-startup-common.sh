# Sourced by bench/spring-startup.sh and bench/spring-startup-profile.sh (not run on its own):
# the example's fat jar and a PostgreSQL 15 server for the start-up benchmarks.
#
#   example_jar      sets $jar: examples/spring-boot's repackaged jar, built when missing or older
#                    than a source (unless SKIP_BUILD=1)
#   start_postgres   sets $port: a throwaway server (bench/pg-throwaway.sh), default settings,
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
  pg_options=""
  source bench/pg-throwaway.sh   # sets port; stops the server and removes its folder on exit
}
