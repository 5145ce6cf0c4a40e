package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A {@link LaunchedApp} controller in a child JVM of its own, working in {@code dir}, so that its workers are real
 * processes and a test can send it signals.
 */
final class Controller {

  private final Path dir;
  private final Process process;

  private Controller(Path dir, Process process) {
    this.dir = dir;
    this.process = process;
  }

  /** Starts {@code launched job <arguments>} in {@code dir}, with {@code jvmOptions} (which its workers inherit). */
  static Controller start(Path dir, List<String> jvmOptions, String... arguments) throws IOException {
    return start(dir, Map.of(), jvmOptions, arguments);
  }

  /** Starts the controller as {@link #start(Path, List, String...)} does, with {@code environment} added. */
  static Controller start(Path dir, Map<String, String> environment, List<String> jvmOptions, String... arguments)
      throws IOException {
    return start(dir, environment, List.of(), jvmOptions, arguments);
  }

  /**
   * Starts the controller, and so its workers, with files limited to {@code kilobytes} (the shell's
   * {@code ulimit -f}), so that a write past the limit fails as on a full quota.
   */
  static Controller startWithFileLimit(Path dir, int kilobytes, String... arguments) throws IOException {
    return start(dir, Map.of(), List.of("sh", "-c", "ulimit -f " + kilobytes + " && exec \"$@\"", "limited"), List.of(),
        arguments);
  }

  private static Controller start(Path dir, Map<String, String> environment, List<String> prefix,
      List<String> jvmOptions, String... arguments) throws IOException {
    List<String> line = new ArrayList<>(prefix);
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.addAll(jvmOptions);
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), LaunchedApp.class.getName(), "job"));
    line.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(line);
    builder.environment().putAll(environment);
    Process process = builder.directory(dir.toFile())
        .redirectOutput(dir.resolve("controller.out").toFile())
        .redirectError(dir.resolve("controller.err").toFile())
        .start();
    return new Controller(dir, process);
  }

  long pid() {
    return process.pid();
  }

  /** Waits for the controller to exit and returns its exit code. */
  int exitCode(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("the controller did not end within " + limit + "; its events: " + events());
    }
    return process.exitValue();
  }

  /** Waits until {@code events.log} has a line that {@code wanted} accepts. */
  void awaitEvent(Predicate<String> wanted, Duration limit) throws InterruptedException {
    Instant giveUp = Instant.now().plus(limit);
    while (events().stream().noneMatch(wanted)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("no such event within " + limit + "; the events: " + events());
      }
      Thread.sleep(50);
    }
  }

  /** Sends the controller SIGINT, as Ctrl-C would. */
  void interrupt() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
  }

  /**
   * Sends SIGINT once jobs 0 and 1 of a sweep of three sleeping jobs have started, and checks that the sweep ended as
   * Ctrl-C must end it: exit code 130, both started jobs ended INTERRUPTED with their end events, the third never
   * started, and the multirun's end event fired.
   */
  void interruptTwoOfThreeSleepers(Duration limit) throws Exception {
    interruptSleepers(limit, 2);
  }

  /**
   * Sends SIGINT once jobs of a sweep of three sleeping jobs have started, all but job {@code waiting}, and checks that
   * the sweep ended as Ctrl-C must end it: exit code 130, the started jobs ended INTERRUPTED with their end events,
   * job {@code waiting} never started, and the multirun's end event fired.
   */
  void interruptSleepers(Duration limit, int waiting) throws Exception {
    List<Integer> started = IntStream.range(0, 3).filter(job -> job != waiting).boxed().toList();
    for (int job : started) {
      awaitEvent(line -> line.equals("job start #" + job), limit);
    }

    interrupt();

    assertThat(exitCode(limit)).isEqualTo(130);
    List<String> events = events();
    assertThat(events).containsOnlyOnce("job end #" + started.get(0) + " INTERRUPTED",
        "job end #" + started.get(1) + " INTERRUPTED", "multirun end");
    assertThat(events).doesNotContain("job start #" + waiting);
    assertThat(events).filteredOn(line -> line.startsWith("result #")).containsExactly(IntStream.range(0, 3)
        .mapToObj(job -> "result #" + job + " INTERRUPTED value=null error=" + (job == waiting
            ? "the run was interrupted before this job ended" : "java.lang.InterruptedException: sleep interrupted"))
        .toArray(String[]::new));
  }

  /** Returns the lines of {@code events.log}, without the process ids. */
  List<String> events() {
    return lines("events.log").stream().map(line -> line.replaceAll(" pid=\\d+$", "")).toList();
  }

  /** Returns the lines of {@code events.log} as written, process ids included. */
  List<String> rawEvents() {
    return lines("events.log");
  }

  String err() {
    return String.join("\n", lines("controller.err"));
  }

  private List<String> lines(String name) {
    try {
      Path file = dir.resolve(name);
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
