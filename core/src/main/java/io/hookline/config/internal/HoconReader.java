package io.hookline.config.internal;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import io.hookline.failure.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads HOCON ({@code .conf}) files into {@link Tree trees} with Typesafe Config, resolving {@code ${}} references
 * within the file and from the environment. Kept apart from {@link TreeReader} so that Typesafe Config's classes
 * are loaded only by programs that read a {@code .conf} file.
 *
 * <p>Contract: origins give the file and line (HOCON's parser reports no columns); every failure is an
 * {@link InputException} with Typesafe Config's one-line message, which names the file and line.
 */
final class HoconReader {

  private HoconReader() {}

  static Parsed read(String text, String shown) {
    try (Reader reader = new StringReader(text)) {
      ConfigObject root = ConfigFactory.parseReader(reader, ConfigParseOptions.defaults().setOriginDescription(shown))
          .resolve()
          .root();
      Map<String, String> origins = new HashMap<>();
      Object tree = unwrap(root, new ArrayList<>(), origins, shown);
      return new Parsed(tree, origins);
    } catch (ConfigException e) {
      throw new InputException(TreeReader.firstLine(e.getMessage()));
    } catch (IOException e) {
      throw new InputException(shown + ": cannot read: " + e.getMessage());
    }
  }

  private static @Nullable Object unwrap(ConfigValue value, List<String> path, Map<String, String> origins,
      String shown) {
    int line = value.origin().lineNumber();
    origins.put(Tree.show(path), line > 0 ? shown + ":" + line : shown);
    if (value instanceof ConfigObject object) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      object.forEach((key, child) -> {
        path.add(key);
        map.put(key, unwrap(child, path, origins, shown));
        path.remove(path.size() - 1);
      });
      return map;
    }
    if (value instanceof ConfigList list) {
      List<@Nullable Object> items = new ArrayList<>();
      for (ConfigValue child : list) {
        path.add(Integer.toString(items.size()));
        items.add(unwrap(child, path, origins, shown));
        path.remove(path.size() - 1);
      }
      return items;
    }
    return value.unwrapped();
  }
}
