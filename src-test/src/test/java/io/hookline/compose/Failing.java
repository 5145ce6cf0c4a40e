package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.compose.internal.CompositionException;
import io.hookline.compose.internal.CompositionException.Code;

/** Asserts a composition's failure: its code and its exact message. */
final class Failing {

  private Failing() {}

  static void fails(Runnable composing, Code code, String message) {
    assertThatThrownBy(composing::run).isInstanceOfSatisfying(CompositionException.class, e -> {
      assertThat(e.getMessage()).isEqualTo(message);
      assertThat(e.code()).isEqualTo(code);
    });
  }
}
