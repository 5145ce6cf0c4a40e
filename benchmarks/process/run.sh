#!/usr/bin/env bash
# Whole-process benchmarks: cold start and the per-job cost of a multirun, each reported as a median over RUNS runs
# and as a ratio to baselines measured in the same run. Needs only java, mvn and /usr/bin/time.
#
#   bash benchmarks/process/run.sh            # RUNS=15 by default
#   RUNS=30 bash benchmarks/process/run.sh
#   JDK25=/path/to/jdk-25 bash benchmarks/process/run.sh   # also measure JDK 25's AOT cache
#
# Prints a Markdown table for benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-15}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "needs GNU time at $TIME (Debian package 'time')" >&2; exit 1; }

# Install, so that the class path below (resolved outside the reactor) holds the Hookline just built.
mvn -B -q -pl benchmarks -am -DskipTests install
mvn -B -q -f benchmarks/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/process-classpath.txt
top=$PWD
# Jars only: class-data archives refuse directories on the class path. The picocli program is a test class.
CP="$top/benchmarks/target/hookline-benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/process-classpath.txt)"
CP_PICOCLI="$top/benchmarks/target/test-classes:$CP"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'message: Hello\nname: World\n' > "$work/greeting.yaml"
cd "$work"

# median of column $1 of the lines on stdin
median() { sort -n -k"$1","$1" | awk -v c="$1" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME JAVA ARGS...: prints "NAME wall_ms rss_kb", medians over RUNS runs (after one unmeasured run)
measure() {
  local name=$1; shift
  "$@" > /dev/null 2>&1 || true
  : > times.txt
  for _ in $(seq "$RUNS"); do
    local start=$EPOCHREALTIME
    "$TIME" -f "%M" -o one.txt "$@" > /dev/null 2>&1 || { echo "$name failed: $*" >&2; exit 1; }
    local end=$EPOCHREALTIME
    # Wall time from bash's microsecond clock (GNU time's %e has a resolution of 10 ms); peak RSS from GNU time.
    printf '%s %s\n' "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }')" "$(cat one.txt)" >> times.txt
  done
  printf '%s %s %s\n' "$name" "$(median 1 < times.txt | awk '{ printf "%.0f", $1 * 1000 }')" "$(median 2 < times.txt)"
}

java=$(command -v java)
results=()
results+=("$(measure hello "$java" -cp "$CP" io.hookline.benchmarks.process.Hello)")
results+=("$(measure picocli "$java" -cp "$CP_PICOCLI" io.hookline.benchmarks.process.PicocliGreet hello name=Ada)")
results+=("$(measure hookline "$java" -cp "$CP" io.hookline.benchmarks.process.HookGreet hello name=Ada)")

# AppCDS on this JDK: one run records the loaded classes into an archive, the measured runs map it.
"$java" -XX:ArchiveClassesAtExit=greet.jsa -cp "$CP" io.hookline.benchmarks.process.HookGreet hello name=Ada \
  > /dev/null 2>&1
results+=("$(measure hookline-appcds "$java" -XX:SharedArchiveFile=greet.jsa -cp "$CP" \
  io.hookline.benchmarks.process.HookGreet hello name=Ada)")
"$java" -XX:ArchiveClassesAtExit=hello.jsa -cp "$CP" io.hookline.benchmarks.process.Hello > /dev/null 2>&1
results+=("$(measure hello-appcds "$java" -XX:SharedArchiveFile=hello.jsa -cp "$CP" \
  io.hookline.benchmarks.process.Hello)")

# JDK 25's AOT cache, if a JDK 25 is given or installed in the usual place.
jdk25=${JDK25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)}
if [ -n "$jdk25" ] && [ -x "$jdk25/bin/java" ]; then
  "$jdk25/bin/java" -XX:AOTCacheOutput=greet.aot -cp "$CP" io.hookline.benchmarks.process.HookGreet hello name=Ada \
    > /dev/null 2>&1
  results+=("$(measure hookline-jdk25 "$jdk25/bin/java" -cp "$CP" io.hookline.benchmarks.process.HookGreet \
    hello name=Ada)")
  results+=("$(measure hookline-jdk25-aot "$jdk25/bin/java" -XX:AOTCache=greet.aot -cp "$CP" \
    io.hookline.benchmarks.process.HookGreet hello name=Ada)")
  results+=("$(measure hello-jdk25 "$jdk25/bin/java" -cp "$CP" io.hookline.benchmarks.process.Hello)")
fi

# Multirun: 1 job and 100 jobs, with output directories and without; the per-job cost is the difference over 99.
results+=("$(measure multirun-1 "$java" -cp "$CP" io.hookline.benchmarks.process.HookGreet hello -m 'name=range(1)')")
results+=("$(measure multirun-100 "$java" -cp "$CP" io.hookline.benchmarks.process.HookGreet hello -m \
  'name=range(100)')")
results+=("$(measure multirun-1-dirs "$java" -Doutputs=true -cp "$CP" io.hookline.benchmarks.process.HookGreet \
  hello -m 'name=range(1)')")
results+=("$(measure multirun-100-dirs "$java" -Doutputs=true -cp "$CP" io.hookline.benchmarks.process.HookGreet \
  hello -m 'name=range(100)')")

printf '%s\n' "${results[@]}" > results.txt
awk '
  { wall[$1] = $2; rss[$1] = $3; order[NR] = $1 }
  END {
    printf "| program | median wall (ms) | median peak RSS (MB) | wall / picocli | wall / hello | RSS / picocli |\n"
    printf "|---|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= NR; i++) {
      n = order[i]
      if (n ~ /^multirun/) continue
      base = (n ~ /jdk25/) ? "hello-jdk25" : (n ~ /appcds/ ? "hello-appcds" : "hello")
      printf "| %s | %d | %.1f | %.2fx | %.2fx (%s) | %.2fx |\n", n, wall[n], rss[n] / 1024, wall[n] / wall["picocli"],
        wall[n] / wall[base], base, rss[n] / rss["picocli"]
    }
    printf "\n| multirun | 1 job (ms) | 100 jobs (ms) | per job (ms) |\n|---|---:|---:|---:|\n"
    printf "| no output dirs | %d | %d | %.2f |\n", wall["multirun-1"], wall["multirun-100"],
      (wall["multirun-100"] - wall["multirun-1"]) / 99
    printf "| output dirs | %d | %d | %.2f |\n", wall["multirun-1-dirs"], wall["multirun-100-dirs"],
      (wall["multirun-100-dirs"] - wall["multirun-1-dirs"]) / 99
  }' results.txt
echo
echo "$(java -version 2>&1 | head -1); $(nproc) cores; RUNS=$RUNS"
