package io.hookline.command.internal;

import io.hookline.InputException;
import io.hookline.Invocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group of options bound to one record, as {@link Invocation#options(Class)} describes.
 *
 * <p>Contract: each component is read from the invocation's options by its name or its name in dashes, typed as the
 * component is declared, and the record built by its canonical constructor; a refusal of the constructor is one line
 * naming the record and its message.
 */
public final class OptionRecord {

  private OptionRecord() {}

  /** Returns the options of {@code invocation} as a {@code type}. */
  public static <T> T bind(Class<T> type, Invocation invocation) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record: options bind to a record's components");
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i], invocation, type);
    }
    try {
      var constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new InputException("the options do not make a " + type.getSimpleName() + ": " + (cause == null ? e
          : cause.getMessage() == null ? cause.toString() : cause.getMessage()));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(type.getName() + " cannot be built from options: " + e, e);
    }
  }

  private static @Nullable Object value(RecordComponent component, Invocation invocation, Class<?> type) {
    String name = key(component.getName(), invocation.options());
    Class<?> declared = component.getType();
    if (declared == boolean.class || declared == Boolean.class) {
      return invocation.flag(name);
    }
    if (declared == List.class) {
      return invocation.values(name, argument(component.getGenericType(), 0));
    }
    if (declared == Map.class) {
      return invocation.map(name, argument(component.getGenericType(), 1));
    }
    Object value = invocation.option(name, declared).orElse(null);
    if (value == null && declared.isPrimitive()) {
      throw new InputException("option --" + name + " is needed for " + type.getSimpleName() + "." + component.getName()
          + ", and was not given; give it, or give it a default");
    }
    return value;
  }

  /** Returns the key of the option that {@code component} takes: its name, or its name in dashes if that was given. */
  private static String key(String component, Map<String, List<String>> options) {
    String dashed = component.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    return options.containsKey(component) || !options.containsKey(dashed) ? component : dashed;
  }

  private static Class<?> argument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > index
        && parameterized.getActualTypeArguments()[index] instanceof Class<?> argument) {
      return argument;
    }
    return String.class;
  }
}
