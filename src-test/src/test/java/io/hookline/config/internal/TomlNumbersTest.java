package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TOML codec's own checks around its parser: a whole number of 19 digits or more outside strings and comments is
 * found with its line (the parser misreads it), whatever else looks like one is not; and a tree with a null anywhere
 * is refused before anything is written, naming the null's path.
 */
class TomlNumbersTest {

  private static final String LONG = "1234567890123456789";

  @Test
  void aNumberOfNineteenDigitsIsFoundWithItsLine() {
    assertThat(TomlCodec.tooLong("a = " + LONG)).isEqualTo("line 1: " + LONG);
    assertThat(TomlCodec.tooLong("a = " + LONG.substring(1))).isNull();
    assertThat(TomlCodec.tooLong("a = 1\nb = 1_234_567_890_123_456_789\n"))
        .isEqualTo("line 2: 1_234_567_890_123_456_789");
    assertThat(TomlCodec.tooLong("a = [1, -" + LONG + "]")).isEqualTo("line 1: " + LONG);
    assertThat(TomlCodec.tooLong("-" + LONG)).isEqualTo("line 1: " + LONG);
    assertThat(TomlCodec.tooLong(LONG)).isEqualTo("line 1: " + LONG);
    assertThat(TomlCodec.tooLong("a = +" + LONG)).isEqualTo("line 1: " + LONG);
  }

  @Test
  void fractionsDatesWordsAndKeysAreNotWholeNumbers() {
    for (String text : List.of("a = " + LONG + ".5", "a = " + LONG + "e3", "a = " + LONG + "-01", "a = " + LONG + ":00",
        "k" + LONG + " = 1", "a." + LONG + " = 1", "_" + LONG + " = 1", "x-" + LONG + " = 1", "9-" + LONG + " = 1",
        "_-" + LONG + " = 1", "x+" + LONG + " = 1")) {
      assertThat(TomlCodec.tooLong(text)).as(text).isNull();
    }
  }

  @Test
  void stringsAndCommentsAreSkippedAndTheirLinesCounted() {
    assertThat(TomlCodec.tooLong("# " + LONG + "\na = 1")).isNull();
    assertThat(TomlCodec.tooLong("a = \"" + LONG + "\"")).isNull();
    assertThat(TomlCodec.tooLong("a = \"x\\\"" + LONG + "\"")).isNull();
    assertThat(TomlCodec.tooLong("a = 'x\\'\nb = " + LONG)).isEqualTo("line 2: " + LONG);
    assertThat(TomlCodec.tooLong("a = \"\"\"\n" + LONG + "\n\"\"\"\nb = " + LONG + "0")).isEqualTo("line 4: " + LONG
        + "0");
    assertThat(TomlCodec.tooLong("a = '''x\n'" + LONG + "'''\nb = 1")).isNull();
  }

  @Test
  void aNullAnywhereIsRefusedWithItsPath() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("ok", 1);
    tree.put("a", Map.of("b", Arrays.asList(1, null)));
    assertThatThrownBy(() -> TomlCodec.write(tree)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'a.b.1' is null, which TOML cannot hold; give it a value or leave the key out");
    assertThatThrownBy(() -> TomlCodec.write(List.of(1))).hasMessage("a TOML document is a table of keys, not"
        + " a list");
    assertThatThrownBy(() -> TomlCodec.write("x"))
        .hasMessage("a TOML document is a table of keys, not the value \"x\"");
    assertThatThrownBy(() -> TomlCodec.write(null)).hasMessage("a TOML document is a table of keys, not null");
  }
}
