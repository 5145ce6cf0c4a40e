package io.hookline.config.internal;

import io.hookline.failure.InputException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
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
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds records without Jackson databind: the common case of a config, handled with plain reflection so that a
 * program whose configs are records never loads databind, which dominates start-up.
 *
 * <p>Contract: {@link #handles} says which types this binds: records whose components are primitives and their boxes,
 * {@code String}, enums, {@code Object}, other such records, and {@code List}, {@code Set} or {@code Map<String, ?>}
 * of these. Everything else is left to Jackson. For the types it handles, it behaves as the Jackson binder is
 * configured to, and reports the same one-line errors: scalars are coerced as Jackson coerces them (a number to a
 * {@code String}, a numeric string to a number, {@code "true"} to a boolean), a fraction is not an integer, a
 * {@code null} is not a primitive, an unknown key or enum constant is an error, and an exception from a record's
 * constructor is reported with its message. Lists, sets and maps it builds are unmodifiable.
 */
final class RecordBinding {

  private static final ClassValue<Boolean> HANDLED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return type.isRecord() && recordHandled(type, new HashSet<>());
    }
  };

  /** Each record type's components, their names and its canonical constructor, looked up once. */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  /** What {@link #scalar} returns for a value that binds to {@code null} (an empty string for a boxed number). */
  private static final Object NULL = new Object();

  private RecordBinding() {}

  /** Returns whether this binds {@code type}. */
  static boolean handles(Class<?> type) {
    return HANDLED.get(type);
  }

  /** Returns the schema of a handled record type. */
  static Schema schema(Class<?> type) {
    return schema((Type) type, new HashSet<>());
  }

  /** Returns a value of a handled type, or of a type its components use, as a tree. */
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
    if (value.getClass().isRecord()) {
      Shape shape = SHAPES.get(value.getClass());
      Map<String, @Nullable Object> tree = new LinkedHashMap<>();
      for (int i = 0; i < shape.components.length; i++) {
        try {
          tree.put(shape.names.get(i), toTree(shape.accessors[i].invoke(value)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(
              "cannot read " + shape.components[i] + " of " + value.getClass().getName(), e);
        }
      }
      return tree;
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
    return value;
  }

  /**
   * Returns {@code record} with the components named in {@code changes} set to their tree values, converted as
   * {@link #bind} converts them, or {@code null} if a name is not a component, a value does not convert, or the
   * record's constructor rejects the result. The caller then takes the long way, through a tree, which reports why.
   */
  static @Nullable Object withComponents(Object record, Map<String, @Nullable Object> changes) {
    Shape shape = SHAPES.get(record.getClass());
    if (!shape.names.containsAll(changes.keySet())) {
      return null;
    }
    Object[] arguments = new Object[shape.components.length];
    try {
      for (int i = 0; i < arguments.length; i++) {
        String name = shape.names.get(i);
        arguments[i] = changes.containsKey(name)
            ? convert(changes.get(name), shape.components[i].getGenericType(), new ArrayList<>(), "", Map.of())
            : shape.accessors[i].invoke(record);
      }
      return shape.canonical.newInstance(arguments);
    } catch (InputException | ReflectiveOperationException doesNotFit) {
      return null;
    }
  }

  /**
   * Returns {@code tree} bound to the handled record type {@code type}.
   *
   * @throws InputException if it does not fit, naming {@code subject}, the key, and where the value came from
   */
  static Object bind(@Nullable Object tree, Class<?> type, String subject, Map<String, String> origins) {
    return convert(tree, type, new ArrayList<>(), subject, origins);
  }

  private static @Nullable Object convert(@Nullable Object value, Type type, List<String> path, String subject,
      Map<String, String> origins) {
    Class<?> raw = raw(type);
    if (value == null) {
      if (raw.isPrimitive()) {
        throw new InputException(subject + ": " + key(path) + "no value, expected " + raw.getSimpleName()
            + "; set it in the config's file or on the command line" + Binder.origin(path, origins));
      }
      return null;
    }
    if (raw.isRecord()) {
      return record(value, raw, path, subject, origins);
    }
    if (raw == Object.class) {
      return value;
    }
    if (List.class == raw || Collection.class == raw || Set.class == raw) {
      if (!(value instanceof List<?> list)) {
        throw mismatch(raw, value, path, subject, origins);
      }
      Type element = argument(type, 0);
      Collection<@Nullable Object> out = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        path.add(Integer.toString(i));
        out.add(convert(list.get(i), element, path, subject, origins));
        path.remove(path.size() - 1);
      }
      return raw == Set.class ? Collections.unmodifiableSet((Set<?>) out) : Collections.unmodifiableList((List<?>) out);
    }
    if (Map.class == raw) {
      if (!(value instanceof Map<?, ?> map)) {
        throw mismatch(raw, value, path, subject, origins);
      }
      Type content = argument(type, 1);
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        path.add(String.valueOf(entry.getKey()));
        out.put(String.valueOf(entry.getKey()), convert(entry.getValue(), content, path, subject, origins));
        path.remove(path.size() - 1);
      }
      return Collections.unmodifiableMap(out);
    }
    Object scalar = scalar(value, raw, path, subject, origins);
    return scalar == NULL ? null : scalar;
  }

  private static Object record(Object value, Class<?> type, List<String> path, String subject,
      Map<String, String> origins) {
    if (!(value instanceof Map<?, ?> map)) {
      throw mismatch(type, value, path, subject, origins);
    }
    Shape shape = SHAPES.get(type);
    RecordComponent[] components = shape.components;
    List<String> names = shape.names;
    for (Object key : map.keySet()) {
      if (!names.contains(String.valueOf(key))) {
        path.add(String.valueOf(key));
        throw new InputException(subject + ": unknown key '" + Tree.show(path) + "'" + Binder.origin(path, origins)
            + Suggestions.didYouMean(String.valueOf(key), names));
      }
    }
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      path.add(components[i].getName());
      arguments[i] = convert(map.get(components[i].getName()), components[i].getGenericType(), path, subject, origins);
      path.remove(path.size() - 1);
    }
    try {
      return shape.canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String where = path.isEmpty() ? Binder.wholeOrigin(origins, Binder.origin(path, origins))
          : Binder.origin(path, origins);
      throw new InputException(subject + ": " + key(path) + TreeReader.firstLine(cause.getMessage()) + where);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName() + ": " + e, e);
    }
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

  private static InputException mismatch(Class<?> type, Object value, List<String> path, String subject,
      Map<String, String> origins) {
    return new InputException(subject + ": " + key(path) + "expected " + type.getSimpleName() + ", got "
        + Binder.show(value) + Binder.origin(path, origins));
  }

  private static String key(List<String> path) {
    return path.isEmpty() ? "" : Tree.show(path) + ": ";
  }

  private static Schema schema(Type type, Set<Class<?>> visiting) {
    Class<?> raw = raw(type);
    if (raw.isRecord() && visiting.add(raw)) {
      Map<String, Schema> fields = new LinkedHashMap<>();
      for (RecordComponent component : raw.getRecordComponents()) {
        fields.put(component.getName(), schema(component.getGenericType(), visiting));
      }
      visiting.remove(raw);
      return new Schema.Fields(raw.getSimpleName(), fields);
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
    return new Schema.Scalar(name(type), List.of());
  }

  private static String name(Type type) {
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

  private static boolean recordHandled(Class<?> type, Set<Class<?>> visiting) {
    if (!visiting.add(type)) {
      return false;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (!typeHandled(component.getGenericType(), visiting)) {
        return false;
      }
    }
    visiting.remove(type);
    return true;
  }

  private static boolean typeHandled(Type type, Set<Class<?>> visiting) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = raw(type);
      Type[] arguments = parameterized.getActualTypeArguments();
      if (List.class == raw || Collection.class == raw || Set.class == raw) {
        return typeHandled(arguments[0], visiting);
      }
      return Map.class == raw && arguments[0] == String.class && typeHandled(arguments[1], visiting);
    }
    if (!(type instanceof Class<?> raw)) {
      return false;
    }
    if (raw.isRecord()) {
      return recordHandled(raw, visiting);
    }
    return raw.isPrimitive() || raw.isEnum() || raw == String.class || raw == Object.class || raw == Integer.class
        || raw == Long.class || raw == Double.class || raw == Float.class || raw == Boolean.class
        || raw == Short.class || raw == Byte.class || raw == Character.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> raw) {
      return raw;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index]
        : Object.class;
  }

  private static Class<?> box(Class<?> type) {
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

  /**
   * What binding a record needs of its type, looked up once: its components, their names, their accessors (made
   * accessible) and its canonical constructor.
   */
  private record Shape(RecordComponent[] components, List<String> names, Method[] accessors,
      Constructor<?> canonical) {

    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].trySetAccessible();
        parameters[i] = components[i].getType();
      }
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(parameters);
        canonical.trySetAccessible();
        return new Shape(components, Arrays.stream(components).map(RecordComponent::getName).toList(), accessors,
            canonical);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
      }
    }
  }
}
