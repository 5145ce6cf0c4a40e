package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A plain value means the same in a YAML file as on the command line: both follow YAML 1.2's core schema, so
 * {@code 017} is seventeen, {@code .inf} is infinity and {@code yes} is a string in both places.
 */
class YamlTypingTest {

  private static @Nullable Object inFile(String value) {
    Object tree = YamlReader.read("k: " + value + "\n", "c.yaml").tree();
    return ((Map<?, ?>) tree).get("k");
  }

  @Test
  void plainValuesAreTypedByTheCoreSchema() {
    Map<String, @Nullable Object> expected = new HashMap<>();
    expected.put("017", 17);
    expected.put("0x1F", 31);
    expected.put("0o17", 15);
    expected.put("+12", 12);
    expected.put("12345678901", 12345678901L);
    expected.put("123456789012345678901234567890", new BigInteger("123456789012345678901234567890"));
    expected.put("1e3", 1000.0);
    expected.put("-.5", -0.5);
    expected.put(".inf", Double.POSITIVE_INFINITY);
    expected.put("-.Inf", Double.NEGATIVE_INFINITY);
    expected.put("True", true);
    expected.put("FALSE", false);
    expected.put("~", null);
    expected.put("", null);
    expected.put("yes", "yes");
    expected.put("off", "off");
    expected.put("1_000", "1_000");
    expected.put("0b101", "0b101");
    expected.put("0x", "0x");
    expected.put("2001-12-14", "2001-12-14");
    expected.put("'017'", "017");
    expected.put("\"true\"", "true");
    expected.put("!!str 5", "5");
    expected.put("!!int '7'", 7);
    expected.put("!!float 1", 1.0);
    expected.put("!!bool 'true'", true);
    expected.put("!!null ''", null);
    expected.forEach((text, value) -> assertThat(inFile(text)).as(text).isEqualTo(value));
    assertThat(((Double) inFile(".nan")).isNaN()).isTrue();
  }

  @Test
  void aWrongOrUnknownTagIsAnErrorAtItsPlace() {
    assertThatThrownBy(() -> inFile("!!int 1.5"))
        .isInstanceOf(InputException.class)
        .hasMessage("c.yaml:1:1: expected an integer after its tag, got '1.5'");
    assertThatThrownBy(() -> inFile("!!bool yes"))
        .hasMessage("c.yaml:1:1: expected true or false after its tag, got 'yes'");
    assertThatThrownBy(() -> inFile("!secret x"))
        .hasMessageStartingWith("c.yaml:1:1: the tag !secret is not supported");
  }

  @Test
  void aNumberTooLongToReadIsAnError() {
    assertThatThrownBy(() -> inFile("1".repeat(1001)))
        .isInstanceOf(InputException.class)
        .hasMessage("c.yaml:1:1: a number of more than 1000 characters");
  }

  @Test
  void aKeyMustBeAPlainValue() {
    assertThatThrownBy(() -> YamlReader.read("[a]: 1\n", "c.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessage("c.yaml:1:1: a key must be a plain value, not a list, a map or an alias");
  }

  @Property
  void aPlainValueMeansTheSameInAFileAndOnTheCommandLine(@ForAll("plainValues") String text) {
    Object fromFile = inFile(text);
    Object fromCommandLine = Scalars.parse(text, "command line: k=" + text);
    assertThat(fromFile).as(text).isEqualTo(fromCommandLine);
  }

  @Property
  void flowListsAreTypedLikeSingleValues(@ForAll("plainValues") String first, @ForAll("plainValues") String second) {
    Object list = Scalars.parse("[" + first + ", " + second + "]", "command line");
    assertThat(list).isEqualTo(Arrays.asList(Scalars.parse(first, "a"), Scalars.parse(second, "b")));
  }

  @Provide
  Arbitrary<String> plainValues() {
    Arbitrary<String> special = Arbitraries.of(Arrays.asList("true", "False", "NULL", "~", "yes", "on", ".inf",
        "-.INF", ".NaN", "0x1f", "0o7", "017", "1e5", "+3.", "-0", "x9", "0x", "1_0"));
    Arbitrary<String> numberish = Arbitraries.strings().withChars("0123456789+-.eExo").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.startsWith("-") || s.length() > 1 && s.charAt(1) != ' ');
    return Arbitraries.oneOf(special, numberish, Arbitraries.strings().alpha().numeric().ofMinLength(1)
        .ofMaxLength(6));
  }
}
