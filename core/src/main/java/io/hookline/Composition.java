package io.hookline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an app's composed configs come from: a search path of sources, and the name of the primary config.
 *
 * <p>Contract: immutable. The sources are searched in order: a config is read from the first source that has it, and a
 * group's options are the options of every source together. A folder is resolved against the app's directory; a
 * class path root is looked up with the thread's context class loader (or, without one, the loader that loaded
 * Hookline), so configs packaged in the app's jar are found. The primary config is {@code config} unless {@link #primary} says otherwise, and always sits at the root of
 * the composed tree.
 */
public final class Composition {

  /** How a folder is shown in {@link #sources()}, before its path. */
  public static final String FOLDER = "file://";

  /** How a class path root is shown in {@link #sources()}, before the root. */
  public static final String CLASS_PATH = "classpath:";

  private final List<String> sources;
  private final String primary;

  private Composition(List<String> sources, String primary) {
    this.sources = List.copyOf(sources);
    this.primary = primary;
  }

  /** Returns a composition that searches the folder {@code folder} (relative to the app's directory) for configs. */
  public static Composition folder(Path folder) {
    return new Composition(List.of(folderSource(folder)), "config");
  }

  /** Returns a composition that searches the class path root {@code root} (such as {@code conf}) for configs. */
  public static Composition classPath(String root) {
    return new Composition(List.of(classPathSource(root)), "config");
  }

  /** Returns this composition with the folder {@code folder} searched after its sources. */
  public Composition thenFolder(Path folder) {
    return then(folderSource(folder));
  }

  /** Returns this composition with the class path root {@code root} searched after its sources. */
  public Composition thenClassPath(String root) {
    return then(classPathSource(root));
  }

  /**
   * Returns this composition with {@code name} as the primary config: {@code name.yaml} (or {@code .yml},
   * {@code .json}) at the top of a source.
   *
   * @throws IllegalArgumentException if the name is not a config name: letters, digits, '_', '-' and '.', no '/'
   */
  public Composition primary(String name) {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("the primary config is a name such as config, not '" + name + "'");
    }
    return new Composition(sources, name);
  }

  /**
   * Returns the sources, in the order they are searched, as {@code --info searchpath} shows them: a folder as
   * {@value #FOLDER} and its path (relative to the app's directory unless absolute), a class path root as
   * {@value #CLASS_PATH} and the root.
   */
  public List<String> sources() {
    return sources;
  }

  /** Returns the name of the primary config. */
  public String primary() {
    return primary;
  }

  private static String folderSource(Path folder) {
    return FOLDER + Objects.requireNonNull(folder, "folder");
  }

  private static String classPathSource(String root) {
    Objects.requireNonNull(root, "root");
    if (root.startsWith("/") || root.endsWith("/") || root.contains("..") || root.contains("\\")) {
      throw new IllegalArgumentException("a class path root is a resource folder such as conf or app/conf, not '"
          + root + "'");
    }
    return CLASS_PATH + root;
  }

  private Composition then(String source) {
    List<String> more = new ArrayList<>(sources);
    more.add(source);
    return new Composition(more, primary);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Composition that && sources.equals(that.sources) && primary.equals(that.primary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources, primary);
  }

  @Override
  public String toString() {
    return "Composition[" + primary + " from " + sources + "]";
  }
}
