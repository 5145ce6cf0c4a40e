package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A config's keys checked against its type before it is bound: an unknown key inside a list's element is named with
 * its index and origin, and a node with a {@code _target_} is left to what it builds.
 */
class KeyCheckTest {

  public record Layer(int size) {}

  public record Net(List<Layer> layers, Object head) {}

  @Test
  void anUnknownKeyInAListsElementIsNamedWithItsIndex() {
    Map<String, Object> tree = Map.of("layers", List.of(Map.of("size", 1), Map.of("sise", 2)), "head", 1);
    assertThatThrownBy(() -> Validation.checkKeys(tree, Binder.schema(Net.class), "net",
        Map.of("layers.1", "net.yaml:3:5")))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'net': unknown key 'layers.1.sise' (net.yaml:3:5); did you mean 'size'?");
  }

  @Test
  void aNodeWithATargetIsLeftToWhatItBuilds() {
    Map<String, Object> tree = Map.of("layers", List.of(Map.of("_target_", "com.example.Layer", "width", 3)),
        "head", Map.of("_target_", "com.example.Head", "anything", 1));
    Validation.checkKeys(tree, Binder.schema(Net.class), "net", Map.of());
    assertThat(Targets.names(tree.get("head"))).isTrue();
  }
}
