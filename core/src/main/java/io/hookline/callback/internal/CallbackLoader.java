package io.hookline.callback.internal;

import io.hookline.ConfigFormat;
import io.hookline.InputException;
import io.hookline.callback.Callback;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.TreeReader;
import io.hookline.config.internal.Targets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *     _target_: io.hookline.callback.Callback.logJobReturns
 *   notify:
 *     _target_: com.example.Notify
 *     channel: ops
 * }</pre>
 *
 * <p>Contract: callbacks are created in the order of the file, each once, by {@link Targets}: a {@code _target_} names
 * a class that implements {@link Callback} or a static method that returns one, refused before any of its code runs
 * otherwise, so a target such as {@code java.lang.Runtime} runs none. The other keys are its parameters, bound by name
 * as a config is: a parameter left out takes its default (a Kotlin default, a record's other constructor), is empty if
 * an {@code Optional} or {@code null} if marked {@code @Nullable}, and is otherwise an error naming it. A missing or
 * wrong target, or parameters that do not fit, are an {@link InputException}; anything else that the callback's own
 * code or the app's factory throws, an {@code Error} included, is a {@link CallbackFailed}.
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
  public static List<NamedCallback> load(Path file, String shown, @Nullable Targets targets) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new InputException(shown + ": no such file; callbacksFrom names a YAML, JSON or HOCON file with a"
          + " 'callbacks' map");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(shown + ": not a file but " + (Files.isDirectory(file) ? "a folder"
          : Files.isSymbolicLink(file) && !Files.exists(file) ? "a link to nothing" : "a special file")
          + "; callbacks are declared in a YAML, JSON or HOCON file");
    }
    ConfigFormat format = Formats.of(file).orElseThrow(() -> new InputException(
        shown + ": unsupported file extension; use " + Formats.shown()));
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
    return create(root.get("callbacks"), parsed.origins(), "callbacks", shown, targets);
  }

  /**
   * Returns the callbacks declared in {@code declared}, the node at dotted {@code path} of a config whose values came
   * from {@code origins} (by dotted path); {@code shown} names the config. A {@code null} node declares none.
   *
   * @throws InputException if the node is not a map of names to callbacks, or a callback's declaration is wrong
   * @throws CallbackFailed if a callback's constructor or the factory threw
   */
  public static List<NamedCallback> create(@Nullable Object declared, Map<String, String> origins, String path,
      String shown, @Nullable Targets targets) {
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
      created.add(new NamedCallback(name, create(name, params, origins, at, targets)));
    }
    return created;
  }

  private static Callback create(String name, Map<?, ?> declared, Map<String, String> declaredAt, String path,
      @Nullable Targets targets) {
    Map<String, String> origins = new LinkedHashMap<>();
    declaredAt.forEach((key, origin) -> {
      if (key.startsWith(path + ".")) {
        origins.put(key.substring(path.length() + 1), origin);
      } else if (key.equals(path)) {
        origins.put("", origin);
      }
    });
    try {
      return (targets != null ? targets : Targets.ANY).callback(declared, Callback.class, "callback '" + name + "'",
          origins);
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
