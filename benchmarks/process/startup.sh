#!/usr/bin/env bash
# Start-up of the packaged example trainer (examples/target/trainer-dist), interleaved: each round runs every program
# once, in turn, so that a slow moment of a shared machine falls on all of them. Reports each program's median wall
# time and the median, over the rounds, of its ratio to a bare JVM Hello measured in the same round.
#
#   bash benchmarks/process/startup.sh            # ROUNDS=21 by default
#
# Needs java, mvn and bash. Prints a Markdown table for benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-21}
top=$PWD

mvn -B -q -pl examples,benchmarks -am -DskipTests install
dist="$top/examples/target/trainer-dist"
hello_cp="$top/benchmarks/target/hookline-benchmarks-0.1.0-SNAPSHOT.jar"
plain_cp="$(echo "$dist"/lib/hookline-examples-*.jar):$(sed "s#lib/#$dist/lib/#g" "$dist/classpath")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

names=(hello trainer trainer-archive trainer-archive-c1 version-archive)
run() {
  case $1 in
    hello) java -cp "$hello_cp" io.hookline.benchmarks.process.Hello ;;
    trainer) java -Dtrainer.home=. -cp "$plain_cp" io.hookline.examples.trainer.TrainerApp train epochs=1 ;;
    trainer-archive) "$dist/bin/trainer" train epochs=1 ;;
    trainer-archive-c1) JAVA_OPTS=-XX:TieredStopAtLevel=1 "$dist/bin/trainer" train epochs=1 ;;
    version-archive) "$dist/bin/trainer" --version ;;
  esac
}

for name in "${names[@]}"; do run "$name" > /dev/null 2>&1; done # the configs are written, the archive is in place
: > times.txt
for round in $(seq "$ROUNDS"); do
  for name in "${names[@]}"; do
    start=$EPOCHREALTIME
    run "$name" > /dev/null 2>&1 || { echo "$name failed" >&2; exit 1; }
    awk -v r="$round" -v n="$name" -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%s %s %.2f\n", r, n, (e - s) * 1000 }' \
      >> times.txt
  done
done
awk '
  function median(list, n,   sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = list[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
    return (n % 2) ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  { ms[$2, $1] = $3; if (!($2 in seen)) { seen[$2] = 1; order[++count] = $2 } rounds = ($1 > rounds) ? $1 : rounds }
  END {
    print "| program | median wall (ms) | median of ratio to hello, round by round |"
    print "|---|---:|---:|"
    for (k = 1; k <= count; k++) {
      name = order[k]
      for (r = 1; r <= rounds; r++) { wall[r] = ms[name, r]; ratio[r] = ms[name, r] / ms["hello", r] }
      printf "| %s | %.0f | %.2fx |\n", name, median(wall, rounds), median(ratio, rounds)
    }
  }' times.txt
echo
echo "$(date -u +%F); $(java -version 2>&1 | head -1); $(nproc) cores; ROUNDS=$ROUNDS"
