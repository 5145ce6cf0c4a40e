package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Command.Target;
import io.hookline.ConfigSpec;
import io.hookline.Configs;
import io.hookline.DefaultHooks.OverrideOptions;
import io.hookline.Invocation;
import io.hookline.command.internal.ConfigStages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The post-config stage sets simple overrides straight on a record's components, without the round trip through a
 * tree. It must give exactly what the tree path gives: the same configs, or the same one-line error.
 */
class DirectOverridesTest {

  public enum Mode { FAST, CAREFUL }

  public record Inner(int depth) {}

  public record Settings(int n, double rate, String name, boolean on, Mode mode, List<Integer> sizes, Inner inner) {
    public Settings() {
      this(1, 0.5, "x", false, Mode.FAST, List.of(1), new Inner(2));
    }

    public Settings {
      if (n < -100) {
        throw new IllegalArgumentException("n must be at least -100");
      }
    }
  }

  public record Other(int n, String label) {
    public Other() {
      this(0, "other");
    }
  }

  private static final List<ConfigSpec<?>> ONE = List.of(ConfigSpec.of(Settings.class));
  private static final List<ConfigSpec<?>> TWO = List.of(ConfigSpec.of(Settings.class), ConfigSpec.of(Other.class));

  @Property
  void directOverridesGiveWhatTheTreePathGives(@ForAll("overrides") @Size(max = 5) List<String> overrides,
      @ForAll boolean withOther) {
    List<ConfigSpec<?>> specs = withOther ? TWO : ONE;
    Invocation invocation = new Invocation("c", Target.of(Object.class), Map.of(), overrides, Configs.of(specs), null,
        null, Map.of(), Path.of(""));

    Object viaTrees;
    try {
      viaTrees = OverridesTest.apply(specs, overrides.toArray(String[]::new));
    } catch (RuntimeException e) {
      viaTrees = e;
    }
    Object actual;
    try {
      Configs configs = ConfigStages.applyOverrides(invocation, OverrideOptions.defaults()).configs();
      Map<String, Object> values = new LinkedHashMap<>();
      configs.ids().forEach(id -> values.put(id, Objects.requireNonNull(configs.get(id))));
      actual = values;
    } catch (RuntimeException e) {
      actual = e;
    }

    if (viaTrees instanceof RuntimeException expected) {
      assertThat(actual).as("%s", overrides).isInstanceOf(expected.getClass());
      assertThat(((Throwable) actual).getMessage()).isEqualTo(expected.getMessage());
    } else {
      assertThat(actual).as("%s", overrides).isEqualTo(viaTrees);
    }
  }

  @Property(tries = 50)
  void theDirectPathIsTakenForSimpleOverrides(@ForAll("simple") String override) {
    // Not a proof by timing: the direct path keeps the components it does not set, the tree path rebuilds them.
    Settings defaults = (Settings) Objects.requireNonNull(ONE.get(0).defaults());
    Invocation invocation = new Invocation("c", Target.of(Object.class), Map.of(), List.of(override), Configs.of(ONE),
        null, null, Map.of(), Path.of(""));

    Settings set = ConfigStages.applyOverrides(invocation, OverrideOptions.defaults()).configs().get(Settings.class);

    assertThat(set.sizes()).isSameAs(defaults.sizes());
  }

  @Provide
  Arbitrary<List<String>> overrides() {
    Arbitrary<String> prefix = Arbitraries.of("", "", "", "settings::", "other::", "+", "~");
    Arbitrary<String> key = Arbitraries.of("n", "rate", "name", "on", "mode", "sizes", "inner", "inner.depth",
        "label", "nope", "sizes.0");
    Arbitrary<String> value = Arbitraries.of("1", "-3", "-101", "2.5", "true", "abc", "FAST", "careful", "[1, 2]",
        "[a]", "{depth: 3}", "null", "''", "1e400", "0x10", "");
    return Combinators.combine(prefix, key, value)
        .as((p, k, v) -> p.equals("~") ? "~" + k : p + k + "=" + v)
        .list();
  }

  @Provide
  Arbitrary<String> simple() {
    return Arbitraries.of("n=3", "rate=0.25", "name=y", "on=true", "mode=CAREFUL");
  }
}
