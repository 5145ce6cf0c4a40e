package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.hookline.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A config or a built object whose class only Jackson can bind (a bean with setters, or a constructor marked
 * {@code @JsonCreator}): bound as Jackson binds it, and each way it can fail said in one line, naming the key, the
 * value and where it came from; what its constructor throws when it is built goes to the caller unchanged.
 */
class BeanBindingTest {

  /** A bean: a constructor without parameters, and a setter per key. */
  public static final class Optimizer {
    private double lr;
    private int steps;
    private Kind kind = Kind.SGD;
    private List<Integer> sizes = List.of();

    public double getLr() {
      return lr;
    }

    public void setLr(double lr) {
      this.lr = lr;
    }

    public int getSteps() {
      return steps;
    }

    public void setSteps(int steps) {
      this.steps = steps;
    }

    public Kind getKind() {
      return kind;
    }

    public void setKind(Kind kind) {
      this.kind = kind;
    }

    public List<Integer> getSizes() {
      return sizes;
    }

    public void setSizes(List<Integer> sizes) {
      this.sizes = sizes;
    }
  }

  public enum Kind { SGD, ADAM }

  /**
   * A class Jackson builds through its marked constructor, which checks its argument; its second constructor, as wide,
   * leaves it to Jackson.
   */
  public static final class Positive {
    final int value;

    @JsonCreator
    public Positive(@JsonProperty("value") int value) {
      if (value == 0) {
        throw new AssertionError("zero");
      }
      if (value < 0) {
        throw new IllegalArgumentException("value must be positive, not " + value + "\nsecond line");
      }
      this.value = value;
    }

    public Positive(String value) {
      this(Integer.parseInt(value));
    }
  }

  private static final Map<String, String> FROM_FILE = Map.of("", "train.yaml");

  @Test
  void aBeanIsBoundThroughItsSetters() {
    Optimizer bound = Binder.bind(Map.of("lr", 0.5, "steps", 3, "kind", "ADAM", "sizes", List.of(1, 2)),
        Optimizer.class, "optim", Map.of());
    assertThat(List.of(bound.getLr(), bound.getSteps(), bound.getKind(), bound.getSizes()))
        .containsExactly(0.5, 3, Kind.ADAM, List.of(1, 2));
    assertThat(Binder.defaults(Optimizer.class)).isEmpty();
  }

  @Test
  void aBeansSchemaIsItsPropertiesAsJacksonSeesThem() {
    Schema schema = Binder.schema(Optimizer.class);
    assertThat(schema).isInstanceOf(Schema.Fields.class);
    assertThat(((Schema.Fields) schema).fields()).containsOnlyKeys("lr", "steps", "kind", "sizes");
    assertThat(schema.child("kind")).isEqualTo(new Schema.Scalar("Kind", List.of("SGD", "ADAM")));
    Schema sizes = schema.child("sizes");
    assertThat(sizes).isEqualTo(new Schema.ListOf("List<Integer>", new Schema.Scalar("Integer", List.of())));
    assertThat(sizes.child("0")).isEqualTo(new Schema.Scalar("Integer", List.of()));
    assertThat(sizes.child("12")).isNotNull();
    assertThat(sizes.child("x")).isNull();
    assertThat(sizes.child("")).isNull();
    assertThat(sizes.child("1x")).isNull();
    assertThat(schema.child("lr").typeName()).isEqualTo("double");
  }

  @Test
  void theseClassesAreLeftToJackson() {
    assertThat(ConstructorBinding.handles(Optimizer.class)).isFalse();
    assertThat(ConstructorBinding.handles(Positive.class)).isFalse();
  }

  @Test
  void anUnknownKeyIsNamedWithASuggestionAndTheKeys() {
    assertError(Map.of("lt", 0.5), Map.of("lt", "command line: lt=0.5"),
        "config 'optim': unknown key 'lt'; did you mean 'lr'?; the keys are [kind, lr, sizes, steps]"
            + " (command line: lt=0.5)");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedWithItsKeyAndOrigin() {
    assertError(Map.of("steps", "many"), FROM_FILE, "config 'optim': steps: expected int, got \"many\" (train.yaml)");
    assertError(Map.of("kind", "NADAM"), Map.of(), "config 'optim': kind: expected Kind, got \"NADAM\"");
    assertError(Map.of("sizes", List.of(1, "x")), Map.of("sizes", "command line: sizes=[1, x]"),
        "config 'optim': sizes.1: expected Integer, got \"x\" (command line: sizes=[1, x])");
  }

  @Test
  void aMissingPrimitiveSaysWhereToSetIt() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("steps", null);
    assertError(tree, Map.of(), "config 'optim': steps: no value, expected int; set it in the config's file or on"
        + " the command line");
  }

  @Test
  void aConstructorThatRefusesItsValuesIsNamedInOneLine() {
    assertThatThrownBy(() -> Binder.bind(Map.of("value", -1), Positive.class, "p", Map.of("value",
        "command line: value=-1")))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'p': value must be positive, not -1 (command line: value=-1)");
  }

  @Test
  void whatAConstructorThrowsWhenBuildingGoesToTheCallerUnchanged() {
    assertThatThrownBy(() -> Binder.construct(Map.of("value", -1), Positive.class, "callback 'p'", Map.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value must be positive, not -1");
    assertThatThrownBy(() -> Binder.construct(Map.of("value", 0), Positive.class, "callback 'p'", Map.of()))
        .isExactlyInstanceOf(AssertionError.class).hasMessage("zero");
    assertThatThrownBy(() -> Binder.construct(Map.of("value", "x"), Positive.class, "callback 'p'", Map.of()))
        .isInstanceOf(InputException.class).hasMessage("callback 'p': value: expected int, got \"x\"");
  }

  private static void assertError(Map<String, ?> tree, Map<String, String> origins, String message) {
    assertThatThrownBy(() -> Binder.bind(tree, Optimizer.class, "optim", origins))
        .isInstanceOf(InputException.class).hasMessage(message);
  }
}
