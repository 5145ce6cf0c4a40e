package io.hookline.config.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a config type: which keys it has, what each holds, and where keys are free.
 *
 * <p>Contract: immutable, derived once per type from Jackson's view of it, so records, POJOs and Kotlin data classes
 * are seen the way they are bound. Maps are free-form: any key goes. A type that refers to itself is cut off at the
 * second visit and treated as holding any value.
 */
public sealed interface Schema {

  /** Returns the schema of the node at {@code key} below this one, or {@code null} if this node has no such key. */
  @Nullable Schema child(String key);

  /** Returns the type as shown in help and errors: {@code int}, {@code String}, {@code List<String>}, … */
  String typeName();

  /**
   * A record, POJO or data class: a fixed set of keys, of which {@code required} have no default and must be given.
   */
  record Fields(String typeName, Map<String, Schema> fields, Set<String> required) implements Schema {

    /** A type all of whose keys may be left out. */
    public Fields(String typeName, Map<String, Schema> fields) {
      this(typeName, fields, Set.of());
    }

    /** Copies the required keys. */
    public Fields {
      required = Set.copyOf(required);
    }

    @Override
    public @Nullable Schema child(String key) {
      return fields.get(key);
    }
  }

  /** A map: any key, each holding a {@code values}. */
  record MapOf(String typeName, Schema values) implements Schema {
    @Override
    public Schema child(String key) {
      return values;
    }
  }

  /** A list or array of {@code elements}; keys are indices. */
  record ListOf(String typeName, Schema elements) implements Schema {
    @Override
    public @Nullable Schema child(String key) {
      return key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? elements : null;
    }
  }

  /** A single value: a number, string, boolean, enum, date, or any value at all ({@code Object}). */
  record Scalar(String typeName, List<String> choices) implements Schema {
    @Override
    public @Nullable Schema child(String key) {
      return typeName.equals("Object") ? this : null;
    }
  }

  /** Returns the schema of {@code type} as {@code mapper} binds it. */
  static Schema of(JavaType type, ObjectMapper mapper) {
    return of(type, mapper, new HashSet<>());
  }

  private static Schema of(JavaType type, ObjectMapper mapper, Set<Class<?>> visiting) {
    Class<?> raw = type.getRawClass();
    if (type.isMapLikeType()) {
      return new MapOf(name(type), of(type.getContentType(), mapper, visiting));
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return new ListOf(name(type), of(type.getContentType(), mapper, visiting));
    }
    if (raw.isEnum()) {
      return new Scalar(raw.getSimpleName(),
          Arrays.stream(raw.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList());
    }
    if (raw.isPrimitive() || raw.getName().startsWith("java.") || raw.getName().startsWith("kotlin.")
        || !visiting.add(raw)) {
      return new Scalar(name(type), List.of());
    }
    BeanDescription bean = mapper.getSerializationConfig().introspect(type);
    Map<String, Schema> fields = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      fields.put(property.getName(), of(property.getPrimaryType(), mapper, visiting));
    }
    visiting.remove(raw);
    return new Fields(raw.getSimpleName(), fields);
  }

  private static String name(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.containedTypeCount() == 0) {
      return type.isArrayType() ? name(type.getContentType()) + "[]" : raw.getSimpleName();
    }
    StringBuilder shown = new StringBuilder(raw.getSimpleName()).append('<');
    for (int i = 0; i < type.containedTypeCount(); i++) {
      shown.append(i == 0 ? "" : ", ").append(name(type.containedType(i)));
    }
    return shown.append('>').toString();
  }
}
