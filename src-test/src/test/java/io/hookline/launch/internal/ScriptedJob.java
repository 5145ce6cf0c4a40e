package io.hookline.launch.internal;

import io.hookline.launch.WorkerLauncher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A worker job for tests whose workers are shell scripts: its return goes to {@code return.json} in its directory, its
 * override is {@code lr=0.1}, and its environment holds one secret, {@code HOOKLINE_TEST_SECRET=s3cret}.
 */
record ScriptedJob(int number, Path directory, List<String> workerArguments, List<String> servingArguments,
    boolean skipped, boolean reusable, Duration gracePeriod) implements WorkerLauncher.Job {

  @Override
  public List<String> overrides() {
    return List.of("lr=0.1");
  }

  @Override
  public Map<String, String> environment() {
    return Map.of("HOOKLINE_TEST_SECRET", "s3cret");
  }

  @Override
  public Path returnFile() {
    return directory.resolve("return.json");
  }
}
