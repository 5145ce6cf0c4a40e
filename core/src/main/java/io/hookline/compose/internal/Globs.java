package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expands {@code group=glob(…)} sweeps into the group's options: {@code glob(*)}, {@code glob(a*)},
 * {@code glob([m*,s*])}, {@code glob(*,exclude=sqlite)} or {@code glob(*,exclude=[a*,b])}, where {@code *} stands for
 * any run of characters and {@code ?} for one.
 *
 * <p>Contract: the options are the group's in every source, sorted; the expansion is the comma list of those that
 * match an include pattern and no exclude pattern, so {@code db=glob(*)} becomes {@code db=mysql,postgresql,sqlite}.
 * A glob outside a multirun, on a key that is not a group, or that matches nothing is an error.
 */
public final class Globs {

  private Globs() {}

  /** Returns {@code arguments} with each glob expanded. */
  public static List<String> expand(List<String> arguments, SearchPath search, boolean multirun) {
    List<String> expanded = new ArrayList<>(arguments.size());
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      String value = equals < 0 ? "" : argument.substring(equals + 1).strip();
      if (!value.startsWith("glob(") || !value.endsWith(")")) {
        expanded.add(argument);
        continue;
      }
      String shown = "command line: " + argument;
      if (!multirun) {
        throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": glob(…) sweeps a group's options; add -m");
      }
      String key = argument.substring(0, equals);
      String group = key.replaceFirst("^\\+", "");
      group = group.contains("@") ? group.substring(0, group.indexOf('@')) : group;
      if (!Packages.isPath(group) || !search.hasGroup(group)) {
        throw new CompositionException(Code.UNKNOWN_GROUP, shown + ": glob(…) chooses among a group's options, and "
            + search.noGroup(group));
      }
      String inside = value.substring("glob(".length(), value.length() - 1);
      List<String> include = new ArrayList<>();
      List<String> exclude = new ArrayList<>();
      for (String part : split(inside)) {
        if (part.startsWith("exclude=")) {
          exclude.addAll(patterns(part.substring("exclude=".length()), shown));
        } else {
          include.addAll(patterns(part, shown));
        }
      }
      List<String> options = search.options(group);
      List<String> chosen = options.stream()
          .filter(option -> include.stream().anyMatch(pattern -> matches(pattern, option)))
          .filter(option -> exclude.stream().noneMatch(pattern -> matches(pattern, option)))
          .toList();
      if (chosen.isEmpty()) {
        throw new CompositionException(Code.UNKNOWN_OPTION, shown + ": matches no option of group '" + group
            + "'; the options are " + options);
      }
      expanded.add(key + "=" + String.join(",", chosen));
    }
    return expanded;
  }

  private static List<String> split(String inside) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      if (c == ',' && depth == 0) {
        parts.add(inside.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(inside.substring(start).strip());
    return parts;
  }

  private static List<String> patterns(String text, String shown) {
    List<String> patterns = new ArrayList<>();
    String list = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    for (String pattern : list.split(",")) {
      if (!pattern.isBlank()) {
        patterns.add(pattern.strip());
      }
    }
    if (patterns.isEmpty()) {
      throw new CompositionException(Code.VALUE_OVERRIDE, shown + ": glob(…) needs a pattern, as in glob(*)");
    }
    return patterns;
  }

  private static boolean matches(String pattern, String option) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return option.matches(regex.toString());
  }
}
