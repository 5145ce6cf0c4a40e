package io.hookline;

import io.hookline.config.internal.EnvironmentNames;
import io.hookline.config.internal.Keys;
import io.hookline.config.internal.Names;
import io.hookline.config.internal.Secrets;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The declaration of one config: its id, its type, and its defaults.
 *
 * <p>Contract: immutable. The id names the config everywhere: on the command line ({@code --{id}-path},
 * {@code id::key=value}), in its default file name ({@code {id}.yaml}), and in error messages. Unless given, the id is
 * the type's simple name in lower case, as in coma: {@code TrainConfig} has the id {@code trainconfig}.
 *
 * <p>Where the defaults come from:
 *
 * <ul>
 *   <li>an instance ({@link #of(Object)}): that instance, a record, a POJO, a Kotlin data class or a {@code Map};
 *   <li>a class ({@link #of(Class)}): an instance made by its public no-argument constructor if it has one (a record
 *       may declare one that calls the canonical constructor with the defaults); otherwise the config has no defaults,
 *       and every value must come from its file or the command line.
 * </ul>
 *
 * <p>A config whose type is a {@code Map} is free-form: it accepts any key, from its file or from the command line.
 *
 * @param <T> the config's type
 */
public final class ConfigSpec<T> {

  private final String id;
  private final Class<T> type;
  private final @Nullable T defaults;
  private final @Nullable String node;
  private final Set<String> secrets;
  private final @Nullable String environmentPrefix;
  private final Map<String, String> environment;

  private ConfigSpec(String id, Class<T> type, @Nullable T defaults, @Nullable String node, Set<String> secrets,
      @Nullable String environmentPrefix) {
    this.id = checkedId(id);
    this.type = type;
    this.defaults = defaults;
    this.node = node;
    this.secrets = Set.copyOf(secrets);
    this.environmentPrefix = environmentPrefix;
    this.environment = environmentPrefix == null ? Map.of()
        : Collections.unmodifiableMap(EnvironmentNames.of(this.id, environmentPrefix, Keys.of(this)));
  }

  /** Declares a config of {@code type} whose id is the type's simple name in lower case. */
  public static <T> ConfigSpec<T> of(Class<T> type) {
    return of(defaultId(type), type);
  }

  /** Declares a config of {@code type} under {@code id}. */
  public static <T> ConfigSpec<T> of(String id, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return new ConfigSpec<>(id, type, defaultInstance(type), null, Set.of(), null);
  }

  /** Declares a config whose defaults are {@code defaults}; its id is their class's simple name in lower case. */
  public static <T> ConfigSpec<T> of(T defaults) {
    return of(defaultId(defaults.getClass()), defaults);
  }

  /** Declares a config under {@code id} whose defaults are {@code defaults}. */
  @SuppressWarnings("unchecked")
  public static <T> ConfigSpec<T> of(String id, T defaults) {
    Objects.requireNonNull(defaults, "defaults");
    if (defaults instanceof Map<?, ?> map) {
      return (ConfigSpec<T>) new ConfigSpec<>(id, Map.class, new LinkedHashMap<>(map), null, Set.of(), null);
    }
    return new ConfigSpec<>(id, (Class<T>) defaults.getClass(), defaults, null, Set.of(), null);
  }

  /** Returns this declaration under another id. */
  public ConfigSpec<T> withId(String newId) {
    return new ConfigSpec<>(newId, type, defaults, node, secrets, environmentPrefix);
  }

  /**
   * Returns this declaration bound, in an app that composes its configs, to the composed node at {@code path} (keys
   * joined by dots, such as {@code db.primary}) rather than to the node named by its id. The empty path is the root:
   * the config then takes every composed key that no other config takes, apart from {@code hookline}.
   *
   * @throws IllegalArgumentException if the path is not keys joined by dots
   */
  public ConfigSpec<T> at(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty()) {
      for (String key : path.split("\\.", -1)) {
        if (!Names.isIdentifier(key)) {
          throw new IllegalArgumentException("config '" + id + "': '" + path + "' is not a path of keys joined by"
              + " dots, such as db.primary");
        }
      }
    }
    return new ConfigSpec<>(id, type, defaults, path, secrets, environmentPrefix);
  }

  /**
   * Returns this declaration with the dotted {@code keys} (such as {@code password} or {@code db.token}) marked secret,
   * as {@link Secret} marks them: their values are masked wherever Hookline shows or saves the config.
   */
  public ConfigSpec<T> secret(String... keys) {
    Set<String> more = new LinkedHashSet<>(secrets);
    more.addAll(Arrays.asList(keys));
    return new ConfigSpec<>(id, type, defaults, node, more, environmentPrefix);
  }

  /**
   * Returns this declaration reading its keys from environment variables named with {@code prefix}, as in
   * {@code TRAINER_}: {@code lr} from {@code TRAINER_LR}, {@code optim.lr} from {@code TRAINER_OPTIM_LR}, a camelCase
   * key split where its case changes ({@code warmupSteps} from {@code TRAINER_WARMUP_STEPS}). A variable that is set
   * wins over the config's file and loses to the command line; its value is read as a value on the command line is.
   * A free-form config reads only the keys of its defaults. In an app that composes its configs, the composed config
   * reads the environment with {@code ${oc.env:NAME}} instead.
   *
   * @throws IllegalArgumentException if the prefix is not upper-case letters, digits and {@code _}, starting with a
   *     letter, or if two keys would read one variable
   */
  public ConfigSpec<T> withEnvironmentPrefix(String prefix) {
    if (!Objects.requireNonNull(prefix, "prefix").matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("config '" + id + "': an environment prefix is upper-case letters, digits and"
          + " '_', starting with a letter, such as TRAINER_; not '" + prefix + "'");
    }
    return new ConfigSpec<>(id, type, defaults, node, secrets, prefix);
  }

  /** Returns the environment variable that sets each key, by dotted key: none unless a prefix was given. */
  public Map<String, String> environmentVariables() {
    return environment;
  }

  /** Returns the dotted keys of this config that are secret: those marked with {@link #secret} or {@link Secret}. */
  public Set<String> secrets() {
    Set<String> all = new LinkedHashSet<>(secrets);
    all.addAll(Secrets.annotated(type));
    return Set.copyOf(all);
  }

  /** Returns the path of the composed node this config binds to: its id unless {@link #at} gave another. */
  public String node() {
    return node != null ? node : id;
  }

  /** Returns the id. */
  public String id() {
    return id;
  }

  /** Returns the type values of this config are bound to. */
  public Class<T> type() {
    return type;
  }

  /** Returns the defaults, or {@code null} if the config has none. */
  public @Nullable T defaults() {
    return defaults;
  }

  /**
   * Returns the keys this config has, with their types and defaults: each leaf of its type, nested records flattened
   * into dotted paths, or one free key ({@code *}) for a map config.
   */
  public List<Key> keys() {
    return Keys.of(this);
  }

  @Override
  public String toString() {
    return "ConfigSpec[" + id + ": " + type.getSimpleName() + "]";
  }

  /** Returns the id a config of {@code type} gets when none is given: the simple name in lower case. */
  public static String defaultId(Class<?> type) {
    return Map.class.isAssignableFrom(type) ? "map" : type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static <T> @Nullable T defaultInstance(Class<T> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    try {
      Constructor<T> constructor = type.getConstructor();
      return constructor.newInstance();
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "config " + type.getSimpleName() + ": its no-argument constructor failed: " + e.getCause(), e);
    }
  }

  private static String checkedId(String id) {
    Objects.requireNonNull(id, "id");
    if (!Names.isIdentifier(id)) {
      throw new IllegalArgumentException("config id '" + id
          + "' must start with a letter or '_' and hold only letters, digits, '_' and '-'");
    }
    return id;
  }

  /**
   * One key a config has, as help, completion and tests see it: a leaf of the config's type, with nested records
   * flattened into a dotted path.
   *
   * @param id the config's id
   * @param path the dotted key path within the config; {@code *} for the free keys of a map config
   * @param type the key's type as shown: {@code int}, {@code String}, {@code List<String>}, an enum's name, …
   * @param choices an enum's constants, in order; empty for any other type
   * @param defaultValue the default, as shown; {@code (required)} for a key that has none and must be given,
   *     {@code (none)} for one that has none and may be left out
   */
  public record Key(String id, String path, String type, List<String> choices, String defaultValue) {

    /** Copies the choices. */
    public Key {
      choices = List.copyOf(choices);
    }

    /** Returns the key as an override names it for this config only: {@code id::path}. */
    public String qualified() {
      return id + "::" + path;
    }

    /** Returns whether this stands for the free keys of a map config rather than one key. */
    public boolean isFree() {
      return path.equals("*");
    }
  }
}
