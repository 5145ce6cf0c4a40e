package io.hookline.config.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One way to build what a {@code _target_} names: a class's {@link Creator}, a public constructor or a public static
 * method.
 *
 * <p>Contract: {@link #names()} and {@link #types()} are the parameters' in order; a creator's parameters may have
 * defaults ({@link #required}), an executable's may not.
 *
 * @param creates the class a constructor or creator builds, or {@code null} for a static method
 * @param creator the class's creator, or {@code null}
 * @param executable the constructor or static method, or {@code null} for a creator
 */
record Way(@Nullable Class<?> creates, @Nullable Creator creator, @Nullable Executable executable) {

  /** Returns the parameters' names, {@code null} where not known. */
  List<@Nullable String> names() {
    if (creator != null) {
      return new ArrayList<>(creator.names());
    }
    List<@Nullable String> names = new ArrayList<>();
    Arrays.stream(Objects.requireNonNull(executable).getParameters())
        .forEach(parameter -> names.add(parameter.isNamePresent() ? parameter.getName() : null));
    return names;
  }

  /** Returns the parameters' declared types. */
  List<Type> types() {
    return creator != null ? creator.params().stream().map(Creator.Param::type).toList()
        : List.of(Objects.requireNonNull(executable).getGenericParameterTypes());
  }

  /** Returns whether parameter {@code i} must be given. */
  boolean required(int i) {
    return creator == null || creator.params().get(i).missing() == Creator.Missing.REQUIRED;
  }

  /** Returns whether parameter {@code i} refuses {@code null}. */
  boolean refusesNull(int i) {
    return creator != null && creator.params().get(i).refusesNull();
  }

  /** Builds the value from every parameter's value; {@code given} says which were given. */
  @Nullable Object invoke(@Nullable Object[] values, boolean[] given) throws ReflectiveOperationException {
    if (creator != null) {
      return creator.create(values, given);
    }
    if (executable instanceof Constructor<?> constructor) {
      return constructor.newInstance(values);
    }
    return ((Method) Objects.requireNonNull(executable)).invoke(null, values);
  }
}
