package io.hookline.config.internal;

import io.hookline.Factory;
import io.hookline.InputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the objects config nodes name with {@code _target_}, as Hydra's {@code instantiate} does: a class, built
 * through its constructor, or a static factory method ({@code com.example.Optimizers.adam}), given the node's other
 * keys by name and its {@code _args_} by position.
 *
 * <p>Contract: the target is looked up without being initialised, and refused before any of its code runs unless what
 * it makes is a {@code expected} (for {@code _partial_: true}, what the expected functional interface returns) and,
 * where the app lists packages, it lies in one of them (Hookline's own callbacks always may be built). A value is
 * converted to the declared type of the parameter it goes to, as a config's are; a nested {@code _target_} node is
 * built first, depth first, wherever the declared type is neither {@code Object} nor a map, unless an enclosing node
 * says {@code _recursive_: false}, below which nested nodes stay maps. {@code _partial_: true} gives the expected
 * functional interface, whose arguments fill the parameters the node does not give, in order; the target is built on
 * each call. {@code _convert_} is accepted ({@code none}, {@code partial}, {@code object} or {@code all}) and changes
 * nothing: the declared types decide. A class whose parameter names are known ({@link Creator}) keeps its defaults;
 * other constructors and static methods need every parameter, by position or, where compiled with
 * {@code -parameters}, by name. The app's {@link Factory} is asked first for a class built without {@code _args_}.
 * Every misfit is one {@link InputException} line naming what is built, the node's path, the class and the key.
 */
public final class Targets {

  /** The key that names what a node builds. */
  public static final String TARGET = "_target_";

  private static final String ARGS = "_args_";
  private static final String RECURSIVE = "_recursive_";
  private static final String PARTIAL = "_partial_";
  private static final String CONVERT = "_convert_";
  private static final List<String> KEYS = List.of(TARGET, ARGS, RECURSIVE, PARTIAL, CONVERT);
  private static final List<String> CONVERSIONS = List.of("none", "partial", "object", "all");

  /** Builds any target, by reflection alone. */
  public static final Targets ANY = new Targets(List.of(), Factory.REFLECTION);

  private final List<String> packages;
  private final Factory factory;

  private Targets(List<String> packages, Factory factory) {
    this.packages = List.copyOf(packages);
    this.factory = factory;
  }

  /**
   * Returns the targets {@code factory} builds first, narrowed to the classes and methods of {@code packages} and
   * their subpackages (any, if empty).
   */
  public static Targets of(Factory factory, List<String> packages) {
    return new Targets(packages, factory);
  }

  /**
   * Returns {@code packages}, each checked to be a package's name.
   *
   * @throws IllegalArgumentException if a name is not a package name such as {@code com.example}
   */
  public static List<String> checkPackages(List<String> packages) {
    for (String name : packages) {
      if (!name.matches("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}"
          + "\\p{javaJavaIdentifierPart}*)*")) {
        throw new IllegalArgumentException("'" + name + "' is not a package name such as com.example");
      }
    }
    return List.copyOf(packages);
  }

  /** Returns whether {@code node} names a target to build: a map with {@code _target_}, not kept as a map. */
  static boolean names(@Nullable Object node) {
    return node instanceof Map<?, ?> map && map.containsKey(TARGET) && !(node instanceof Kept);
  }

  /**
   * Checks every {@code _target_} node of {@code tree}, a whole composed config whose values came from {@code origins},
   * without building any: each names a class or a static method that exists, in the packages allowed, with keys
   * Hookline reads. What it builds is checked against the declared type when a job binds it.
   *
   * @throws InputException naming the first node that does not, and where it came from
   */
  public void check(@Nullable Object tree, Map<String, String> origins) {
    check(tree, new ArrayList<>(), origins);
  }

  private void check(@Nullable Object node, List<String> path, Map<String, String> origins) {
    if (names(node)) {
      Node read = read((Map<?, ?>) node, new Site(List.copyOf(path), "the composed config", origins));
      Ways.of(read.name(), Object.class, read.site());
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> check(value, Tree.child(path, String.valueOf(key)), origins));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(list.get(i), Tree.child(path, Integer.toString(i)), origins);
      }
    }
  }

  /**
   * Returns what {@code node} builds, as a {@code expected}; {@code subject} names it in messages, and {@code origins}
   * say where its values came from, by their paths below it.
   *
   * @throws InputException if the node does not describe a {@code expected}, or the target's code threw an exception
   */
  public <T> T instantiate(Map<?, ?> node, Class<T> expected, String subject, Map<String, String> origins) {
    return expected.cast(build(node, expected, List.of(), subject, origins, false));
  }

  /**
   * Returns the callback {@code node} builds, as {@link #instantiate} does, but throws what the target's own code (or
   * the app's factory) threw unchanged, an {@code Error} included.
   *
   * @throws InputException if the node does not describe a {@code expected}
   */
  public <T> T callback(Map<?, ?> node, Class<T> expected, String subject, Map<String, String> origins)
      throws Throwable {
    try {
      return expected.cast(build(node, expected, List.of(), subject, origins, true));
    } catch (ConstructorBinding.ConstructorFailed failed) {
      throw Objects.requireNonNull(failed.getCause());
    }
  }

  /**
   * Returns what {@code node} builds, as a {@code expected}.
   *
   * @param path where the node is, for messages: the keys below what {@code subject} names
   * @param callback whether the object is a callback: an exception its own code throws is then a
   *     {@link ConstructorBinding.ConstructorFailed}, not bad input
   * @throws InputException if the node does not describe a {@code expected}
   */
  Object build(Map<?, ?> node, Type expected, List<String> path, String subject, Map<String, String> origins,
      boolean callback) {
    Node read = read(node, new Site(List.copyOf(path), subject, origins));
    Site site = read.site();
    Class<?> wanted = ConstructorBinding.box(ConstructorBinding.raw(expected));
    Method sam = read.partial() ? sam(wanted, site) : null;
    Class<?> result = sam == null ? wanted : ConstructorBinding.box(sam.getReturnType() == void.class ? Object.class
        : sam.getReturnType());
    List<Way> ways = Ways.of(read.name(), result, site);
    if (sam == null && read.args().isEmpty() && ways.get(0).creates() != null) {
      Object made = fromFactory(ways.get(0).creates(), read, result, site, callback);
      if (made != null) {
        return made;
      }
    }
    Class<?> bean = ways.get(0).creates();
    if (bean != null && ways.get(0).creator() == null && sam == null && read.args().isEmpty()
        && !read.named().isEmpty()) {
      try {
        return Binder.construct(read.named(), bean, site.subject(), site.origins());
      } catch (InputException e) {
        throw e;
      } catch (Exception e) {
        throw Call.failed(e, site, callback);
      }
    }
    Call call = Call.choose(ways, read, sam == null ? 0 : sam.getParameterCount(), site, this);
    return sam == null ? call.invoke(new Object[0], read, callback) : Partial.of(wanted, sam, call, read);
  }

  /**
   * Returns {@code value}, a parameter of a target declared as {@code type}, with the {@code _target_} nodes that
   * binding would leave as maps built: those under an {@code Object}, or in a map or list of them.
   */
  @Nullable Object nested(@Nullable Object value, Type type, List<String> path, Site site) {
    Class<?> raw = ConstructorBinding.raw(type);
    Type content = Map.class.isAssignableFrom(raw) ? ConstructorBinding.argument(type, 1)
        : java.util.Collection.class.isAssignableFrom(raw) ? ConstructorBinding.argument(type, 0) : type;
    if (ConstructorBinding.raw(content) != Object.class) {
      return value;
    }
    if (names(value)) {
      return build((Map<?, ?>) value, Object.class, path, site.subject(), site.origins(), false);
    }
    if (value instanceof Map<?, ?> map && !(value instanceof Kept)) {
      Map<Object, @Nullable Object> built = new LinkedHashMap<>();
      map.forEach((key, entry) -> built.put(key, nested(entry, Object.class, Tree.child(path, String.valueOf(key)), site)));
      return built;
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> built = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        built.add(nested(list.get(i), Object.class, Tree.child(path, Integer.toString(i)), site));
      }
      return built;
    }
    return value;
  }

  private @Nullable Object fromFactory(Class<?> type, Node read, Class<?> result, Site site, boolean callback) {
    if (factory == Factory.REFLECTION) {
      return null;
    }
    Object made;
    try {
      made = factory.create(type, java.util.Collections.unmodifiableMap(read.named()));
    } catch (InputException e) {
      throw e;
    } catch (Throwable t) {
      throw Call.failed(t, site, callback);
    }
    if (made != null && !result.isInstance(made)) {
      throw new IllegalStateException("the app's factory made a " + made.getClass().getName() + " for " + site.subject()
          + ", not a " + read.name());
    }
    return made;
  }

  /** Reads a node's reserved keys, checking each, and the rest as the named values. */
  private Node read(Map<?, ?> node, Site site) {
    if (!(node.get(TARGET) instanceof String name) || name.isBlank()) {
      throw site.error(TARGET, "no _target_ naming a class or a static method, as in _target_: com.example.Adam");
    }
    if (!allowed(name)) {
      throw site.error(TARGET, name + " is outside the packages this app builds from " + packages
          + "; name a class of those packages");
    }
    Map<String, @Nullable Object> named = new LinkedHashMap<>();
    boolean recursive = flag(node, RECURSIVE, true, site);
    node.forEach((key, value) -> {
      String text = String.valueOf(key);
      if (text.startsWith("_") && text.endsWith("_") && text.length() > 1) {
        if (!KEYS.contains(text)) {
          throw site.error(text, "unknown key '" + text + "'" + Suggestions.didYouMean(text, KEYS) + "; the keys"
              + " Hookline reads beside a _target_ are " + KEYS);
        }
      } else {
        named.put(text, recursive ? value : Kept.keep(value));
      }
    });
    Object convert = node.get(CONVERT);
    if (convert != null && !CONVERSIONS.contains(String.valueOf(convert))) {
      throw site.error(CONVERT, "_convert_ is one of " + CONVERSIONS + ", not '" + convert + "'; the declared"
          + " parameter types decide what each value becomes");
    }
    Object args = node.get(ARGS);
    if (args != null && !(args instanceof List<?>)) {
      throw site.error(ARGS, "_args_ is a list of positional arguments, as in _args_: [1, 2]");
    }
    List<@Nullable Object> positional = new ArrayList<>();
    if (args != null) {
      ((List<?>) args).forEach(arg -> positional.add(recursive ? arg : Kept.keep(arg)));
    }
    return new Node(name.strip(), positional, named, flag(node, PARTIAL, false, site), site);
  }

  private boolean allowed(String name) {
    return packages.isEmpty() || name.startsWith("io.hookline.callback.")
        || packages.stream().anyMatch(prefix -> name.startsWith(prefix + "."));
  }

  private static boolean flag(Map<?, ?> node, String key, boolean unset, Site site) {
    Object value = node.get(key);
    if (value == null) {
      return unset;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw site.error(key, key + " is true or false, not '" + value + "'");
  }

  /** Returns the one abstract method of the functional interface {@code type}, for {@code _partial_: true}. */
  private static Method sam(Class<?> type, Site site) {
    Method found = null;
    if (type.isInterface()) {
      for (Method method : type.getMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && !isObjectMethod(method)) {
          if (found != null) {
            found = null;
            break;
          }
          found = method;
        }
      }
    }
    if (found == null) {
      throw site.error(PARTIAL, "_partial_: true makes a functional interface, and " + type.getName()
          + " is not one; declare the value as a java.util.function type, or one of your own");
    }
    return found;
  }

  static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * What a node asks for: the target's name, its positional and named values, whether it is partial, and where it is.
   */
  record Node(String name, List<@Nullable Object> args, Map<String, @Nullable Object> named, boolean partial,
      Site site) {}

  /**
   * Where a node is: its path below what the subject names, the subject ({@code config 'train'}), and the origins of
   * the values, for messages.
   */
  record Site(List<String> path, String subject, Map<String, String> origins) {

    /** Returns the path of {@code key} below the node. */
    List<String> at(String key) {
      return Tree.child(path, key);
    }

    /** Returns the one-line error {@code message} about the node, with where {@code key} of it came from. */
    InputException error(String key, String message) {
      return new InputException(subject + ": " + (path.isEmpty() ? "" : Tree.show(path) + ": ") + message
          + Binder.origin(at(key), origins));
    }

    /**
     * Returns the one-line error {@code message} about the whole node, which its own code refused: with the command
     * line's arguments that set any of its keys, the likeliest cause, or else where the node came from.
     */
    InputException refused(String message) {
      String prefix = path.isEmpty() ? "" : Tree.show(path) + ".";
      Map<String, String> within = new LinkedHashMap<>();
      origins.forEach((key, origin) -> {
        if (key.startsWith(prefix)) {
          within.put(key, origin);
        }
      });
      return new InputException(subject + ": " + (path.isEmpty() ? "" : Tree.show(path) + ": ") + message
          + Binder.wholeOrigin(within, Binder.origin(path, origins)));
    }
  }

  /** A node's value below one whose {@code _recursive_} is false: a {@code _target_} map in it stays a map. */
  static final class Kept extends LinkedHashMap<Object, @Nullable Object> {
    private static final long serialVersionUID = 1L;

    private Kept(Map<?, ?> map) {
      map.forEach((key, value) -> put(key, keep(value)));
    }

    static @Nullable Object keep(@Nullable Object value) {
      if (value instanceof Map<?, ?> map) {
        return new Kept(map);
      }
      if (value instanceof List<?> list) {
        return list.stream().map(Kept::keep).toList();
      }
      return value;
    }
  }

  /** Unwraps what a reflective call threw. */
  static Throwable cause(ReflectiveOperationException e) {
    return e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
  }
}
