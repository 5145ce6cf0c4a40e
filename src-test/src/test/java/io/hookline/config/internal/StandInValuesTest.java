package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The stand-in values a creator builds a class with to learn which of its defaults are constant: each a value of the
 * parameter's type, two variants apart wherever the type allows, and widely apart, so that a default computed from a
 * stand-in differs between the variants too. A type with no stand-in gets {@code null}, and the defaults are then left
 * to the class.
 */
class StandInValuesTest {

  enum Three {
    FIRST,
    SECOND,
    THIRD
  }

  enum Empty {}

  @Test
  void numbersAreZeroAndAboutABillion() {
    assertThat(Creator.blank(int.class, 0)).isEqualTo(0);
    assertThat(Creator.blank(Integer.class, 1)).isEqualTo(987_654_321);
    assertThat(Creator.blank(long.class, 0)).isEqualTo(0L);
    assertThat(Creator.blank(Long.class, 1)).isEqualTo(987_654_321L);
    assertThat(Creator.blank(double.class, 0)).isEqualTo(0.0);
    assertThat(Creator.blank(Double.class, 1)).isEqualTo(987_654_321.0);
    assertThat(Creator.blank(float.class, 0)).isEqualTo(0.0f);
    assertThat(Creator.blank(Float.class, 1)).isEqualTo(987_654_321f);
  }

  @Test
  void aVariantPastTheSecondIsItsOwnNumber() {
    assertThat(Creator.blank(int.class, 7)).isEqualTo(7);
    assertThat(Creator.blank(long.class, 7)).isEqualTo(7L);
  }

  @Test
  void smallNumbersAreWithinTheirRange() {
    assertThat(Creator.blank(short.class, 0)).isEqualTo((short) 0);
    assertThat(Creator.blank(Short.class, 1)).isEqualTo((short) 24_321);
    assertThat(Creator.blank(byte.class, 0)).isEqualTo((byte) 0);
    assertThat(Creator.blank(Byte.class, 1)).isEqualTo((byte) 21);
  }

  @Test
  void booleansCharactersAndStringsDifferBetweenTheVariants() {
    assertThat(Creator.blank(boolean.class, 0)).isEqualTo(false);
    assertThat(Creator.blank(Boolean.class, 1)).isEqualTo(true);
    assertThat(Creator.blank(char.class, 0)).isEqualTo('a');
    assertThat(Creator.blank(Character.class, 1)).isEqualTo('b');
    assertThat(Creator.blank(char.class, 27)).isEqualTo('b');
    assertThat(Creator.blank(String.class, 0)).isEqualTo("");
    assertThat(Creator.blank(String.class, 1)).isEqualTo("stand-in 1");
  }

  @Test
  void collectionsAndOptionalsAreEmpty() {
    for (Class<?> type : List.of(List.class, Collection.class, Iterable.class)) {
      assertThat(Creator.blank(type, 1)).as(type.getSimpleName()).isEqualTo(List.of());
    }
    assertThat(Creator.blank(Set.class, 1)).isEqualTo(Set.of());
    assertThat(Creator.blank(Map.class, 1)).isEqualTo(Map.of());
    assertThat(Creator.blank(Optional.class, 1)).isEqualTo(Optional.empty());
  }

  @Test
  void anEnumGivesItsConstantsInOrderAndStopsAtTheLast() {
    assertThat(Creator.blank(Three.class, 0)).isEqualTo(Three.FIRST);
    assertThat(Creator.blank(Three.class, 1)).isEqualTo(Three.SECOND);
    assertThat(Creator.blank(Three.class, 5)).isEqualTo(Three.THIRD);
  }

  @Test
  void aTypeWithNoStandInGetsNull() {
    assertThat(Creator.blank(Empty.class, 0)).isNull();
    assertThat(Creator.blank(Object.class, 0)).isNull();
    assertThat(Creator.blank(Three[].class, 1)).isNull();
    assertThat(Creator.blank(java.util.ArrayList.class, 1)).isNull();
  }
}
