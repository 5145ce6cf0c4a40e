package io.hookline;

import io.hookline.Command.Target;
import io.hookline.command.internal.OptionRecord;
import io.hookline.command.internal.OptionText;
import io.hookline.command.internal.OptionValues;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one invocation of a command, as it flows through the nine {@link Stage stages}: each hook
 * receives an invocation and returns the next one.
 *
 * <p>Contract: immutable; the {@code with} methods return a new invocation. Collections are unmodifiable copies.
 * {@code target} is what was registered as the command, a class or a {@link Body}. {@code instance} is
 * {@code null} until the init stage builds the command from the target, and {@code result} is {@code null} until the
 * run stage runs it (or when the command returns nothing). Relative config paths resolve against {@code directory},
 * because a JVM cannot change its working directory.
 *
 * @param command the name the command was invoked by
 * @param target what was registered as the command
 * @param options the parsed command-line options, by name, each with its values in the order given
 * @param overrides the override arguments ({@code key=value}, {@code id::key=value}, {@code +key=value},
 *     {@code ~key}), in the order given
 * @param configs the command's configs
 * @param instance the command built by the init stage, or {@code null}
 * @param result what the run stage returned, or {@code null}
 * @param attributes data that hooks pass to later hooks
 * @param directory the directory relative paths resolve against
 */
public record Invocation(
    String command,
    Target target,
    Map<String, List<String>> options,
    List<String> overrides,
    Configs configs,
    @Nullable Object instance,
    @Nullable Object result,
    Map<Attribute<?>, Object> attributes,
    Path directory) {

  /** Copies the collections, so that an invocation never changes. */
  public Invocation {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(target, "target");
    options = immutable(options);
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(configs, "configs");
    attributes = Map.copyOf(attributes);
    Objects.requireNonNull(directory, "directory");
  }

  /** Returns {@code options} as an unmodifiable map of unmodifiable lists, copying only what needs it. */
  private static Map<String, List<String>> immutable(Map<String, List<String>> options) {
    Map<String, List<String>> copy = Map.copyOf(options);
    for (List<String> values : copy.values()) {
      if (List.copyOf(values) != values) {
        return copy.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
      }
    }
    return copy;
  }

  /** Returns an invocation of {@code command}, registered as {@code target}, with nothing else yet. */
  public static Invocation of(String command, Target target, Path directory) {
    return new Invocation(command, target, Map.of(), List.of(), Configs.empty(), null, null, Map.of(), directory);
  }

  /** Returns the last value given for the option {@code name}, if it was given. */
  public Optional<String> option(String name) {
    List<String> values = options.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  /**
   * Returns the last value given for the option {@code name} as {@code type} ({@code Integer.class},
   * {@code Path.class}, {@code Duration.class}, an enum, a type the option or the app has a reader for), if it was
   * given; the command line checked it against the option's type already.
   *
   * @throws io.hookline.InputException if the value is not of {@code type}
   */
  public <T> Optional<T> option(String name, Class<T> type) {
    return option(name).map(value -> OptionText.convert(value, type, reader(name)));
  }

  /** Returns every value given for the option {@code name}, in order, as {@code type}; empty if none was. */
  public <T> List<T> values(String name, Class<T> type) {
    Function<String, ?> reader = reader(name);
    return options.getOrDefault(name, List.of()).stream().map(value -> OptionText.convert(value, type, reader))
        .toList();
  }

  /**
   * Returns the {@code KEY=VALUE} pairs given for the keyed option {@code name} ({@code -Dkey=value}), in the order
   * their keys were first given, each value as {@code type}; a key given again takes its last value.
   */
  public <T> Map<String, T> map(String name, Class<T> type) {
    Function<String, ?> reader = reader(name);
    Map<String, T> pairs = new LinkedHashMap<>();
    for (String pair : options.getOrDefault(name, List.of())) {
      int equals = pair.indexOf('=');
      pairs.put(pair.substring(0, Math.max(equals, 0)), OptionText.convert(pair.substring(equals + 1), type,
          reader));
    }
    return Collections.unmodifiableMap(pairs);
  }

  /**
   * Returns the options as one value of the record {@code type}: each component takes the option of its name, or of
   * its name in dashes ({@code dryRun} takes {@code --dry-run}); a {@code boolean} component is a flag, a
   * {@code List} one takes every value, a {@code Map} one a keyed option's pairs, and any other the last value, read
   * as an option's value is. A component whose option was not given, and has no default, is {@code null} (an empty
   * list or map, or {@code false}).
   *
   * @throws IllegalArgumentException if {@code type} is not a record
   * @throws InputException if a primitive component's option was not given, or a value is not of its type
   */
  public <T> T options(Class<T> type) {
    return OptionRecord.bind(type, this);
  }

  /** Returns the reader of the option {@code name}'s values, if it has one of its own or the app's. */
  @SuppressWarnings("unchecked")
  private @Nullable Function<String, ?> reader(String name) {
    return attributes.get(OptionValues.READERS) instanceof Map<?, ?> readers
        && readers.get(name) instanceof Function<?, ?> reader ? (Function<String, ?>) reader : null;
  }

  /**
   * Returns whether the flag {@code name} is on: given, unless its last value is {@code false}, as a negatable flag's
   * is when {@code --no-NAME} came last.
   */
  public boolean flag(String name) {
    List<String> values = options.get(name);
    return values != null && (values.isEmpty() || !"false".equals(values.get(values.size() - 1)));
  }

  /** Returns the value of the one config of {@code type}; see {@link Configs#get(Class)}. */
  public <T> T config(Class<T> type) {
    return configs.get(type);
  }

  /** Returns the value of the config {@code id} as {@code type}; see {@link Configs#get(String, Class)}. */
  public <T> T config(String id, Class<T> type) {
    return configs.get(id, type);
  }

  /** Returns the value stored under {@code key}, if any. */
  public <T> Optional<T> attribute(Attribute<T> key) {
    return Optional.ofNullable(attributes.get(key)).map(key.type()::cast);
  }

  /** Returns this invocation with these options. */
  public Invocation withOptions(Map<String, List<String>> newOptions) {
    return new Invocation(command, target, newOptions, overrides, configs, instance, result, attributes, directory);
  }

  /** Returns this invocation with these override arguments. */
  public Invocation withOverrides(List<String> newOverrides) {
    return new Invocation(command, target, options, newOverrides, configs, instance, result, attributes, directory);
  }

  /** Returns this invocation with these configs. */
  public Invocation withConfigs(Configs newConfigs) {
    return new Invocation(command, target, options, overrides, newConfigs, instance, result, attributes, directory);
  }

  /** Returns this invocation with the config {@code id} holding {@code value}; see {@link Configs#with}. */
  public Invocation withConfig(String id, Object value) {
    return withConfigs(configs.with(id, value));
  }

  /** Returns this invocation with this command instance. */
  public Invocation withInstance(@Nullable Object newInstance) {
    return new Invocation(command, target, options, overrides, configs, newInstance, result, attributes, directory);
  }

  /** Returns this invocation with this result. */
  public Invocation withResult(@Nullable Object newResult) {
    return new Invocation(command, target, options, overrides, configs, instance, newResult, attributes, directory);
  }

  /** Returns this invocation with {@code value} stored under {@code key}, replacing any value there. */
  public <T> Invocation with(Attribute<T> key, T value) {
    Map<Attribute<?>, Object> more = new HashMap<>(attributes);
    more.put(key, key.type().cast(Objects.requireNonNull(value, "value")));
    return new Invocation(command, target, options, overrides, configs, instance, result, more, directory);
  }

  /** Returns this invocation with nothing stored under {@code key}. */
  public Invocation without(Attribute<?> key) {
    Map<Attribute<?>, Object> fewer = new HashMap<>(attributes);
    fewer.remove(key);
    return new Invocation(command, target, options, overrides, configs, instance, result, fewer, directory);
  }

  /**
   * A typed key under which hooks pass data to later hooks through the {@link Invocation}.
   *
   * <p>Contract: immutable. Two attributes are the same key only if they are the same object, so two libraries that
   * both pick the name "timer" never see each other's values. Keep an attribute in a constant and share the constant.
   *
   * @param <T> the type of the value stored under this key
   */
  public static final class Attribute<T> {

    private final String name;
    private final Class<T> type;

    private Attribute(String name, Class<T> type) {
      this.name = name;
      this.type = type;
    }

    /** Returns a new key; {@code name} is for messages and {@code toString}, {@code type} checks stored values. */
    public static <T> Attribute<T> of(String name, Class<T> type) {
      return new Attribute<>(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
    }

    /** Returns the name given at creation. */
    public String name() {
      return name;
    }

    /** Returns the type of the values stored under this key. */
    public Class<T> type() {
      return type;
    }

    @Override
    public String toString() {
      return name + ": " + type.getSimpleName();
    }
  }
}
