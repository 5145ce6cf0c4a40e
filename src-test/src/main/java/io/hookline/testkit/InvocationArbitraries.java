package io.hookline.testkit;

import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Invocation;
import io.hookline.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for what hooks receive: invocations whose configs hold generated values, and the override
 * arguments that produce them.
 *
 * <p>Contract: {@link #overrides} generates {@code key=value} arguments for the scalar keys of the given configs
 * (integers, decimals, booleans, short strings, and enum constants), so every argument names a key that exists;
 * {@link #invocations} applies a generated set of them to the configs' defaults, exactly as the post-config stage
 * does, and returns invocations of {@code command} whose configs hold the result.
 */
public final class InvocationArbitraries {

  private InvocationArbitraries() {}

  /** Returns override arguments for the scalar keys of {@code configs}, each key at most once. */
  public static Arbitrary<List<String>> overrides(List<ConfigSpec<?>> configs) {
    List<Arbitrary<String>> keys = new ArrayList<>();
    for (ConfigSpec<?> spec : configs) {
      for (ConfigSpec.Key key : spec.keys()) {
        Arbitrary<String> value = values(key);
        if (value != null) {
          keys.add(Combinators.combine(Arbitraries.just(key.qualified() + "="), value).as(String::concat));
        }
      }
    }
    if (keys.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    // each key once: a key set twice is bad input, as on the command line
    return Arbitraries.oneOf(keys).list().ofMaxSize(6)
        .uniqueElements(override -> override.substring(0, override.indexOf('=')));
  }

  /** Returns invocations of {@code command} whose configs are {@code configs} with generated overrides applied. */
  public static Arbitrary<Invocation> invocations(String command, List<ConfigSpec<?>> configs) {
    return overrides(configs).map(args -> invocation(command, configs, args));
  }

  /**
   * Returns the invocation of {@code command} with {@code args} applied to the defaults of {@code configs}, after the
   * config stages, as a real app builds it (no file is read or written).
   *
   * @throws AssertionError if the arguments do not apply, with the app's message
   */
  public static Invocation invocation(String command, List<ConfigSpec<?>> configs, List<String> args) {
    Command probe = Command.of(command, inv -> null);
    for (ConfigSpec<?> spec : configs) {
      probe = probe.config(spec);
    }
    Outcome outcome = QuietApp.named("testkit")
        .command(probe)
        .invoke(with(command, args));
    if (!outcome.succeeded()) {
      throw new AssertionError("the overrides " + args + " do not apply: " + outcome.error());
    }
    return Objects.requireNonNull(outcome.invocation()).withInstance(null).withResult(null);
  }

  private static String[] with(String command, List<String> args) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(args);
    return all.toArray(String[]::new);
  }

  private static @org.jspecify.annotations.Nullable Arbitrary<String> values(ConfigSpec.Key key) {
    if (!key.choices().isEmpty()) {
      return Arbitraries.of(key.choices());
    }
    return switch (key.type()) {
      case "int", "Integer", "long", "Long" -> Arbitraries.integers().between(-1000, 1000).map(String::valueOf);
      case "double", "Double", "float", "Float" -> Arbitraries.doubles().between(-100, 100).ofScale(3)
          .map(String::valueOf);
      case "boolean", "Boolean" -> Arbitraries.of("true", "false");
      case "String" -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
      default -> null;
    };
  }
}
