package io.hookline.callback.internal;

import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The callback {@link Callback#writeJobReturns()} returns, whose contract it states: each job's return, as JSON, in
 * its directory.
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
