package io.hookline.compose.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.hookline.config.internal.Parsed;
import org.jspecify.annotations.Nullable;

/**
 * A composed config, before the command line's value overrides: the merged tree and what made it.
 *
 * @param tree the merged tree, every config at its package
 * @param origins where each value came from, by dotted path: {@code file:line:column}
 * @param choices each group's choice, by override key, in the order the entries were declared
 * @param rows the configs merged, in order, as {@code --info defaults} lists them
 * @param lines the defaults tree, as {@code --info defaults-tree} prints it
 * @param values the overrides that set values, in the order given
 * @param packages what each package of an entry holds, by package: {@code group 'db' (file:line:column)}
 */
public record Composed(Map<String, @Nullable Object> tree, Map<String, String> origins, Map<String, GroupChoice> choices,
    List<Row> rows, List<String> lines, List<String> values, Map<String, String> packages) {

  /** Copies the collections. */
  public Composed {
    tree = Collections.unmodifiableMap(new LinkedHashMap<>(tree));
    origins = Map.copyOf(origins);
    choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    rows = List.copyOf(rows);
    lines = List.copyOf(lines);
    values = List.copyOf(values);
    packages = Map.copyOf(packages);
  }

  /** Returns the tree and its origins, for the value overrides. */
  public Parsed parsed() {
    return new Parsed(tree, origins);
  }

  /**
   * One config merged.
   *
   * @param path its config path
   * @param pkg the package its content went to, empty for the root
   * @param parent the config whose defaults list selected it
   */
  public record Row(String path, String pkg, String parent) {}
}
