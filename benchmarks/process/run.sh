#!/usr/bin/env bash
# Every whole-process comparison, in one harness. Each round runs every program once, in turn (A B C … A B C …), so
# that a slow moment of a shared machine falls on all of them; each ratio and each per-job cost is computed round by
# round, and the tables give medians over the rounds.
#
#   bash benchmarks/process/run.sh                      # ROUNDS=15, every section
#   ROUNDS=5 SECTIONS="launchers" bash benchmarks/process/run.sh
#   JDK25=/path/to/jdk-25 bash benchmarks/process/run.sh   # also measures JDK 25's AOT cache
#
# Sections: startup (cold start against picocli and a bare JVM; the packaged trainer and the guide's shipped greet with
# their archives against a bare JVM with its own; JDK 25's AOT cache), phases (where greet's and the composed trainer's
# start-up go: the classes, lambdas and milliseconds of each phase, without and with an archive, on JDK 17 and 25),
# footprint (the peak resident set of a start against picocli and a bare JVM, and the heap and metaspace in use),
# multirun (the cost of a job in a cold 100-job multirun: with nothing written, the journal alone, output directories,
# and those with an archive), launchers (the cost of a job on each launcher over JOBS=100 jobs; SLURM when run as root
# with SLURM and munge installed), memory (the heap a multirun retains per job). Each table, with the command, the date
# and the JDK, replaces its own in the part of benchmarks/RESULTS.md between the harness's markers. Needs java, mvn,
# bash and, for the footprint, GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-15}
JOBS=${JOBS:-100}
SECTIONS=${SECTIONS:-startup phases footprint multirun launchers memory}
top=$PWD
command_line="ROUNDS=$ROUNDS JOBS=$JOBS SECTIONS=\"$SECTIONS\" bash benchmarks/process/run.sh"

mvn -B -q -pl benchmarks,examples -am -DskipTests install
mvn -B -q -f benchmarks/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/process-classpath.txt
# Jars only: class-data archives refuse directories on the class path. The picocli program is a test class.
CP="$top/benchmarks/target/hookline-benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/process-classpath.txt)"
CP_PICOCLI="$top/benchmarks/target/test-classes:$CP"
dist="$top/examples/target/trainer-dist"
# The packaged trainer's jars, for running it without its archive (the order matters only to an archive).
CP_TRAINER=$(printf '%s:' "$dist"/lib/*.jar)

work=$(mktemp -d)
chmod 755 "$work"
cluster="$work/cluster"
cleanup() {
  [ -d "$cluster" ] && bash "$top/src-test/src/test/resources/slurm/cluster.sh" down "$cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
printf 'message: Hello\nname: World\n' > greeting.yaml
java=$(command -v java)
# JDK 25, for its AOT cache: JDK25 if set, else one installed beside the default JDK; empty when there is none.
jdk25=${JDK25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)}
[ -n "$jdk25" ] && [ -x "$jdk25/bin/java" ] || jdk25=""
greet=(io.hookline.benchmarks.process.HookGreet hello)

# interleave NAME...: runs each program (the shell function p_NAME) once a round, ROUNDS rounds after one unmeasured
# round, and appends "round name milliseconds" lines to times.txt.
interleave() {
  local name round start
  for name in "$@"; do "p_$name" > /dev/null 2>&1 || { echo "$name failed" >&2; exit 1; }; done
  for round in $(seq "$ROUNDS"); do
    for name in "$@"; do
      start=$EPOCHREALTIME
      "p_$name" > /dev/null 2>&1 || { echo "$name failed" >&2; exit 1; }
      awk -v r="$round" -v n="$name" -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%s %s %.2f\n", r, n, (e - s) * 1000 }'
    done
  done >> times.txt
}

# The medians of times.txt: "ratio NAME BASELINE" lines give a program's wall time and its ratio to BASELINE, round by
# round; "per-job LABEL SMALL LARGE JOBS" lines give (LARGE - SMALL) / JOBS, round by round.
report() {
  awk '
    function median(list, n,   s, i, j, t) {
      for (i = 1; i <= n; i++) s[i] = list[i]
      for (i = 2; i <= n; i++) for (j = i; j > 1 && s[j] < s[j - 1]; j--) { t = s[j]; s[j] = s[j - 1]; s[j - 1] = t }
      return (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
    }
    FNR == NR { ms[$2, $1] = $3; rounds = ($1 > rounds) ? $1 : rounds; next }
    $1 == "ratio" {
      if (!header1++) {
        print "| program | median wall (ms) | against | median ratio, round by round | min-max ratio |"
        print "|---|---:|---|---:|---:|"
      }
      lo = ""; hi = ""
      for (r = 1; r <= rounds; r++) { w[r] = ms[$2, r]; q[r] = ms[$2, r] / ms[$3, r]
        lo = (lo == "" || q[r] < lo) ? q[r] : lo; hi = (hi == "" || q[r] > hi) ? q[r] : hi }
      printf "| %s | %.0f | %s | %.2fx | %.2f-%.2f |\n", $2, median(w, rounds), $3, median(q, rounds), lo, hi
    }
    $1 == "per-job" {
      if (!header2++) { print ""; print "| cost of a job | small (ms) | large (ms) | per job (ms) |"; print "|---|---:|---:|---:|" }
      for (r = 1; r <= rounds; r++) { a[r] = ms[$3, r]; b[r] = ms[$4, r]; d[r] = (ms[$4, r] - ms[$3, r]) / $5 }
      printf "| %s | %.0f | %.0f | %.2f |\n", $2, median(a, rounds), median(b, rounds), median(d, rounds)
    }' times.txt -
}

out="$work/tables.md"
: > "$out"

if [[ " $SECTIONS " == *" startup "* ]]; then
  "$java" -XX:ArchiveClassesAtExit=greet.jsa -cp "$CP" "${greet[@]}" name=Ada > /dev/null 2>&1
  "$java" -XX:ArchiveClassesAtExit=hello.jsa -cp "$CP" io.hookline.benchmarks.process.Hello > /dev/null 2>&1
  p_hello() { "$java" -cp "$CP" io.hookline.benchmarks.process.Hello; }
  p_picocli() { "$java" -cp "$CP_PICOCLI" io.hookline.benchmarks.process.PicocliGreet hello name=Ada; }
  p_hookline() { "$java" -cp "$CP" "${greet[@]}" name=Ada; }
  p_hello_appcds() { "$java" -XX:SharedArchiveFile=hello.jsa -cp "$CP" io.hookline.benchmarks.process.Hello; }
  p_hookline_appcds() { "$java" -XX:SharedArchiveFile=greet.jsa -cp "$CP" "${greet[@]}" name=Ada; }
  p_trainer() { "$java" -Dtrainer.home=. -cp "$CP_TRAINER" io.hookline.examples.trainer.TrainerApp train epochs=1; }
  p_trainer_archive() { "$dist/bin/trainer" train epochs=1; }
  p_trainer_version() { "$dist/bin/trainer" --version; }
  # The guide's getting-started program, shipped as the guide ships it (hookline:dist, its archive made by a training
  # run), run from a folder of its own: its config is not greet's.
  mkdir -p shipped/src/main/java/greet shipped-run
  cp "$top/docs/getting-started/pom.xml" shipped/
  cp "$top/src-test/src/test/java/greet/Greet.java" shipped/src/main/java/greet/
  (cd shipped && mvn -B -q package)
  p_shipped() { (cd shipped-run && ../shipped/target/greet/bin/greet hello name=Ada); }
  names=(hello picocli hookline hello_appcds hookline_appcds trainer trainer_archive trainer_version shipped)
  if [ -n "$jdk25" ]; then
    "$jdk25/bin/java" -XX:AOTCacheOutput=greet.aot -cp "$CP" "${greet[@]}" name=Ada > /dev/null 2>&1
    "$jdk25/bin/java" -XX:AOTCacheOutput=hello.aot -cp "$CP" io.hookline.benchmarks.process.Hello > /dev/null 2>&1
    p_hello_jdk25() { "$jdk25/bin/java" -cp "$CP" io.hookline.benchmarks.process.Hello; }
    p_hello_jdk25_aot() { "$jdk25/bin/java" -XX:AOTCache=hello.aot -cp "$CP" io.hookline.benchmarks.process.Hello; }
    p_hookline_jdk25_aot() { "$jdk25/bin/java" -XX:AOTCache=greet.aot -cp "$CP" "${greet[@]}" name=Ada; }
    names+=(hello_jdk25 hello_jdk25_aot hookline_jdk25_aot)
  fi
  : > times.txt
  interleave "${names[@]}"
  {
    echo "### Start-up"
    echo
    report <<EOF
ratio hello hello
ratio picocli hello
ratio hookline picocli
ratio hello_appcds hello
ratio hookline_appcds hello_appcds
ratio trainer hello
ratio trainer_archive hello_appcds
ratio trainer_archive trainer
ratio trainer_version hello_appcds
ratio shipped hello_appcds
$( [ -n "$jdk25" ] && printf '%s\n' "ratio hello_jdk25_aot hello_jdk25" \
  "ratio hookline_jdk25_aot hello_jdk25_aot")
EOF
    echo
  } >> "$out"
fi

if [[ " $SECTIONS " == *" multirun "* ]]; then
  "$java" -XX:ArchiveClassesAtExit=multirun.jsa -Doutputs=true -cp "$CP" "${greet[@]}" -m 'name=range(3)' \
    > /dev/null 2>&1
  p_one_bare() { "$java" -Djournal=false -cp "$CP" "${greet[@]}" -m 'name=range(1)'; }
  p_many_bare() { "$java" -Djournal=false -cp "$CP" "${greet[@]}" -m "name=range($((JOBS + 1)))"; }
  p_one() { "$java" -cp "$CP" "${greet[@]}" -m 'name=range(1)'; }
  p_many() { "$java" -cp "$CP" "${greet[@]}" -m "name=range($((JOBS + 1)))"; }
  p_one_dirs() { "$java" -Doutputs=true -cp "$CP" "${greet[@]}" -m 'name=range(1)'; }
  p_many_dirs() { "$java" -Doutputs=true -cp "$CP" "${greet[@]}" -m "name=range($((JOBS + 1)))"; }
  p_one_dirs_archive() { "$java" -XX:SharedArchiveFile=multirun.jsa -Doutputs=true -cp "$CP" "${greet[@]}" \
    -m 'name=range(1)'; }
  p_many_dirs_archive() { "$java" -XX:SharedArchiveFile=multirun.jsa -Doutputs=true -cp "$CP" "${greet[@]}" \
    -m "name=range($((JOBS + 1)))"; }
  : > times.txt
  interleave one_bare many_bare one many one_dirs many_dirs one_dirs_archive many_dirs_archive
  rm -rf multirun
  {
    echo "### A cold multirun: (T($((JOBS + 1)) jobs) - T(1 job)) / $JOBS, sequential launcher"
    report <<EOF
per-job no_journal_no_directories one_bare many_bare $JOBS
per-job the_journal_alone one many $JOBS
per-job output_directories one_dirs many_dirs $JOBS
per-job output_directories_and_an_archive one_dirs_archive many_dirs_archive $JOBS
EOF
    echo
  } >> "$out"
fi

if [[ " $SECTIONS " == *" launchers "* ]]; then
  launch() { "$java" -cp "$CP" "${greet[@]}" -m "name=range($1)" "${@:2}"; }
  p_sequential_1() { launch 1 launcher=sequential; }
  p_sequential_n() { launch $((JOBS + 1)) launcher=sequential; }
  p_parallel_1() { launch 1 launcher=parallel launcher.threads=2; }
  p_parallel_n() { launch $((JOBS + 1)) launcher=parallel launcher.threads=2; }
  p_process_1() { launch 1 launcher=process launcher.workers=2; }
  p_process_n() { launch $((JOBS + 1)) launcher=process launcher.workers=2; }
  p_reuse_1() { launch 1 launcher=process launcher.workers=2 launcher.reuse=true; }
  p_reuse_n() { launch $((JOBS + 1)) launcher=process launcher.workers=2 launcher.reuse=true; }
  pairs=(sequential parallel process reuse)
  if [ "$(id -u)" = 0 ] && command -v sbatch > /dev/null && command -v slurmctld > /dev/null; then
    mkdir -p "$cluster"
    bash "$top/src-test/src/test/resources/slurm/cluster.sh" up "$cluster" 16917 16918 > /dev/null
    export SLURM_CONF="$cluster/slurm.conf"
    p_slurm_1() { launch 1 launcher=slurm launcher.poll=0.2; }
    p_slurm_n() { launch $((JOBS + 1)) launcher=slurm launcher.poll=0.2; }
    p_batched_1() { launch 1 launcher=slurm launcher.poll=0.2 launcher.jobsPerTask=10; }
    p_batched_n() { launch $((JOBS + 1)) launcher=slurm launcher.poll=0.2 launcher.jobsPerTask=10; }
    pairs+=(slurm batched)
  fi
  names=()
  for pair in "${pairs[@]}"; do names+=("${pair}_1" "${pair}_n"); done
  : > times.txt
  interleave "${names[@]}"
  rm -rf multirun
  {
    echo "### The cost of a job on each launcher: (T($((JOBS + 1)) jobs) - T(1 job)) / $JOBS"
    echo "(parallel: 2 threads; process: 2 workers, reuse: with launcher.reuse=true; slurm: a single-node cluster,"
    echo "launcher.poll=0.2, batched: launcher.jobsPerTask=10)"
    for pair in "${pairs[@]}"; do echo "per-job $pair ${pair}_1 ${pair}_n $JOBS"; done | report
    echo
  } >> "$out"
fi

if [[ " $SECTIONS " == *" phases "* ]]; then
  # Where start-up goes, phase by phase, for greet and for the composed trainer (its config composed from groups in its
  # jar, a folder and a log per run). A phase ends where a class of the next one is first used (initialized), as the
  # JVM's log (with its uptime) says, so the marks cost nothing: no code of Hookline's marks them. Initialization, not
  # loading, since an AOT cache loads its classes before main. The classes and lambdas loaded in each phase are counted
  # once, on JDK 17 without an archive (class loading is deterministic); its milliseconds are the median over the
  # rounds, measured with the log on, which adds to every phase: on JDK 17 without and with a class-data archive, and
  # on JDK 25 without and with its AOT cache.
  marks="MAIN=JVM to main
io.hookline.internal.Runner=building the app
io.hookline.cli.ParsedLine=parsing the command line
io.hookline.command.internal.ConfigStages=planning the run (composing its config), its start event
io.hookline.callback.JobContext=reading and binding the config
io.hookline.Outcome=the job: its events, hooks and the command"
  composed=(-Dtrainer.home=. io.hookline.examples.composed.ComposedTrainerApp train train.epochs=1)
  launch() { # launch PROGRAM JAVA OPTION...: runs the program once
    case $1 in
      greet) "$2" "${@:3}" -cp "$CP" "${greet[@]}" name=Ada ;;
      composed) "$2" "${@:3}" -cp "$CP_TRAINER" "${composed[@]}" ;;
    esac > /dev/null 2>&1
  }
  phases() { # phases PROGRAM CONFIG JAVA OPTION...: one row per phase and round in phases.txt
    local round main
    main=$([ "$1" = greet ] && echo io.hookline.benchmarks.process.HookGreet \
      || echo io.hookline.examples.composed.ComposedTrainerApp)
    for round in $(seq "$ROUNDS"); do
      launch "$1" "$3" "${@:4}" -Xlog:class+load=info,class+init=info:file=load.log:uptime
      awk -v program="$1" -v label="$2" -v round="$round" -v marks="${marks/MAIN/$main}" '
        BEGIN { classes = 0; lambdas = 0
          n = split(marks, m, "\n"); for (i = 1; i <= n; i++) { split(m[i], kv, "="); mark[kv[1]] = i; name[i] = kv[2] } }
        { ms = substr($1, 2) * 1000; last = ms }
        / Initializing / { cls = $0; sub(/^[^\047]*\047/, "", cls); sub(/\047.*/, "", cls); gsub("/", ".", cls)
          if ((cls in mark) && mark[cls] == phase + 1) { print program, label, round, phase + 1, name[phase + 1],
            classes, lambdas, ms; phase++; classes = 0; lambdas = 0 }
          next }
        / source: / { classes++; if ($2 ~ /\$\$Lambda/) lambdas++ }
        END { print program, label, round, phase + 1, "exit", classes, lambdas, last }' load.log
    done >> phases.txt
  }
  : > phases.txt
  for program in greet composed; do
    launch "$program" "$java" -XX:ArchiveClassesAtExit="$program.jsa"
    phases "$program" plain "$java"
    phases "$program" archive "$java" -XX:SharedArchiveFile="$program.jsa"
    if [ -n "$jdk25" ]; then
      launch "$program" "$jdk25/bin/java" -XX:AOTCacheOutput="$program.aot"
      phases "$program" plain25 "$jdk25/bin/java"
      phases "$program" aot25 "$jdk25/bin/java" -XX:AOTCache="$program.aot"
    fi
  done
  rm -rf outputs
  for program in greet composed; do
    {
      if [ "$program" = greet ]; then
        echo "### Where greet's start-up goes, phase by phase"
      else
        echo "### Where the composed trainer's start-up goes, phase by phase"
      fi
      echo
      echo "| phase | classes loaded | of them lambdas | ms, JDK 17 | ms, JDK 17 with an archive | ms, JDK 25 |" \
        "ms, JDK 25 with an AOT cache |"
      echo "|---|---:|---:|---:|---:|---:|---:|"
      awk -v program="$program" '
        function median(list, n,   s, i, j, t) {
          for (i = 1; i <= n; i++) s[i] = list[i]
          for (i = 2; i <= n; i++) for (j = i; j > 1 && s[j] < s[j - 1]; j--) { t = s[j]; s[j] = s[j - 1]; s[j - 1] = t }
          return (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
        }
        function cell(label, p, whole,   r, d) { # the median of phase p, or with whole of its end
          if (!((label, p, 1) in end)) return "-"
          for (r = 1; r <= rounds; r++) d[r] = end[label, p, r] - (p > 1 && !whole ? end[label, p - 1, r] : 0)
          return sprintf("%.1f", median(d, rounds))
        }
        $1 == program { label = $2; round = $3; phase = $4; rounds = round > rounds ? round : rounds
          phases = phase > phases ? phase : phases; n = NF; end[label, phase, round] = $n
          classes[label, phase] = $(n - 2); lambdas[label, phase] = $(n - 1)
          title = ""; for (i = 5; i <= n - 3; i++) title = title (i > 5 ? " " : "") $i
          if (label == "plain") names[phase] = title }
        END {
          for (p = 1; p <= phases; p++) {
            printf "| %s | %d | %d | %s | %s | %s | %s |\n", names[p], classes["plain", p], lambdas["plain", p],
              cell("plain", p), cell("archive", p), cell("plain25", p), cell("aot25", p)
            total += classes["plain", p]; totalLambdas += lambdas["plain", p]
          }
          printf "| all | %d | %d | %s | %s | %s | %s |\n", total, totalLambdas, cell("plain", phases, 1),
            cell("archive", phases, 1), cell("plain25", phases, 1), cell("aot25", phases, 1)
        }' phases.txt
      echo
    } >> "$out"
  done
fi

if [[ " $SECTIONS " == *" footprint "* ]]; then
  # The memory a start takes: each program's peak resident set (GNU time's %M), median over the rounds, run in turn as
  # the timings are; and, once each, the heap in use and the metaspace used when it exits (-Xlog:gc+heap+exit).
  : > rss.txt
  for round in $(seq "$ROUNDS"); do
    for name in hello picocli hookline; do
      case $name in
        hello) main=(io.hookline.benchmarks.process.Hello); cp=$CP ;;
        picocli) main=(io.hookline.benchmarks.process.PicocliGreet hello name=Ada); cp=$CP_PICOCLI ;;
        hookline) main=("${greet[@]}" name=Ada); cp=$CP ;;
      esac
      /usr/bin/time -f "$round $name %M" -a -o rss.txt "$java" -cp "$cp" "${main[@]}" > /dev/null 2>&1
    done
  done
  exit_heap() { "$java" -Xlog:gc+heap+exit -cp "$@" 2>&1 | awk '
    function used(line) { match(line, /used [0-9]+K/); return substr(line, RSTART + 5, RLENGTH - 6) }
    /heap +total/ { heap = used($0) } /Metaspace/ { meta = used($0) } END { printf "%d %d", heap, meta }'; }
  read -r picocli_heap picocli_meta <<<"$(exit_heap "$CP_PICOCLI" io.hookline.benchmarks.process.PicocliGreet hello \
    name=Ada)"
  read -r hookline_heap hookline_meta <<<"$(exit_heap "$CP" "${greet[@]}" name=Ada)"
  {
    echo "### The memory a start takes"
    echo
    echo "| program | peak resident set, median (MiB) | against picocli | heap in use at exit (MiB) | metaspace used (MiB) |"
    echo "|---|---:|---:|---:|---:|"
    awk -v ph="$picocli_heap" -v pm="$picocli_meta" -v hh="$hookline_heap" -v hm="$hookline_meta" '
      function median(list, n,   s, i, j, t) {
        for (i = 1; i <= n; i++) s[i] = list[i]
        for (i = 2; i <= n; i++) for (j = i; j > 1 && s[j] < s[j - 1]; j--) { t = s[j]; s[j] = s[j - 1]; s[j - 1] = t }
        return (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
      }
      { kb[$2, $1] = $3; rounds = ($1 > rounds) ? $1 : rounds }
      END {
        for (r = 1; r <= rounds; r++) { h[r] = kb["hello", r]; p[r] = kb["picocli", r]; k[r] = kb["hookline", r]
          q[r] = kb["hookline", r] / kb["picocli", r] }
        printf "| hello | %.1f | | | |\n", median(h, rounds) / 1024
        printf "| picocli | %.1f | 1.00x | %.1f | %.1f |\n", median(p, rounds) / 1024, ph / 1024, pm / 1024
        printf "| hookline | %.1f | %.2fx | %.1f | %.1f |\n", median(k, rounds) / 1024, median(q, rounds), hh / 1024,
          hm / 1024
      }' rss.txt
    echo
  } >> "$out"
fi

if [[ " $SECTIONS " == *" memory "* ]]; then
  # The heap in use in onMultirunEnd after a collection, with every return at hand (SweepMemory), for 1,000 jobs and
  # for 100,000 (20,000 with output directories, since each job makes a folder): the per-job figure is the difference.
  heap() { "$java" -Xmx2g "${@:2}" -cp "$CP" io.hookline.benchmarks.process.SweepMemory "$1" 2>/dev/null | tail -1; }
  {
    echo "### The heap a multirun retains per job, parallel(8)"
    echo
    echo "| sweep | jobs | heap in use (MiB) | jobs | heap in use (MiB) | per job (bytes) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for spec in "no output directories|100000|" "output directories and journal|20000|-Doutputs=true"; do
      IFS='|' read -r label large option <<<"$spec"
      # shellcheck disable=SC2086
      small_line=$(heap 1000 $option)
      # shellcheck disable=SC2086
      large_line=$(heap "$large" $option)
      rm -rf multirun
      awk -v n="$label" -v a="$small_line" -v b="$large_line" 'BEGIN { split(a, x, " "); split(b, y, " ");
        printf "| %s | %d | %.1f | %d | %.1f | %.0f |\n", n, x[1], x[2] / 1048576, y[1], y[2] / 1048576,
          (y[2] - x[2]) / (y[1] - x[1]) }'
    done
    echo
  } >> "$out"
fi

# The block between the harness's markers in RESULTS.md keeps one table per section; the sections run now replace
# theirs, each under its title with the command, the date and the JDK that made it, and the others stay as they were.
stamp="\`$command_line\`, $(date -u +%F), $("$java" -version 2>&1 | head -1), $(nproc) cores."
results="$top/benchmarks/RESULTS.md"
sed -n '/<!-- harness:start -->/,/<!-- harness:end -->/p' "$results" > "$work/old.md"
awk -v stamp="$stamp" -v oldfile="$work/old.md" '
  function take(file, into, order, count,   line, title) {
    title = ""
    while ((getline line < file) > 0) {
      if (line ~ /^### /) { title = line; if (!(title in into)) order[++count] = title; into[title] = line "\n"; continue }
      if (title != "" && line !~ /^<!-- harness:end -->/) into[title] = into[title] line "\n"
    }
    return count
  }
  BEGIN {
    n = take(oldfile, old, order, 0)
    while ((getline line < "/dev/stdin") > 0) {
      if (line ~ /^### /) { title = line; fresh[title] = line "\n\n" stamp "\n"; if (!(title in old)) order[++n] = title; continue }
      fresh[title] = fresh[title] line "\n"
    }
    print "<!-- harness:start -->"
    print "## The latest run of the whole-process harness"
    print ""
    print "Each table says the command that made it; a run of some sections replaces their tables only."
    print ""
    for (i = 1; i <= n; i++) printf "%s", (order[i] in fresh) ? fresh[order[i]] : old[order[i]]
    print "<!-- harness:end -->"
  }' < "$out" > "$work/section.md"
cat "$work/section.md"
if grep -q '<!-- harness:start -->' "$results"; then
  awk -v file="$work/section.md" '
    /<!-- harness:start -->/ { while ((getline line < file) > 0) print line; skip = 1; next }
    /<!-- harness:end -->/ { skip = 0; next }
    !skip { print }' "$results" > "$work/results.md"
  cp "$work/results.md" "$results"
else
  { echo; cat "$work/section.md"; } >> "$results"
fi

