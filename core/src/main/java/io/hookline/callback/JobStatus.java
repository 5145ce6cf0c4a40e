package io.hookline.callback;

/** How a job ended; see {@link io.hookline.Failure} for the failure model. */
public enum JobStatus {
  /** The command returned. */
  COMPLETED,
  /** The command, a hook, the job's configs or the machine under it failed, or its input was bad. */
  FAILED,
  /** The user interrupted the job, or the run before the job could start. */
  INTERRUPTED,
  /** The program chose not to start the job (a policy such as stopping at the first failure); not a failure. */
  SKIPPED
}
