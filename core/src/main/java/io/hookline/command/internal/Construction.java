package io.hookline.command.internal;

import io.hookline.Body;
import io.hookline.Command.Target;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.InitBy;
import io.hookline.Factory;
import io.hookline.Invocation;
import io.hookline.Invocation.Attribute;
import io.hookline.config.internal.ClassCache;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Targets;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The work of the default init and run hooks: build the command from its configs, then run it.
 *
 * <p>Contract: what the command's own code throws (its constructor, its run method, its body) reaches the caller
 * unchanged, never wrapped in a reflection exception. A command class that does not fit (no constructor takes the
 * configs, no run method) is a programming error, reported as an {@link IllegalStateException} that says what was
 * looked for and what there is.
 */
public final class Construction {

  /** The run methods looked up so far, by class and name; a missing one maps to nothing. */
  private static final ClassCache<Map<String, Method>> RUN_METHODS = new ClassCache<>() {
    @Override
    protected Map<String, Method> compute(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  /** Each class's public constructors, looked up once. */
  private static final ClassCache<Constructor<?>[]> CONSTRUCTORS = new ClassCache<>() {
    @Override
    protected Constructor<?>[] compute(Class<?> type) {
      Constructor<?>[] constructors = type.getConstructors();
      for (Constructor<?> constructor : constructors) {
        constructor.trySetAccessible();
      }
      return constructors;
    }
  };

  /** The parameter types of each class's public constructors, in {@link #CONSTRUCTORS}' order, looked up once. */
  private static final ClassCache<Class<?>[][]> PARAMETERS = new ClassCache<>() {
    @Override
    protected Class<?>[][] compute(Class<?> type) {
      Constructor<?>[] constructors = CONSTRUCTORS.get(type);
      Class<?>[][] parameters = new Class<?>[constructors.length][];
      for (int i = 0; i < constructors.length; i++) {
        parameters[i] = constructors[i].getParameterTypes();
      }
      return parameters;
    }
  };

  /**
   * The invocation's factory, which builds a command class and what a {@code _target_} names before reflection does;
   * absent for none.
   */
  public static final Attribute<Factory> FACTORY = Attribute.of("factory", Factory.class);

  /** The packages whose classes and methods the invocation's {@code _target_} nodes may name; absent for any. */
  public static final Attribute<String[]> TARGETS = Attribute.of("target packages", String[].class);

  private Construction() {}

  /** Returns {@code parsed} bound to {@code spec}'s type, its {@code _target_} nodes built as {@code invocation}'s. */
  static Object bound(ConfigSpec<?> spec, Parsed parsed, Invocation invocation) {
    return ConfigLoader.bind(spec, parsed, targets(invocation));
  }

  /**
   * Returns what builds the {@code _target_} nodes of {@code invocation}'s configs, or {@code null} for anything, by
   * reflection: {@link Targets} loads only when a config names a target.
   */
  static @Nullable Targets targets(Invocation invocation) {
    Factory factory = invocation.attribute(FACTORY).orElse(null);
    String[] packages = invocation.attribute(TARGETS).orElse(null);
    return factory == null && packages == null ? null
        : Targets.of(factory == null ? Factory.REFLECTION : factory, packages == null ? List.of() : List.of(packages));
  }

  private static @Nullable Method lookUp(Class<?> type, String name) {
    try {
      Method method = type.getMethod(name);
      method.trySetAccessible();
      return method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Builds the invocation's target into its instance; a {@link Body} is its own instance. */
  public static Invocation build(Invocation invocation, InitBy by, Set<String> skips) throws Exception {
    ConfigStages.requireBound(invocation);
    if (invocation.target() instanceof Target.Lambda body) {
      return invocation.withInstance(body.body());
    }
    Class<?> type = ((Target.Type) invocation.target()).type();
    List<ConfigSpec<?>> specs = new ArrayList<>();
    List<@Nullable Object> values = new ArrayList<>();
    for (ConfigSpec<?> spec : invocation.configs().specs()) {
      if (!skips.contains(spec.id())) {
        specs.add(spec);
        values.add(invocation.configs().get(spec.id()));
      }
    }
    String command = invocation.command();
    Factory factory = invocation.attribute(FACTORY).orElse(null);
    if (factory != null) {
      Map<String, @Nullable Object> byId = new LinkedHashMap<>();
      for (int i = 0; i < specs.size(); i++) {
        byId.put(specs.get(i).id(), values.get(i));
      }
      Object made = factory.create(type, Collections.unmodifiableMap(byId));
      if (made != null) {
        if (!type.isInstance(made)) {
          throw new IllegalStateException("the app's factory made a " + made.getClass().getName() + " for command '"
              + command + "', not a " + type.getName());
        }
        return invocation.withInstance(made);
      }
    }
    Constructor<?> constructor = switch (by) {
      case POSITION -> byPosition(command, type, values);
      case NAME, TYPE -> single(command, type);
    };
    Object[] arguments = switch (by) {
      case POSITION -> values.toArray();
      case NAME -> byName(command, constructor, specs, values);
      case TYPE -> byType(command, constructor, specs, values);
    };
    return invocation.withInstance(unwrapped(() -> constructor.newInstance(arguments)));
  }

  /** Returns {@code value}, or {@code null} for Kotlin's {@code Unit}, the result of a lambda that returns nothing. */
  private static @Nullable Object noUnit(@Nullable Object value) {
    return value != null && value.getClass().getName().equals("kotlin.Unit") ? null : value;
  }

  /** Runs the invocation's instance: a {@link Body} directly, anything else through its method {@code name}. */
  public static Invocation call(Invocation invocation, String name) throws Exception {
    Object instance = invocation.instance();
    if (instance == null) {
      throw new IllegalStateException("command '" + invocation.command()
          + "' has nothing to run: the init stage built no instance (was it disabled?)");
    }
    if (instance instanceof Body body) {
      return invocation.withResult(noUnit(body.invoke(invocation)));
    }
    Method method = RUN_METHODS.get(instance.getClass()).computeIfAbsent(name, n -> lookUp(instance.getClass(), n));
    if (method == null) {
      throw new IllegalStateException("command '" + invocation.command() + "': "
          + instance.getClass().getName() + " has no public method " + name + "() to run");
    }
    return invocation.withResult(unwrapped(() -> method.invoke(instance)));
  }

  private static Constructor<?> byPosition(String command, Class<?> type, List<@Nullable Object> values) {
    Constructor<?>[] constructors = CONSTRUCTORS.get(type);
    Class<?>[][] parameters = PARAMETERS.get(type);
    Constructor<?> fitting = null;
    int fits = 0;
    for (int i = 0; i < constructors.length; i++) {
      if (accepts(parameters[i], values)) {
        fitting = constructors[i];
        fits++;
      }
    }
    if (fits != 1) {
      throw new IllegalStateException("command '" + command + "': " + (fits == 0 ? "no" : "more than one")
          + " public constructor of " + type.getName() + " takes its configs in order ("
          + describe(values) + "); its constructors: " + Arrays.toString(type.getConstructors()));
    }
    return Objects.requireNonNull(fitting);
  }

  private static Constructor<?> single(String command, Class<?> type) {
    Constructor<?>[] constructors = CONSTRUCTORS.get(type);
    if (type.isRecord()) {
      Class<?>[] canonical = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      try {
        return type.getConstructor(canonical);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("command '" + command + "': record " + type.getName()
            + " has no public canonical constructor");
      }
    }
    if (constructors.length != 1) {
      throw new IllegalStateException("command '" + command + "': " + type.getName()
          + " must have exactly one public constructor to be built by name or by type; it has "
          + constructors.length);
    }
    return constructors[0];
  }

  private static Object[] byName(String command, Constructor<?> constructor, List<ConfigSpec<?>> specs,
      List<@Nullable Object> values) {
    Class<?> type = constructor.getDeclaringClass();
    Parameter[] parameters = constructor.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      String name = type.isRecord() ? type.getRecordComponents()[i].getName() : parameters[i].getName();
      if (!type.isRecord() && !parameters[i].isNamePresent()) {
        throw new IllegalStateException("command '" + command + "': the parameter names of " + type.getName()
            + " are not in its class file; compile it with -parameters, or build it by position or type");
      }
      int index = indexOf(specs, name);
      if (index < 0) {
        throw new IllegalStateException("command '" + command + "': no config is named '" + name + "' for the "
            + "parameter of " + type.getName() + "; its configs are " + specs.stream().map(ConfigSpec::id).toList());
      }
      arguments[i] = values.get(index);
    }
    return arguments;
  }

  private static Object[] byType(String command, Constructor<?> constructor, List<ConfigSpec<?>> specs,
      List<@Nullable Object> values) {
    Class<?>[] types = constructor.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> wanted = types[i];
      List<Integer> matching = new ArrayList<>();
      for (int j = 0; j < specs.size(); j++) {
        if (wanted.isAssignableFrom(specs.get(j).type())) {
          matching.add(j);
        }
      }
      if (matching.size() != 1) {
        throw new IllegalStateException("command '" + command + "': " + (matching.isEmpty() ? "no" : "more than one")
            + " config is a " + wanted.getSimpleName() + " for the constructor of "
            + constructor.getDeclaringClass().getName());
      }
      arguments[i] = values.get(matching.get(0));
    }
    return arguments;
  }

  private static boolean accepts(Class<?>[] parameters, List<@Nullable Object> values) {
    if (parameters.length != values.size()) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      Object value = values.get(i);
      if (value != null && !parameters[i].isInstance(value)) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<@Nullable Object> values) {
    return String.join(", ", values.stream()
        .map(value -> value == null ? "null" : value.getClass().getSimpleName()).toList());
  }

  private static int indexOf(List<ConfigSpec<?>> specs, String id) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** A reflective call. */
  private interface Reflective {
    @Nullable Object call() throws ReflectiveOperationException;
  }

  /** Makes a reflective call, and throws what the called code threw, as it is. */
  private static @Nullable Object unwrapped(Reflective call) throws Exception {
    try {
      return call.call();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
