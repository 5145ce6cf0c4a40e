package io.hookline.launch;

import io.hookline.callback.JobReturn;
import java.util.List;

/**
 * One job of a multirun, ready to run.
 *
 * <p>Contract: {@link #run} runs the job's command with its callbacks' job events around it and returns its
 * {@link JobReturn}; it never throws for a failure of the job itself, which is recorded in the return. A launcher
 * calls it exactly once.
 */
public interface Job {

  /** Returns the job's number, from 0 in sweep order. */
  int number();

  /** Returns the job's override arguments. */
  List<String> overrides();

  /** Runs the job and returns its outcome. */
  JobReturn run();
}
