package io.hookline.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The plugin's reading of a command line into words, as a POSIX shell reads plain words and quotes: each rule on the
 * input that tells it from its neighbours (a run of backslashes before a double quote, odd or even; a backslash at
 * the very end; empty quotes; a quote left open, at its character).
 */
class WordsTest {

  @Test
  void blanksSeparateAndQuotesKeep() {
    assertThat(Words.of("  a \t b  ")).containsExactly("a", "b");
    assertThat(Words.of("'x  y' \"p q\" a'b'\"c\"")).containsExactly("x  y", "p q", "abc");
    assertThat(Words.of("'' \"\"")).containsExactly("", "");
    assertThat(Words.of("")).isEmpty();
  }

  @Test
  void backslashesEscapeAsAShellSays() {
    assertThat(Words.of("\"x \\\" y\"")).containsExactly("x \" y");
    assertThat(Words.of("\"a\\\\\" b")).containsExactly("a\\", "b");
    assertThat(Words.of("\"a\\\\\\\"b\"")).containsExactly("a\\\"b");
    assertThat(Words.of("'a\\' b")).containsExactly("a\\", "b");
    assertThat(Words.of("a\\ b c\\")).containsExactly("a b", "c\\");
    assertThat(Words.of("\"\\n\"")).containsExactly("\\n");
  }

  @Test
  void aQuoteLeftOpenIsSaidWithItsCharacter() {
    assertThatThrownBy(() -> Words.of("'abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the single quote at character 1 is not closed");
    assertThatThrownBy(() -> Words.of("x \"abc\\\"")).hasMessage("the double quote at character 3 is not closed");
  }
}
