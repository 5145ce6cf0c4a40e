package io.hookline.runtime.internal;

import io.hookline.Configs;
import io.hookline.Factory;
import io.hookline.Failure;
import io.hookline.Invocation;
import io.hookline.Invocation.Attribute;
import io.hookline.OutputDirs;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.command.internal.Construction;
import io.hookline.config.internal.FileCache;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sets a job up before its task: its invocation (its configs, its directory, the composition's runtime values), its
 * directory made, its config stages run, and its record, overrides and bound configs written into the directory, for
 * {@code --rerun}. A failure of any of these is the job's own, returned rather than thrown.
 */
final class JobSetup {

  private JobSetup() {}

  /** A job's invocation after its config stages, and how they failed, if they did. */
  record Prepared(Invocation invocation, @Nullable Failure failed) {}

  /**
   * Makes the job's invocation, its directory (if {@code create}) and runs its config stages; then writes the job's
   * record, overrides and (if they bound) configs in the directory. A failure of any of these is the job's.
   */
  static Prepared prepare(Request request, List<String> overrides, int number, @Nullable Path dir,
      boolean create, @Nullable FileCache files) {
    Map<Attribute<?>, Object> attributes = new HashMap<>(request.attributes());
    if (dir != null) {
      attributes.put(OutputDirs.DIRECTORY, dir);
    }
    if (files != null) {
      attributes.put(ConfigStages.FILES, files);
    }
    if (request.settings().factory() != Factory.REFLECTION) {
      attributes.put(Construction.FACTORY, request.settings().factory());
    }
    if (!request.settings().targetPackages().isEmpty()) {
      attributes.put(Construction.TARGETS, request.settings().targetPackages().toArray(String[]::new));
    }
    Invocation invocation = new Invocation(request.command(), request.target(), request.options(), overrides,
        Configs.of(request.configs()), null, null, attributes, request.settings().directory());
    if (request.settings().composition() != null) {
      invocation = Composing.withRuntime(invocation, Composing.runtimeValues(request.app(), request.command(), number,
          dir, create));
    }
    Failure failed = null;
    boolean dirMade = dir != null;
    try {
      if (dir != null && create) {
        JobFiles.createDirectory(dir);
      }
    } catch (Throwable t) {
      failed = JobRunner.classify(t);
      dirMade = false;
    }
    if (failed == null) {
      try {
        invocation = JobRunner.configStages(request.hooks(), invocation);
      } catch (Throwable t) {
        failed = JobRunner.classify(t);
      }
    }
    if (dirMade) {
      try {
        JobFiles.save(request, overrides, number, dir, failed == null ? invocation : null);
      } catch (Throwable t) {
        failed = failed != null ? failed : JobRunner.classify(t);
      }
    }
    return new Prepared(invocation, failed);
  }
}
