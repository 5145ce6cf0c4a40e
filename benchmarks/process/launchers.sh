#!/usr/bin/env bash
# The per-job cost of each launcher, whole process: a 1-job and a (JOBS+1)-job multirun of HookGreet on each launcher
# (the process launcher with and without warm workers, SLURM with one job per task and with ten); the per-job cost is
# the difference over JOBS. Medians over RUNS runs. The SLURM launcher is measured on a single-node
# cluster this script starts (and stops) itself, when run as root on a machine with SLURM and munge installed.
#
#   bash benchmarks/process/launchers.sh           # RUNS=5 and JOBS=100 by default
#
# Needs only java, mvn and bash (plus SLURM's daemons for the SLURM row). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
JOBS=${JOBS:-100}
top=$PWD

mvn -B -q -pl benchmarks -am -DskipTests install
mvn -B -q -f benchmarks/pom.xml dependency:build-classpath -Dmdep.outputFile=target/process-classpath.txt
CP="$top/benchmarks/target/hookline-benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/process-classpath.txt)"

work=$(mktemp -d)
chmod 755 "$work"
cluster="$work/cluster"
cleanup() {
  [ -d "$cluster" ] && bash "$top/src-test/src/test/resources/slurm/cluster.sh" down "$cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
printf 'message: Hello\nname: World\n' > "$work/greeting.yaml"
cd "$work"

launchers=("sequential" "parallel launcher.threads=2" "process launcher.workers=2"
  "process launcher.workers=2 launcher.reuse=true")
if [ "$(id -u)" = 0 ] && command -v sbatch > /dev/null && command -v slurmctld > /dev/null; then
  mkdir -p "$cluster"
  bash "$top/src-test/src/test/resources/slurm/cluster.sh" up "$cluster" 16917 16918
  export SLURM_CONF="$cluster/slurm.conf"
  launchers+=("slurm launcher.poll=0.2" "slurm launcher.poll=0.2 launcher.jobsPerTask=10")
fi

# seconds NAME JOBS: the median wall time, in seconds, of a JOBS-job multirun on launcher NAME (with its options)
seconds() {
  local spec=$1 jobs=$2
  : > times.txt
  for _ in $(seq "$RUNS"); do
    local start=$EPOCHREALTIME
    # shellcheck disable=SC2086
    java -cp "$CP" io.hookline.benchmarks.process.HookGreet hello -m "name=range($jobs)" launcher=$spec \
      > /dev/null 2>&1 || { echo "failed: launcher=$spec, $jobs jobs" >&2; exit 1; }
    awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.4f\n", e - s }' >> times.txt
  done
  sort -n times.txt | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

printf '| launcher | 1 job (ms) | %s jobs (ms) | per job (ms) |\n|---|---:|---:|---:|\n' $((JOBS + 1))
for spec in "${launchers[@]}"; do
  one=$(seconds "$spec" 1)
  many=$(seconds "$spec" $((JOBS + 1)))
  awk -v n="$(sed -e 's/launcher\.poll=0\.2 *//' -e 's/launcher\.workers=2 *//' <<<"$spec")" -v a="$one" -v b="$many" \
    -v j="$JOBS" 'BEGIN { printf "| %s | %.0f | %.0f | %.1f |\n", n, a * 1000, b * 1000, (b - a) * 1000 / j }'
done
echo
echo "$(date -u +%F); $(java -version 2>&1 | head -1); $(nproc) cores; RUNS=$RUNS JOBS=$JOBS"
