#!/usr/bin/env bash
# Mutation testing: PIT over core's and dsl's classes, with the in-JVM suites of src-test (the mutation profile of
# src-test/pom.xml), one package group at a time.
#
#   bash src-test/mutation.sh [GROUP...] [MAVEN ARGUMENT...]
#
# The groups are config, commands, launch, runtime and front (see group_classes); with none, all five run, one after
# another.
# -DtargetClasses=CLASSES measures those classes alone, as the group 'chosen'.
# Each group's report lands in src-test/target/pit-reports/GROUP/. At the end, the scores of every group measured so
# far are printed per package. (The PIT this build uses keeps no history without a commercial plugin, so a group is
# always measured whole.)
#
# PIT first runs every test it will use, without mutants, and stops if one fails. A test that starts a process (a
# child JVM, a shell, SLURM) is the usual cause: it is said here in one line, with what to do.
set -uo pipefail
cd "$(dirname "$0")/.."

group_classes() {
  case "$1" in
    config) echo 'io.hookline.config.*' ;;
    commands) echo 'io.hookline.cli.*,io.hookline.command.*,io.hookline.compose.*,io.hookline.provider.*' ;;
    launch) echo 'io.hookline.launch.*' ;;
    runtime) echo 'io.hookline.runtime.*,io.hookline.sweep.*,io.hookline.callback.*,io.hookline.failure.*,io.hookline.pipeline.*' ;;
    # The classes of io.hookline itself (a leading ~ makes PIT read a regular expression), its internals, the Maven
    # plugin and the Kotlin DSL.
    front) echo '~io\.hookline\.[A-Z].*,io.hookline.internal.*,io.hookline.maven.*,io.hookline.dsl.*' ;;
    *) return 1 ;;
  esac
}

groups=()
maven=()
for word in "$@"; do
  if [[ "$word" == -* ]]; then
    maven+=("$word")
  elif group_classes "$word" > /dev/null; then
    groups+=("$word")
  else
    echo "mutation: no group '$word'; the groups are config, commands, launch, runtime and front" >&2
    exit 2
  fi
done
# -DtargetClasses=... measures those classes alone, as the group 'chosen'
for word in ${maven[@]+"${maven[@]}"}; do
  [[ "$word" == -DtargetClasses=* ]] && groups=(chosen)
done
[ ${#groups[@]} -gt 0 ] || groups=(config commands launch runtime front)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
code=0
for group in "${groups[@]}"; do
  echo "mutation: group $group"
  classes=$(group_classes "$group" || true)
  mvn -B -P mutation -pl src-test -am verify -Dmaven.test.skip.exec=true \
    ${classes:+"-DtargetClasses=$classes"} \
    "-DreportsDirectory=target/pit-reports/$group" \
    ${maven[@]+"${maven[@]}"} 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  if [ "$code" -ne 0 ]; then
    if grep -q "did not pass without mutation" "$log"; then
      echo "mutation: the tests named above fail under PIT before any mutant is made, so no score can be computed." \
        "A test that starts a process cannot run under PIT: mark it @StartsProcesses (io.hookline.architecture)," \
        "which the mutation profile leaves out, or adapt it to run in this JVM." >&2
    fi
    exit "$code"
  fi
done
java -cp src-test/target/test-classes io.hookline.architecture.MutationScores src-test/target/pit-reports
