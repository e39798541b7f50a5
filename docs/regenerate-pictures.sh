#!/bin/sh
# Regenerates the pictures of the revision graph in the docs (docs/graph.md, docs/commands.md,
# docs/images/*-graph.svg) with the Retort built from this checkout; GraphDocsTest fails when
# they are out of date. Run from the repository folder: docs/regenerate-pictures.sh
set -e
cd "$(dirname "$0")/.."
mvn -q -B -pl retort-cli -am test-compile surefire:test -Dtest=GraphDocsTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dretort.docs.regenerate=true "$@"
