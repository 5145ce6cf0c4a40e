package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.ConfigFormat;
import io.hookline.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The checks every document passes before and after its parser: brackets counted outside strings and comments, a
 * depth limit at its last level, the tree a plugged-in format returns checked node by node, and a parser's message cut
 * to one line.
 */
class TreeReaderTest {

  private static final int MAX = TreeReader.MAX_DEPTH;

  /** A format that reads every text as the tree it was made with. */
  private record Fixed(@Nullable Object tree) implements ConfigFormat {
    @Override
    public List<String> extensions() {
      return List.of("fixed");
    }

    @Override
    public @Nullable Object read(String text) {
      return tree;
    }

    @Override
    public String write(@Nullable Object tree) {
      return "";
    }
  }

  @Test
  void bracketsAreCountedOutsideStringsAndUpToAComment() {
    assertThat(changes("[a, \"]\\\"[\", '\\', {b}] # [", true)).containsExactly("0+", "17+", "19-", "20-");
    assertThat(changes("[ # ]", false)).containsExactly("0+", "4-");
    assertThat(changes("'it''s' [", true)).containsExactly("8+");
  }

  @Test
  void aDocumentMayNestToTheLimitAndNoDeeper() {
    TreeReader.checkDepth("[".repeat(MAX) + "]".repeat(MAX), "f.yaml");
    assertThatThrownBy(() -> TreeReader.checkDepth("a:\n  b:\n    " + "[".repeat(MAX + 1), "f.yaml"))
        .isInstanceOf(InputException.class).hasMessage("f.yaml:3: nested more than " + MAX + " levels deep");
    TreeReader.checkDepth("]".repeat(5) + "[".repeat(MAX), "f.yaml");
    assertThatThrownBy(() -> TreeReader.readFlow("[".repeat(MAX + 1) + "]".repeat(MAX + 1), "command line: x=…"))
        .isInstanceOf(InputException.class)
        .hasMessage("command line: x=…:1: nested more than " + MAX + " levels deep");
  }

  @Test
  void aYamlDocumentsBlocksNestToTheLimitAndNoDeeper() {
    assertThat(Tree.get(YamlReader.read(blocks(MAX), "f.yaml").tree(), Collections.nCopies(MAX, "a")))
        .isEqualTo(1);
    assertThatThrownBy(() -> YamlReader.read(blocks(MAX + 1), "f.yaml")).isInstanceOf(InputException.class)
        .hasMessage("f.yaml:201:201: nested more than " + MAX + " levels deep");
  }

  /** A YAML document of {@code depth} maps, each in the one before, down to a number. */
  private static String blocks(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append(" ".repeat(i)).append(i == depth - 1 ? "a: 1\n" : "a:\n");
    }
    return text.toString();
  }

  @Test
  void aPluggedFormatsTreeIsCheckedToItsLastLevel() {
    assertThat(read(nested(MAX)).tree()).isEqualTo(nested(MAX));
    assertThatThrownBy(() -> read(nested(MAX + 1))).isInstanceOf(InputException.class)
        .hasMessage("f.fixed: nested more than " + MAX + " levels deep");
    Parsed parsed = read(Map.of("l", List.of(1, Map.of("k", "v"))));
    assertThat(parsed.origins()).containsOnlyKeys("", "l", "l.0", "l.1", "l.1.k");
  }

  @Test
  void aPluggedFormatThatReadsWhatNoTreeHoldsIsAFaultOfTheFormat() {
    assertThatThrownBy(() -> read(Map.of("l", Arrays.asList(1, new StringBuilder("x")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Fixed.class.getName() + " read a java.lang.StringBuilder at 'l.1'; a config tree holds maps, lists,"
            + " texts, numbers, booleans and null");
    Map<Object, Object> numbered = new LinkedHashMap<>();
    numbered.put(1, "one");
    assertThatThrownBy(() -> read(numbered)).isInstanceOf(IllegalStateException.class)
        .hasMessage(Fixed.class.getName() + " read a key that is not a text: 1");
  }

  @Test
  void aMessageIsCutToItsFirstLineAndTwoHundredCharacters() {
    assertThat(TreeReader.firstLine("  first\nsecond")).isEqualTo("first");
    assertThat(TreeReader.firstLine("x".repeat(200))).isEqualTo("x".repeat(200));
    assertThat(TreeReader.firstLine("x".repeat(201))).isEqualTo("x".repeat(200) + "…");
    assertThat(TreeReader.firstLine(" \n")).isEqualTo("malformed input");
    assertThat(TreeReader.firstLine(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    assertThat(TreeReader.firstLine(new IllegalStateException("why\nhow"))).isEqualTo("why");
  }

  private static Parsed read(Object tree) {
    return TreeReader.read("", "f.fixed", new Fixed(tree));
  }

  /** A list holding a list, {@code depth} levels down to a number. */
  private static Object nested(int depth) {
    Object node = 1;
    for (int i = 0; i < depth; i++) {
      node = List.of(node);
    }
    return node;
  }

  private static List<String> changes(String text, boolean toComment) {
    List<String> seen = new ArrayList<>();
    TreeReader.brackets(text, toComment, (index, change) -> seen.add(index + (change > 0 ? "+" : "-")));
    return seen;
  }
}
