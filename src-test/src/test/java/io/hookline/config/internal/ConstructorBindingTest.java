package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The constructor binder agrees with Jackson, as Hookline configures it: for any tree, both give equal values, or both
 * reject it, except where the tree leaves a key out: Jackson then gives {@code null} or zero, and the binder refuses
 * the key as required, since the record declares no default for it.
 */
class ConstructorBindingTest {

  public enum Mode { FAST, CAREFUL }

  public record Inner(String name, long size) {}

  public record Sample(int count, double rate, String label, boolean on, Integer boxed, List<Integer> numbers,
      Map<String, Double> weights, Mode mode, Inner inner) {}

  private static final List<String> KEYS =
      List.of("count", "rate", "label", "on", "boxed", "numbers", "weights", "mode", "inner");

  @Provide
  Arbitrary<Object> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-5, 5).map(n -> (Object) n),
        Arbitraries.longs().between(Long.MAX_VALUE - 2, Long.MAX_VALUE).map(n -> (Object) n),
        Arbitraries.of(0.5, 2.0, -1.25).map(d -> (Object) d),
        Arbitraries.of("7", "0.5", "abc", "", "FAST", "SLOW", "true", "x").map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.just(null));
  }

  @Provide
  Arbitrary<Map<String, Object>> trees() {
    Arbitrary<Object> scalar = scalars();
    Arbitrary<Object> list = scalar.list().ofMaxSize(3).map(l -> (Object) l);
    Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of("a", "b", "name", "size"), scalar).ofMaxSize(2)
        .map(m -> (Object) m);
    Arbitrary<Object> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalar), net.jqwik.api.Tuple.of(1, list), net.jqwik.api.Tuple.of(1, map));
    return Arbitraries.maps(Arbitraries.of(KEYS), value).ofMaxSize(9).map(partial -> {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("count", 1);
      tree.put("rate", 0.1);
      tree.put("label", "l");
      tree.put("on", false);
      tree.put("boxed", null);
      tree.put("numbers", new ArrayList<>(List.of(1, 2)));
      tree.put("weights", new LinkedHashMap<>(Map.of("w", 1.0)));
      tree.put("mode", "FAST");
      tree.put("inner", new LinkedHashMap<>(Map.of("name", "n", "size", 3)));
      tree.putAll(partial);
      return tree;
    });
  }

  @Property
  void theRecordBinderAgreesWithJackson(@ForAll("trees") Map<String, Object> tree) {
    Object byJackson = outcome(() -> Binder.mapper().convertValue(tree, Sample.class));
    Object byRecords = outcome(() -> ConstructorBinding.bind(tree, Sample.class, "config 's'", Map.of(), false, Targets.ANY));

    if (byJackson instanceof Failure) {
      assertThat(byRecords).as("Jackson rejects %s", tree).isInstanceOf(Failure.class);
    } else if (byRecords instanceof Failure failure && failure.message().contains("is required and has no value")) {
      assertThat(tree.get("inner")).as("only the inner record's keys may be left out")
          .isInstanceOf(Map.class).matches(inner -> !((Map<?, ?>) inner).keySet().containsAll(List.of("name", "size")));
    } else {
      assertThat(byRecords).as("bound from %s", tree).isEqualTo(byJackson);
    }
  }

  @Property
  void aRecordSurvivesARoundTripThroughATree(@ForAll("trees") Map<String, Object> tree) {
    Object bound = outcome(() -> ConstructorBinding.bind(tree, Sample.class, "config 's'", Map.of(), false, Targets.ANY));
    if (bound instanceof Sample sample) {
      assertThat(ConstructorBinding.bind(ConstructorBinding.toTree(sample), Sample.class, "config 's'", Map.of(),
          false, Targets.ANY)).isEqualTo(sample);
      assertThat(ConstructorBinding.toTree(sample)).isEqualTo(Binder.mapper().convertValue(sample, Object.class));
    }
  }

  /** A rejected tree. */
  record Failure(String message) {}

  private static Object outcome(java.util.function.Supplier<Object> bind) {
    try {
      return bind.get();
    } catch (InputException | IllegalArgumentException e) {
      return new Failure(String.valueOf(e.getMessage()));
    }
  }
}
