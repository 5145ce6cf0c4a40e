package io.hookline.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.failure.internal.FailureLimit;
import io.hookline.pipeline.Pipeline;
import io.hookline.provider.internal.ProviderChoice;
import org.junit.jupiter.api.Test;

/**
 * Small rules at their edges, each on the last value it takes and the first it refuses: a failure limit, a renaming
 * override, and which arguments are a provider's own.
 */
class EdgesTest {

  @Test
  void aFailureLimitIsNoneOrAtLeastOneAndStoppingTheRunningJobsNeedsOne() {
    assertThat(new FailureLimit(0, false)).isEqualTo(FailureLimit.NONE);
    assertThat(new FailureLimit(1, true).maxFailures()).isEqualTo(1);
    assertThatThrownBy(() -> new FailureLimit(-1, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failure limit is at least 1, and stopping the running jobs needs one, not -1");
    assertThatThrownBy(() -> new FailureLimit(0, true)).hasMessageEndingWith("not 0");
  }

  @Test
  void aRenamingOverrideRefusesANameAnotherStepHas() {
    Pipeline<String> steps = Pipeline.<String>empty().andThen("a", s -> s + "a").andThen("b", s -> s + "b");
    assertThatThrownBy(() -> steps.override("a", "b", s -> s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step 'b' is already in the pipeline; override it to replace it in place, or forget it first");
    assertThat(steps.override("a", "c", s -> s + "c").keys()).containsExactly("c", "b");
  }

  @Test
  void aProvidersOwnArgumentIsItsNameOrOneOfItsOptions() {
    assertThat(ProviderChoice.isOwn("launcher", "launcher=process")).isTrue();
    assertThat(ProviderChoice.isOwn("launcher", "launcher.workers=2")).isTrue();
    assertThat(ProviderChoice.isOwn("launcher", "launcher")).isFalse();
    assertThat(ProviderChoice.isOwn("launcher", "launchers=2")).isFalse();
    assertThat(ProviderChoice.isOwn("launcher", "lr=0.1")).isFalse();
  }
}
