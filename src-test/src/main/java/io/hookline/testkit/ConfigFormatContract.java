package io.hookline.testkit;

import io.hookline.App;
import io.hookline.ConfigFormat;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * The contract every {@link ConfigFormat} should keep, as a suite to extend: a format's test class extends it and
 * supplies the format with {@link #format}, and, if its files hold a mark that is not the usual one, an example
 * document with {@link #malformed}.
 *
 * <p>What it checks: the format is found as a service; its extensions are lower case, without the dot, and its own;
 * any tree of maps, lists, texts (quotes, {@code #}, colons, brackets and non-Latin letters included), whole and
 * fractional numbers and booleans that it writes reads back equal, keys in order; an empty document reads as
 * {@code null}; a malformed one is an exception, never a tree; the {@link ConfigFormat#positions positions} it gives
 * are in the text, on the line of their key; and a config's file in the format is read by a real app, its values bound
 * to a record.
 */
public abstract class ConfigFormatContract {

  /** Returns the format under test. */
  protected abstract ConfigFormat format();

  /** Returns a document that is not of the format: by default, one whose brackets never close. */
  protected String malformed() {
    return "{[ \"never closed";
  }

  /** Returns the largest whole number the format reads back, whose negation is the smallest. */
  protected long largestWhole() {
    return Long.MAX_VALUE;
  }

  /**
   * Returns {@code tree} as the format reads it back, for a format that keeps less than a tree holds: by default,
   * unchanged. A format that loses a fraction's {@code .0}, say, says so here.
   */
  protected Object asReadBack(Map<String, Object> tree) {
    return tree;
  }

  /**
   * Returns {@code tree} with {@code leaf} applied to each of its values that is neither a map nor a list: for an
   * {@link #asReadBack} that changes values the way the format reads them back.
   */
  protected static Object eachValue(Object tree, UnaryOperator<Object> leaf) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> same = new LinkedHashMap<>();
      map.forEach((key, value) -> same.put((String) key, eachValue(value, leaf)));
      return same;
    }
    if (tree instanceof List<?> list) {
      return list.stream().map(item -> eachValue(item, leaf)).toList();
    }
    return leaf.apply(tree);
  }

  /** Returns whether the format reads a map's keys back in the order they were written; by default, it does. */
  protected boolean keepsKeyOrder() {
    return true;
  }

  /** A config to bind from a file of the format. */
  public record Sample(String name, int count, double rate, boolean on, List<String> tags, Map<String, Long> sizes) {}

  @Example
  void theFormatIsFoundAsAServiceByItsClass() {
    check(ServiceLoader.load(ConfigFormat.class).stream().anyMatch(provider -> provider.type() == format().getClass()),
        format().getClass().getName() + " is not declared in META-INF/services/" + ConfigFormat.class.getName()
            + " (or provided by its module)");
  }

  @Example
  void itsExtensionsAreLowerCaseAndWithoutADot() {
    List<String> extensions = format().extensions();
    check(!extensions.isEmpty() && extensions.stream().allMatch(extension -> extension.matches("[a-z0-9]+")),
        "extensions are lower case letters and digits, without the dot, and there is one at least: " + extensions);
  }

  @Property(tries = 200)
  void aTreeItWritesReadsBackEqual(@ForAll("trees") Map<String, Object> tree) throws Exception {
    String text = format().write(tree);
    Object read = format().read(text);
    Object expected = asReadBack(tree);
    check(expected.equals(read), "wrote " + tree + " as:\n" + text + "\nand read back " + read);
    check(!keepsKeyOrder() || keys(expected, "").equals(keys(read, "")), "wrote the keys in the order "
        + keys(expected, "") + " and read them back in the order " + keys(read, ""));
  }

  @Property(tries = 100)
  void thePositionsItGivesPointAtTheirKeys(@ForAll("trees") Map<String, Object> tree) throws Exception {
    String text = format().write(tree);
    List<String> lines = text.lines().toList();
    format().positions(text).forEach((path, at) -> {
      String[] lineAndColumn = at.split(":");
      int line = Integer.parseInt(lineAndColumn[0]);
      int column = Integer.parseInt(lineAndColumn[1]);
      check(line >= 1 && line <= lines.size() && column >= 1 && column <= lines.get(line - 1).length() + 1,
          "the position " + at + " of '" + path + "' is not in the text:\n" + text);
      String key = path.substring(path.lastIndexOf('.') + 1);
      check(!key.matches("[A-Za-z_-][A-Za-z0-9_-]*") || lines.get(line - 1).substring(column - 1).contains(key),
          "the position " + at + " of '" + path + "' is not where its key is written:\n" + text);
    });
  }

  @Example
  void anEmptyDocumentIsNull() throws Exception {
    Object read = format().read("");
    check(read == null, "an empty document read as " + read + ", not null");
  }

  @Example
  void aMalformedDocumentIsAnException() {
    Object read;
    try {
      read = format().read(malformed());
    } catch (Exception expected) {
      return;
    }
    throw new AssertionError("the malformed document " + malformed() + " read as " + read);
  }

  @Example
  void aConfigsFileInTheFormatIsReadByAnApp() throws Exception {
    Path dir = Files.createTempDirectory("format");
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("name", "a: b # c");
    tree.put("count", 3);
    tree.put("rate", 0.25);
    tree.put("on", true);
    tree.put("tags", List.of("x", "y"));
    tree.put("sizes", Map.of("big", 9_000_000_000L));
    String file = "sample." + format().extensions().get(0);
    Files.writeString(dir.resolve(file), format().write(tree), StandardCharsets.UTF_8);
    App app = App.named("format").directory(dir).outputs(OutputDirs.off()).config(ConfigSpec.of(Sample.class))
        .command("show", Sample.class, sample -> sample);
    Sample bound = app.configsFor("show", "--sample-path", file).get(Sample.class);
    Sample expected = new Sample("a: b # c", 3, 0.25, true, List.of("x", "y"), Map.of("big", 9_000_000_000L));
    check(bound.equals(expected), "the app bound " + bound + " from " + file + ", not " + expected);
  }

  /** Returns the dotted keys of {@code node}, depth first, in the order its maps give them. */
  private static List<String> keys(@Nullable Object node, String prefix) {
    List<String> keys = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        keys.add(prefix + key);
        keys.addAll(keys(value, prefix + key + "."));
      });
    }
    return keys;
  }

  private static void check(boolean holds, String otherwise) {
    if (!holds) {
      throw new AssertionError(otherwise);
    }
  }

  @Provide
  Arbitrary<Map<String, Object>> trees() {
    Arbitrary<Object> scalars = scalars();
    Arbitrary<Object> lists = scalars.list().ofMaxSize(4).map(list -> (Object) list);
    Arbitrary<Map<String, Object>> tree = maps(scalars);
    for (int depth = 0; depth < 2; depth++) {
      tree = maps(Arbitraries.frequencyOf(Tuple.of(6, scalars), Tuple.of(2, lists),
          Tuple.of(1, tree.map(map -> (Object) map))));
    }
    return tree.filter(map -> !map.isEmpty()); // an empty document is null
  }

  private static Arbitrary<Map<String, Object>> maps(Arbitrary<Object> values) {
    return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_').ofMinLength(1)
        .ofMaxLength(8).filter(key -> Character.isLetter(key.charAt(0))), values).ofMaxSize(5)
        .map(LinkedHashMap::new);
  }

  private Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab #:'\"{}[],.-=\\é日").ofMaxLength(12).map(text -> (Object) text),
        Arbitraries.of("true", "null", "123", "1.5", "yes", "~", "").map(text -> (Object) text),
        Arbitraries.integers().map(number -> (Object) number),
        Arbitraries.longs().between(-largestWhole(), largestWhole())
            .filter(number -> number > Integer.MAX_VALUE || number < Integer.MIN_VALUE).map(number -> (Object) number),
        Arbitraries.doubles().between(-1e9, 1e9).ofScale(4).map(number -> (Object) number.doubleValue()),
        Arbitraries.of(true, false).map(flag -> (Object) flag));
  }
}
