package io.hookline.config.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a class is built from named values through its constructor: the parameters in order, their names and types, and
 * what a parameter that is not given gets.
 *
 * <p>Contract: {@link #of} returns the creator {@link Creators} finds for a class, looked up once, or {@code null} if
 * the class's parameter names cannot be known. A parameter that is not given gets, in this order: its default (a
 * Kotlin default, a Scala default, the value of a record's no-argument constructor, or what another constructor of the
 * class with the given names supplies); {@code Optional.empty()} for an {@code Optional}; {@code null} where the
 * parameter is nullable (a Kotlin {@code T?}, or annotated {@code @Nullable}); and otherwise it is
 * {@link Missing#REQUIRED}, which {@link #create} answers with {@code null} for the binder to report.
 */
final class Creator {

  /** What a parameter that is not given gets. */
  enum Missing {
    /** Its default, computed by the class. */
    DEFAULT,
    /** {@code Optional.empty()}. */
    EMPTY,
    /** {@code null}. */
    NULL,
    /** Nothing: it must be given. */
    REQUIRED
  }

  /** One parameter: its name, its generic type, what it gets when not given, and whether {@code null} is refused. */
  record Param(String name, Type type, Missing missing, boolean refusesNull) {}

  private static final ClassCache<Optional<Creator>> CREATORS = new ClassCache<>() {
    @Override
    protected Optional<Creator> compute(Class<?> type) {
      return Optional.ofNullable(Creators.find(type));
    }
  };

  private final Class<?> type;
  private final List<Param> params;
  private final List<String> names;
  /** Whether any parameter takes a default when its key is missing. */
  private final boolean defaulted;
  private final Constructor<?> constructor;
  private final @Nullable Method @Nullable [] readers;
  /** Kotlin's synthetic constructor that computes the defaults named by its bit masks, or {@code null}. */
  private final @Nullable Constructor<?> kotlinDefaults;
  /** Scala's default methods on the companion, by parameter, each taking the parameters before it, or {@code null}. */
  private final @Nullable Method @Nullable [] scalaDefaults;
  private final @Nullable Object companion;
  /** The values of a record's no-argument constructor, by parameter, or {@code null}. */
  private final @Nullable Object @Nullable [] instanceDefaults;
  /** Other constructors, each with the names of the parameters it takes. */
  private final List<Alternative> alternatives;
  /** The defaults {@link #defaults} found, once found: finding them builds the class twice. */
  private volatile @Nullable Map<String, @Nullable Object> defaults;

  /** Another constructor of the class, and the names of the parameters it takes. */
  record Alternative(Constructor<?> constructor, List<String> names) {}

  Creator(Class<?> type, List<Param> params, Constructor<?> constructor, @Nullable Method @Nullable [] readers,
      @Nullable Constructor<?> kotlinDefaults, @Nullable Method @Nullable [] scalaDefaults, @Nullable Object companion,
      @Nullable Object @Nullable [] instanceDefaults, List<Alternative> alternatives) {
    this.type = type;
    this.params = List.copyOf(params);
    List<String> named = new ArrayList<>(params.size()); // loops, not streams, here: every run binds a config
    boolean defaulted = false;
    for (Param param : params) {
      named.add(param.name());
      defaulted |= param.missing() == Missing.DEFAULT;
    }
    this.names = List.copyOf(named);
    this.defaulted = defaulted;
    this.constructor = constructor;
    this.readers = readers;
    this.kotlinDefaults = kotlinDefaults;
    this.scalaDefaults = scalaDefaults;
    this.companion = companion;
    this.instanceDefaults = instanceDefaults;
    this.alternatives = List.copyOf(alternatives);
    constructor.trySetAccessible();
  }

  /** Returns the creator of {@code type}, or {@code null} if its constructor's parameter names cannot be known. */
  static @Nullable Creator of(Class<?> type) {
    return CREATORS.get(type).orElse(null);
  }

  /** Returns the parameters, in the constructor's order. */
  List<Param> params() {
    return params;
  }

  /** Returns the parameters' names, in order. */
  List<String> names() {
    return names;
  }

  /** Returns whether a built value's parameters can be read back, so that it can be shown as a tree. */
  boolean readable() {
    return readers != null;
  }

  /** Returns the value of each parameter of {@code value}, in order; only if {@link #readable}. */
  @Nullable Object[] read(Object value) throws ReflectiveOperationException {
    Method[] all = Objects.requireNonNull(readers, "readers");
    Object[] values = new Object[all.length];
    for (int i = 0; i < all.length; i++) {
      values[i] = all[i].invoke(value);
    }
    return values;
  }

  /**
   * Builds a value. {@code given[i]} says whether {@code values[i]} was given; a parameter not given gets what its
   * {@link Param#missing} says.
   *
   * @return the value, or {@code null} if a required parameter was not given and no constructor supplies it
   * @throws InvocationTargetException what the class's constructor or a default threw
   */
  @Nullable Object create(@Nullable Object[] values, boolean[] given) throws InvocationTargetException {
    Object[] arguments = values.clone();
    boolean defaultsNeeded = false;
    for (int i = 0; i < params.size(); i++) {
      if (!given[i]) {
        Param param = params.get(i);
        switch (param.missing()) {
          case EMPTY -> arguments[i] = Optional.empty();
          case NULL -> arguments[i] = null;
          case DEFAULT -> defaultsNeeded = true;
          case REQUIRED -> {
            return null;
          }
          default -> throw new AssertionError(param.missing());
        }
      }
    }
    try {
      if (!defaultsNeeded) {
        return constructor.newInstance(arguments);
      }
      if (kotlinDefaults != null) {
        return kotlinDefaults.newInstance(kotlinArguments(arguments, given));
      }
      for (int i = 0; i < params.size(); i++) {
        if (!given[i] && params.get(i).missing() == Missing.DEFAULT) {
          if (scalaDefaults != null && scalaDefaults[i] != null) {
            arguments[i] = scalaDefaults[i].invoke(companion, Arrays.copyOf(arguments,
                scalaDefaults[i].getParameterCount()));
          } else if (instanceDefaults != null) {
            arguments[i] = instanceDefaults[i];
          } else {
            return alternative(arguments, given);
          }
        }
      }
      return constructor.newInstance(arguments);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName() + ": " + e, e);
    }
  }

  /** Builds through another constructor that takes exactly the given names, if there is one. */
  private @Nullable Object alternative(@Nullable Object[] arguments, boolean[] given)
      throws InvocationTargetException, InstantiationException, IllegalAccessException {
    Set<String> present = new HashSet<>();
    for (int i = 0; i < params.size(); i++) {
      if (given[i]) {
        present.add(names.get(i));
      }
    }
    for (Alternative alternative : alternatives) {
      if (present.equals(new HashSet<>(alternative.names()))) {
        Object[] chosen = new Object[alternative.names().size()];
        for (int i = 0; i < chosen.length; i++) {
          chosen[i] = arguments[names.indexOf(alternative.names().get(i))];
        }
        return alternative.constructor().newInstance(chosen);
      }
    }
    return null;
  }

  private Object[] kotlinArguments(@Nullable Object[] arguments, boolean[] given) {
    Constructor<?> synthetic = Objects.requireNonNull(kotlinDefaults);
    Object[] all = new Object[synthetic.getParameterCount()];
    Class<?>[] types = synthetic.getParameterTypes();
    for (int i = 0; i < params.size(); i++) {
      all[i] = arguments[i];
      if (!given[i] && params.get(i).missing() == Missing.DEFAULT) {
        all[i] = types[i].isPrimitive() ? blank(types[i], 0) : null;
        int mask = params.size() + i / 32;
        all[mask] = (all[mask] == null ? 0 : (Integer) all[mask]) | 1 << (i % 32);
      }
    }
    for (int i = params.size(); i < all.length - 1; i++) {
      if (all[i] == null) {
        all[i] = 0;
      }
    }
    return all;
  }

  /**
   * Returns the defaults that do not depend on other parameters, by name: those a Kotlin or Scala class computes the
   * same from two different sets of required values, and a record's no-argument constructor's. A default that reads
   * another parameter, or changes from one construction to the next, is left out: the class computes it each time.
   * Found once per class; the map is unmodifiable.
   */
  Map<String, @Nullable Object> defaults() {
    Map<String, @Nullable Object> found = defaults;
    if (found == null) {
      found = Collections.unmodifiableMap(findDefaults());
      defaults = found;
    }
    return found;
  }

  private Map<String, @Nullable Object> findDefaults() {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    if (instanceDefaults != null) {
      for (int i = 0; i < params.size(); i++) {
        values.put(names.get(i), instanceDefaults[i]);
      }
      return values;
    }
    if (!readable() || !defaulted) {
      return values;
    }
    try {
      Object[] first = probe(0);
      Object[] second = probe(1);
      if (first == null || second == null) {
        return values;
      }
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).missing() == Missing.DEFAULT && Objects.equals(first[i], second[i])) {
          values.put(names.get(i), first[i]);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      values.clear(); // a class whose defaults cannot be computed without real values: it computes them itself
    }
    return values;
  }

  /** Builds a value with every default taken and a blank for every other parameter, and reads its parameters back. */
  private @Nullable Object @Nullable [] probe(int variant) throws ReflectiveOperationException {
    Object[] values = new Object[params.size()];
    boolean[] given = new boolean[params.size()];
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      if (param.missing() != Missing.DEFAULT) {
        given[i] = true;
        values[i] = param.missing() == Missing.NULL ? null : blank(ConstructorBinding.raw(param.type()), variant);
        if (values[i] == null && param.missing() != Missing.NULL) {
          return null;
        }
      }
    }
    Object made = create(values, given);
    return made == null ? null : read(made);
  }

  /**
   * Returns a stand-in value of {@code type}, or {@code null} if it has none. Variants 0 and 1 differ wherever the type
   * allows, and widely, so that a default computed from a stand-in (a tenth of it, say) differs too.
   */
  static @Nullable Object blank(Class<?> type, int variant) {
    long number = variant == 0 ? 0 : variant == 1 ? 987_654_321L : variant;
    if (type == int.class || type == Integer.class) {
      return (int) number;
    }
    if (type == long.class || type == Long.class) {
      return number;
    }
    if (type == double.class || type == Double.class) {
      return (double) number;
    }
    if (type == float.class || type == Float.class) {
      return (float) number;
    }
    if (type == short.class || type == Short.class) {
      return (short) (number % 30_000);
    }
    if (type == byte.class || type == Byte.class) {
      return (byte) (number % 100);
    }
    if (type == boolean.class || type == Boolean.class) {
      return variant != 0;
    }
    if (type == char.class || type == Character.class) {
      return (char) ('a' + variant % 26);
    }
    if (type == String.class) {
      return variant == 0 ? "" : "stand-in " + variant;
    }
    if (type == List.class || type == java.util.Collection.class || type == Iterable.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type.isEnum() && type.getEnumConstants().length > 0) {
      Object[] constants = type.getEnumConstants();
      return constants[Math.min(variant, constants.length - 1)];
    }
    return null;
  }
}
