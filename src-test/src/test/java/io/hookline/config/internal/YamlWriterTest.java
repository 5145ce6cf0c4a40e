package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What Hookline writes as YAML reads back as the same tree: through its own reader (YAML 1.2's core schema) and through
 * a YAML 1.1 reader, for strings that look like other types, strings no YAML may hold unescaped, every kind of number,
 * and nesting.
 */
class YamlWriterTest {

  private static @Nullable Object readBack(String text) {
    return YamlReader.read(text, "t.yaml").tree();
  }

  /** Reads {@code text} as YAML 1.1 (SnakeYAML's own resolver), the way PyYAML and other YAML 1.1 tools do. */
  private static @Nullable Object readAsYaml11(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(TreeReader.MAX_DOCUMENT_CHARS);
    options.setNestingDepthLimit(TreeReader.MAX_DEPTH);
    return normal(new Yaml(options).load(text));
  }

  /** The tree a reader gives for {@code tree}: floats as the doubles of their text, integers in the smallest type. */
  private static @Nullable Object normal(@Nullable Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(String.valueOf(key), normal(value)));
      return copy;
    }
    if (tree instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(normal(item)));
      return copy;
    }
    if (tree instanceof Float number) {
      return Double.parseDouble(number.toString());
    }
    if (tree instanceof Integer || tree instanceof Long || tree instanceof BigInteger) {
      BigInteger value = new BigInteger(tree.toString());
      return value.bitLength() < 32 ? (Object) value.intValue() : value.bitLength() < 64 ? value.longValue() : value;
    }
    return tree;
  }

  @Property(tries = 500)
  void aTreeReadsBackAsItselfInYaml12AndYaml11(@ForAll("trees") Map<String, @Nullable Object> tree) {
    String text = YamlWriter.write(tree);

    assertThat(readBack(text)).as(text).isEqualTo(normal(tree));
    assertThat(readAsYaml11(text)).as(text).isEqualTo(normal(tree));
  }

  @Property(tries = 300)
  void aValueReadsBackAsItselfAtTheTopLevelAndInAList(@ForAll("values") @Nullable Object value) {
    assertThat(readBack(YamlWriter.write(value))).isEqualTo(normal(value));
    assertThat(readBack(YamlWriter.write(List.of(List.of(), value == null ? "x" : value))))
        .isEqualTo(normal(List.of(List.of(), value == null ? "x" : value)));
  }

  @Test
  void theStyleIsBlockWithTwoSpacesAndQuotesOnlyWhereNeeded() {
    Map<String, @Nullable Object> tree = new LinkedHashMap<>();
    tree.put("name", "Ada Lovelace");
    tree.put("lr", 0.001);
    tree.put("big", 1.0e10);
    tree.put("steps", 100);
    tree.put("on", true);
    tree.put("seed", null);
    tree.put("version", "1.10");
    tree.put("answer", "yes");
    tree.put("layers", List.of(64, List.of("a", "b"), Map.of("k", "v")));
    tree.put("optimizer", Map.of("name", "adam"));
    tree.put("empty", Map.of());
    tree.put("none", List.of());
    tree.put("quote", "say \"hi\"\n\tbye");

    assertThat(YamlWriter.write(tree)).isEqualTo("""
        name: Ada Lovelace
        lr: 0.001
        big: 1.0e+10
        steps: 100
        "on": true
        seed: null
        version: "1.10"
        answer: "yes"
        layers:
          - 64
          - - a
            - b
          - k: v
        optimizer:
          name: adam
        empty: {}
        none: []
        quote: "say \\"hi\\"\\n\\tbye"
        """);
    assertThat(YamlWriter.write(List.of("x=1", "y=2"))).isEqualTo("- x=1\n- y=2\n");
    assertThat(YamlWriter.write("text")).isEqualTo("text\n");
  }

  @Test
  void aKeyTooLongForASimpleKeyIsWrittenAsAnExplicitOne() {
    String key = "k".repeat(5000);
    Map<String, Object> tree = Map.of("list", List.of(Map.of(key, Map.of(key, 1))));

    String text = YamlWriter.write(tree);

    assertThat(text).contains("? " + key);
    assertThat(readBack(text)).isEqualTo(tree);
    assertThat(readAsYaml11(text)).isEqualTo(tree);
  }

  @Test
  void aKeyOfAThousandCharactersIsStillSimpleWhereverItStands() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("long", "v".repeat(3000));
    tree.put("k".repeat(1000), 1);
    tree.put("b", 2);
    tree.put("k".repeat(1001), 3);
    assertThat(YamlWriter.write(tree).lines().map(line -> line.length() > 12 ? line.substring(0, 12) : line))
        .containsExactly("long: vvvvvv", "kkkkkkkkkkkk", "b: 2", "? kkkkkkkkkk", ": 3");
  }

  @Test
  void aQuotedCharacterStandsAsItIsWherePrintableAndIsEscapedAtEachEdge() {
    String printable = " ~\u00A0\uD7FF\uE000\uFFFD\u00E9";
    assertThat(YamlWriter.write("#" + printable)).isEqualTo("\"#" + printable + "\"\n");
    assertThat(YamlWriter.write("#\u007F\u009F\uD800x\uDFFF\uFFFE\uFEFF\u2028\u2029\u0001"))
        .isEqualTo("\"#\\u007F\\u009F\\uD800x\\uDFFF\\uFFFE\\uFEFF\\u2028\\u2029\\u0001\"\n");
    assertThat(YamlWriter.write("a b ~c")).isEqualTo("a b ~c\n");
  }

  @Test
  void numbersOfEveryKindReadBackAsNumbers() {
    List<Object> numbers = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
        Double.MIN_VALUE, Double.MAX_VALUE, 1.0e-7, 0.1f, 3.4e38f, Long.MIN_VALUE,
        new BigInteger("-123456789012345678901234567890"), new BigDecimal("1E+3"), (short) 7, (byte) -1);

    assertThat(readBack(YamlWriter.write(numbers))).isEqualTo(List.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.0e-7, 0.1, 3.4e38, Long.MIN_VALUE,
        new BigInteger("-123456789012345678901234567890"), 1000.0, 7, -1));
  }

  @Provide
  Arbitrary<Map<String, @Nullable Object>> trees() {
    return Arbitraries.maps(keys(), nodes(3)).ofMaxSize(6);
  }

  @Provide
  Arbitrary<@Nullable Object> values() {
    return scalars();
  }

  private static Arbitrary<@Nullable Object> nodes(int depth) {
    if (depth == 0) {
      return scalars();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, scalars()),
        net.jqwik.api.Tuple.of(1, Arbitraries.maps(keys(), nodes(depth - 1)).ofMaxSize(4).map(map -> (Object) map)),
        net.jqwik.api.Tuple.of(1, nodes(depth - 1).list().ofMaxSize(4).map(list -> (Object) list)));
  }

  private static Arbitrary<String> keys() {
    return Arbitraries.oneOf(strings(), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
  }

  /** Strings that look like other types, or hold what YAML must quote or escape. */
  private static Arbitrary<String> strings() {
    Arbitrary<String> lookalikes = Arbitraries.of("", " ", "yes", "No", "ON", "off", "y", "N", "null", "Null", "~",
        "true", "False", ".inf", "-.Inf", ".nan", "NaN", "017", "0x1F", "0o17", "0b101", "1_000", "1:30", "1e3",
        "2026-12-01", "+1", "-", "- a", "a: b", "a #b", "#c", "!tag", "&anchor", "*alias", "? q", "|", ">", "%d",
        "@x", "`x`", "'s'", "\"d\"", "[1, 2]", "{a: 1}", "<<", "=", "a,b", "a b", "a  b", "a ", " a", "x=1",
        "lr=0.1", "/tmp/x", "http://x/y", "Grüße", "日本", "a\nb", "\t", "\r\n", "\u0000", "\u0085", "\u2028",
        "\uFEFF", "\uFFFE", "\uD800", "\uDC00x", "😀", "\u007F", "\u009F", "\\", "a\\nb", "a: b:", "x:", "a#b",
        "-x", "+x", ".5x", "...", "---", "--- x", "%x", "a\tb", "x!", "Hello World!", "./test.pt", "${env:HOME}",
        "jdbc:${a}://b", "a:b", "a :b", ".", "+", "+.5", "0", "1.", "1e", "e1", "NULL ", "True", "~x");
    Arbitrary<String> mixed = Arbitraries.strings()
        .withChars("ab1 .:-#,'\"\\\n\t\u0000\u00e9\u2028\uD83D\uDE00{}[]&*!|>%@`?=~$<+")
        .ofMaxLength(12);
    return Arbitraries.oneOf(lookalikes, mixed);
  }

  private static Arbitrary<@Nullable Object> scalars() {
    return Arbitraries.oneOf(
        strings().map(text -> (Object) text),
        Arbitraries.integers().map(number -> (Object) number),
        Arbitraries.longs().map(number -> (Object) number),
        Arbitraries.bigIntegers().between(new BigInteger("-1" + "0".repeat(40)), new BigInteger("1" + "0".repeat(40)))
            .map(number -> (Object) number),
        Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY)
            .withSpecialValue(Double.NEGATIVE_INFINITY).withSpecialValue(-0.0).map(number -> (Object) number),
        Arbitraries.floats().map(number -> (Object) number),
        Arbitraries.of(true, false).map(bool -> (Object) bool),
        Arbitraries.just(null));
  }
}
