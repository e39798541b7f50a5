#!/usr/bin/env bash
# Where Retort's part of a Spring Boot start at head goes (issue 11, item 7), measured inside each
# start rather than by comparing whole starts. One command, from anywhere:
#
#   bench/spring-startup-profile.sh
#
# The example application (its repackaged jar, exploded) on a PostgreSQL 15 database already at
# head (1,000 revisions from classpath:db/retort), started RUNS times with Retort and as often
# without, each with a bench-only probe on the class path (bench/spring-startup-probe: CPU time and
# classes loaded while Retort's beans are created) and, with Retort, a JFR recording of CPU samples
# attributed to the starter's phases (see bench/spring_startup_profile.py). The report is printed
# and kept in bench/out/spring-startup-profile.md.
#
# Environment (all optional):
#   SKIP_BUILD=1      use examples/spring-boot/target/*.jar as it is
#   SIZE=1000 RUNS=5 PERIOD_MS=2 (JFR sampling period) KEEP_JFR=1 (keep bench/out/spring-profile/jfr/*.jfr)
#   PG_BIN=<dir>      PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
out="$root/bench/out"
mkdir -p "$out"
exec > >(tee "$out/spring-startup-profile.md")
source bench/spring-startup-common.sh
example_jar
start_postgres
echo "- commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- retort-*/src examples || echo ' (with uncommitted changes)'); $(java -version 2>&1 | head -1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 bench/spring_startup_profile.py --jar "$jar" --pg "127.0.0.1:$port:postgres" --work "$out/spring-profile" \
  --size "${SIZE:-1000}" --runs "${RUNS:-5}" --period-ms "${PERIOD_MS:-2}" ${KEEP_JFR:+--keep-jfr}
