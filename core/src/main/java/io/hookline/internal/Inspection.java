package io.hookline.internal;

import io.hookline.Composition;
import io.hookline.InputException;
import io.hookline.cli.Help;
import io.hookline.command.internal.ComposedTree;
import io.hookline.command.internal.Composing;
import io.hookline.compose.internal.Composed;
import io.hookline.compose.internal.Composer;
import io.hookline.compose.internal.SearchPath;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.Suggestions;
import io.hookline.config.internal.Tree;
import io.hookline.config.internal.TreeWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code --cfg} and {@code --info} show of a composed config, instead of running the command.
 *
 * <p>Contract: {@code --cfg job} shows the configs (everything but {@code hookline}), {@code --cfg hookline} only
 * Hookline's node, {@code --cfg all} both, as YAML. {@code --package PATH} narrows it to one node: a map or a list
 * under a {@code # @package PATH} line, a single value alone. Interpolations are shown as written unless
 * {@code --resolve} is given; environment variables stay references even then, and secrets are always masked.
 * {@code --info} shows the search path, the defaults tree, the defaults list (the configs merged, in order, with their
 * packages) or all of these with the job's config. In a multirun, the first job is shown. Any misuse is an
 * {@link InputException}.
 */
final class Inspection {

  private static final List<String> CFG = List.of("job", "hookline", "all");
  private static final List<String> INFO = List.of("searchpath", "defaults-tree", "defaults", "config");

  private Inspection() {}

  /** Returns whether {@code options} ask for an inspection, or give one of its options. */
  static boolean asked(Map<String, List<String>> options) {
    return options.containsKey("cfg") || options.containsKey("info") || options.containsKey("package")
        || options.containsKey("resolve");
  }

  /**
   * What an inspection shows: its text, and the tree {@code --cfg} printed (the node {@code --package} names), or
   * {@code null} if only {@code --info} was asked.
   *
   * @param text the text
   * @param tree the tree printed
   */
  record Shown(String text, @Nullable Object tree) {}

  /** Returns what {@code options} ask to be shown, for the job whose overrides are {@code overrides}. */
  static Shown show(SearchPath search, String primary, ResolvedCommand command, Map<String, List<String>> options,
      List<String> overrides, String app) {
    String cfg = value(options, "cfg", CFG);
    String info = value(options, "info", INFO);
    if (cfg == null && (options.containsKey("package") || options.containsKey("resolve"))) {
      throw new InputException((options.containsKey("package") ? "--package" : "--resolve") + " goes with --cfg");
    }
    Composing.ComposedConfig composed = ComposedTree.compose(search, primary, command.configs(), overrides);
    Map<String, @Nullable Object> runtime = Composing.runtimeValues(app, command.spec().command(), 0, null, false);
    Object tree = composed.shown(options.containsKey("resolve"),
        Composing.runtimeValues(composed, runtime, overrides));
    StringBuilder text = new StringBuilder();
    if (info != null) {
      info(info, search, composed.composed(), text);
      if (info.equals("config")) {
        text.append("\nConfig\n").append(TreeWriter.render(view(tree, "job"), Formats.YAML));
      }
    }
    Object shown = null;
    if (cfg != null) {
      shown = narrowed(view(tree, cfg), options);
      text.append(info != null ? "\n" : "").append(cfg(shown, options));
    }
    return new Shown(text.toString(), shown);
  }

  /**
   * Returns what a command's help shows of the composition: each group of the defaults tree as composed with no
   * overrides, with its default choice first and then every option it has, and the config composed so; both empty if
   * the config does not compose without overrides (a group marked ??? , say).
   */
  static Help.Composed help(Composition composition, Path directory) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, @Nullable Object> config = Map.of();
    try {
      SearchPath search = SearchPath.of(composition, directory);
      Composed composed = Composer.compose(search, composition.primary(), List.of());
      config = composed.tree();
      composed.choices().forEach((key, choice) -> {
        List<String> row = new ArrayList<>();
        row.add(choice.show());
        row.addAll(search.options(key.contains("@") ? key.substring(0, key.indexOf('@')) : key));
        groups.put(key, row);
      });
      String logging = SearchPath.OWN + "/job_logging"; // Hookline's own group, chosen with no entry
      if (!groups.containsKey(logging)) {
        List<String> row = new ArrayList<>(List.of("default"));
        row.addAll(search.options(logging));
        groups.put(logging, row);
      }
    } catch (InputException cannot) {
      // help still shows the rest
    }
    return new Help.Composed(groups, config);
  }

  private static @Nullable String value(Map<String, List<String>> options, String option, List<String> allowed) {
    List<String> values = options.get(option);
    if (values == null) {
      return null;
    }
    String value = values.get(values.size() - 1);
    if (!allowed.contains(value)) {
      throw new InputException("--" + option + " " + value + ": not one of " + allowed
          + (value.equals("hydra") && allowed.contains("hookline") ? "; Hydra's node is Hookline's here: --" + option
          + " hookline" : Suggestions.didYouMean(value, allowed)));
    }
    return value;
  }

  /** Returns the part of {@code tree} that {@code --cfg what} shows. */
  private static @Nullable Object view(@Nullable Object tree, String what) {
    Map<String, @Nullable Object> all = new LinkedHashMap<>();
    if (tree instanceof Map<?, ?> map) {
      map.forEach((key, value) -> all.put((String) key, value));
    }
    return switch (what) {
      case "job" -> {
        all.remove(Composing.HOOKLINE);
        yield all;
      }
      case "hookline" -> {
        Map<String, @Nullable Object> own = new LinkedHashMap<>();
        if (all.containsKey(Composing.HOOKLINE)) {
          own.put(Composing.HOOKLINE, all.get(Composing.HOOKLINE));
        }
        yield own;
      }
      default -> all;
    };
  }

  /** Returns the package {@code --package} names, or {@code null} for the whole view. */
  private static @Nullable String pkg(Map<String, List<String>> options) {
    List<String> packages = options.get("package");
    return packages == null || packages.get(packages.size() - 1).equals("_global_") ? null
        : packages.get(packages.size() - 1);
  }

  /** Returns the node of {@code view} that {@code --package} names, or the whole view. */
  private static @Nullable Object narrowed(@Nullable Object view, Map<String, List<String>> options) {
    String pkg = pkg(options);
    if (pkg == null) {
      return view;
    }
    List<String> path = Tree.split(pkg);
    if (!Tree.has(view, path)) {
      List<String> keys = Tree.keys(view, 9);
      throw new InputException("--package " + pkg + ": the config shown has no node '" + pkg + "'"
          + Suggestions.didYouMean(pkg, keys));
    }
    return Tree.get(view, path);
  }

  private static String cfg(@Nullable Object node, Map<String, List<String>> options) {
    String pkg = pkg(options);
    if (pkg != null && (node instanceof Map<?, ?> || node instanceof List<?>)) {
      return "# @package " + pkg + "\n" + TreeWriter.render(node, Formats.YAML);
    }
    return pkg == null ? TreeWriter.render(node, Formats.YAML) : node + "\n";
  }

  private static void info(String info, SearchPath search, Composed composed, StringBuilder text) {
    if (info.equals("searchpath") || info.equals("config")) {
      text.append("Search path\n");
      List<String> sources = search.describe();
      for (int i = 0; i < sources.size(); i++) {
        text.append("  ").append(i + 1).append("  ").append(sources.get(i)).append('\n');
      }
    }
    if (info.equals("defaults-tree") || info.equals("config")) {
      text.append(info.equals("config") ? "\n" : "").append("Defaults tree\n");
      composed.lines().forEach(line -> text.append(line).append('\n'));
    }
    if (info.equals("defaults") || info.equals("config")) {
      text.append(info.equals("config") ? "\n" : "").append("Defaults list\n");
      int path = "config path".length();
      int pkg = "package".length();
      for (Composed.Row row : composed.rows()) {
        path = Math.max(path, row.path().length());
        pkg = Math.max(pkg, shown(row.pkg()).length());
      }
      String format = "  %-" + path + "s  %-" + pkg + "s  %s%n";
      text.append(String.format(format, "config path", "package", "parent"));
      for (Composed.Row row : composed.rows()) {
        text.append(String.format(format, row.path(), shown(row.pkg()), row.parent()));
      }
    }
  }

  private static String shown(String pkg) {
    return pkg.isEmpty() ? "_global_" : pkg;
  }
}
