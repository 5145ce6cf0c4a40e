package io.hookline.compose.internal;

import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.config.internal.TreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The command line's overrides, sorted into what they ask of the defaults tree and what they set in the composed
 * config.
 *
 * <p>Contract: which overrides are group choices is decided by the defaults tree, never by a folder alone. A
 * {@code key=option} or {@code ~key} whose key could be a group's ({@code db}, {@code server/db}, {@code db@src}) is a
 * candidate: if the tree has an entry of that key it is a choice or a deletion, and otherwise a plain key is a value
 * override and a key with {@code /} or {@code @} is an error. {@code +group=option} appends an option when a source
 * has that group, and {@code ++} never applies to groups. A dotted key is always a value.
 *
 * @param choices candidate choices, by key, the last one given winning
 * @param deletions candidate deletions, by key
 * @param appends options to add to the primary's defaults list, in order
 * @param all every override, in the order given, for those the tree leaves as values
 */
record Requests(Map<String, Choose> choices, Map<String, Delete> deletions, List<Entry.Group> appends,
    List<Request> all) {

  /** One override as given, and the group key it may be about ({@code null} for a value override). */
  record Request(String text, @Nullable String key) {}

  /**
   * {@code key=option} or {@code key=[a,b]}.
   *
   * @param choice the choice
   * @param text the argument
   */
  record Choose(GroupChoice choice, String text) {}

  /**
   * {@code ~key} or {@code ~key=option}.
   *
   * @param option the option that must be chosen for the deletion to apply, or {@code null} for any
   * @param text the argument
   */
  record Delete(@Nullable String option, String text) {}

  /** Sorts {@code overrides}; {@code search} says which groups exist, for {@code +group=option}. */
  static Requests of(List<String> overrides, SearchPath search) {
    Map<String, Choose> choices = new LinkedHashMap<>();
    Map<String, Delete> deletions = new LinkedHashMap<>();
    List<Entry.Group> appends = new ArrayList<>();
    List<Request> all = new ArrayList<>();
    for (String text : overrides) {
      String op = text.startsWith("++") ? "++" : text.startsWith("+") ? "+" : text.startsWith("~") ? "~" : "";
      int equals = text.indexOf('=');
      String key = text.substring(op.length(), equals < 0 ? text.length() : equals);
      String value = equals < 0 ? null : text.substring(equals + 1);
      String group = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
      boolean groupLike = !group.contains(".") && Packages.isPath(group);
      String origin = "command line: " + text;
      String asKey = null;
      switch (op) {
        case "" -> {
          if (groupLike && value != null && !value.startsWith("{")) {
            asKey = key(key, origin);
            choices.put(asKey, new Choose(choice(value, origin), text));
          }
        }
        case "~" -> {
          if (groupLike) {
            asKey = key(key, origin);
            deletions.put(asKey, new Delete(value == null || value.isEmpty() ? null : value, text));
          }
        }
        case "+" -> {
          if (groupLike && (group.contains("/") || key.contains("@")) && !search.hasGroup(group)) {
            throw new CompositionException(Code.UNKNOWN_GROUP, origin + ": " + search.noGroup(group));
          }
          if (groupLike && value != null && !value.startsWith("{") && search.hasGroup(group)) {
            String pkg = key.contains("@") ? Packages.checkPackage(key.substring(key.indexOf('@') + 1), origin) : null;
            // written in the primary, which is at the top: its package is the primary's, as for Hydra
            appends.add(new Entry.Group(group, false, pkg, choice(value, origin), false, false, origin));
            continue;
          }
        }
        default -> {
          if (groupLike && search.hasGroup(group)) {
            throw new CompositionException(Code.VALUE_OVERRIDE, origin + ": '++' forces a value; a group's option is"
                + " added with +" + text.substring(2));
          }
        }
      }
      all.add(new Request(text, asKey));
    }
    return new Requests(choices, deletions, appends, all);
  }

  /**
   * Returns these requests with each choice of one of Hookline's own groups ({@code hookline/job_logging=none}) that
   * no entry of {@code registered} makes turned into an append, as {@code +hookline/job_logging=none}; or these
   * requests themselves if there is none.
   */
  Requests ownGroupsAdded(Set<String> registered) {
    Map<String, Choose> kept = new LinkedHashMap<>(choices);
    List<Entry.Group> added = new ArrayList<>(appends);
    choices.forEach((key, choose) -> {
      if (key.startsWith(SearchPath.OWN + "/") && !key.contains("@") && !registered.contains(key)) {
        kept.remove(key);
        added.add(new Entry.Group(key, false, null, choose.choice(), false, false, "command line: " + choose.text()));
      }
    });
    return kept.size() == choices.size() ? this : new Requests(kept, deletions, added, all);
  }

  /** Returns the group key of {@code key} as written, its package checked. */
  private static String key(String key, String origin) {
    int at = key.indexOf('@');
    String group = at < 0 ? key : key.substring(0, at);
    if (at < 0) {
      return group;
    }
    String pkg = key.substring(at + 1);
    Packages.checkPackage(pkg, origin);
    return group + "@" + (pkg.startsWith("_global_.") ? pkg.substring("_global_.".length()) : pkg);
  }

  /** Returns the choice {@code value} stands for: a list of options, or one option named as it is written. */
  private static GroupChoice choice(String value, String origin) {
    if (value.startsWith("[")) {
      Object list = TreeReader.readFlow(value, origin);
      List<String> items = new ArrayList<>();
      if (list instanceof List<?> options) {
        for (Object option : options) {
          items.add(String.valueOf(option));
        }
      }
      return new GroupChoice.Many(items);
    }
    return new GroupChoice.One(value);
  }
}
