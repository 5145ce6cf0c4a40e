package io.hookline.config.internal;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import io.hookline.InputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads HOCON ({@code .conf}) files into {@link Tree trees} with Typesafe Config, resolving {@code ${}} references
 * within the file and from the environment, and including only what {@link HoconIncludes} allows. Dotted keys
 * ({@code a.b.c = 1}) count against the depth limit as nesting does. Kept apart from {@link TreeReader} so that Typesafe Config's classes
 * are loaded only by programs that read a {@code .conf} file.
 *
 * <p>Contract: origins give the file and line (HOCON's parser reports no columns); every failure is an
 * {@link InputException} with Typesafe Config's one-line message, which names the file and line.
 */
final class HoconReader {

  private HoconReader() {}

  /**
   * Reads {@code text}, shown as {@code shown}, whose includes come from {@code folder} (see {@link HoconIncludes}).
   *
   * @param folder the real path of the config's folder, or {@code null} if the text has no file
   */
  static Parsed read(String text, String shown, @Nullable Path folder) {
    try (Reader reader = new StringReader(text)) {
      ConfigObject root = ConfigFactory.parseReader(reader, ConfigParseOptions.defaults().setOriginDescription(shown)
              .setIncluder(new HoconIncludes(folder, shown, text.length())))
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
    if (path.size() > TreeReader.MAX_DEPTH) {
      throw new InputException(shown + ": nested more than " + TreeReader.MAX_DEPTH + " levels deep, at "
          + Tree.show(path.subList(0, 3)) + "…");
    }
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
