package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.ConfigSpec;
import io.hookline.Configs;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Configs} as a value: what it holds by id and by type, replaced by id into a new value, equal to another of
 * the same specs and values and hashed alike, and shown with each id and value.
 */
class ConfigsValueTest {

  /** A config. */
  public record Train(double lr) {
    public Train() {
      this(0.1);
    }
  }

  private static final List<ConfigSpec<?>> SPECS = List.of(ConfigSpec.of(Train.class),
      ConfigSpec.of("data", Map.of("path", "x")));

  private static Configs configs() {
    return Configs.of(SPECS);
  }

  @Test
  void itHoldsEachConfigByIdAndByType() {
    Configs configs = configs();
    assertThat(configs.size()).isEqualTo(2);
    assertThat(configs.ids()).containsExactly("train", "data");
    assertThat(configs.contains("train")).isTrue();
    assertThat(configs.contains("nope")).isFalse();
    assertThat(configs.values()).containsExactly(new Train(), Map.of("path", "x"));
    assertThat(configs.get("train")).isEqualTo(new Train());
    assertThat(configs.get(Train.class)).isEqualTo(new Train());
    assertThat(configs.spec("data").id()).isEqualTo("data");
    assertThatThrownBy(() -> configs.get("nope")).hasMessage("no config 'nope'; the configs are [train, data]");
    assertThatThrownBy(() -> configs.get("train", String.class))
        .hasMessage("config 'train' holds a Train, not a String");
    assertThatThrownBy(() -> configs.get(String.class)).hasMessage("no config is of type String; ask for one by id");
  }

  @Test
  void aReplacementIsANewValueAndTheOldOneIsKept() {
    Configs configs = configs();
    Configs changed = configs.with("train", new Train(0.5));

    assertThat(changed.get("train", Train.class).lr()).isEqualTo(0.5);
    assertThat(configs.get("train", Train.class).lr()).isEqualTo(0.1);
    assertThatThrownBy(() -> configs.with("train", "text"))
        .hasMessage("config 'train' is a Train; it cannot hold a String");
  }

  @Test
  void equalConfigsAreEqualAndHashedAlikeAndShowTheirValues() {
    Configs configs = configs();
    assertThat(configs).isEqualTo(configs()).hasSameHashCodeAs(configs());
    assertThat(configs.hashCode()).isEqualTo(31 * configs.specs().hashCode() + Arrays.hashCode(configs.values()
        .toArray()));
    assertThat(configs).isNotEqualTo(configs.with("train", new Train(0.5))).isNotEqualTo("configs");
    assertThat(configs.with("train", new Train(0.5)).hashCode()).isNotEqualTo(configs.hashCode());
    assertThat(configs).hasToString("Configs[train=Train[lr=0.1], data={path=x}]");
    assertThat(Configs.of(List.of())).hasToString("Configs[]");
  }
}
