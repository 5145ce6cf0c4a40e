package io.hookline;

import io.hookline.compose.internal.Resolvers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where an app's composed configs come from: a search path of sources, and the name of the primary config.
 *
 * <p>Contract: immutable. The sources are searched in order: a config is read from the first source that has it, and a
 * group's options are the options of every source together. A folder is resolved against the app's directory; a
 * class path root is looked up with the thread's context class loader (or, without one, the loader that loaded
 * Hookline), so configs packaged in the app's jar are found. The primary config is {@code config} unless
 * {@link #primary} says otherwise, and sits at the root of the composed tree unless its {@code # @package} header
 * places it. The app's own resolvers ({@link #resolver}) are called by the configs' interpolations.
 */
public final class Composition {

  /** How a folder is shown in {@link #sources()}, before its path. */
  public static final String FOLDER = "file://";

  /** How a class path root is shown in {@link #sources()}, before the root. */
  public static final String CLASS_PATH = "classpath:";

  private final List<String> sources;
  private final String primary;
  private final Map<String, Function<List<@Nullable Object>, @Nullable Object>> resolvers;

  private Composition(List<String> sources, String primary,
      Map<String, Function<List<@Nullable Object>, @Nullable Object>> resolvers) {
    this.sources = List.copyOf(sources);
    this.primary = primary;
    this.resolvers = Collections.unmodifiableMap(new LinkedHashMap<>(resolvers));
  }

  /** Returns a composition that searches the folder {@code folder} (relative to the app's directory) for configs. */
  public static Composition folder(Path folder) {
    return new Composition(List.of(folderSource(folder)), "config", Map.of());
  }

  /** Returns a composition that searches the class path root {@code root} (such as {@code conf}) for configs. */
  public static Composition classPath(String root) {
    return new Composition(List.of(classPathSource(root)), "config", Map.of());
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
    return new Composition(sources, name, resolvers);
  }

  /**
   * Returns this composition with a resolver of the app's own, which its configs call as {@code ${name:arguments}}:
   * {@code body} gets the arguments, each with its interpolations resolved and read as a command line's value is, and
   * returns the value. It is called once for each distinct list of arguments in a run; see {@link Resolver}, which
   * also says how a resolver is found as a service.
   *
   * @throws IllegalArgumentException if the name is not a resolver's name ({@code shop.price}), is one of Hookline's
   *     own, or is registered already
   */
  public Composition resolver(String name, Function<List<@Nullable Object>, @Nullable Object> body) {
    Resolvers.check(Objects.requireNonNull(name, "name"));
    Objects.requireNonNull(body, "body");
    if (resolvers.containsKey(name)) {
      throw new IllegalArgumentException("a resolver named '" + name + "' is registered already");
    }
    Map<String, Function<List<@Nullable Object>, @Nullable Object>> more = new LinkedHashMap<>(resolvers);
    more.put(name, body);
    return new Composition(sources, primary, more);
  }

  /** Returns the resolvers registered with {@link #resolver}, by name, in order. */
  public Map<String, Function<List<@Nullable Object>, @Nullable Object>> resolvers() {
    return resolvers;
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
    return new Composition(more, primary, resolvers);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Composition that && sources.equals(that.sources) && primary.equals(that.primary)
        && resolvers.equals(that.resolvers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources, primary, resolvers);
  }

  @Override
  public String toString() {
    return "Composition[" + primary + " from " + sources + "]";
  }
}
