# Sourced by the bench/*.sh scripts from the repository root: builds when a jar is missing or any
# pom or main source is newer than the jars (SKIP_BUILD=1 uses the jars as they are).
jars=(retort-cli/target/retort-cli.jar retort-bench/target/retort-bench.jar)
build=0
for j in "${jars[@]}"; do
  if [[ ! -f "$j" ]] || [[ -n "$(find pom.xml retort-*/pom.xml retort-*/src/main -newer "$j" -print -quit)" ]]; then
    build=1
  fi
done
if (( build )) && [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== building: mvn -q -B -DskipTests package" >&2
  mvn -q -B -DskipTests package >&2
fi
