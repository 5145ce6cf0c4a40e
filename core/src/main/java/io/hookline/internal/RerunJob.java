package io.hookline.internal;

import io.hookline.InputException;
import io.hookline.config.internal.TreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job to run again, as its directory records it: {@code .hookline/job.yaml} (its command, options, number and
 * overrides) and {@code .hookline/config.yaml} (its configs, resolved).
 *
 * @param dir the job's directory
 * @param command the command it ran
 * @param options the command's options it ran with
 * @param overrides the overrides it ran with
 */
record RerunJob(Path dir, String command, Map<String, List<String>> options, List<String> overrides) {

  /** Returns the saved config file. */
  Path savedConfig() {
    return dir.resolve(".hookline/config.yaml");
  }

  /**
   * Reads the job in {@code dir}.
   *
   * @throws InputException if {@code dir} is not a job's directory, or the job's configs were not saved
   */
  static RerunJob read(Path dir) {
    Path record = dir.resolve(".hookline/job.yaml");
    if (!Files.isRegularFile(record)) {
      throw new InputException("--rerun " + dir + ": not a job's directory (no .hookline/job.yaml there); give the"
          + " directory of a job, such as multirun/<date>/<time>/3");
    }
    if (!Files.isRegularFile(dir.resolve(".hookline/config.yaml"))) {
      throw new InputException("--rerun " + dir + ": the job's configs were not saved (it failed before they were"
          + " bound), so it cannot run again from them");
    }
    try {
      Map<?, ?> job = (Map<?, ?>) TreeReader.readYaml(record, record.toString()).tree();
      Map<String, List<String>> options = new LinkedHashMap<>();
      if (job.get("options") instanceof Map<?, ?> given) {
        given.forEach((name, values) -> options.put(String.valueOf(name), strings(values)));
      }
      return new RerunJob(dir, Objects.requireNonNull((String) job.get("command"), "no command"), options,
          strings(job.get("overrides")));
    } catch (ClassCastException | NullPointerException e) {
      throw new InputException(record + ": not a job's record: " + e.getMessage());
    }
  }

  private static List<String> strings(Object values) {
    List<String> strings = new ArrayList<>();
    if (values instanceof List<?> list) {
      list.forEach(value -> strings.add(String.valueOf(value)));
    }
    return strings;
  }
}
