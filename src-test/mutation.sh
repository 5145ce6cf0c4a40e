#!/usr/bin/env bash
# Mutation testing: PIT over core's and dsl's classes, with the in-JVM suites of src-test (the mutation profile of
# src-test/pom.xml). Arguments are passed to Maven, e.g. -DtargetClasses='io.hookline.sweep.*' for one package group.
# The report lands in src-test/target/pit-reports/.
#
# PIT first runs every test it will use, without mutants, and stops if one fails. A test that starts a process (a
# child JVM, a shell, SLURM) is the usual cause: it is said here in one line, with what to do.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -P mutation -pl src-test -am verify -Dmaven.test.skip.exec=true "$@" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
if [ "$code" -ne 0 ] && grep -q "did not pass without mutation" "$log"; then
  echo "mutation: the tests named above fail under PIT before any mutant is made, so no score can be computed. A test" \
    "that starts a process cannot run under PIT: mark it @StartsProcesses (io.hookline.architecture), which the" \
    "mutation profile leaves out, or adapt it to run in this JVM." >&2
fi
exit "$code"
