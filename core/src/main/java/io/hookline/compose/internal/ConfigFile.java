package io.hookline.compose.internal;

import io.hookline.InputException;
import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.TreeReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One config of a composition, read: its content, its {@code # @package} header and its defaults list.
 *
 * <p>Contract: the header is looked for in every comment line before the first line that is not a comment or blank, so
 * a licence or a note above it does not hide it. A header line is {@code # @package PKG}; any other {@code # @word} is
 * an error, as is a second {@code @package}. The content must be a map (an empty file is an empty map); its
 * {@code defaults} key is the defaults list and is not part of the content.
 *
 * @param path the config path, such as {@code db/mysql}
 * @param shown how messages show the file
 * @param content the config's own values, without {@code defaults}
 * @param origins where each value of the content came from, by dotted path
 * @param header the package of its header, or {@code null}
 * @param entries its defaults list, as written; empty if it has none
 */
record ConfigFile(String path, String shown, Map<String, @Nullable Object> content, Map<String, String> origins,
    @Nullable String header, List<Entry> entries) {

  private static final Pattern HEADER = Pattern.compile("#\\s*@(\\S+)\\s*(.*?)\\s*");

  /** Copies the collections. */
  public ConfigFile {
    content = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(content));
    origins = Map.copyOf(origins);
    entries = List.copyOf(entries);
  }

  /** Returns the group the config is in: {@code db} for {@code db/mysql}, empty for a config at the top. */
  public String group() {
    return Packages.groupOf(path);
  }

  /**
   * Reads {@code found}.
   *
   * @throws CompositionException if the file does not parse, is not a map, or has a bad header or defaults list
   */
  public static ConfigFile read(SearchPath.Found found) {
    String header = found.format() != Formats.JSON ? header(found.text(), found.shown()) : null;
    Parsed parsed;
    try {
      parsed = TreeReader.read(found.text(), found.shown(), found.format());
    } catch (CompositionException e) {
      throw e;
    } catch (InputException e) {
      throw new CompositionException(Code.MALFORMED, e.getMessage());
    }
    Object tree = parsed.tree();
    if (tree != null && !(tree instanceof Map<?, ?>)) {
      throw new CompositionException(Code.MALFORMED, found.shown() + ": a config is a map of keys, not a "
          + (tree instanceof List<?> ? "list" : "single value"));
    }
    Map<String, @Nullable Object> content = new LinkedHashMap<>();
    if (tree != null) {
      ((Map<?, ?>) tree).forEach((key, value) -> content.put((String) key, value));
    }
    List<Entry> entries = List.of();
    if (content.containsKey("defaults")) {
      entries = DefaultsList.parse(content.remove("defaults"), found.shown(), parsed.origins());
    }
    Map<String, String> origins = new LinkedHashMap<>();
    parsed.origins().forEach((key, origin) -> {
      if (!key.equals("defaults") && !key.startsWith("defaults.")) {
        origins.put(key, origin);
      }
    });
    return new ConfigFile(found.path(), found.shown(), content, origins, header, entries);
  }

  /** Returns the package of the leading comment lines' {@code # @package} header, or {@code null}. */
  private static @Nullable String header(String text, String shown) {
    String pkg = null;
    int lineNumber = 0;
    for (String line : text.lines().toList()) {
      lineNumber++;
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      if (!stripped.startsWith("#")) {
        break;
      }
      Matcher matcher = HEADER.matcher(stripped);
      if (!matcher.matches()) {
        continue;
      }
      String where = shown + ":" + lineNumber;
      if (!matcher.group(1).equals("package")) {
        throw new CompositionException(Code.MALFORMED, where + ": unknown header '@" + matcher.group(1)
            + "'; the header is '# @package PACKAGE'");
      }
      if (pkg != null) {
        throw new CompositionException(Code.MALFORMED, where + ": a second '# @package' header; keep one");
      }
      if (matcher.group(2).isEmpty()) {
        throw new CompositionException(Code.MALFORMED, where + ": '# @package' names no package; write _global_ for"
            + " the root");
      }
      pkg = Packages.checkPackage(matcher.group(2), where);
    }
    return pkg;
  }
}
