package io.hookline.compose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A strftime pattern as the JDK's formatter reads it: each directive its letters, the text between them quoted (a
 * quote doubled), {@code %%} a percent sign, and a directive the clock does not know, or a lone {@code %} at the end,
 * one line listing the ones it does.
 */
class ClockTest {

  @Test
  void directivesBecomeLettersAndTheRestIsQuotedText() {
    assertThat(Clock.fromStrftime("%Y-%m-%d_%H-%M-%S")).isEqualTo("yyyy'-'MM'-'dd'_'HH'-'mm'-'ss");
    assertThat(Clock.fromStrftime("at %H o'clock")).isEqualTo("'at 'HH' o''clock'");
    assertThat(Clock.fromStrftime("100%% %j")).isEqualTo("'100% 'DDD");
    assertThat(Clock.fromStrftime("%%")).isEqualTo("'%'");
    assertThat(Clock.fromStrftime("")).isEmpty();
  }

  @Test
  void anUnknownOrUnfinishedDirectiveIsOneLine() {
    assertThatThrownBy(() -> Clock.fromStrftime("%Q")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'%Q' is no strftime directive here; the directives are %A, %B, ")
        .hasMessageEndingWith(" and %%");
    assertThatThrownBy(() -> Clock.fromStrftime("at 5%")).hasMessageStartingWith("'%' is no strftime directive");
  }

  @Test
  void theTimeIsTheRunsFirstAndOnlyOne() {
    String first = Clock.now("yyyy-MM-dd HH:mm:ss.SSSSSS");
    assertThat(Clock.now("%Y-%m-%d %H:%M:%S.%f")).isEqualTo(first);
  }
}
