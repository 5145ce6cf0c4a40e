package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Composition;
import io.hookline.compose.internal.Composer;
import io.hookline.compose.internal.SearchPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ordering rules of composition, against a model: random trees of groups (each option with its own defaults list,
 * its {@code _self_} anywhere, its entries at their default package, at another, {@code _here_} or
 * {@code _global_}) and random command-line choices compose to exactly what expanding the model's tree depth first and
 * merging each config at its package gives, values and key order alike.
 */
class CompositionPropertiesTest {

  private static final int GROUPS = 5;

  /**
   * One entry of a defaults list in the model: {@code /g<group>@<pkg>: <option>}, or {@code _self_} when group is -1.
   *
   * @param group the group's number, or -1 for _self_
   * @param option the option, "a" or "b"
   * @param pkg the entry's package, or null for the default
   */
  record Item(int group, String option, String pkg) {
    boolean self() {
      return group < 0;
    }
  }

  /**
   * A random composition: each config's defaults list, and the choices made on the command line.
   *
   * @param lists the defaults list of each config by path ("config", "g2/a", …); groups only refer to later groups,
   *     and each group has at most one entry in the whole tree
   * @param cli the option chosen on the command line for some groups chosen at their default package
   */
  record Case(Map<String, List<Item>> lists, Map<Integer, String> cli) {}

  @Property(tries = 300)
  void composingMatchesTheModel(@ForAll("cases") Case c) throws IOException {
    Path root = Files.createTempDirectory("composition");
    try {
      c.lists().forEach((path, items) -> write(root, path, items));
      List<String> args = new ArrayList<>();
      c.cli().forEach((group, option) -> args.add("g" + group + "=" + option));
      Object composed = Composer.compose(SearchPath.of(Composition.folder(root), Path.of("")), "config", args).tree();

      Map<String, Object> expected = new LinkedHashMap<>();
      expand("config", "", c, expected);
      assertThat(composed).hasToString(expected.toString());
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** The model: expand depth first in list order, merging each config's content at its package. */
  private static void expand(String path, String pkg, Case c, Map<String, Object> tree) {
    for (Item item : withSelf(c.lists().getOrDefault(path, List.of()))) {
      if (item.self()) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("who", path);
        content.put(path.replace('/', '_'), path);
        mergeAt(tree, pkg, content);
        continue;
      }
      String group = "g" + item.group();
      String at = item.pkg() == null ? group : item.pkg().equals("_here_") ? pkg
          : item.pkg().equals("_global_") ? "" : item.pkg();
      String option = item.pkg() == null ? c.cli().getOrDefault(item.group(), item.option()) : item.option();
      expand(group + "/" + option, at, c, tree);
    }
  }

  private static List<Item> withSelf(List<Item> items) {
    if (items.stream().anyMatch(Item::self)) {
      return items;
    }
    List<Item> all = new ArrayList<>(items);
    all.add(new Item(-1, "", null));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static void mergeAt(Map<String, Object> tree, String pkg, Map<String, Object> content) {
    Map<String, Object> node = tree;
    if (!pkg.isEmpty()) {
      for (String key : pkg.split("\\.")) {
        Object child = node.get(key);
        if (!(child instanceof Map<?, ?>)) {
          child = new LinkedHashMap<String, Object>();
          node.put(key, child);
        }
        node = (Map<String, Object>) child;
      }
    }
    node.putAll(content);
  }

  private static void write(Path root, String path, List<Item> items) {
    StringBuilder text = new StringBuilder();
    if (!items.isEmpty()) {
      text.append("defaults:\n");
      for (Item item : items) {
        text.append(item.self() ? "  - _self_\n" : "  - /g" + item.group() + (item.pkg() == null ? "" : "@"
            + item.pkg()) + ": " + item.option() + "\n");
      }
    }
    text.append("who: ").append(path).append('\n').append(path.replace('/', '_')).append(": ").append(path)
        .append('\n');
    try {
      Path file = root.resolve(path + ".yaml");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> packages = Arbitraries.of("p", "q.r", "_here_", "_global_").injectNull(0.6);
    Arbitrary<List<Item>> lists = Combinators.combine(
            Arbitraries.integers().between(0, GROUPS - 1).list().uniqueElements().ofMaxSize(3),
            Arbitraries.of("a", "b").list().ofSize(3), packages.list().ofSize(3),
            Arbitraries.integers().between(0, 3))
        .as((groups, options, pkgs, self) -> {
          List<Item> items = new ArrayList<>();
          for (int i = 0; i < groups.size(); i++) {
            items.add(new Item(groups.get(i), options.get(i), pkgs.get(i)));
          }
          if (self < 3) {
            items.add(Math.min(self, items.size()), new Item(-1, "", null));
          }
          return items;
        });
    return Combinators.combine(lists.list().ofSize(1 + 2 * GROUPS),
            Arbitraries.of("a", "b").list().ofSize(GROUPS))
        .as((drawn, cli) -> build(drawn, cli));
  }

  /**
   * Turns drawn lists into a case: the primary and each option get a list whose groups come after their own and were
   * not used before; the command line chooses for some groups entered at their default package.
   */
  private static Case build(List<List<Item>> drawn, List<String> cliOptions) {
    Map<String, List<Item>> lists = new LinkedHashMap<>();
    boolean[] used = new boolean[GROUPS];
    List<String> configs = new ArrayList<>();
    configs.add("config");
    for (int g = 0; g < GROUPS; g++) {
      configs.add("g" + g + "/a");
      configs.add("g" + g + "/b");
    }
    Map<Integer, String> cli = new LinkedHashMap<>();
    for (int i = 0; i < configs.size(); i++) {
      String config = configs.get(i);
      int own = config.equals("config") ? -1 : Integer.parseInt(config.substring(1, config.indexOf('/')));
      List<Item> items = new ArrayList<>();
      for (Item item : drawn.get(i)) {
        if (item.self()) {
          items.add(item);
        } else if (item.group() > own && !used[item.group()]) {
          used[item.group()] = true;
          items.add(item);
          if (item.pkg() == null && item.group() % 2 == 0) {
            cli.put(item.group(), cliOptions.get(item.group()));
          }
        }
      }
      lists.put(config, items);
    }
    return new Case(lists, cli);
  }
}
