package io.hookline.internal;

import io.hookline.ConfigFormat;
import io.hookline.InputException;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import io.hookline.provider.internal.ProviderChoice;
import io.hookline.sweep.internal.SweeperProviders;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sweep declared as data, in a composed config's {@code hookline.sweeper} or in a file given with
 * {@code --sweep FILE}: a map of the sweeper's {@code name}, its options, and {@code params}, a map of config keys to
 * swept values ({@code lr: loguniform(1e-4, 1e-1)}, {@code optimizer: [sgd, adam]}, a list being the values one by
 * one). It stands for the arguments the command line would give: {@code sweeper=NAME}, {@code sweeper.OPTION=VALUE}
 * and {@code KEY=VALUES}.
 *
 * <p>Contract: the command line wins over what is declared ({@link ProviderChoice#under}): a key it sweeps or sets replaces the
 * declared key's values, and a sweeper it names replaces the declared sweeper, options and all. A declared node with anything else is one
 * line of bad input that names where it came from.
 */
final class SweepNode {

  private SweepNode() {}

  /**
   * Returns the arguments {@code node} stands for; {@code where} names it in errors ({@code sweep.yaml},
   * {@code hookline.sweeper in conf/experiment/tuned.yaml}).
   */
  static List<String> arguments(@Nullable Object node, String where) {
    List<String> arguments = new ArrayList<>();
    if (node == null) {
      return arguments;
    }
    if (node instanceof String name) {
      arguments.add(SweeperProviders.KIND + "=" + name);
      return arguments;
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw new InputException(where + ": a sweep is a sweeper's name, or a map of its name, its options and params,"
          + " as in {name: random, trials: 20, params: {lr: 'loguniform(1e-4, 1e-1)'}}, not " + node);
    }
    if (map.containsKey("name")) {
      if (!(map.get("name") instanceof String name)) {
        throw new InputException(where + ": the sweeper's name is a word, such as random, not " + map.get("name"));
      }
      arguments.add(SweeperProviders.KIND + "=" + name);
    }
    List<String> params = new ArrayList<>();
    map.forEach((key, value) -> {
      if ("params".equals(key)) {
        if (!(value instanceof Map<?, ?> swept)) {
          throw new InputException(where + ": 'params' is a map of config keys to swept values, as in"
              + " {lr: '0.1,0.01'}, not " + value);
        }
        swept.forEach((param, values) -> params(String.valueOf(param), values, where, params));
      } else if (!"name".equals(key)) {
        HooklineNode.flatten(SweeperProviders.KIND + "." + key, value, arguments);
      }
    });
    arguments.addAll(params);
    return arguments;
  }

  /**
   * Reads the sweep declared in {@code file}, YAML or JSON by its extension.
   *
   * @throws InputException if it is not a readable regular file of a known format, or not a sweep
   */
  static List<String> read(Path file) {
    String shown = "--sweep " + file;
    if (!Files.isRegularFile(file)) {
      throw new InputException(shown + ": " + (Files.isDirectory(file) ? "is a folder"
          : Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file) ? "is a link to nothing"
          : Files.exists(file) ? "is not a regular file" : "no such file") + "; give a YAML or JSON file");
    }
    ConfigFormat format = Formats.of(file).filter(ConfigFormat::composable).orElseThrow(
        () -> new InputException(shown + ": a sweep file is " + Formats.shown(Formats.composable())));
    return arguments(TreeReader.read(file, file.toString(), format).tree(), file.toString());
  }

  private static void params(String key, @Nullable Object values, String where, List<String> into) {
    if (values instanceof Map<?, ?> nested) {
      nested.forEach((child, value) -> params(key + "." + child, value, where, into));
    } else if (values instanceof List<?> list) {
      List<String> each = new ArrayList<>();
      for (Object value : list) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
          throw new InputException(where + ": params." + key + " lists values one by one, each a number, a word or"
              + " a string, not " + value);
        }
        each.add(String.valueOf(value));
      }
      if (each.isEmpty()) {
        throw new InputException(where + ": params." + key + " lists no value");
      }
      into.add(key + "=" + String.join(",", each));
    } else {
      into.add(key + "=" + values);
    }
  }
}
