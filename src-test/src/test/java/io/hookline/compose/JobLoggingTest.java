package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.reliability.SmallDisk;
import io.hookline.testkit.Transcript;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each job's log, as Hydra's {@code hydra/job_logging}: the records of {@link App#logger}'s loggers go to
 * {@code <job folder>/<command>.log} in the format, at the level and with the verbose loggers that
 * {@code hookline.job_logging} and {@code hookline.verbose} say, with the presets {@code default}, {@code none} and
 * {@code disabled}; a failed job's trace goes there without Hookline's frames; on the parallel launcher each job's
 * records reach its own file; and the console is {@link System.Logger}'s, here java.util.logging's.
 */
class JobLoggingTest {

  private static final System.Logger LOG = App.logger("shop.Show");
  /** Counted down by the test once the sweep of a job of act {@code late} has ended. */
  private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> JOB_ENDED =
      new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(0));
  /** The thread a job of act {@code late} leaves, which logs once the test says the sweep has ended. */
  private static final java.util.concurrent.atomic.AtomicReference<Thread> LATE =
      new java.util.concurrent.atomic.AtomicReference<>();
  private static final java.util.ResourceBundle GREETINGS = new java.util.ListResourceBundle() {
    @Override
    protected Object[][] getContents() {
      return new Object[][] {{"greeting", "hello {0}"}};
    }
  };
  private static final String LINE = "\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}\\]";

  @TempDir
  Path dir;

  private ConfigTree conf;

  @BeforeEach
  void files() {
    conf = new ConfigTree(dir.resolve("conf")).fixtureA();
  }

  /**
   * The app: {@code show} logs its driver at INFO and DEBUG, and as its config's {@code act} says: {@code fail} throws,
   * {@code thread} logs from a thread it starts, {@code many} logs 200 lines, {@code huge} 2000 long ones, {@code peek}
   * prints how many lines its log file holds while it runs, {@code late} leaves a thread that logs after the job.
   */
  private App app() {
    return App.named("app").outputs(OutputDirs.off()).compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", invocation -> {
          Map<?, ?> db = invocation.config("db", Map.class);
          Object driver = db.get("driver");
          LOG.log(Level.INFO, "driver {0}", driver);
          LOG.log(Level.DEBUG, "detail of " + driver);
          switch (String.valueOf(db.get("act"))) {
            case "fail" -> throw new IllegalStateException("failing on purpose");
            case "thread" -> {
              Thread thread = new Thread(() -> LOG.log(Level.WARNING, "from a thread of " + driver));
              thread.start();
              thread.join();
            }
            case "many" -> {
              for (int i = 0; i < 200; i++) {
                LOG.log(Level.INFO, driver + " " + i);
                Thread.yield();
              }
            }
            case "levels" -> {
              LOG.log(Level.INFO, "info loggable " + LOG.isLoggable(Level.INFO) + ", debug "
                  + LOG.isLoggable(Level.DEBUG));
              LOG.log(Level.WARNING, "with a cause", new IllegalStateException("the cause"));
              LOG.log(Level.INFO, GREETINGS, "greeting", "Ada");
              LOG.log(Level.INFO, GREETINGS, "no.such.key", (Throwable) null);
              LOG.log(Level.INFO, "{0} and {1}", "a", "b");
              LOG.log(Level.INFO, "plain {0} kept");
            }
            case "peek" -> {
              Path log = invocation.attribute(OutputDirs.DIRECTORY).orElseThrow().resolve("show.log");
              System.out.println("lines while the job runs: " + Files.readAllLines(log).size());
            }
            case "late" -> {
              java.util.concurrent.CountDownLatch ended = JOB_ENDED.get();
              LATE.set(new Thread(() -> {
                try {
                  ended.await();
                } catch (InterruptedException e) {
                  return;
                }
                LOG.log(Level.INFO, "after the job of " + driver);
              }));
              LATE.get().start();
            }
            case "huge" -> {
              for (int i = 0; i < 2000; i++) {
                LOG.log(Level.INFO, i + " " + "x".repeat(100));
              }
            }
            default -> { }
          }
          return driver;
        }).config(ConfigSpec.of("db", Map.of())));
  }

  /** Runs a sweep into the folder {@code out}, which it empties first, each job in {@code out/<driver>}. */
  private Transcript sweep(String primaryExtra, String... args) {
    try (java.util.stream.Stream<Path> old = Files.exists(dir.resolve("out")) ? Files.walk(dir.resolve("out"))
        : java.util.stream.Stream.empty()) {
      old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\nhookline:\n  sweep:\n    dir: out\n"
        + "    subdir: ${db.driver}\n" + primaryExtra);
    List<String> all = new java.util.ArrayList<>(List.of("show", "-m"));
    all.addAll(List.of(args));
    return Transcript.of(app(), dir, all.toArray(String[]::new));
  }

  private List<String> log(String driver) throws Exception {
    return Files.readAllLines(dir.resolve("out/" + driver + "/show.log"));
  }

  @Test
  void eachJobLogsToItsOwnFileAtInfoByDefault() throws Exception {
    Transcript run = sweep("", "db=mysql,sqlite");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(log("mysql")).singleElement().asString().matches(LINE + "\\[shop.Show]\\[INFO] - driver mysql");
    assertThat(log("sqlite")).singleElement().asString().matches(LINE + "\\[shop.Show]\\[INFO] - driver sqlite");
    Transcript chosen = sweep("", "db=postgresql", "hookline/job_logging=default");
    assertThat(chosen.exitCode()).as(chosen.err()).isZero();
    assertThat(log("postgresql")).as("the default preset is what a job gets when none is chosen").singleElement()
        .asString().matches(LINE + "\\[shop.Show]\\[INFO] - driver postgresql");
  }

  @Test
  void everyWayOfLoggingReachesTheJobsLog() throws Exception {
    Transcript run = sweep("", "db=mysql", "+db.act=levels");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(log("mysql").stream().filter(line -> !line.startsWith("\tat ")).map(line -> line.replaceFirst(LINE, ""))
        .toList()).containsExactly("[shop.Show][INFO] - driver mysql",
            "[shop.Show][INFO] - info loggable true, debug false", "[shop.Show][WARNING] - with a cause",
            "java.lang.IllegalStateException: the cause", "[shop.Show][INFO] - hello Ada",
            "[shop.Show][INFO] - no.such.key", "[shop.Show][INFO] - a and b", "[shop.Show][INFO] - plain {0} kept");
    assertThat(LOG.getName()).isEqualTo("shop.Show");
  }

  @Test
  void aFailedJobsTraceGoesToItsLogWithoutHooklinesFrames() throws Exception {
    Transcript run = sweep("", "db=mysql", "+db.act=fail");
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = log("mysql");
    assertThat(lines.get(1)).matches(LINE + "\\[hookline]\\[ERROR] - job #0 failed");
    assertThat(lines.get(2)).isEqualTo("java.lang.IllegalStateException: failing on purpose");
    assertThat(lines.subList(3, lines.size())).isNotEmpty().allMatch(line -> line.startsWith("\tat "))
        .noneMatch(line -> line.startsWith("\tat io.hookline."));
  }

  @Test
  void thePresetsAreChosenAsHydraUsersWriteThem() throws Exception {
    Transcript none = sweep("", "db=mysql", "hookline/job_logging=none");
    assertThat(none.exitCode()).as(none.err()).isZero();
    assertThat(dir.resolve("out/mysql/show.log")).doesNotExist();
    assertThat(dir.resolve("out/mysql/.hookline/config.yaml")).isRegularFile();

    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - hookline/job_logging: disabled\n  - _self_\nhookline:\n"
        + "  sweep:\n    dir: out\n    subdir: ${db.driver}\n");
    List<LogRecord> console = consoleOf("shop.Show", () -> Transcript.of(app(), dir, "show", "-m", "db=sqlite"));
    assertThat(dir.resolve("out/sqlite/show.log")).doesNotExist();
    assertThat(console).as("disabled: nothing on the console either").isEmpty();

    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - override hookline/job_logging: none\n  - _self_\n");
    Transcript override = Transcript.of(app(), dir, "show");
    assertThat(override.exitCode()).isEqualTo(2);
    assertThat(override.err()).isEqualTo("app: conf/config.yaml:3:5: 'override hookline/job_logging' changes group"
        + " 'hookline/job_logging', which no entry of the defaults tree chooses; Hookline's own groups have no entry"
        + " to change: write 'hookline/job_logging: none' without 'override'\n");
  }

  @Test
  void theConsoleIsSystemLoggersAndNoneLeavesEveryRecordToIt() {
    List<LogRecord> byDefault = consoleOf("shop.Show", () -> sweep("", "db=mysql"));
    assertThat(byDefault).extracting(LogRecord::getMessage).containsExactly("driver mysql");
    List<LogRecord> none = consoleOf("shop.Show", () -> sweep("", "db=mysql", "hookline/job_logging=none"));
    assertThat(none).as("none: every level is offered to System.Logger, whose setup keeps FINE here")
        .extracting(LogRecord::getMessage).containsExactly("driver mysql", "detail of mysql");
    List<LogRecord> fileOnly = consoleOf("shop.Show", () -> sweep("", "db=mysql",
        "hookline.job_logging.console=false"));
    assertThat(fileOnly).isEmpty();
  }

  @Test
  void aRecordIsInTheFileAtOnceAndOneAfterTheJobGoesToTheConsole() throws Exception {
    Transcript peek = sweep("", "db=mysql", "+db.act=peek");
    assertThat(peek.exitCode()).as(peek.err()).isZero();
    assertThat(peek.out()).contains("lines while the job runs: 1\n");

    List<LogRecord> console = consoleOf("shop.Show", () -> {
      JOB_ENDED.set(new java.util.concurrent.CountDownLatch(1));
      Transcript late = sweep("", "db=mysql", "+db.act=late", "hookline.job_logging.console=false");
      JOB_ENDED.get().countDown();
      LATE.get().join();
      return late;
    });
    assertThat(console).extracting(LogRecord::getMessage).containsExactly("after the job of mysql");
    assertThat(log("mysql")).singleElement().asString().endsWith("driver mysql");
  }

  @Test
  void verboseLoggersLogFromDebug() throws Exception {
    assertThat(sweep("", "db=mysql", "hookline.verbose=true").exitCode()).isZero();
    assertThat(log("mysql")).hasSize(2).last().asString().endsWith("[shop.Show][DEBUG] - detail of mysql");
    assertThat(sweep("", "db=sqlite", "hookline.verbose=[shop]").exitCode()).isZero();
    assertThat(log("sqlite")).as("a logger's name holds the loggers below it").hasSize(2);
    assertThat(sweep("", "db=postgresql", "hookline.verbose=sho").exitCode()).isZero();
    assertThat(log("postgresql")).as("but not a prefix of a name").hasSize(1);
  }

  @Test
  void levelFormatAndFileComeFromHooklineJobLogging() throws Exception {
    String settings = "  job_logging:\n    level: warning\n    file: ${db.driver}-run.log\n"
        + "    format: '{level} {logger} ({thread}) {{{message}}} {time:yyyy}'\n";
    Transcript run = sweep(settings, "db=mysql", "+db.act=thread");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out/mysql/mysql-run.log"))).singleElement().asString()
        .matches("WARNING shop.Show \\(Thread-\\d+\\) \\{from a thread of mysql} \\d{4}");
    assertThat(dir.resolve("out/mysql/show.log")).doesNotExist();
  }

  @Test
  void theFileNameIsResolvedAsAConfigIsEnvironmentToo() throws Exception {
    Transcript run = sweep("  job_logging:\n    file: ${oc.env:HOOKLINE_SURELY_UNSET_4711,from-env}-${db.driver}.log\n",
        "db=mysql");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("out/mysql/from-env-mysql.log")).isRegularFile();
  }

  @Test
  void onTheParallelLauncherEachJobsRecordsReachItsOwnFile() throws Exception {
    Transcript run = sweep("", "db=mysql,sqlite,postgresql", "+db.act=many", "launcher=parallel",
        "launcher.threads=3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String driver : List.of("mysql", "sqlite", "postgresql")) {
      List<String> lines = log(driver);
      assertThat(lines).hasSize(201).allMatch(line -> line.contains("] - " + driver + " ")
          || line.endsWith("] - driver " + driver));
    }
  }

  @Test
  void badSettingsAreOneLineBeforeAnyJobRuns() {
    assertThat(sweep("  job_logging:\n    level: loud\n", "db=mysql").err()).isEqualTo("app: conf/config.yaml:9:5:"
        + " 'hookline.job_logging.level' is one of [ALL, TRACE, DEBUG, INFO, WARNING, ERROR, OFF], not 'loud'\n");
    assertThat(sweep("", "db=mysql", "hookline.job_logging.format='{time} {lvl}'").err()).isEqualTo("app: command"
        + " line: hookline.job_logging.format='{time} {lvl}': 'hookline.job_logging.format': no field {lvl}; the fields"
        + " are {time}, {time:PATTERN}, {level}, {logger}, {thread} and {message}\n");
    assertThat(sweep("", "db=mysql", "hookline.job_logging.file=../up.log").err()).isEqualTo("app: command line:"
        + " hookline.job_logging.file=../up.log: 'hookline.job_logging.file' is a file name in the job's folder, not"
        + " '../up.log'; write one such as train.log\n");
    assertThat(sweep("", "db=mysql", "hookline.job_logging.levl=INFO").err()).isEqualTo("app: command line:"
        + " hookline.job_logging.levl=INFO: no key 'hookline.job_logging.levl'; did you mean 'level'?; the keys of"
        + " hookline.job_logging are [console, file, format, level]\n");
    assertThat(sweep("", "db=mysql", "hookline/job_logging=nonee").err()).isEqualTo("app: command line:"
        + " hookline/job_logging=nonee: group 'hookline/job_logging' has no option 'nonee'; did you mean 'none'?;"
        + " the options are [default, disabled, none]\n");
    assertThat(sweep("", "db=mysql", "hydra/job_logging=none").err()).isEqualTo("app: command line:"
        + " hydra/job_logging=none: no group 'hydra/job_logging': a job's logging is chosen from Hookline's group"
        + " hookline/job_logging here (default, none or disabled)\n");
    assertThat(sweep("", "db=mysql", "hookline.verbose={a: 1}").exitCode()).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aLogThatCannotBeWrittenIsSaidOnceAndItsRecordsGoToTheConsole() {
    List<LogRecord> console = consoleOf("shop.Show", () -> {
      Transcript run = sweep("", "db=mysql", "+db.act=many", "hookline.job_logging.console=false",
          "hookline.job_logging.file=.hookline");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).containsOnlyOnce("app: job #0: cannot write its log " + dir.resolve("out/mysql/.hookline")
          + " (it is not a regular file); its records go to the console");
      return run;
    });
    assertThat(console).as("no record is lost").hasSize(201);
  }

  @StartsProcesses
  @Test
  void onAFullDiskTheRecordsTheFileCouldNotTakeGoToTheConsole() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "64k")) {
      conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\nhookline:\n  run:\n    dir: disk/run\n"
          + "  job_logging:\n    console: false\n");
      List<LogRecord> console = consoleOf("shop.Show", () -> {
        Transcript run = Transcript.of(app(), dir, "show", "+db.act=huge");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsOnlyOnce("app: job #0: cannot write its log " + disk.resolve("run/show.log")
            + " (No space left on device); its records go to the console");
        return run;
      });
      String text = Files.readString(disk.resolve("run/show.log"));
      long written = text.chars().filter(c -> c == '\n').count();
      assertThat(written).as("the file took some").isPositive();
      assertThat(written + console.size()).as("and the console the rest: no record is lost").isEqualTo(2001);
    }
  }

  @Test
  void aJobWithoutAFolderLogsToTheConsoleOnly() {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\n");
    List<LogRecord> console = consoleOf("shop.Show", () -> {
      Transcript run = Transcript.of(app(), dir, "show", "hookline.job_logging.console=false");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.written()).noneMatch(file -> file.endsWith(".log"));
      return run;
    });
    assertThat(console).as("even with console: false, since there is no file to keep them")
        .extracting(LogRecord::getMessage).containsExactly("driver mysql");
  }

  @Test
  void outsideAJobEveryRecordGoesToSystemLogger() {
    List<LogRecord> console = consoleOf("shop.Show", () -> {
      LOG.log(Level.INFO, "before any job");
      LOG.log(Level.TRACE, "below FINE");
      assertThat(LOG.isLoggable(Level.DEBUG)).isTrue();
      assertThat(LOG.isLoggable(Level.TRACE)).isFalse();
      return null;
    });
    assertThat(console).extracting(LogRecord::getMessage).containsExactly("before any job");
  }

  /** Returns what reaches java.util.logging's logger {@code name}, with FINE and above kept, while {@code action} runs. */
  private static List<LogRecord> consoleOf(String name, java.util.concurrent.Callable<?> action) {
    Logger logger = Logger.getLogger(name);
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord logged) {
        records.add(logged);
      }

      @Override
      public void flush() { }

      @Override
      public void close() { }
    };
    java.util.logging.Level before = logger.getLevel();
    logger.setLevel(java.util.logging.Level.FINE);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
    try {
      action.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(true);
      logger.setLevel(before);
    }
    return records;
  }
}
