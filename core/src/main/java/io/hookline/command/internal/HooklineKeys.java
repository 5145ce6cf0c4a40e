package io.hookline.command.internal;

import io.hookline.InputException;
import io.hookline.compose.internal.ListedSources;
import io.hookline.config.internal.Schema;
import io.hookline.config.internal.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The keys of Hookline's own node, {@code hookline}, as a schema, so that the command line sets them as it sets a
 * typed config's keys: {@code hookline.verbose=true} without {@code +}, and a misspelt key refused.
 *
 * <p>Contract: {@link #NAMES} are the node's keys; {@code job}, {@code run}, {@code sweep} and {@code job_logging}
 * have fixed keys too, and the others hold any value that the code reading each checks. {@link #check} refuses a
 * composed node with another key, or with settings of the jobs' logs that {@link LogSettings} refuses.
 */
public final class HooklineKeys {

  /** The keys of the {@code hookline} node. */
  public static final List<String> NAMES = List.of("callbacks", "launcher", "sweeper", "mode", "choices",
      ListedSources.KEY, "job", "run", "sweep", LogSettings.JOB_LOGGING, LogSettings.VERBOSE);

  private static final Schema ANY = new Schema.Scalar("Object", List.of());

  private static final Map<String, Schema> FIXED = Map.of(
      "job", fields("hookline.job", Map.of("override_dirname", fields("hookline.job.override_dirname",
          any(List.of("kv_sep", "item_sep", "exclude_keys"))))),
      "run", fields("hookline.run", any(List.of("dir"))),
      "sweep", fields("hookline.sweep", any(List.of("dir", "subdir"))),
      LogSettings.JOB_LOGGING, fields("hookline.job_logging", any(LogSettings.KEYS)));

  private static final Schema NODE = fields("hookline", NAMES.stream().collect(LinkedHashMap<String, Schema>::new,
      (map, name) -> map.put(name, FIXED.getOrDefault(name, ANY)), Map::putAll));

  private HooklineKeys() {}

  private static Schema fields(String name, Map<String, Schema> fields) {
    return new Schema.Fields(name + " node", fields);
  }

  /** Returns {@code keys}, each holding any value. */
  private static Map<String, Schema> any(List<String> keys) {
    Map<String, Schema> fields = new LinkedHashMap<>();
    keys.forEach(key -> fields.put(key, ANY));
    return fields;
  }

  /**
   * Checks the keys of {@code hookline}, Hookline's node as composed, and how jobs log; a log's file name still to be
   * interpolated is checked in each job.
   *
   * @param where where a key ({@code hookline.job_logging.level}) was set, for messages
   * @throws InputException if a key is unknown or a setting of the jobs' logs is malformed
   */
  public static void check(Map<?, ?> hookline, UnaryOperator<String> where) {
    for (Object key : hookline.keySet()) {
      if (!NAMES.contains(key)) {
        String hydra = Suggestions.forHydra("hookline." + key);
        throw new InputException(where.apply("hookline." + key) + ": unknown key 'hookline." + key + "'"
            + (hydra.isEmpty() ? Suggestions.didYouMean(String.valueOf(key), NAMES) + "; the keys are " + NAMES : hydra));
      }
    }
    if (hookline.containsKey(LogSettings.JOB_LOGGING) || hookline.containsKey(LogSettings.VERBOSE)) {
      LogSettings.read(hookline, "job", where);
    }
  }

  /** Returns the schema at {@code path}, which starts with {@code hookline}; {@code null} where any value goes. */
  static @Nullable Schema at(List<String> path) {
    Schema schema = NODE;
    for (String key : path.subList(1, path.size())) {
      schema = schema == null ? null : schema.child(key);
    }
    return schema;
  }
}
