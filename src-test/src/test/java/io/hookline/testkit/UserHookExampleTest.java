package io.hookline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.ConfigSpec;
import io.hookline.Invocation;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How a user tests their own hooks with the testkit: a post-config hook that clamps the learning rate, and an around
 * that retries once, checked against generated invocations. This is the example the README points to.
 */
class UserHookExampleTest {

  public record Train(double lr, int epochs, String optimizer) {
    public Train() {
      this(0.1, 10, "sgd");
    }
  }

  public record Data(String name, int batchSize) {
    public Data() {
      this("digits", 32);
    }
  }

  static final List<ConfigSpec<?>> CONFIGS = List.of(ConfigSpec.of("train", new Train()), ConfigSpec.of(
      "data", new Data()));

  /** The hook under test: keeps the learning rate within [0.0001, 1]. */
  static final Hook<Invocation> CLAMP_LR = inv -> {
    Train train = inv.config("train", Train.class);
    double lr = Math.min(1, Math.max(0.0001, train.lr()));
    return inv.withConfig("train", new Train(lr, train.epochs(), train.optimizer()));
  };

  /** The around under test: runs the wrapped steps, and once more if they throw. */
  static final Around<Invocation> RETRY_ONCE = (inv, next) -> {
    try {
      return next.invoke(inv);
    } catch (RuntimeException first) {
      return next.invoke(inv);
    }
  };

  // tag::provider[]
  @Provide
  Arbitrary<Invocation> invocations() {
    return InvocationArbitraries.invocations("train", CONFIGS);
  }
  // end::provider[]

  @Property
  void theLearningRateEndsUpInRange(@ForAll("invocations") Invocation invocation) throws Exception {
    double lr = CLAMP_LR.invoke(invocation).config("train", Train.class).lr();
    assertThat(lr).isBetween(0.0001, 1.0);
  }

  // tag::property[]
  @Property
  void theHookTouchesOnlyTheTrainConfigAndIsDeterministic(@ForAll("invocations") Invocation invocation) {
    HookLaws.assertLeavesOtherConfigsAlone(CLAMP_LR, invocation, "train");
    HookLaws.assertDeterministic(CLAMP_LR, invocation);
  }
  // end::property[]

  @Property
  void theRetryCallsTheStepsOnceWhenTheySucceed(@ForAll("invocations") Invocation invocation) {
    HookLaws.assertCallsNextOnce(RETRY_ONCE, invocation);
  }
}
