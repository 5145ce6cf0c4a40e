package io.hookline.testkit;

import io.hookline.App;
import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.WorkerLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterExample;
import net.jqwik.api.lifecycle.BeforeExample;
import org.jspecify.annotations.Nullable;

/**
 * The contract every {@link Launcher} keeps, as a suite to extend: a launcher's test class extends it and supplies the
 * launcher with {@link #launcher}; the examples then run real sweeps of {@link ContractApp} on it, in the test's JVM
 * as the controller. A {@link WorkerLauncher} must start its workers with the command it is given, which runs
 * {@link ContractApp#main} on the test's class path.
 *
 * <p>What it checks: every job runs exactly once and the returns come in job order; each failure class (the job's
 * exception, its {@link Error}, its bad input) is kept as its own outcome, with the exit code of the published
 * precedence; large, deep and non-finite values come back with their type, and a value beyond a return's limits is an
 * infrastructure failure, never a lost or interrupted job; each return is handed on as its job ends, not at the end of
 * the sweep; an interrupt ends every job, and each one that did not complete is INTERRUPTED, exit code 130. For a
 * worker launcher, also: a worker that dies after writing a huge error log is lost, and said to be with its last words.
 */
public abstract class LauncherContract {

  private Path dir = Path.of("");

  /**
   * Returns the launcher under test.
   *
   * @param workerCommand the command that starts a worker of {@link ContractApp}; a launcher that runs jobs in this
   *     JVM ignores it
   */
  protected abstract Launcher launcher(List<String> workerCommand);

  /** Returns how long a sweep of a few short jobs may take on this launcher; a minute unless overridden. */
  protected Duration patience() {
    return Duration.ofMinutes(1);
  }

  /**
   * Returns whether each worker of the launcher is a process of its own, which a job may end ({@code Runtime.halt})
   * without ending the test's JVM: true for a {@link WorkerLauncher} unless overridden.
   */
  protected boolean workersAreProcesses() {
    return launcher(workerCommand()) instanceof WorkerLauncher;
  }

  @BeforeExample
  void makeTheFolder() throws IOException {
    dir = Files.createTempDirectory("launcher-contract");
  }

  @AfterExample
  void removeTheFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  @Example
  void everyJobRunsExactlyOnceAndTheReturnsComeInJobOrder() throws IOException {
    Outcome outcome = sweep("n=0,1,2,3,4,5,6,7");

    check(outcome.exitCode() == Outcome.OK, "exit code " + outcome.exitCode() + ", not 0: " + outcome.jobs());
    check(outcome.jobs().size() == 8, "8 jobs, but " + outcome.jobs().size() + " returns");
    for (int n = 0; n < 8; n++) {
      JobReturn result = outcome.jobs().get(n);
      check(result.number() == n, "return " + n + " is job #" + result.number() + "'s");
      check(result.overrides().contains("n=" + n), "return " + n + " has overrides " + result.overrides());
      check(result.status() == Status.COMPLETED, "job " + n + " " + result.status() + ": " + result.failure());
      check(result.valueAs(Integer.class).equals(Optional.of(n)), "job " + n + "'s value is "
          + result.value());
      check(ContractApp.marks(dir, n) == 1, "job " + n + " ran " + ContractApp.marks(dir, n) + " times");
    }
  }

  @Example
  void eachFailureClassIsKeptAsItsOwnOutcome() {
    Outcome outcome = sweep("what=ok,fail,error,input");

    check(outcome.jobs().size() == 4, "4 jobs, but " + outcome.jobs().size() + " returns");
    expect(outcome.jobs().get(0), Status.COMPLETED, null);
    expect(outcome.jobs().get(1), Status.FAILED, Failure.Kind.JOB);
    expect(outcome.jobs().get(2), Status.FAILED, Failure.Kind.JOB);
    expect(outcome.jobs().get(3), Status.FAILED, Failure.Kind.INPUT);
    check(Objects.requireNonNull(outcome.jobs().get(2).error()).getMessage().contains("job 0 erred"),
        "the Error's message is lost: " + outcome.jobs().get(2).error());
    check(outcome.exitCode() == Outcome.FAILED, "exit code " + outcome.exitCode() + ", not 1");
    check(sweep("what=input,input").exitCode() == Outcome.USAGE, "only bad input, but not exit code 2");
  }

  @Example
  void valuesComeBackWithTheirType() {
    Outcome outcome = sweep("what=values,large,deep");

    check(outcome.exitCode() == Outcome.OK, "exit code " + outcome.exitCode() + ": " + outcome.jobs());
    ContractApp.Values values = outcome.jobs().get(0).valueAs(ContractApp.Values.class).orElseThrow();
    check(values.equals(ContractApp.Values.EXPECTED), "the values came back as " + values);
    String large = outcome.jobs().get(1).valueAs(String.class).orElseThrow();
    check(large.equals("é".repeat(ContractApp.LARGE)), "the large value came back " + large.length() + " long");
    check(Objects.equals(outcome.jobs().get(2).value(), ContractApp.deep(ContractApp.DEEP)),
        "the deep value came back changed");
  }

  @Example
  void aValueBeyondTheLimitsIsNeverLostNorInterrupted() {
    Outcome outcome = sweep("what=huge,ok");

    JobReturn huge = outcome.jobs().get(0);
    check(huge.status() == Status.COMPLETED && huge.valueAs(String.class).orElseThrow().length() == ContractApp.HUGE
        || huge.status() == Status.FAILED && kind(huge) == Failure.Kind.INFRASTRUCTURE,
        "a value beyond the limits came back " + huge.status() + " " + huge.failure());
    expect(outcome.jobs().get(1), Status.COMPLETED, null);
  }

  @Example
  void eachReturnIsHandedOnAsItsJobEnds() {
    Outcome outcome = sweep("what=ok,wait");

    expect(outcome.jobs().get(0), Status.COMPLETED, null);
    expect(outcome.jobs().get(1), Status.COMPLETED, null);
  }

  @Example
  void anInterruptEndsEveryJobAndSaysSo() throws Exception {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    Thread controller = new Thread(() -> outcome.set(sweep("what=sleep", "n=0,1")), "launcher-contract");
    controller.start();
    long giveUp = System.nanoTime() + patience().toNanos();
    while (ContractApp.marks(dir, 0) + ContractApp.marks(dir, 1) == 0 && System.nanoTime() < giveUp) {
      Thread.sleep(20);
    }
    Thread.sleep(500); // let a worker that has started its job install its handlers
    controller.interrupt();
    controller.join(patience().toMillis());
    check(!controller.isAlive(), "the launcher did not return within " + patience() + " of the interrupt");

    Outcome ended = Objects.requireNonNull(outcome.get(), "no outcome");
    check(ended.exitCode() == Outcome.INTERRUPTED, "exit code " + ended.exitCode() + ", not 130");
    check(ended.jobs().size() == 2, "2 jobs, but " + ended.jobs().size() + " returns");
    for (JobReturn result : ended.jobs()) {
      expect(result, Status.INTERRUPTED, Failure.Kind.INTERRUPTED);
    }
  }

  @Example
  void aWorkerThatDiesAfterAHugeLogIsLostWithItsLastWords() {
    // A launcher that runs jobs in this JVM has no worker to lose: the job's Runtime.halt would end the test's JVM.
    Assume.that(workersAreProcesses());
    Outcome outcome = sweep("what=loud,ok");

    JobReturn loud = outcome.jobs().get(0);
    expect(loud, Status.FAILED, Failure.Kind.INFRASTRUCTURE);
    check(String.valueOf(loud.error()).contains("the last words"), "no last words: " + loud.error());
    expect(outcome.jobs().get(1), Status.COMPLETED, null);
  }

  /** Runs a sweep of {@code overrides} on the launcher, as {@code app job -m dir=... overrides}. */
  private Outcome sweep(String... overrides) {
    List<String> args = new ArrayList<>(List.of("job", "-m", "dir=" + dir));
    args.addAll(List.of(overrides));
    App app = ContractApp.app(recording(launcher(workerCommand())), dir);
    return app.invoke(args.toArray(String[]::new));
  }

  /** Returns the command that starts a worker of {@link ContractApp} with this JVM's class path. */
  private static List<String> workerCommand() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), ContractApp.class.getName());
  }

  /** Returns {@code launcher}, marking each return as it is handed on, for {@code wait} jobs to see. */
  private Launcher recording(Launcher launcher) {
    if (launcher instanceof LocalLauncher local) {
      return new LocalLauncher() {
        @Override
        public void launch(List<LocalLauncher.Job> jobs, Consumer<JobReturn> ended) {
          local.launch(jobs, marking(ended));
        }

        @Override
        public String name() {
          return local.name();
        }
      };
    }
    WorkerLauncher workers = (WorkerLauncher) launcher;
    return new WorkerLauncher() {
      @Override
      public void launch(List<WorkerLauncher.Job> jobs, Consumer<JobReturn> ended) {
        workers.launch(jobs, marking(ended));
      }

      @Override
      public String name() {
        return workers.name();
      }
    };
  }

  private Consumer<JobReturn> marking(Consumer<JobReturn> ended) {
    return result -> {
      ContractApp.touch(ContractApp.delivered(dir, result.number()));
      ended.accept(result);
    };
  }

  private static Failure.@Nullable Kind kind(JobReturn result) {
    return result.failure() == null ? null : result.failure().kind();
  }

  private static void expect(JobReturn result, Status status, Failure.@Nullable Kind kind) {
    check(result.status() == status && kind(result) == kind, "job " + result.number() + " came back "
        + result.status() + " " + result.failure() + ", not " + status + " " + kind);
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      throw new AssertionError(message);
    }
  }
}
