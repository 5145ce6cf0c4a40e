package io.hookline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Environment;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Targets;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any values in a config's environment variables give a config or one line of bad input that names a variable, never
 * another exception.
 */
class EnvironmentFuzzTest {

  /** A config of every kind of value. */
  public record Settings(int count, double rate, boolean on, String name, java.util.List<Integer> sizes,
      Nested nested) {
    /** The defaults. */
    public Settings() {
      this(1, 0.5, false, "x", java.util.List.of(1), new Nested());
    }

    /** A nested part. */
    public record Nested(long big, String label) {
      /** The defaults. */
      public Nested() {
        this(0, "");
      }
    }
  }

  private static final ConfigSpec<Settings> SPEC = ConfigSpec.of(Settings.class).withEnvironmentPrefix("FUZZ_");

  @Provide
  Arbitrary<Map<String, String>> environments() {
    Arbitrary<String> values = Arbitraries.oneOf(
        Arbitraries.of("1", "-1", "1e400", "0x10", "true", "yes", "null", "~", "[1, 2]", "[1,", "{a: 1}", "'q", "\"",
            "", " ", "9223372036854775808", "NaN", ".inf", "a: b", "- 1", "#", "é", "\u0000"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20));
    return Arbitraries.maps(Arbitraries.of(SPEC.environmentVariables().values()), values).ofMaxSize(6);
  }

  @Property
  void anyEnvironmentGivesAConfigOrOneLineNamingAVariable(@ForAll("environments") Map<String, String> environment) {
    try {
      Parsed parsed = Environment.apply(SPEC, () -> ConfigLoader.defaults(SPEC), environment::get);
      Object bound = parsed == null ? SPEC.defaults() : ConfigLoader.bind(SPEC, parsed, Targets.ANY);
      assertThat(bound).isInstanceOf(Settings.class);
    } catch (InputException e) {
      assertThat(e.getMessage()).doesNotContain("\n").contains("environment variable FUZZ_");
    }
  }
}
