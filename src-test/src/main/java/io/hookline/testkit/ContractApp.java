package io.hookline.testkit;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.OutputDirs;
import io.hookline.launch.Launcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The program {@link LauncherContract} runs, as the controller in the test's JVM and as the workers of a launcher that
 * runs jobs elsewhere ({@link #main}). Its one command, {@code job}, does what its config's {@code what} says, and
 * marks each run of a job with a file in {@code dir}, so that a test can count how often each job ran, in any process.
 */
public final class ContractApp {

  /**
   * What a job does.
   *
   * @param what {@code ok}, {@code fail}, {@code error}, {@code input}, {@code values}, {@code large}, {@code deep},
   *     {@code huge}, {@code sleep}, {@code wait} or {@code loud}
   * @param dir the folder of marks, shared by the controller and its workers
   * @param n the job's mark, so that jobs that do the same can be told apart
   */
  public record Act(String what, String dir, int n) {
    /** The defaults: a job that does nothing much. */
    public Act() {
      this("ok", "", 0);
    }
  }

  /** The value a {@code values} job returns: numbers JSON cannot hold plainly, and text it must escape. */
  public record Values(double nan, double infinity, double negativeInfinity, long largest, String text) {
    static final Values EXPECTED = new Values(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Long.MAX_VALUE, "quote \" backslash \\ nul \u0000 emoji \uD83D\uDE00");
  }

  /** The characters of a {@code large} job's value: within what a worker's return may hold. */
  static final int LARGE = 2 * 1024 * 1024;

  /** The characters of a {@code huge} job's value: beyond what a worker's return may hold. */
  static final int HUGE = 9 * 1024 * 1024;

  /** The nesting of a {@code deep} job's value. */
  static final int DEEP = 150;

  private ContractApp() {}

  /** Runs the program as a worker, or as a controller with the sequential launcher, and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(app(Launcher.sequential(), Path.of("")).wake(args));
  }

  /**
   * Runs the program as a worker in this JVM, given a worker's arguments, and returns its exit code: what {@link #main}
   * does in a worker process, without exiting. For a launcher whose workers are threads.
   */
  public static int worker(List<String> args) {
    return app(Launcher.sequential(), Path.of("")).invoke(args.toArray(String[]::new)).exitCode();
  }

  /** Returns the app, on {@code launcher}, with its output folders under {@code directory} and its output muted. */
  static App app(Launcher launcher, Path directory) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    return QuietApp.named("contract")
        .outputs(OutputDirs.defaults())
        .directory(directory)
        .output(quiet, quiet)
        .launcher(launcher)
        .command(Command.of("job", invocation -> act(invocation.config(Act.class)))
            .config(ConfigSpec.of(Act.class)));
  }

  /** Returns the marks of job {@code n} in {@code dir}: one per run. */
  static long marks(Path dir, int n) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(file -> file.getFileName().toString().startsWith("ran-" + n + "-")).count();
    }
  }

  /** Returns the file whose presence says that job {@code number}'s return reached the runtime. */
  static Path delivered(Path dir, int number) {
    return dir.resolve("delivered-" + number);
  }

  /** Does what {@code act} says, after marking the run. */
  private static Object act(Act act) throws Exception {
    Path dir = Path.of(act.dir());
    Files.writeString(dir.resolve("ran-" + act.n() + "-" + UUID.randomUUID()), "");
    switch (act.what()) {
      case "ok":
        return act.n();
      case "fail":
        throw new IllegalStateException("job " + act.n() + " failed");
      case "error":
        throw new ContractError("job " + act.n() + " erred");
      case "input":
        throw new InputException("job " + act.n() + " was given bad input");
      case "values":
        return Values.EXPECTED;
      case "large":
        return "é".repeat(LARGE);
      case "huge":
        return "x".repeat(HUGE);
      case "deep":
        return deep(DEEP);
      case "sleep":
        Thread.sleep(Duration.ofMinutes(10).toMillis());
        return "slept";
      case "wait":
        return waitFor(delivered(dir, 0));
      case "loud":
        byte[] line = ("noise ".repeat(1000) + "\n").getBytes();
        for (int i = 0; i < 40 * 1024 * 1024 / line.length; i++) {
          System.err.write(line);
        }
        System.err.println("the last words");
        System.err.flush();
        Runtime.getRuntime().halt(3);
        return "unreachable";
      default:
        throw new IllegalArgumentException("no such act: " + act.what() + "; the acts are "
            + Arrays.toString(new String[] {"ok", "fail", "error", "input", "values", "large", "deep", "huge",
                "sleep", "wait", "loud"}));
    }
  }

  /** Returns a list nested {@code depth} levels deep, with the depth at the bottom. */
  static Object deep(int depth) {
    Object value = depth;
    for (int i = 0; i < depth; i++) {
      List<Object> list = new ArrayList<>();
      list.add(value);
      value = list;
    }
    return value;
  }

  private static String waitFor(Path file) throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (!Files.exists(file)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("job 0's return was not handed on while job 1 ran");
      }
      Thread.sleep(20);
    }
    return "saw job 0's return";
  }

  /** The {@link Error} an {@code error} job throws. */
  static final class ContractError extends Error {
    private static final long serialVersionUID = 1L;

    ContractError(String message) {
      super(message);
    }
  }

  static void touch(Path file) {
    try {
      Files.writeString(file, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
