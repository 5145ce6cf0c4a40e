package io.hookline.compose.internal;

import io.hookline.compose.internal.SearchPath.Found;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One source of a {@link SearchPath}: a folder, or a root on the class path.
 *
 * <p>Contract: {@link #find} returns the config at a path in this source, or {@code null}; it is an error if the source
 * has it twice, or as something other than a regular file. A group is a folder of configs.
 */
interface Place {
  String describe();

  @Nullable Found find(String path);

  void options(String group, Set<String> into);

  /** Adds the names of the groups in {@code parent} (the top for the empty path) to {@code into}. */
  void groups(String parent, Set<String> into);

  boolean hasGroup(String group);
}
