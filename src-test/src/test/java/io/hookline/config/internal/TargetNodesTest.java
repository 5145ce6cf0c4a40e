package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.Configs;
import io.hookline.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code _target_} node's reserved keys as text, the nodes nested in a parameter's maps and lists of anything, and
 * the check of a composed config's nodes, lists included.
 */
class TargetNodesTest {

  private static final String HERE = TargetNodesTest.class.getName() + "$";

  /** Something built from a rate. */
  public record Rate(double lr) {}

  /** Static factories, overloaded. */
  public static final class Shapes {
    private Shapes() {}

    public static String square(int side) {
      return "square of side " + side;
    }

    public static String square(String side) {
      return "square of text " + side;
    }

    public static String named(List<String> names) {
      return String.join(",", names);
    }
  }

  /** A target whose parameters hold anything, in a list and in a map. */
  public record Bag(List<Object> items, Map<String, Object> parts) {}

  @Test
  void aFlagWrittenAsTextIsReadAsTheFlag() {
    Bag kept = Configs.instantiate(node("_target_", HERE + "Bag", "_recursive_", "false",
        "items", List.of(node("_target_", HERE + "Rate", "lr", 0.5)), "parts", Map.of()), Bag.class);
    assertThat(kept.items()).containsExactly(Map.of("_target_", HERE + "Rate", "lr", 0.5));
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", HERE + "Rate", "lr", 0.5, "_recursive_", "yes"),
        Rate.class)).isInstanceOf(InputException.class)
        .hasMessage("instantiate: _recursive_ is true or false, not 'yes'");
  }

  @Test
  void nodesInAListOrMapOfAnythingAreBuiltAndTheRestKept() {
    Bag bag = Configs.instantiate(node("_target_", HERE + "Bag",
        "items", List.of(node("_target_", HERE + "Rate", "lr", 0.5), 3, List.of(node("_target_", HERE + "Rate",
            "lr", 0.25))),
        "parts", node("one", node("_target_", HERE + "Rate", "lr", 1.0), "plain", node("x", 1))), Bag.class);
    assertThat(bag.items()).containsExactly(new Rate(0.5), 3, List.of(new Rate(0.25)));
    assertThat(bag.parts()).isEqualTo(Map.of("one", new Rate(1.0), "plain", Map.of("x", 1)));
  }

  @Test
  void anUnderscoreAloneIsAValueNotAReservedKey() {
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", HERE + "Rate", "lr", 0.5, "_", 1), Rate.class))
        .isInstanceOf(InputException.class).hasMessage("instantiate: unknown key '_'; " + HERE + "Rate takes [lr]");
  }

  @Test
  void aComposedConfigsNodesAreCheckedInListsToo() {
    Map<String, Object> tree = node("ok", node("_target_", HERE + "Rate", "lr", 0.5),
        "list", List.of(1, node("_target_", "com.example.Gone")));
    assertThatThrownBy(() -> Targets.ANY.check(tree, Map.of("list", "train.yaml")))
        .isInstanceOf(InputException.class)
        .hasMessage("the composed config: list.1: no class or static method com.example.Gone on the class path"
            + " (train.yaml)");
  }

  @Test
  void anOverloadWhoseTypesTheValuesHaveAlreadyIsChosen() {
    assertThat(Configs.instantiate(node("_target_", HERE + "Shapes.square", "_args_", List.of("3")), String.class))
        .isEqualTo("square of text 3");
    assertThat(Configs.instantiate(node("_target_", HERE + "Shapes.square", "_args_", List.of(3)), String.class))
        .isEqualTo("square of side 3");
  }

  @Test
  void valuesThatFitNoOverloadAreShownInTheError() {
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", HERE + "Shapes.square", "_args_", List.of(1, "a")),
        String.class)).isInstanceOf(InputException.class)
        .hasMessage("instantiate: " + HERE + "Shapes.square has no public static method that takes (1, \"a\"); a"
            + " parameter is named only where the class keeps its names (a record, Kotlin, -parameters)");
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", HERE + "Shapes.named", "names", List.of("a")),
        String.class)).isInstanceOf(InputException.class)
        .hasMessage("instantiate: " + HERE + "Shapes.named has no public static method that takes (names=…); its"
            + " parameters' names are not kept: compile it with -parameters, or give the values in order with _args_"
            + " (List<String>)");
  }

  private static Map<String, Object> node(Object... keysAndValues) {
    Map<String, Object> node = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return node;
  }
}
