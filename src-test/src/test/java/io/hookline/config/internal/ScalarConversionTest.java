package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What a config's value becomes in a field of each scalar type: text read as the number or flag it spells, a number
 * kept only where it fits the field's range, and every misfit named with its key, what was expected and what was got.
 */
class ScalarConversionTest {

  public record Ints(int v) {}

  public record Longs(long v) {}

  public record Shorts(short v) {}

  public record Bytes(byte v) {}

  public record Floats(float v) {}

  public record Doubles(double v) {}

  public record Flags(boolean v) {}

  public record Chars(char v) {}

  public record Texts(String v) {}

  public record Boxed(@Nullable Integer v) {}

  public record BoxedChars(@Nullable Character v) {}

  public record Anything(Map<Object, Integer> v) {}

  @Test
  void integersFitTheirFieldsRangeToItsLastValue() {
    assertThat(v(Ints.class, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    assertThat(v(Ints.class, (long) Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    assertThat(error(Ints.class, 1L << 31)).isEqualTo("expected int, got 2147483648");
    assertThat(v(Longs.class, BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE))).isEqualTo(Long.MAX_VALUE);
    assertThat(error(Longs.class, BigInteger.ONE.shiftLeft(63))).isEqualTo("expected long, got 9223372036854775808");
    assertThat(v(Shorts.class, 32767)).isEqualTo((short) 32767);
    assertThat(error(Shorts.class, 32768)).isEqualTo("expected short, got 32768");
    assertThat(v(Bytes.class, -128)).isEqualTo((byte) -128);
    assertThat(error(Bytes.class, 128)).isEqualTo("expected byte, got 128");
  }

  @Test
  void aFractionFitsOnlyAFloatingField() {
    assertThat(v(Floats.class, 1.5)).isEqualTo(1.5f);
    assertThat(v(Floats.class, "2.5")).isEqualTo(2.5f);
    assertThat(v(Doubles.class, 3)).isEqualTo(3.0);
    assertThat(v(Doubles.class, "-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(error(Ints.class, 1.5)).isEqualTo("expected int, got 1.5");
    assertThat(error(Ints.class, 2.0)).isEqualTo("expected int, got 2.0");
    assertThat(v(Ints.class, "12")).isEqualTo(12);
    assertThat(error(Ints.class, "1e3")).isEqualTo("expected int, got \"1e3\"");
  }

  @Test
  void aFlagIsTrueOrFalseSpelledOrAnInteger() {
    assertThat(v(Flags.class, "true")).isEqualTo(true);
    assertThat(v(Flags.class, "false")).isEqualTo(false);
    assertThat(v(Flags.class, 0)).isEqualTo(false);
    assertThat(v(Flags.class, 2)).isEqualTo(true);
    assertThat(error(Flags.class, "yes")).isEqualTo("expected boolean, got \"yes\"");
    assertThat(error(Flags.class, 1.0)).isEqualTo("expected boolean, got 1.0");
  }

  @Test
  void textTakesNumbersAndFlagsAsTheyAreWritten() {
    assertThat(v(Texts.class, 5)).isEqualTo("5");
    assertThat(v(Texts.class, false)).isEqualTo("false");
    assertThat(error(Texts.class, List.of(1))).isEqualTo("expected String, got [1]");
  }

  @Test
  void anEmptyValueIsNullOnlyForAFieldThatCanHoldIt() {
    assertThat(v(Boxed.class, "")).isNull();
    assertThat(v(Texts.class, "")).isEqualTo("");
    assertThat(error(Ints.class, "")).isEqualTo("expected int, got \"\"");
    assertThat(error(BoxedChars.class, "")).isEqualTo("expected Character, got \"\"");
  }

  @Test
  void aCharacterIsTextOfOneCharacter() {
    assertThat(v(Chars.class, "x")).isEqualTo('x');
    assertThat(v(BoxedChars.class, "y")).isEqualTo('y');
    assertThat(error(Chars.class, "xy")).isEqualTo("expected char, got \"xy\"");
  }

  @Test
  void aMapKeyedByObjectsTakesAMap() {
    assertThat(v(Anything.class, Map.of("a", 1))).isEqualTo(Map.of("a", 1));
    assertThat(error(Anything.class, 3)).isEqualTo("expected Map<Object, Integer>, got 3");
  }

  private static @Nullable Object v(Class<? extends Record> type, Object value) {
    Record bound = Binder.bind(Map.of("v", value), type, "c", Map.of());
    try {
      return type.getRecordComponents()[0].getAccessor().invoke(bound);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The binding's error, less the config's name and the key, which are the same for all. */
  private static String error(Class<? extends Record> type, Object value) {
    try {
      Binder.bind(Map.of("v", value), type, "c", Map.of());
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith("config 'c': v: ");
      return e.getMessage().substring("config 'c': v: ".length());
    }
    throw new AssertionError("bound " + value + " to " + type.getSimpleName());
  }
}
