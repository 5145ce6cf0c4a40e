package io.hookline.runtime.internal;

import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.InfrastructureException;
import io.hookline.Invocation;
import io.hookline.command.internal.Composing;
import io.hookline.command.internal.ConfigStages;
import io.hookline.config.internal.AtomicFiles;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.Secrets;
import io.hookline.config.internal.TreeWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A job's files in its directory, for {@code --rerun}: {@code .hookline/overrides.yaml}, {@code .hookline/job.yaml}
 * (what the job ran), and {@code .hookline/config.yaml} (its configs as bound, or as composed, secrets masked), each
 * written whole or not at all.
 */
final class JobFiles {

  private JobFiles() {}

  /**
   * Writes the job's overrides and record in {@code dir}, and its configs as {@code bound} holds them, unless they
   * did not bind ({@code null}).
   */
  static void save(Request request, List<String> overrides, int number, Path dir, @Nullable Invocation bound) {
    write(dir.resolve(".hookline/overrides.yaml"), overrides);
    write(dir.resolve(".hookline/job.yaml"), record(request, overrides, number));
    if (bound != null) {
      write(dir.resolve(".hookline/config.yaml"), bound.attribute(ConfigStages.COMPOSED).isPresent()
          ? Composing.saved(bound) : resolved(bound.configs()));
    }
  }

  /** Returns each config's value as a tree, by id, its secrets masked. */
  private static Map<String, @Nullable Object> resolved(Configs configs) {
    Map<String, @Nullable Object> trees = new LinkedHashMap<>();
    for (ConfigSpec<?> spec : configs.specs()) {
      Object value = configs.get(spec.id());
      trees.put(spec.id(), value == null ? null : Secrets.mask(Binder.toTree(value), spec.secrets()));
    }
    return trees;
  }

  /** Returns what {@code .hookline/job.yaml} says of a job: enough to run it again with {@code --rerun}. */
  private static Map<String, @Nullable Object> record(Request request, List<String> overrides, int number) {
    Map<String, @Nullable Object> job = new LinkedHashMap<>();
    job.put("app", request.app());
    job.put("command", request.command());
    job.put("options", request.savedOptions());
    job.put("number", number);
    job.put("overrides", overrides);
    Object of = request.attributes().get(Runs.RERUN_OF);
    if (of != null) {
      job.put("rerunOf", of.toString());
    }
    return job;
  }

  /**
   * Creates {@code dir}, its {@code .hookline} folder and its parents.
   *
   * @throws InfrastructureException if it cannot be created
   */
  static void createDirectory(Path dir) {
    try {
      AtomicFiles.createFolders(dir);
      AtomicFiles.createFolders(dir.resolve(".hookline"));
    } catch (IOException e) {
      throw new InfrastructureException("cannot create the job directory " + dir + ": " + e, e);
    }
  }

  /**
   * Writes {@code tree} as YAML to {@code file} in the job's own folder, atomically: a reader or a crash of the process
   * sees the whole file or none. It is not forced to the disk: the journal is the sweep's durable record, and a job's
   * own outputs are not forced either.
   *
   * @throws InfrastructureException if it cannot be written (a full disk, a read-only place); nothing is left then
   */
  private static void write(Path file, Object tree) {
    try {
      AtomicFiles.writeRecord(file, TreeWriter.render(tree, Formats.YAML));
    } catch (IOException e) {
      throw new InfrastructureException("cannot write " + file + ": " + e, e);
    }
  }
}
