package io.hookline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.callback.JobReturn;
import io.hookline.launch.WorkerLauncher;
import io.hookline.runtime.internal.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An app whose sweeps are planned and not run, for tests of a worker's side: its launcher records each job as a worker
 * launcher is given it, and hands on a SKIPPED return. Its command {@code train} returns its config's {@code lr}, and
 * throws {@link InterruptedException} for an {@code lr} of 99.
 */
final class RecordedSweep {

  /** The swept config. */
  public record Rate(int lr) {}

  /** The jobs recorded, in the order the sweeps planned them. */
  final List<WorkerLauncher.Job> planned = new ArrayList<>();
  /** The app, its output folders under the folder given. */
  final App app;

  RecordedSweep(Path directory) {
    WorkerLauncher recorder = new WorkerLauncher() {
      @Override
      public String name() {
        return "recorder";
      }

      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        planned.addAll(jobs);
        jobs.forEach(job -> ended.accept(JobReturn.skipped(job.overrides(), job.number(),
            Integer.toString(job.number()), job.directory(), Instant.now())));
      }
    };
    app = App.named("serve").directory(directory).launcher(recorder)
        .command(Command.of("train", invocation -> {
          int lr = invocation.config(Rate.class).lr();
          if (lr == 99) {
            throw new InterruptedException("stopped");
          }
          return lr;
        }).config(ConfigSpec.of(Rate.class)));
  }

  /** Runs a sweep of {@code train} over {@code values} with {@code on}, makes its jobs' folders, returns its plan. */
  Path plan(App on, String values) throws IOException {
    int before = planned.size();
    assertThat(on.invoke("train", "-m", values).exitCode()).isZero();
    for (WorkerLauncher.Job job : planned.subList(before, planned.size())) {
      Files.createDirectories(job.directory());
    }
    List<String> serving = planned.get(before).servingArguments();
    return Path.of(serving.get(serving.size() - 1));
  }

  /** The parts of {@code app}, as it hands them to its runner. */
  static AppParts parts(App app) {
    try {
      return new AppParts((String) field(app, "name"), (String) field(app, "description"),
          (String) field(app, "version"), (CommandTree) field(app, "tree"), (Settings) field(app, "settings"));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object field(App app, String name) throws ReflectiveOperationException {
    var field = App.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(app);
  }
}
