package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses a defaults list into its {@link Entry entries}.
 *
 * <p>The forms: {@code _self_}; a config path ({@code server/apache}, {@code /server/apache@admin}); and a map of one
 * key, {@code [optional|override] [/]group[@package]}, to an option, a list of options, {@code null}, {@code ???} or
 * an interpolation {@code ${a}_${b}}. {@code group: sub/option} means {@code group/sub: option}. An empty package
 * ({@code /db/base@}) is {@code _here_}, as for Hydra.
 *
 * <p>Contract: a list that is not one of these is an error naming the file and line: an unknown or repeated keyword,
 * {@code optional} with {@code override}, two {@code _self_}, a key of two words, {@code ..} in a path, an
 * {@code override} before an entry that is not one.
 */
final class DefaultsList {

  private static final List<String> KEYWORDS = List.of("optional", "override");

  private DefaultsList() {}

  static List<Entry> parse(@Nullable Object node, String shown, Map<String, String> origins) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List<?> items)) {
      throw malformed(origin(origins, "defaults", shown), "the defaults list must be a list, not a "
          + (node instanceof Map<?, ?> ? "map" : "single value"));
    }
    List<Entry> entries = new ArrayList<>();
    Entry firstOverride = null;
    boolean self = false;
    for (int i = 0; i < items.size(); i++) {
      String where = origin(origins, "defaults." + i, shown);
      Entry entry = entry(items.get(i), where);
      if (entry instanceof Entry.Self) {
        if (self) {
          throw malformed(where, "a second _self_; a config's own content has one place");
        }
        self = true;
      } else if (entry instanceof Entry.Group group && group.override()) {
        firstOverride = firstOverride == null ? entry : firstOverride;
      } else if (firstOverride != null) {
        throw new CompositionException(Code.OVERRIDE_ORDER, where + ": an entry after '"
            + ((Entry.Group) firstOverride).shownKey() + "' (" + firstOverride.origin() + "); override entries come"
            + " last in a defaults list");
      }
      entries.add(entry);
    }
    return entries;
  }

  private static Entry entry(@Nullable Object item, String where) {
    if (item instanceof String text) {
      return configEntry(text, where);
    }
    if (item instanceof Map<?, ?> map) {
      if (map.size() != 1) {
        throw malformed(where, "an entry maps one group to its option, not " + map.size() + " keys " + map.keySet());
      }
      Map.Entry<?, ?> only = map.entrySet().iterator().next();
      return groupEntry((String) only.getKey(), only.getValue(), where);
    }
    throw malformed(where, "an entry is _self_, a config path, or 'group: option', not " + (item == null ? "null"
        : item instanceof List<?> ? "a list" : "the value " + item));
  }

  private static Entry configEntry(String text, String where) {
    if (text.equals("_self_")) {
      return new Entry.Self(where);
    }
    if (text.startsWith("_self_@")) {
      throw malformed(where, "_self_ takes no package; the config's own package is where its content goes");
    }
    if (text.strip().contains(" ")) {
      throw malformed(where, "'" + text + "' is not an entry; a keyword goes with a group, as in 'optional "
          + text.strip().substring(text.strip().lastIndexOf(' ') + 1) + ": option'");
    }
    Split split = splitPackage(text, where);
    boolean absolute = split.path().startsWith("/");
    String written = absolute ? split.path().substring(1) : split.path();
    // an interpolated path (group1/group2/${group1}) is checked once the choices it names are known
    String path = written.contains("${") ? written : Packages.checkPath(written, "config path", where);
    return new Entry.Config(path, absolute, split.pkg(), where);
  }

  private static Entry groupEntry(String key, @Nullable Object value, String where) {
    String[] words = key.strip().split("\\s+");
    boolean optional = false;
    boolean override = false;
    for (int i = 0; i < words.length - 1; i++) {
      String word = words[i];
      if (!KEYWORDS.contains(word)) {
        throw malformed(where, "unknown keyword '" + word + "'" + Suggestions.didYouMean(word, KEYWORDS)
            + "; the keywords are " + KEYWORDS);
      }
      if (word.equals("optional") ? optional : override) {
        throw malformed(where, "'" + word + "' twice");
      }
      optional |= word.equals("optional");
      override |= word.equals("override");
    }
    if (optional && override) {
      throw malformed(where, "an entry is 'optional' or 'override', not both: an override entry adds nothing of"
          + " its own to be optional");
    }
    Split split = splitPackage(words[words.length - 1], where);
    boolean absolute = split.path().startsWith("/");
    String group = Packages.checkPath(absolute ? split.path().substring(1) : split.path(), "group", where);
    if (group.startsWith("_") && group.endsWith("_")) {
      throw malformed(where, "'" + group + "' is not a group; _self_ is written alone, as '- _self_'");
    }
    GroupChoice choice = choice(value, where);
    if (choice instanceof GroupChoice.One one && one.option().contains("/")) {
      // group: sub/option is group/sub: option, so that the option's own entries resolve in its real group
      String option = one.option();
      Packages.checkPath(option, "option", where);
      group = group + "/" + option.substring(0, option.lastIndexOf('/'));
      choice = new GroupChoice.One(option.substring(option.lastIndexOf('/') + 1));
    }
    return new Entry.Group(group, absolute, split.pkg(), choice, optional, override, where);
  }

  private static GroupChoice choice(@Nullable Object value, String where) {
    if (value == null) {
      return new GroupChoice.Placeholder();
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        String option = optionName(item, where);
        if (option.contains("${")) {
          throw malformed(where, "an option in a list cannot be an interpolation: '" + option + "'");
        }
        if (option.contains("/")) {
          throw malformed(where, "an option in a list is a name in the group, not the path '" + option + "'");
        }
        items.add(option);
      }
      return new GroupChoice.Many(items);
    }
    String option = optionName(value, where);
    if (option.equals("???")) {
      return new GroupChoice.Mandatory();
    }
    if (option.contains("${")) {
      return new GroupChoice.Template(option);
    }
    Packages.checkPath(option, "option", where);
    return new GroupChoice.One(option);
  }

  private static String optionName(@Nullable Object value, String where) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    throw malformed(where, "an option is a name, a list of names, null or ???, not " + (value instanceof Map<?, ?>
        ? "a map" : String.valueOf(value)));
  }

  /** A path and the package written after its {@code @}, if any. */
  private record Split(String path, @Nullable String pkg) {}

  /** Splits {@code text@pkg} into its path and its checked package; nothing after {@code @} is {@code _here_}. */
  private static Split splitPackage(String text, String where) {
    int at = text.indexOf('@');
    if (at < 0) {
      return new Split(text, null);
    }
    String pkg = text.substring(at + 1);
    return new Split(text.substring(0, at), pkg.isEmpty() ? "_here_" : Packages.checkPackage(pkg, where));
  }

  private static String origin(Map<String, String> origins, String key, String shown) {
    String origin = origins.get(key);
    return origin != null ? origin : shown;
  }

  private static CompositionException malformed(String where, String message) {
    return new CompositionException(Code.MALFORMED, where + ": " + message);
  }
}
