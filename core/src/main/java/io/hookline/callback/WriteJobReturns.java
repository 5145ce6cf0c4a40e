package io.hookline.callback;

import io.hookline.callback.internal.JobReturnJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A callback that writes each job's {@link JobReturn} as JSON to {@code .hookline/job_return.json} in the job's
 * output directory, beside its {@code config.yaml}, so that a sweep's results can be read back by any tool. Jobs
 * without an output directory are skipped.
 *
 * <p>The file holds the status, the value (as JSON when Jackson can write it, else as its {@code toString}), the
 * error (class, message and stack trace), the overrides, the job's number and id, and its start, end and duration.
 * It is written atomically, so a reader never sees half of it, and never replaced: it is the job's one return file,
 * which a worker writes too, so on a launcher that runs jobs in workers every job has it, declared or not. Declare it
 * as {@code _target_: io.hookline.callback.WriteJobReturns}. Safe to share between threads.
 */
public final class WriteJobReturns implements Callback {

  /** The name of the file written in each job's {@code .hookline} directory. */
  public static final String FILE = "job_return.json";

  @Override
  public void onJobEnd(JobContext job, JobReturn result) {
    Path dir = result.outputDir();
    if (dir == null) {
      return;
    }
    try {
      JobReturnJson.write(dir.resolve(".hookline").resolve(FILE), result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE + " for job #" + result.number(), e);
    }
  }
}
