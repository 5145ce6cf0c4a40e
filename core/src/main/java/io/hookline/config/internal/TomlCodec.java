package io.hookline.config.internal;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes TOML with jackson-dataformat-toml, kept apart from {@link TomlFormat} so that the parser's classes
 * load only when a TOML file is used.
 *
 * <p>Contract: a document reads as a map in the file's order (an empty one as {@code null}); dates and times stay the
 * text they were written as; whole numbers are the narrowest of {@code Integer}, {@code Long} and {@code BigInteger},
 * and fractions are {@code Double}s, as in every other format (the parser reads them as {@code BigDecimal}s, which
 * keep no negative zero).
 * A tree to write must be a map at the top, as a TOML document is, and hold no {@code null}, which TOML cannot say.
 * A whole number of 19 digits or more is refused, saying where: the parser (jackson-dataformat-toml 2.22) keeps only
 * its last digits, and a config must never read a value other than the one written.
 */
final class TomlCodec {

  private static final TomlMapper MAPPER = new TomlMapper();

  private TomlCodec() {}

  static @Nullable Object read(String text) throws Exception {
    String misread = tooLong(text);
    if (misread != null) {
      throw new IllegalArgumentException(misread + " has 19 digits or more, which the TOML parser misreads; quote it"
          + " to read it as text, or keep this config in YAML or JSON");
    }
    Map<?, ?> document = MAPPER.readValue(text, LinkedHashMap.class);
    return document.isEmpty() ? null : doubles(document);
  }

  static String write(@Nullable Object tree) throws Exception {
    if (!(tree instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("a TOML document is a table of keys, not " + (tree == null ? "null"
          : tree instanceof List<?> ? "a list" : "the value " + Binder.show(tree)));
    }
    refuseNull(map, new ArrayList<>());
    return MAPPER.writeValueAsString(map);
  }

  /**
   * Returns the first whole number of 19 digits or more that {@code text} writes outside its strings and comments, as
   * {@code line N: DIGITS}, or {@code null} if it writes none.
   */
  static @Nullable String tooLong(String text) {
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '"' || c == '\'') {
        String quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
            : String.valueOf(c);
        i += quote.length();
        while (i < text.length() && !text.startsWith(quote, i)) {
          line += text.charAt(i) == '\n' ? 1 : 0;
          i += c == '"' && text.charAt(i) == '\\' ? 2 : 1;
        }
        i += quote.length();
      } else if (Character.isDigit(c) && !partOfAWord(text, i)) {
        int start = i;
        int digits = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          digits += Character.isDigit(text.charAt(i++)) ? 1 : 0;
        }
        if (digits >= 19 && (i == text.length() || ".eE-:".indexOf(text.charAt(i)) < 0)) {
          return "line " + line + ": " + text.substring(start, i);
        }
      } else {
        i++;
      }
    }
    return null;
  }

  /** Returns whether the digit at {@code at} continues a word, a key or a date; a sign's minus starts a number. */
  private static boolean partOfAWord(String text, int at) {
    if (at == 0) {
      return false;
    }
    char before = text.charAt(at - 1);
    if (before == '-' || before == '+') {
      return at > 1 && (Character.isLetterOrDigit(text.charAt(at - 2)) || text.charAt(at - 2) == '_');
    }
    return Character.isLetterOrDigit(before) || before == '_' || before == '.';
  }

  /** Returns {@code node} with its {@code BigDecimal}s as {@code Double}s. */
  private static @Nullable Object doubles(@Nullable Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> same = new LinkedHashMap<>();
      map.forEach((key, value) -> same.put(String.valueOf(key), doubles(value)));
      return same;
    }
    if (node instanceof List<?> list) {
      List<@Nullable Object> same = new ArrayList<>();
      list.forEach(item -> same.add(doubles(item)));
      return same;
    }
    return node instanceof java.math.BigDecimal fraction ? fraction.doubleValue() : node;
  }

  private static void refuseNull(@Nullable Object node, List<String> path) {
    if (node == null) {
      throw new IllegalArgumentException("'" + Tree.show(path) + "' is null, which TOML cannot hold; give it a value"
          + " or leave the key out");
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        path.add(String.valueOf(key));
        refuseNull(value, path);
        path.remove(path.size() - 1);
      });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        path.add(Integer.toString(i));
        refuseNull(list.get(i), path);
        path.remove(path.size() - 1);
      }
    }
  }
}
