package io.hookline.launch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A SLURM cluster in this JVM, as {@link SlurmArray} sees it through its {@link SlurmClient}: {@code sbatch} starts an
 * array's tasks on threads, each running its job, or the jobs of its line of the tasks file, through the program's
 * worker entry point; {@code squeue} lists an array while a task of it has not ended; {@code scancel} cancels the
 * tasks not yet started and, without {@code --state=PENDING}, interrupts those running. Tasks start in index order, at
 * most as many at once as the array's {@code %k} says.
 *
 * <p>Faults on demand: a task {@link #lose lost} ends without running a job, leaving words in its error log, as a
 * task on a node that fails; {@link #refuse} makes {@code sbatch} refuse the next arrays with a message. Every command
 * line asked is kept, in order, with the environment it was given ({@link #asked()}).
 */
final class FakeSlurm implements SlurmClient {

  /** A task of an array: the array's id, the task's index and the number of the array's submission from 1. */
  record Task(String array, int index, int submission) {}

  /** A command line and the variables it was given. */
  record Asked(List<String> line, Map<String, String> environment) {}

  private volatile Function<List<String>, ?> program = words -> {
    throw new IllegalStateException("no program to run " + words);
  };
  private static final ThreadFactory DAEMONS = work -> {
    Thread thread = new Thread(work, "slurm-node");
    thread.setDaemon(true);
    return thread;
  };

  private final Map<String, List<Running>> arrays = new ConcurrentHashMap<>();
  private final List<Asked> asked = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger submissions = new AtomicInteger();
  private volatile Predicate<Task> lose = task -> false;
  private volatile @Nullable Answer refusal;

  /** Makes the tasks run jobs through {@code worker}, given a worker's arguments. */
  FakeSlurm program(Function<List<String>, ?> worker) {
    this.program = worker;
    return this;
  }

  /** Loses the tasks {@code lost} holds for: each ends without running a job. */
  FakeSlurm lose(Predicate<Task> lost) {
    this.lose = lost;
    return this;
  }

  /** Makes {@code sbatch} answer {@code code} and {@code output} from now on, submitting nothing. */
  FakeSlurm refuse(int code, String output) {
    this.refusal = new Answer(code, output);
    return this;
  }

  /** Returns every command line asked so far, in order. */
  List<Asked> asked() {
    synchronized (asked) {
      return List.copyOf(asked);
    }
  }

  /** Returns the command lines asked so far whose command is {@code command}. */
  List<List<String>> lines(String command) {
    return asked().stream().map(Asked::line).filter(line -> line.get(0).equals(command)).toList();
  }

  @Override
  public Answer ask(List<String> line, Map<String, String> environment) {
    asked.add(new Asked(List.copyOf(line), Map.copyOf(environment)));
    return switch (line.get(0)) {
      case "sbatch" -> submit(line);
      case "squeue" -> queue(value(line, "--jobs="));
      case "scancel" -> cancel(line.get(line.size() - 1), line.contains("--state=PENDING"));
      default -> new Answer(-1, "cannot run " + line.get(0));
    };
  }

  private Answer submit(List<String> line) {
    Answer refused = refusal;
    if (refused != null) {
      return refused;
    }
    String id = Integer.toString(100 + submissions.incrementAndGet());
    String spec = value(line, "--array=");
    int at = spec.indexOf('%');
    // The tasks start in index order, at most %k at once
    ExecutorService nodes = at < 0 ? Executors.newCachedThreadPool(DAEMONS)
        : Executors.newFixedThreadPool(Integer.parseInt(spec.substring(at + 1)), DAEMONS);
    List<String> operands = line.stream().filter(word -> !word.startsWith("-")).skip(1).toList();
    Path script = Path.of(operands.get(0));
    @Nullable Path tasks = operands.size() > 1 ? Path.of(operands.get(1)) : null;
    List<Running> running = new ArrayList<>();
    for (int index : indices(at < 0 ? spec : spec.substring(0, at))) {
      Task task = new Task(id, index, submissions.get());
      Running each = new Running(task);
      running.add(each);
      nodes.execute(() -> each.run(() -> work(task, script, tasks, value(line, "--output="),
          value(line, "--error="))));
    }
    nodes.shutdown();
    arrays.put(id, running);
    return new Answer(0, id + "\n");
  }

  /** Runs a task: its job, or its line's jobs, each through the program, unless it is lost. */
  private void work(Task task, Path script, @Nullable Path tasks, String out, String err) {
    Path sweep = script.getParent().getParent();
    Path plan = sweep.resolve(Worker.PLAN);
    write(log(out, task), "task " + task.index() + " of array " + task.array() + "\n");
    if (lose.test(task)) {
      write(log(err, task), "slurmstepd: error: *** JOB " + task.array() + " ON node1 CANCELLED DUE TO NODE FAILURE"
          + " ***\n");
      return;
    }
    List<String> jobs = tasks == null ? List.of(Integer.toString(task.index())) : line(tasks, task.index());
    for (String job : jobs) {
      if (Files.exists(Worker.sweepStopMark(plan)) && tasks != null) {
        return;
      }
      program.apply(List.of(Worker.OPTION, plan.toString(), job));
    }
  }

  private Answer queue(String id) {
    List<Running> running = arrays.get(id);
    if (running == null) {
      return new Answer(1, "slurm_load_jobs error: Invalid job id specified\n");
    }
    return new Answer(0, running.stream().anyMatch(Running::listed) ? id + "\n" : "");
  }

  private Answer cancel(String id, boolean pendingOnly) {
    for (Running each : arrays.getOrDefault(id, List.of())) {
      each.cancel(pendingOnly);
    }
    return new Answer(0, "");
  }

  private static List<Integer> indices(String spec) {
    List<Integer> indices = new ArrayList<>();
    for (String part : spec.split(",")) {
      int dash = part.indexOf('-');
      int first = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
      int last = dash < 0 ? first : Integer.parseInt(part.substring(dash + 1));
      for (int index = first; index <= last; index++) {
        indices.add(index);
      }
    }
    return indices;
  }

  private static List<String> line(Path tasks, int index) {
    try {
      return List.of(Files.readAllLines(tasks).get(index).split(" "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String value(List<String> line, String option) {
    return line.stream().filter(word -> word.startsWith(option)).findFirst().orElseThrow().substring(option.length());
  }

  private static Path log(String pattern, Task task) {
    return Path.of(pattern.replace("%A", task.array()).replace("%a", Integer.toString(task.index())));
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A task's life: queued until a node starts it, listed until it ends or is cancelled before it starts. */
  private static final class Running {
    private final Task task;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private @Nullable Thread thread;

    Running(Task task) {
      this.task = task;
    }

    void run(Runnable body) {
      if (!claimed.compareAndSet(false, true)) {
        return; // cancelled while it was queued
      }
      synchronized (this) {
        thread = Thread.currentThread();
      }
      try {
        body.run();
      } finally {
        synchronized (this) {
          thread = null;
          Thread.interrupted(); // an interrupt meant for this task is not the next one's
        }
        ended.countDown();
      }
    }

    void cancel(boolean pendingOnly) {
      if (claimed.compareAndSet(false, true)) {
        ended.countDown();
      } else if (!pendingOnly) {
        synchronized (this) {
          if (thread != null) {
            thread.interrupt();
          }
        }
      }
    }

    boolean listed() {
      return ended.getCount() > 0;
    }

    @Override
    public String toString() {
      return task.toString();
    }
  }
}
