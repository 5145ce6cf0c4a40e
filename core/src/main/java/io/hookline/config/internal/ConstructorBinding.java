package io.hookline.config.internal;

import io.hookline.InputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds classes built through their constructor (records, Kotlin classes, Scala case classes, Java classes whose
 * constructor's parameter names are known) with plain reflection, so that such configs never need Jackson databind,
 * which dominates start-up, and so that a parameter's default is kept whichever parameters are given.
 *
 * <p>Contract: {@link #handles} says which types this binds: those with a {@link Creator}. Their parameters of the
 * types it knows (primitives and their boxes, {@code String}, enums, {@code Object}, {@code Optional}, other such
 * classes, and {@code List}, {@code Set} or {@code Map<String, ?>} of these) it converts itself, as the Jackson binder
 * is configured to: scalars are coerced as Jackson coerces them (a number to a {@code String}, a numeric string to a
 * number, {@code "true"} to a boolean), a fraction is not an integer, a {@code null} is not a primitive nor a Kotlin
 * type that is not nullable, an unknown key or enum constant is an error. A value of any other type is converted by
 * Jackson alone. A key that is not given takes what {@link Creator} says; a required key that is not given is one line
 * naming the key and its type. An exception from a constructor is reported with its message. Lists, sets and maps it
 * builds are unmodifiable.
 */
final class ConstructorBinding {

  /** What {@link #scalar} returns for a value that binds to {@code null} (an empty string for a boxed number). */
  private static final Object NULL = new Object();

  private ConstructorBinding() {}

  /** Returns whether this binds {@code type}. */
  static boolean handles(Class<?> type) {
    return Creator.of(type) != null;
  }

  /** Returns the schema of a handled type. */
  static Schema schema(Class<?> type) {
    return schema((Type) type, new HashSet<>());
  }

  /** Returns a value as a tree. */
  static @Nullable Object toTree(@Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Character character) {
      return character.toString();
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? toTree(optional.get()) : null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> tree = new LinkedHashMap<>();
      map.forEach((key, child) -> tree.put(String.valueOf(key), toTree(child)));
      return tree;
    }
    if (value instanceof Collection<?> collection) {
      List<@Nullable Object> tree = new ArrayList<>(collection.size());
      collection.forEach(child -> tree.add(toTree(child)));
      return tree;
    }
    Creator creator = Creator.of(value.getClass());
    if (creator != null && creator.readable()) {
      Map<String, @Nullable Object> tree = new LinkedHashMap<>();
      try {
        Object[] values = creator.read(value);
        for (int i = 0; i < values.length; i++) {
          tree.put(creator.names().get(i), toTree(values[i]));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read the values of a " + value.getClass().getName(), e);
      }
      return tree;
    }
    return Binder.mapper().convertValue(value, Object.class);
  }

  /**
   * Returns the tree of the defaults of a handled type that has no instance of defaults: the defaults of the
   * parameters that have one and do not depend on the others, nested classes included; the other keys are left out.
   */
  static Map<String, @Nullable Object> defaults(Class<?> type) {
    Creator creator = Objects.requireNonNull(Creator.of(type), "creator");
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    creator.defaults().forEach((name, value) -> tree.put(name, toTree(value)));
    return tree;
  }

  /**
   * Returns {@code value} with the parameters named in {@code changes} set to their tree values, converted as
   * {@link #bind} converts them, or {@code null} if its values cannot be read back, a name is not a parameter, a value
   * does not convert, or the constructor rejects the result. The caller then takes the long way, through a tree,
   * which reports why.
   */
  static @Nullable Object withValues(Object value, Map<String, @Nullable Object> changes) {
    Creator creator = Creator.of(value.getClass());
    if (creator == null || !creator.readable() || !creator.names().containsAll(changes.keySet())) {
      return null;
    }
    try {
      Object[] arguments = creator.read(value);
      boolean[] given = new boolean[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        Creator.Param param = creator.params().get(i);
        given[i] = true;
        if (changes.containsKey(param.name())) {
          arguments[i] = convert(changes.get(param.name()), param.type(), new ArrayList<>(), "", Map.of(),
              param.refusesNull(), false, null);
        }
      }
      return creator.create(arguments, given);
    } catch (InputException | ReflectiveOperationException doesNotFit) {
      return null;
    }
  }

  /**
   * Returns {@code tree} bound to the handled type {@code type}.
   *
   * @param callback whether a callback is built: an exception from its constructor is then thrown unchanged
   * @throws InputException if it does not fit, naming {@code subject}, the key, and where the value came from
   */
  static Object bind(@Nullable Object tree, Class<?> type, String subject, Map<String, String> origins,
      boolean callback, @Nullable Targets targets) {
    return Objects.requireNonNull(convert(tree, type, new ArrayList<>(), subject, origins, false, callback, targets));
  }

  /**
   * Returns {@code value} converted to {@code type}; {@code path} is where it is, below what {@code subject} names.
   * A {@code _target_} node is built by {@code targets} ({@code null}: anything, by reflection) where {@code type} is
   * neither {@code Object} nor a map.
   */
  static @Nullable Object convert(@Nullable Object value, Type type, List<String> path, String subject,
      Map<String, String> origins, boolean refusesNull, boolean callback, @Nullable Targets targets) {
    Class<?> raw = raw(type);
    if (value == null) {
      if (raw.isPrimitive() || refusesNull) {
        throw new InputException(subject + ": " + key(path) + "no value, expected " + name(type)
            + "; set it in the config's file or on the command line" + Binder.origin(path, origins));
      }
      return raw == Optional.class ? Optional.empty() : null;
    }
    if (raw == Optional.class) {
      return Optional.ofNullable(convert(value, argument(type, 0), path, subject, origins, false, callback, targets));
    }
    if (raw == Object.class || !(value instanceof Map<?, ?> || value instanceof List<?>) && box(raw).isInstance(value)) {
      return value; // anything, or built already: a partial's argument, say
    }
    // the key is looked for first, so that Targets loads only when a config names a target
    if (value instanceof Map<?, ?> map && map.containsKey(Targets.TARGET) && Targets.names(value)
        && !Map.class.isAssignableFrom(raw)) {
      return (targets != null ? targets : Targets.ANY).build(map, type, path, subject, origins, callback);
    }
    if (List.class == raw || Collection.class == raw || Set.class == raw) {
      if (!(value instanceof List<?> list)) {
        throw mismatch(type, value, path, subject, origins);
      }
      Type element = argument(type, 0);
      Collection<@Nullable Object> out = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        path.add(Integer.toString(i));
        out.add(convert(list.get(i), element, path, subject, origins, false, callback, targets));
        path.remove(path.size() - 1);
      }
      return raw == Set.class ? Collections.unmodifiableSet((Set<?>) out) : Collections.unmodifiableList((List<?>) out);
    }
    if (Map.class == raw && raw(argument(type, 0)) == String.class || Map.class == raw && argument(type, 0)
        == Object.class) {
      if (!(value instanceof Map<?, ?> map)) {
        throw mismatch(type, value, path, subject, origins);
      }
      Type content = argument(type, 1);
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path.add(String.valueOf(entry.getKey()));
        out.put(String.valueOf(entry.getKey()), convert(entry.getValue(), content, path, subject, origins, false,
            callback, targets));
        path.remove(path.size() - 1);
      }
      return Collections.unmodifiableMap(out);
    }
    if (isScalar(raw)) {
      Object scalar = scalar(value, raw, path, subject, origins);
      return scalar == NULL ? null : scalar;
    }
    Creator creator = Creator.of(raw);
    if (creator != null) {
      return create(value, creator, type, path, subject, origins, callback, targets);
    }
    return viaJackson(value, type, path, subject, origins);
  }

  private static Object create(Object value, Creator creator, Type type, List<String> path, String subject,
      Map<String, String> origins, boolean callback, @Nullable Targets targets) {
    if (!(value instanceof Map<?, ?> map)) {
      throw mismatch(type, value, path, subject, origins);
    }
    List<String> names = creator.names();
    for (Object key : map.keySet()) {
      if (!names.contains(String.valueOf(key))) {
        path.add(String.valueOf(key));
        throw new InputException(subject + ": unknown key '" + Tree.show(path) + "'" + Binder.origin(path, origins)
            + Suggestions.didYouMean(String.valueOf(key), names));
      }
    }
    List<Creator.Param> params = creator.params();
    Object[] arguments = new Object[params.size()];
    boolean[] given = new boolean[params.size()];
    for (int i = 0; i < params.size(); i++) {
      Creator.Param param = params.get(i);
      path.add(param.name());
      given[i] = map.containsKey(param.name());
      if (given[i]) {
        arguments[i] = convert(map.get(param.name()), param.type(), path, subject, origins, param.refusesNull(), false,
            targets);
      }
      path.remove(path.size() - 1);
    }
    try {
      Object made = creator.create(arguments, given);
      if (made == null) {
        throw required(creator, given, path, subject, callback);
      }
      return made;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (callback) {
        throw new ConstructorFailed(cause);
      }
      String where = path.isEmpty() ? Binder.wholeOrigin(origins, Binder.origin(path, origins))
          : Binder.origin(path, origins);
      throw new InputException(subject + ": " + key(path) + TreeReader.firstLine(cause.getMessage()) + where);
    }
  }

  /** Reports the first required parameter that was not given. */
  private static InputException required(Creator creator, boolean[] given, List<String> path, String subject,
      boolean callback) {
    for (int i = 0; i < given.length; i++) {
      Creator.Param param = creator.params().get(i);
      if (!given[i] && param.missing() != Creator.Missing.NULL && param.missing() != Creator.Missing.EMPTY) {
        path.add(param.name());
        String shown = Tree.show(path);
        String remedy = callback ? "; add " + shown + ": VALUE beside its _target_"
            : "; set it on the command line (" + shown + "=VALUE) or in the config's file";
        return new InputException(subject + ": key '" + shown + "' is required and has no value (" + name(param.type())
            + ")" + remedy);
      }
    }
    throw new IllegalStateException("no required parameter is missing, yet " + creator.names() + " was not built");
  }

  /** Thrown through the binder when a callback's own constructor throws; {@link Binder} unwraps it. */
  static final class ConstructorFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConstructorFailed(Throwable cause) {
      super(cause);
    }
  }

  /** Converts a value of a type this binder does not know with Jackson, reporting a misfit as this binder does. */
  private static Object viaJackson(Object value, Type type, List<String> path, String subject,
      Map<String, String> origins) {
    try {
      return Objects.requireNonNull(Binder.mapper().convertValue(value, Binder.mapper().constructType(type)));
    } catch (IllegalArgumentException doesNotFit) {
      throw mismatch(type, value, path, subject, origins);
    }
  }

  private static boolean isScalar(Class<?> raw) {
    return raw.isPrimitive() || raw.isEnum() || raw == String.class || raw == Integer.class || raw == Long.class
        || raw == Double.class || raw == Float.class || raw == Boolean.class || raw == Short.class
        || raw == Byte.class || raw == Character.class;
  }

  private static Object scalar(Object value, Class<?> type, List<String> path, String subject,
      Map<String, String> origins) {
    Class<?> boxed = box(type);
    if (boxed.isInstance(value)) {
      return value;
    }
    if (type.isEnum()) {
      if (value instanceof String name) {
        for (Object constant : type.getEnumConstants()) {
          if (((Enum<?>) constant).name().equals(name)) {
            return constant;
          }
        }
      }
      throw mismatch(type, value, path, subject, origins);
    }
    if (boxed == String.class) {
      if (value instanceof Number || value instanceof Boolean) {
        return value.toString();
      }
      throw mismatch(type, value, path, subject, origins);
    }
    if (boxed == Boolean.class && value instanceof String text && (text.equals("true") || text.equals("false"))) {
      return Boolean.valueOf(text);
    }
    if (boxed == Boolean.class && isIntegral(value)) {
      return ((Number) value).longValue() != 0;
    }
    if (!type.isPrimitive() && boxed != Character.class && "".equals(value)) {
      return NULL;
    }
    if (boxed == Character.class && value instanceof String text && text.length() == 1) {
      return text.charAt(0);
    }
    Number number = value instanceof Number n ? n : value instanceof String text ? parse(text) : null;
    if (number != null) {
      Object converted = number(number, boxed);
      if (converted != null) {
        return converted;
      }
    }
    throw mismatch(type, value, path, subject, origins);
  }

  /** Converts a number to {@code boxed}, or returns {@code null} if it does not fit (a fraction for an integer). */
  private static @Nullable Object number(Number number, Class<?> boxed) {
    if (boxed == Double.class) {
      return number.doubleValue();
    }
    if (boxed == Float.class) {
      return number.floatValue();
    }
    if (!isIntegral(number)) {
      return null;
    }
    BigInteger big = number instanceof BigInteger b ? b : BigInteger.valueOf(number.longValue());
    if (boxed == Integer.class && big.bitLength() < 32) {
      return big.intValue();
    }
    if (boxed == Long.class && big.bitLength() < 64) {
      return big.longValue();
    }
    if (boxed == Short.class && big.bitLength() < 16) {
      return big.shortValue();
    }
    if (boxed == Byte.class && big.bitLength() < 8) {
      return big.byteValue();
    }
    return null;
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger;
  }

  /**
   * Parses a number written as text. {@code NaN}, {@code Infinity} and {@code -Infinity} are numbers too: JSON cannot
   * hold them plainly, so they are written as these strings, and read back as the doubles they were.
   */
  private static @Nullable Number parse(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity", "+Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    try {
      return text.contains(".") || text.contains("e") || text.contains("E") ? (Number) Double.parseDouble(text)
          : new BigInteger(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static InputException mismatch(Type type, Object value, List<String> path, String subject,
      Map<String, String> origins) {
    return new InputException(subject + ": " + key(path) + "expected " + name(type) + ", got "
        + Binder.show(value) + Binder.origin(path, origins));
  }

  private static String key(List<String> path) {
    return path.isEmpty() ? "" : Tree.show(path) + ": ";
  }

  private static Schema schema(Type type, Set<Class<?>> visiting) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return schema(argument(type, 0), visiting);
    }
    if (Map.class == raw) {
      return new Schema.MapOf(name(type), schema(argument(type, 1), visiting));
    }
    if (List.class == raw || Collection.class == raw || Set.class == raw) {
      return new Schema.ListOf(name(type), schema(argument(type, 0), visiting));
    }
    if (raw.isEnum()) {
      return new Schema.Scalar(raw.getSimpleName(),
          Arrays.stream(raw.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList());
    }
    if (isScalar(raw) || raw == Object.class) {
      return new Schema.Scalar(name(type), List.of());
    }
    if ((raw.isInterface() || java.lang.reflect.Modifier.isAbstract(raw.getModifiers())) && !raw.isArray()
        && !raw.getName().startsWith("java.") && !raw.getName().startsWith("kotlin.")) {
      // only a _target_ node builds it, and what it names decides the keys
      return new Schema.MapOf(name(type), new Schema.Scalar("Object", List.of()));
    }
    Creator creator = Creator.of(raw);
    if (creator != null && visiting.add(raw)) {
      Map<String, Schema> fields = new LinkedHashMap<>();
      Set<String> required = new LinkedHashSet<>();
      for (Creator.Param param : creator.params()) {
        fields.put(param.name(), schema(param.type(), visiting));
        if (param.missing() == Creator.Missing.REQUIRED) {
          required.add(param.name());
        }
      }
      visiting.remove(raw);
      return new Schema.Fields(raw.getSimpleName(), fields, required);
    }
    if (creator != null) {
      return new Schema.Scalar(name(type), List.of()); // a type that holds itself: any value below
    }
    return Schema.of(Binder.mapper().constructType(type), Binder.mapper());
  }

  static String name(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      StringBuilder shown = new StringBuilder(raw(type).getSimpleName()).append('<');
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        shown.append(i == 0 ? "" : ", ").append(name(arguments[i]));
      }
      return shown.append('>').toString();
    }
    return raw(type).getSimpleName();
  }

  /** Returns the class of {@code type}: itself, a parameterized type's raw class, or {@code Object}. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> raw) {
      return raw;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }

  static Type argument(Type type, int index) {
    return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index]
        : Object.class;
  }

  static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "boolean" -> Boolean.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "char" -> Character.class;
      default -> Void.class;
    };
  }
}
