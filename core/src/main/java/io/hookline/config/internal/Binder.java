package io.hookline.config.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hookline.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns config values into {@link Tree trees} and trees back into config values.
 *
 * <p>Classes built through a constructor whose parameter names can be known (records, Kotlin and Scala classes, Java
 * classes compiled with {@code -parameters}) are bound by {@link ConstructorBinding}, which keeps each parameter's
 * default, so that programs whose configs are such classes never load Jackson databind; everything else goes through
 * Jackson.
 *
 * <p>Contract: binding is strict. A key the type does not have, a {@code null} for a primitive, a fraction for an
 * integer, or a value of the wrong type fails, and the failure becomes one {@link InputException} line naming the
 * config, the key, the expected type, the value and its origin. An exception thrown by the type's own constructor (a
 * record that validates its components, say) is reported the same way, with its message. Jackson's default typing is
 * never enabled: a tree can only ever become the declared type. A key that is not given keeps the type's default;
 * a key with no default and no value is a failure of its own, naming the key and its type.
 */
public final class Binder {

  private static final ClassCache<Schema> SCHEMAS = new ClassCache<>() {
    @Override
    protected Schema compute(Class<?> type) {
      return ConstructorBinding.handles(type) ? ConstructorBinding.schema(type)
          : Schema.of(mapper().constructType(type), mapper());
    }
  };

  private Binder() {}

  /** Returns the shared, strictly configured mapper, made on first use. */
  static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  /** Returns the schema of {@code type}. */
  public static Schema schema(Class<?> type) {
    return SCHEMAS.get(type);
  }

  /** Returns {@code value} as a tree. */
  public static @Nullable Object toTree(Object value) {
    return ConstructorBinding.toTree(value);
  }

  /**
   * Returns {@code value} with its top-level keys in {@code changes} set to their tree values, exactly as binding its
   * tree with those keys set would, or {@code null} if this cannot be done directly: the value is not a record bound
   * without Jackson, or a change does not fit. The caller then goes through a tree, which reports what does not fit.
   */
  public static @Nullable Object withKeys(Object value, Map<String, @Nullable Object> changes) {
    return ConstructorBinding.withValues(value, changes);
  }

  /**
   * Returns {@code tree} bound to {@code type}.
   *
   * @throws InputException if the tree does not fit the type; {@code origins} say where its values came from
   */
  public static <T> T bind(@Nullable Object tree, Class<T> type, String id, Map<String, String> origins) {
    return bind(tree, type, id, origins, null);
  }

  /**
   * Returns {@code tree} bound to {@code type}, as {@link #bind(Object, Class, String, Map)} does, its
   * {@code _target_} nodes built by {@code targets} ({@code null}: anything, by reflection).
   */
  public static <T> T bind(@Nullable Object tree, Class<T> type, String id, Map<String, String> origins,
      @Nullable Targets targets) {
    if (ConstructorBinding.handles(type)) {
      return type.cast(ConstructorBinding.bind(tree, type, "config '" + id + "'", origins, false, targets));
    }
    requireNamed(type, "config '" + id + "'");
    return ViaJackson.bind(tree, type, id, origins);
  }

  /**
   * Refuses a class that only a constructor with parameters can build, when their names are not known: Jackson would
   * fail with a message that says nothing of why.
   */
  private static void requireNamed(Class<?> type, String what) {
    if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())
        || type.getName().startsWith("java.")) {
      return;
    }
    boolean buildable = false;
    for (java.lang.reflect.Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() == 0) {
        return; // a bean: Jackson sets its properties
      }
      for (java.lang.annotation.Annotation annotation : constructor.getAnnotations()) {
        if (annotation.annotationType().getSimpleName().equals("JsonCreator")) {
          return;
        }
      }
      buildable = true;
    }
    if (buildable) {
      throw new InputException(what + ": the names of " + type.getSimpleName() + "'s constructor parameters are not"
          + " in its class file; compile it with -parameters, annotate its constructor with @ConstructorProperties, or"
          + " make it a record");
    }
  }

  /**
   * Returns an instance of {@code type} built from {@code params}, bound to its constructor or record components, or
   * by Jackson to a bean's properties.
   *
   * @throws InputException if the params do not fit the type; {@code what} names the thing built, as in
   *     {@code callback 'log'}
   * @throws Exception what the type's constructor threw, unchanged
   */
  public static <T> T construct(Map<String, ?> params, Class<T> type, String what, Map<String, String> origins)
      throws Exception {
    if (ConstructorBinding.handles(type)) {
      try {
        return type.cast(ConstructorBinding.bind(params, type, what, origins, true, null));
      } catch (ConstructorBinding.ConstructorFailed failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof Exception exception) {
          throw exception;
        }
        throw (Error) Objects.requireNonNull(cause);
      }
    }
    requireNamed(type, what);
    return ViaJackson.construct(params, type, what, origins);
  }

  /**
   * Returns the tree of the defaults of {@code type} when no instance of it holds them: the keys whose defaults the
   * type declares and can be known without the others (a Kotlin or Scala default, say), each with its value; every
   * other key is left out. A type bound through Jackson alone has none.
   */
  public static Map<String, @Nullable Object> defaults(Class<?> type) {
    return ConstructorBinding.handles(type) ? ConstructorBinding.defaults(type) : Map.of();
  }

  /**
   * Returns where the values of a whole object came from, for a failure that no single key explains (the type's
   * constructor rejected the combination): the command-line arguments that set any of its keys, if there are any,
   * since they are the likeliest cause, or else {@code fallback}.
   */
  static String wholeOrigin(Map<String, String> origins, String fallback) {
    List<String> arguments = origins.values().stream()
        .filter(origin -> origin.startsWith("command line: ")).distinct().sorted().toList();
    return arguments.isEmpty() ? fallback : " (" + String.join(", ", arguments) + ")";
  }

  /** Returns " (origin)" for the closest path that has one, or an empty string. */
  static String origin(List<String> path, Map<String, String> origins) {
    for (int end = path.size(); end >= 0; end--) {
      String origin = origins.get(Tree.show(path.subList(0, end)));
      if (origin != null) {
        return " (" + origin + ")";
      }
    }
    return "";
  }

  /** Shows a tree value the way it would be written: strings quoted, collections compact. */
  static String show(@Nullable Object value) {
    String shown = value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
  }

  /**
   * Binding through Jackson databind, for the types the record binder does not handle. Kept in a class of its own, so
   * that a program whose configs are all records never loads databind's classes, not even its exception types.
   */
  private static final class ViaJackson {

    static <T> T bind(@Nullable Object tree, Class<T> type, String id, Map<String, String> origins) {
      try {
        return Objects.requireNonNull(mapper().convertValue(tree, type), "bound value");
      } catch (IllegalArgumentException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
          throw new InputException(describe(mapping, tree, type, "config '" + id + "'", origins));
        }
        throw e;
      }
    }

    static <T> T construct(Map<String, ?> params, Class<T> type, String what, Map<String, String> origins)
        throws Exception {
      try {
        return Objects.requireNonNull(mapper().convertValue(params, type), "constructed value");
      } catch (IllegalArgumentException e) {
        if (e.getCause() instanceof ValueInstantiationException failed
            && failed.getCause() instanceof Exception cause) {
          throw cause;
        }
        if (e.getCause() instanceof ValueInstantiationException failed && failed.getCause() instanceof Error cause) {
          throw cause;
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
          throw new InputException(describe(mapping, params, type, what, origins));
        }
        throw e;
      }
    }

    /** Describes a binding failure in one line; {@code subject} names what was bound, as in {@code config 'train'}. */
    private static String describe(JsonMappingException e, @Nullable Object tree, Class<?> type, String subject,
        Map<String, String> origins) {
      List<String> path = new ArrayList<>();
      for (JsonMappingException.Reference reference : e.getPath()) {
        path.add(reference.getFieldName() != null ? reference.getFieldName() : Integer.toString(reference.getIndex()));
      }
      String key = path.isEmpty() ? "" : Tree.show(path) + ": ";
      String origin = origin(path, origins);
      if (e instanceof UnrecognizedPropertyException unknown) {
        List<String> known = new ArrayList<>();
        unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        known.sort(null);
        return subject + ": unknown key '" + Tree.show(path) + "'"
            + Suggestions.didYouMean(unknown.getPropertyName(), known) + "; the keys are " + known + origin;
      }
      if (e instanceof ValueInstantiationException) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return subject + ": " + key + TreeReader.firstLine(cause.getMessage())
            + (path.isEmpty() ? wholeOrigin(origins, origin) : origin);
      }
      Class<?> target = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
          ? mismatch.getTargetType() : type;
      Object value = e instanceof InvalidFormatException format ? format.getValue() : Tree.get(tree, path);
      if (value == null && target.isPrimitive()) {
        return subject + ": " + key + "no value, expected " + target.getSimpleName()
            + "; set it in the config's file or on the command line" + origin;
      }
      return subject + ": " + key + "expected " + target.getSimpleName() + ", got " + show(value) + origin;
    }
  }

  /** The mapper, made when first needed so that programs without configs never load Jackson databind. */
  private static final class Holder {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addModules(ObjectMapper.findModules(Binder.class.getClassLoader()))
        .build();
  }
}
