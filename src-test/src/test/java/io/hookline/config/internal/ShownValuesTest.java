package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How values are shown to people and written as JSON lines: a value in a message cut at 80 characters, an override
 * shown shortened the same way, every kind of number written as the number it is, and the distance that decides which
 * names a suggestion offers.
 */
class ShownValuesTest {

  @Test
  void aValueInAMessageIsCutAfterEightyCharacters() {
    assertThat(Binder.show("x".repeat(78))).isEqualTo("\"" + "x".repeat(78) + "\"");
    assertThat(Binder.show("x".repeat(79))).isEqualTo("\"" + "x".repeat(79) + "…");
    assertThat(Binder.show(12)).isEqualTo("12");
  }

  @Test
  void anOverrideInAMessageIsCutAfterEightyCharacters() {
    String eighty = "~" + "k".repeat(77) + "=1";
    assertThatThrownBy(() -> CliOverride.parse(eighty, "::")).isInstanceOf(InputException.class)
        .hasMessage("override '" + eighty + "': a removal takes no value; write ~" + "k".repeat(77));
    String longer = "~" + "k".repeat(78) + "=1";
    assertThatThrownBy(() -> CliOverride.parse(longer, "::")).isInstanceOf(InputException.class)
        .hasMessage("override '" + longer.substring(0, 80) + "…': a removal takes no value; write ~"
            + "k".repeat(78));
  }

  @Test
  void everyKindOfNumberIsWrittenAsTheNumberItIs() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("short", (short) 3);
    tree.put("byte", (byte) -4);
    tree.put("big", new BigInteger("123456789012345678901234567890"));
    tree.put("decimal", new BigDecimal("1.50"));
    tree.put("float", 0.5f);
    tree.put("char", 'x');
    assertThat(TreeWriter.line(tree)).isEqualTo("{\"short\":3,\"byte\":-4,\"big\":123456789012345678901234567890,"
        + "\"decimal\":1.50,\"float\":0.5,\"char\":\"x\"}");
  }

  @Test
  void prefixedNumbersAreReadInTheirRadixToTheLastDigit() {
    assertThat(Scalars.parse("0x10", "x")).isEqualTo(16);
    assertThat(Scalars.parse("0xff", "x")).isEqualTo(255);
    assertThat(Scalars.parse("0o17", "x")).isEqualTo(15);
    assertThat(Scalars.parse("0o0", "x")).isEqualTo(0);
    assertThat(Scalars.parse("0o8", "x")).isEqualTo("0o8");
    assertThat(Scalars.parse("0xg", "x")).isEqualTo("0xg");
    assertThat(Scalars.parse("0x", "x")).isEqualTo("0x");
    assertThat(Scalars.parse("0x7fffffff", "x")).isEqualTo(Integer.MAX_VALUE);
    assertThat(Scalars.parse("0x80000000", "x")).isEqualTo(2147483648L);
    assertThat(Scalars.parse("0x7fffffffffffffff", "x")).isEqualTo(Long.MAX_VALUE);
    assertThat(Scalars.parse("0x8000000000000000", "x")).isEqualTo(new BigInteger("9223372036854775808"));
  }

  @Test
  void swappingTwoNeighboursIsOneEdit() {
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    assertThat(Suggestions.distance("a", "b")).isEqualTo(1);
    assertThat(Suggestions.distance("lr", "rl")).isEqualTo(1);
    assertThat(Suggestions.distance("abc", "ca")).isEqualTo(3);
    assertThat(Suggestions.distance("", "ab")).isEqualTo(2);
  }
}
