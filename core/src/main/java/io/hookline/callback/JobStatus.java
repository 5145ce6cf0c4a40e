package io.hookline.callback;

/** How a job ended. */
public enum JobStatus {
  /** The command returned. */
  COMPLETED,
  /** The command, a hook, or the job's configs failed. */
  FAILED,
  /** The job was interrupted (Ctrl-C), or never started because the run was. */
  INTERRUPTED
}
