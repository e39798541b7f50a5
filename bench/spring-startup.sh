#!/usr/bin/env bash
# Benchmark for issue 11, item 7: what Retort costs a Spring Boot application at start-up when its
# database is already at head. One command, from anywhere:
#
#   bench/spring-startup.sh
#
# In one run: examples/spring-boot (its repackaged jar, exploded) in three variants - the Retort
# starter, Flyway on the same SQL statements, neither - each on its own database of one PostgreSQL
# 15 server, 1,000 revisions (the example's three, then one CREATE TABLE each). Each database is
# brought to head first; then the variants start in turn, round robin, and Spring Boot's own
# "process running for" figure at "Started ShopApplication" is compared (see bench/spring_startup.py).
# Everything printed on stdout is kept in bench/out/spring-startup-report.md.
#
# Environment (all optional):
#   SKIP_BUILD=1      use examples/spring-boot/target/*.jar as it is
#   SIZE=1000 RUNS=15
#   SPLIT=1           also the starter present but disabled, and validate-on-migrate off
#   JAVA_JAR=1        also each variant as a fat jar started with java -jar, the revisions inside it
#   PG_BIN=<dir>      PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"
started=$(date +%s)
exec > >(tee "$out/spring-startup-report.md")

source bench/spring-startup-common.sh

# 1. The example's fat jar (spring-boot-maven-plugin repackage), built when missing or older than a source.
example_jar

# 2. Flyway as a Boot 3.5 application gets it (versions from the Boot BOM).
(cd bench/spring-startup && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$out/spring-startup-flyway.cp" >&2)

# 3. PostgreSQL 15 on a new data directory, default settings; stopped on exit.
start_postgres

# 4. Machine, then the measurement.
echo "## Machine"
echo
echo "- $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
echo "- $(java -version 2>&1 | head -1); PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'); $(basename "$(tr ':' '\n' < "$out/spring-startup-flyway.cp" | grep flyway-core)")"
echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 bench/spring_startup.py --jar "$jar" --flyway-cp "$(cat "$out/spring-startup-flyway.cp")" \
  --pg "127.0.0.1:$port:postgres" --work "$out/spring-startup" --size "${SIZE:-1000}" --runs "${RUNS:-15}" ${SPLIT:+--split} ${JAVA_JAR:+--java-jar}
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg); total benchmark time $(( $(date +%s) - started )) s"
