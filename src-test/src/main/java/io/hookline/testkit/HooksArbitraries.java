package io.hookline.testkit;

import io.hookline.Hooks;
import io.hookline.Stage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for {@link Hooks} tables of {@link Tracing tracing} invocation steps: each stage gets a few keyed
 * hooks and arounds.
 *
 * <p>Contract: within one generated table, every step's tag is unique and starts with the prefix, followed by the
 * stage's position and the step's; a step's key is its tag. Tables generated under different prefixes share no key,
 * so they can be combined with {@link Hooks#andThen}.
 */
public final class HooksArbitraries {

  private static final int MAX_STEPS_PER_STAGE = 3;

  private HooksArbitraries() {}

  /** Returns tables whose tags and keys start with {@code prefix}. */
  public static Arbitrary<Hooks> hooks(String prefix) {
    return Arbitraries.of(true, false).list().ofMaxSize(MAX_STEPS_PER_STAGE)
        .list().ofSize(Stage.values().length)
        .map(stages -> build(prefix, stages));
  }

  private static Hooks build(String prefix, List<List<Boolean>> stages) {
    Hooks hooks = Hooks.empty();
    for (Stage stage : Stage.values()) {
      List<Boolean> steps = stages.get(stage.ordinal());
      for (int i = 0; i < steps.size(); i++) {
        String tag = prefix + stage.ordinal() + "." + i;
        hooks = steps.get(i)
            ? hooks.andThen(stage, tag, Tracing.invocationHook(tag))
            : hooks.around(stage, tag, Tracing.invocationAround(tag));
      }
    }
    return hooks;
  }
}
