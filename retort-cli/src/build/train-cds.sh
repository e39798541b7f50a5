#!/usr/bin/env bash
# Trains bin/retort's class-data archive at build time (issue 16): runs a representative set of
# commands on a copy of examples/quickstart, records the classes each one loads
# (-XX:DumpLoadedClassList) and writes, with one static dump, the archive bin/retort maps:
# retort-cli/target/retort.jsa, retort.jsa.classes (the classes in it) and retort.jsa.kinds (the
# kinds of run it covers, in bin/retort's terms, after a line naming the Java that wrote it).
# The package phase of retort-cli runs it; a kind not trained here is still learned by bin/retort
# on its first run. Does nothing with RETORT_CDS=0. A failure here never fails the build: the
# launcher then learns as before.
#
#   retort-cli/src/build/train-cds.sh [repository root]
set -uo pipefail
root="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../../..}" && pwd)"
target="$root/retort-cli/target"
jar="$target/retort-cli.jar"
if [[ "${RETORT_CDS:-1}" == 0 ]]; then exit 0; fi
if [[ ! -f "$jar" || ! -d "$target/lib" ]]; then
  echo "train-cds: $jar or $target/lib is missing; no class-data archive trained" >&2
  exit 0
fi
# The Java bin/retort will run (the same rule as the launcher's).
java_cmd="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java_cmd="$JAVA_HOME/bin/java"; fi
work="$(mktemp -d "${TMPDIR:-/tmp}/retort-cds.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -R "$root/examples/quickstart" "$work/project"
rm -f "$work/project"/*.db
project="$work/project"

# Each training run: bin/retort with its archive off, recording what it loads. A run against a
# PostgreSQL server that is not there fails at connecting, after the driver's classes up to the
# connection have loaded: its list is kept, but its kind is not listed as learned (a real run of it
# still teaches the launcher the rest).
n=0
learned=()
train() {
  local kinds="$1" expect="$2" kind; shift 2
  n=$((n + 1))
  local status=0
  (cd "$project" && RETORT_CDS=0 RETORT_JAVA_OPTS="-XX:DumpLoadedClassList=$work/$n.classes" \
    "$root/bin/retort" "$@" >"$work/$n.out" 2>&1) || status=$?
  if [[ "$expect" == ok && "$status" != 0 ]]; then
    echo "train-cds: 'retort $*' failed (exit $status), its classes are not used:" >&2
    sed 's/^/  /' "$work/$n.out" >&2
    rm -f "$work/$n.classes"
    return
  fi
  if [[ "$expect" == ok ]]; then
    for kind in $kinds; do learned+=("$kind"); done
  fi
}
pg="postgresql://127.0.0.1:1/retort_training"
# Kinds: "<command>/<scheme of a URL on the command line>"; the database commands run on SQLite, so
# they stand for both "upgrade/" (the URL in retort.toml) and "upgrade/sqlite" (--url sqlite:...).
db="--url=sqlite:training.db"
train "/" ok --version
train "/" ok --help
train "heads/" ok heads
train "branches/" ok branches
train "history/" ok history
train "show/" ok show head
train "upgrade/ upgrade/sqlite" ok "$db" upgrade head
train "current/ current/sqlite" ok "$db" current
train "status/ status/sqlite" ok "$db" status
train "check/ check/sqlite" ok "$db" check
train "lint/" ok lint
train "downgrade/ downgrade/sqlite" ok "$db" downgrade -1
train "stamp/ stamp/sqlite" ok "$db" stamp head
train "upgrade/postgresql" ok --url "$pg" upgrade head --sql
# A live run on PostgreSQL: verify finds no server at $pg and starts an embedded PostgreSQL (a few
# seconds), then upgrades, downgrades and reflects on it, so the driver's classes past the
# connection, the locale data of its timestamps and the run's own classes on PostgreSQL are in the
# archive too (without this run a live `upgrade --url postgresql://...` loaded some 200 classes
# from the jars; docs/benchmarks.md, issue 16).
train "verify/postgresql" ok --url "$pg" verify
train "" fail --url "$pg" current
train "" fail --url "$pg" upgrade head
cds="$target/retort.jsa"
tmp="$cds.$$.tmp"
cat "$work"/*.classes 2>/dev/null | awk '!seen[$0]++' >"$tmp.classes"
if [[ ! -s "$tmp.classes" ]]; then
  echo "train-cds: no class lists recorded; no class-data archive trained" >&2
  rm -f "$tmp.classes"
  exit 0
fi
{ echo "java=$java_cmd"; printf '%s\n' "${learned[@]}" | awk '!seen[$0]++'; } >"$tmp.kinds"
if "$java_cmd" -Xshare:dump -Xlog:cds*=off -Xlog:cds+dynamic=off "-XX:SharedClassListFile=$tmp.classes" \
    "-XX:SharedArchiveFile=$tmp" -jar "$jar" >"$work/dump.out" 2>&1 && [[ -s "$tmp" ]]; then
  mv -f "$tmp" "$cds"
  mv -f "$tmp.classes" "$cds.classes"
  mv -f "$tmp.kinds" "$cds.kinds"
  echo "train-cds: $cds: $(wc -l <"$cds.classes") classes, $(( $(wc -l <"$cds.kinds") - 1 )) kinds of run" >&2
else
  echo "train-cds: the class-data dump failed; bin/retort learns its archive on first use:" >&2
  sed 's/^/  /' "$work/dump.out" >&2
fi
rm -f "$tmp" "$tmp.classes" "$tmp.kinds"
exit 0
