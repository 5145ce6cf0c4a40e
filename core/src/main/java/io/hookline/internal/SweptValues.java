package io.hookline.internal;

import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.OverrideOptions;
import io.hookline.InputException;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Overrides;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Schema;
import io.hookline.config.internal.Targets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the values a sweep gives its jobs before any job runs, in an app whose configs are not composed (a composed
 * app composes every job of a batch up front, which checks them too): a value that does not fit its key's type
 * ({@code -m epochs=3,x}) is bad input for the whole sweep, reported once, and nothing runs.
 *
 * <p>Contract: each distinct override of the jobs is applied alone to the configs' defaults and bound; an override
 * that no config takes, and a failure to bind that names that override as its origin, are thrown. Any other failure
 * (a key the defaults leave to a file, say) is left for the job, which has the whole picture, to report.
 */
final class SweptValues {

  private SweptValues() {}

  /**
   * Checks the overrides of {@code jobs} against {@code configs}, whose {@code _target_} nodes {@code targets} builds.
   *
   * @throws InputException for the first override whose value does not fit
   */
  static void check(List<ConfigSpec<?>> configs, List<List<String>> jobs, @Nullable Targets targets) {
    Set<String> distinct = new LinkedHashSet<>();
    jobs.forEach(distinct::addAll);
    Map<String, Schema> schemas = new LinkedHashMap<>();
    Map<String, Parsed> trees = new LinkedHashMap<>();
    for (ConfigSpec<?> spec : configs) {
      schemas.put(spec.id(), Binder.schema(spec.type()));
      trees.put(spec.id(), ConfigLoader.defaults(spec));
    }
    for (String override : distinct) {
      // an override no config takes is the override's fault alone: reported as it stands
      Map<String, Parsed> applied = Overrides.apply(List.of(override), schemas, trees, OverrideOptions.defaults());
      try {
        for (ConfigSpec<?> spec : configs) {
          if (applied.get(spec.id()) != trees.get(spec.id())) {
            ConfigLoader.bind(spec, applied.get(spec.id()), targets);
          }
        }
      } catch (InputException e) {
        if (String.valueOf(e.getMessage()).contains("(command line: " + override + ")")) {
          throw e;
        }
      }
    }
  }
}
