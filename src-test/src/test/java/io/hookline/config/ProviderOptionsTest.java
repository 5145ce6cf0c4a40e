package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import io.hookline.Provider;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A provider's options as its {@code create} reads them: each reader's unset value, its value at the edge it takes,
 * and the one line for the first value it refuses, naming the option as the command line spells it.
 */
class ProviderOptionsTest {

  private static Provider.Options given(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Provider.Options.of("launcher", map);
  }

  @Test
  void eachReaderGivesItsUnsetValueWhenTheOptionIsNotGiven() {
    Provider.Options none = given();
    assertThat(none.has("workers")).isFalse();
    assertThat(none.text("workers")).isEmpty();
    assertThat(none.count("workers", 4, 1)).isEqualTo(4);
    assertThat(none.whole("seed", 7)).isEqualTo(7);
    assertThat(none.oneOf("mode", "fast", List.of("fast", "slow"))).isEqualTo("fast");
    assertThat(none.seconds("poll", Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
    assertThat(none.family("env.")).isEmpty();
    assertThat(none).hasToString("{}");
  }

  @Test
  void eachReaderTakesItsEdgeAndRefusesBeyondIt() {
    Provider.Options options = given("workers", " 1 ", "seed", " -3 ", "mode", " slow ", "poll", "3600",
        "short", "0.0001", "env.A", "1", "env.B", "2", "other", "x");
    assertThat(options.has("workers")).isTrue();
    assertThat(options.count("workers", 4, 1)).isEqualTo(1);
    assertThat(options.whole("seed", 7)).isEqualTo(-3);
    assertThat(options.oneOf("mode", "fast", List.of("fast", "slow"))).isEqualTo("slow");
    assertThat(options.seconds("poll", Duration.ZERO)).isEqualTo(Duration.ofHours(1));
    assertThat(options.seconds("short", Duration.ZERO)).isEqualTo(Duration.ofMillis(1));
    assertThat(options.family("env.")).isEqualTo(Map.of("A", "1", "B", "2"));

    assertThatThrownBy(() -> options.count("workers", 4, 2)).isInstanceOf(InputException.class)
        .hasMessage("launcher.workers must be a whole number of at least 2, not ' 1 '");
    assertThatThrownBy(() -> given("seed", "1.5").whole("seed", 0))
        .hasMessage("launcher.seed must be a whole number, not '1.5'");
    assertThatThrownBy(() -> given("mode", "Fast").oneOf("mode", "fast", List.of("fast", "slow")))
        .hasMessage("launcher.mode must be one of fast, slow, not 'Fast'");
    assertThatThrownBy(() -> given("poll", "3600.5").seconds("poll", Duration.ZERO))
        .hasMessage("launcher.poll must be a number of seconds above 0 and at most 3600, not '3600.5'");
    assertThatThrownBy(() -> given("poll", "0").seconds("poll", Duration.ZERO)).hasMessageEndingWith("not '0'");
    assertThatThrownBy(() -> given("poll", "soon").seconds("poll", Duration.ZERO)).hasMessageEndingWith("'soon'");
    assertThatThrownBy(() -> given("workers", "many").count("workers", 1, 1)).hasMessageEndingWith("'many'");
    assertThat(given("poll", "1.5").seconds("poll", Duration.ZERO)).isEqualTo(Duration.ofMillis(1500));
    assertThat(given("a", "1")).hasToString("{a=1}");
  }
}
