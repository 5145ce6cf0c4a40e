package io.hookline.launch;

import io.hookline.callback.JobReturn;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One job of a multirun, ready to run in this JVM: what a {@link LocalLauncher} is given.
 *
 * <p>Contract: {@link #run} runs the job's command with its callbacks' job events around it and returns its
 * {@link JobReturn}; it never throws, whatever the job, its config or its callbacks do: every failure is in the return.
 * A launcher calls it at most once.
 */
public interface Job {

  /** Returns the job's number, from 0 in sweep order. */
  int number();

  /** Returns the job's override arguments. */
  List<String> overrides();

  /** Returns the job's directory, or {@code null} if the multirun has none. */
  @Nullable Path directory();

  /** Runs the job and returns its outcome. */
  JobReturn run();
}
