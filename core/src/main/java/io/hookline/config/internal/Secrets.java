package io.hookline.config.internal;

import io.hookline.Secret;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Secret config keys: which keys of a type are marked {@link Secret}, and how a secret's value is hidden.
 *
 * <p>Contract: the keys of a type are found in its record components, its fields and its constructors' parameters,
 * down nested records and classes of the app's own (not {@code java.*} or {@code kotlin.*}), ten levels at most.
 * Masking replaces each secret's value, whatever it is, by {@value #MASK}, and leaves everything else as it was.
 */
public final class Secrets {

  /** What a secret's value is shown as. */
  public static final String MASK = "********";

  private static final ClassCache<Set<String>> ANNOTATED = new ClassCache<>() {
    @Override
    protected Set<String> compute(Class<?> type) {
      Set<String> keys = new LinkedHashSet<>();
      collect(type, "", keys, 0);
      return Set.copyOf(keys);
    }
  };

  private Secrets() {}

  /** Returns the dotted keys of {@code type} marked {@link Secret}. */
  public static Set<String> annotated(Class<?> type) {
    return ANNOTATED.get(type);
  }

  /** Returns {@code tree} with the values at the dotted {@code keys} masked. */
  public static @Nullable Object mask(@Nullable Object tree, Set<String> keys) {
    Object masked = tree;
    for (String key : keys) {
      List<String> path = Tree.split(key);
      if (Tree.has(masked, path) && Tree.get(masked, path) != null) {
        masked = Tree.set(masked, path, MASK);
      }
    }
    return masked;
  }

  /** Returns {@code message} with the text of every secret value in {@code tree} at {@code keys} masked. */
  public static String maskIn(String message, @Nullable Object tree, Set<String> keys) {
    String masked = message;
    for (String key : keys) {
      Object value = Tree.get(tree, Tree.split(key));
      String text = value == null ? "" : String.valueOf(value);
      if (!text.isEmpty() && !text.equals(MASK)) {
        masked = masked.replace(text, MASK);
      }
    }
    return masked;
  }

  private static void collect(Class<?> type, String prefix, Set<String> keys, int depth) {
    if (depth > 10 || type.isPrimitive() || type.getName().startsWith("java.") || type.getName().startsWith("kotlin.")
        || type.isEnum() || type.isArray()) {
      return;
    }
    Map<String, Class<?>> children = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        children.put(component.getName(), component.getType());
        if (component.isAnnotationPresent(Secret.class)) {
          keys.add(prefix + component.getName());
        }
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        children.putIfAbsent(field.getName(), field.getType());
        if (field.isAnnotationPresent(Secret.class)) {
          keys.add(prefix + field.getName());
        }
      }
    }
    for (var constructor : type.getDeclaredConstructors()) {
      for (Parameter parameter : constructor.getParameters()) {
        if (parameter.isNamePresent() && parameter.isAnnotationPresent(Secret.class)) {
          keys.add(prefix + parameter.getName());
        }
      }
    }
    for (Map.Entry<String, Class<?>> child : new ArrayList<>(children.entrySet())) {
      if (child.getValue() != type) {
        collect(child.getValue(), prefix + child.getKey() + ".", keys, depth + 1);
      }
    }
  }
}
