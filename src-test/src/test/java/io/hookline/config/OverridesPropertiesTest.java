package io.hookline.config;

import static io.hookline.config.OverridesTest.apply;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.ConfigSpec;
import io.hookline.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Properties of overrides: they agree with a plain map model, and no string, however malformed, produces anything but
 * configs or a one-line {@link InputException}.
 */
class OverridesPropertiesTest {

  public record Point(int x, int y) {}

  private static final List<String> KEYS = List.of("x", "y", "a", "b");

  /** One generated override: a target (null for shared), a path and an integer value. */
  record Assignment(String target, List<String> path, int value) {
    String text() {
      return (target == null ? "" : target + "::") + String.join(".", path) + "=" + value;
    }
  }

  @Property
  void overridesAgreeWithAMapModel(
      @ForAll("maps") Map<String, Object> alpha,
      @ForAll("maps") Map<String, Object> beta,
      @ForAll("assignments") @Size(max = 8) List<Assignment> assignments) {
    List<ConfigSpec<?>> specs = List.of(
        ConfigSpec.of("point", new Point(0, 0)), ConfigSpec.of("alpha", alpha), ConfigSpec.of("beta", beta));

    Map<String, Object> actual = apply(specs, assignments.stream().map(Assignment::text).toArray(String[]::new));

    Map<String, Map<String, Object>> model = new LinkedHashMap<>();
    model.put("point", new LinkedHashMap<>(Map.of("x", 0, "y", 0)));
    model.put("alpha", deepCopy(alpha));
    model.put("beta", deepCopy(beta));
    List<Assignment> ordered = new ArrayList<>();
    assignments.stream().filter(a -> a.target() == null).forEach(ordered::add);
    assignments.stream().filter(a -> a.target() != null).forEach(ordered::add);
    for (Assignment assignment : ordered) {
      for (String id : model.keySet()) {
        boolean targeted = assignment.target() == null || assignment.target().equals(id);
        boolean fits = !id.equals("point") || assignment.path().size() == 1 && List.of("x", "y").contains(
            assignment.path().get(0));
        if (targeted && fits) {
          set(model.get(id), assignment.path(), assignment.value());
        }
      }
    }

    Map<String, Object> point = model.get("point");
    assertThat(actual.get("point")).isEqualTo(new Point((Integer) point.get("x"), (Integer) point.get("y")));
    assertThat(actual.get("alpha")).isEqualTo(model.get("alpha"));
    assertThat(actual.get("beta")).isEqualTo(model.get("beta"));
  }

  @Property
  void anyStringGivesConfigsOrAOneLineInputError(@ForAll("junk") List<String> args) {
    List<ConfigSpec<?>> specs = List.of(
        ConfigSpec.of("point", new Point(0, 0)), ConfigSpec.of("extras", Map.of("a", 1)));
    try {
      Map<String, Object> result = apply(specs, args.toArray(String[]::new));
      assertThat(result).containsOnlyKeys("point", "extras");
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
      assertThat(e.getStackTrace()).isEmpty();
    }
  }

  @Provide
  Arbitrary<Map<String, Object>> maps() {
    Arbitrary<Object> leaf = Arbitraries.integers().between(-5, 5).map(n -> n);
    Arbitrary<Object> inner = Arbitraries.maps(Arbitraries.of(KEYS), leaf).ofMaxSize(3).map(m -> m);
    return Arbitraries.maps(Arbitraries.of(KEYS), Arbitraries.oneOf(leaf, inner)).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Assignment>> assignments() {
    Arbitrary<String> target = Arbitraries.of("point", "alpha", "beta").injectNull(0.5);
    Arbitrary<List<String>> path = Arbitraries.of(KEYS).list().ofMinSize(1).ofMaxSize(2);
    return Combinators.combine(target, path, Arbitraries.integers().between(-9, 9))
        .as(Assignment::new)
        .filter(a -> !"point".equals(a.target()) || a.path().size() == 1 && List.of("x", "y").contains(a.path().get(0)))
        .list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> junk() {
    Arbitrary<String> pieces = Arbitraries.of("x", "y", "a", "point", "extras", "p", "=", "::", ":", ".", "+", "~",
        "[", "]", "{", "}", "'", "\"", ",", " ", "1", "-2", "0.5", "null", "true", "#", "\n", "\\", "é", "&a", "*a");
    return pieces.list().ofMaxSize(8).map(parts -> String.join("", parts)).list().ofMaxSize(3);
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> map, List<String> path, int value) {
    Map<String, Object> node = map;
    for (String key : path.subList(0, path.size() - 1)) {
      Object child = node.get(key);
      if (!(child instanceof Map)) {
        child = new LinkedHashMap<String, Object>();
        node.put(key, child);
      }
      node = (Map<String, Object>) child;
    }
    node.put(path.get(path.size() - 1), value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, value instanceof Map ? deepCopy((Map<String, Object>) value) : value));
    return copy;
  }
}
