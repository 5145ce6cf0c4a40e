package io.hookline.callback.internal;

import io.hookline.Factory;
import io.hookline.InputException;
import io.hookline.callback.Callback;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.ConfigFormat;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.TreeReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates callbacks declared in a config file, under a {@code callbacks:} map:
 *
 * <pre>{@code
 * callbacks:
 *   log:
 *     _target_: io.hookline.callback.LogJobReturns
 *   notify:
 *     _target_: com.example.Notify
 *     channel: ops
 * }</pre>
 *
 * <p>Contract: callbacks are created in the order of the file, each once. A {@code _target_} must name a class that
 * implements {@link Callback}; the class is looked up without being initialized, and only a {@code Callback} is ever
 * initialized or constructed, so a target such as {@code java.lang.Runtime} runs no code. The other keys are the
 * constructor's parameters, bound by name as a config is: a parameter left out takes its default (a Kotlin default, a
 * record's other constructor), is empty if an {@code Optional} or {@code null} if marked {@code @Nullable}, and is
 * otherwise an error naming it. A missing or wrong target, or parameters that do not fit, are an
 * {@link InputException}; anything else that the callback's own constructor or the app's factory throws, an
 * {@code Error} included, is a {@link CallbackFailed}.
 */
public final class CallbackLoader {

  private CallbackLoader() {}

  /**
   * Returns the callbacks declared in {@code file}, shown in messages as {@code shown}.
   *
   * @throws InputException if there is no file there, something other than a readable file stands there (a folder,
   *     a FIFO, a dangling link), or the file has no {@code callbacks:} map (a misspelt {@code callback:}, say)
   * @throws CallbackFailed if a callback's constructor or the factory threw
   */
  public static List<NamedCallback> load(Path file, String shown, Factory factory) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new InputException(shown + ": no such file; callbacksFrom names a YAML, JSON or HOCON file with a"
          + " 'callbacks' map");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(shown + ": not a file but " + (Files.isDirectory(file) ? "a folder"
          : Files.isSymbolicLink(file) && !Files.exists(file) ? "a link to nothing" : "a special file")
          + "; callbacks are declared in a YAML, JSON or HOCON file");
    }
    ConfigFormat format = ConfigFormat.of(file).orElseThrow(() -> new InputException(
        shown + ": unsupported file extension; use .yaml, .yml, .json or .conf"));
    Parsed parsed = TreeReader.read(file, shown, format);
    Map<?, ?> root = parsed.tree() instanceof Map<?, ?> map ? map : Map.of();
    if (!root.containsKey("callbacks")) {
      List<String> keys = new ArrayList<>();
      root.keySet().forEach(key -> keys.add(String.valueOf(key)));
      String hint = keys.stream().filter(key -> !Suggestions.closest(key, List.of("callbacks")).isEmpty())
          .findFirst().map(key -> "; did you mean 'callbacks' for '" + key + "'?").orElse("");
      throw new InputException(shown + ": no 'callbacks' map" + (keys.isEmpty() ? "; the file is empty"
          : ", only the keys " + keys + hint));
    }
    for (Object key : root.keySet()) {
      if (!"callbacks".equals(key)) {
        String origin = parsed.origins().get(String.valueOf(key));
        throw new InputException(shown + ": unknown key '" + key + "'" + (origin == null ? "" : " (" + origin + ")")
            + "; a callbacks file holds only 'callbacks'");
      }
    }
    return create(root.get("callbacks"), parsed.origins(), "callbacks", shown, factory);
  }

  /**
   * Returns the callbacks declared in {@code declared}, the node at dotted {@code path} of a config whose values came
   * from {@code origins} (by dotted path); {@code shown} names the config. A {@code null} node declares none.
   *
   * @throws InputException if the node is not a map of names to callbacks, or a callback's declaration is wrong
   * @throws CallbackFailed if a callback's constructor or the factory threw
   */
  public static List<NamedCallback> create(@Nullable Object declared, Map<String, String> origins, String path,
      String shown, Factory factory) {
    if (declared == null) {
      return List.of();
    }
    if (!(declared instanceof Map<?, ?> callbacks)) {
      throw new InputException(shown + ": '" + path + "' must map names to callbacks" + where(origins, path));
    }
    List<NamedCallback> created = new ArrayList<>();
    for (Map.Entry<?, ?> entry : callbacks.entrySet()) {
      String name = (String) entry.getKey();
      String at = path + "." + name;
      if (!(entry.getValue() instanceof Map<?, ?> params)) {
        throw new InputException("callback '" + name + "': expected a mapping with _target_" + where(origins, at));
      }
      created.add(new NamedCallback(name, create(name, params, origins, at, factory)));
    }
    return created;
  }

  private static Callback create(String name, Map<?, ?> declared, Map<String, String> declaredAt, String path,
      Factory factory) {
    Object target = declared.get("_target_");
    if (!(target instanceof String className) || className.isBlank()) {
      throw new InputException("callback '" + name + "': no _target_ naming its class" + where(declaredAt, path));
    }
    Class<?> type;
    try {
      type = Class.forName(className, false, CallbackLoader.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new InputException("callback '" + name + "': no class " + className
          + where(declaredAt, path + "._target_"));
    }
    if (!Callback.class.isAssignableFrom(type)) {
      throw new InputException("callback '" + name + "': " + className + " is not a " + Callback.class.getName()
          + where(declaredAt, path + "._target_"));
    }
    Map<String, @Nullable Object> params = new LinkedHashMap<>();
    declared.forEach((key, value) -> {
      if (!"_target_".equals(key)) {
        params.put((String) key, value);
      }
    });
    Object made;
    try {
      made = factory.create(type, Collections.unmodifiableMap(params));
    } catch (InputException e) {
      throw e;
    } catch (Throwable t) {
      throw new CallbackFailed(name, t);
    }
    if (made != null) {
      if (!(made instanceof Callback callback)) {
        throw new IllegalStateException("the app's factory made a " + made.getClass().getName() + " for callback '"
            + name + "', not a " + className);
      }
      return callback;
    }
    Map<String, String> origins = new LinkedHashMap<>();
    declaredAt.forEach((key, origin) -> {
      if (key.startsWith(path + ".")) {
        origins.put(key.substring(path.length() + 1), origin);
      }
    });
    try {
      return (Callback) Binder.construct(params, type, "callback '" + name + "'", origins);
    } catch (InputException e) {
      throw e;
    } catch (Throwable t) {
      throw new CallbackFailed(name, t);
    }
  }

  private static String where(Map<String, String> origins, String path) {
    String origin = origins.get(path);
    return origin == null ? "" : " (" + origin + ")";
  }

}
