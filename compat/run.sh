#!/usr/bin/env bash
# Differential test against Alembic 1.20, CI size: finds or creates the Alembic venv
# (compat/.venv, from the wheels on disk, never from the network), builds Retort if its jar is
# missing or older than the sources, and runs `graph_commands.py` (Retort on unchanged Alembic projects),
# `import_alembic.py` (projects imported with retort import-alembic) and `differential.py --quick`. Extra arguments go to
# differential.py (e.g. compat/run.sh --seeds 0-99 to widen the run, or without --quick: see
# compat/README.md).
#
# Exit 0: no failures, or SKIPPED (no Alembic 1.20 wheel anywhere on this machine).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
source "$here/alembic-venv.sh"
if [[ -z "$venv" ]]; then
  echo "differential: SKIPPED: no alembic-1.20*.whl on this machine (looked in /opt/pypi/files and /)"
  exit 0
fi

jar="$root/retort-cli/target/retort-cli.jar"
stale=0
if [[ ! -f "$jar" ]]; then
  stale=1
elif [[ -n "$(find "$root" -path "$root/compat" -prune -o -path '*/src/main/*' -newer "$jar" -print -quit 2>/dev/null)" ]] \
  || [[ -n "$(find "$root" -maxdepth 2 -name pom.xml -newer "$jar" -print -quit)" ]]; then
  stale=1
fi
if (( stale )); then
  echo "differential: building Retort (mvn -q -B -DskipTests package)" >&2
  built=0
  for attempt in 1 2 3; do
    if (cd "$root" && mvn -q -B -DskipTests package >&2); then built=1; break; fi
    echo "differential: build failed (attempt $attempt); retrying in 20 s" >&2
    sleep 20
  done
  if (( ! built )); then
    echo "differential: Retort does not build" >&2
    exit 1
  fi
fi

# Retort reading the real-world graphs as unchanged Alembic projects: heads, branches, history against Alembic's own.
graph_status=0
python3 "$here/graph_commands.py" --alembic-python "$venv/bin/python" || graph_status=$?
# retort import-alembic: an imported project upgrades and downgrades a database as Alembic does (three graphs
# in CI: labels and depends_on, expand/contract branches, a plain chain; RETORT_IMPORT_GRAPHS=all for the seven).
import_status=0
python3 "$here/import_alembic.py" --alembic-python "$venv/bin/python" \
  --realworld "${RETORT_IMPORT_GRAPHS:-ctfd,invenio,neutron}" || import_status=$?
python3 "$here/differential.py" --quick --alembic-python "$venv/bin/python" "$@" || exit $?
(( graph_status == 0 )) || exit "$graph_status"
exit "$import_status"
