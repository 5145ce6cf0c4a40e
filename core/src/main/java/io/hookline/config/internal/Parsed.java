package io.hookline.config.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A config tree and where each of its values came from.
 *
 * @param tree the tree (see {@link Tree})
 * @param origins for each dotted path, where its value came from: {@code file:line:column}, {@code file:line},
 *     {@code command line: key=value}, or {@code defaults}
 */
public record Parsed(@Nullable Object tree, Map<String, String> origins) {

  /** Copies the origins. */
  public Parsed {
    origins = Map.copyOf(origins);
  }
}
