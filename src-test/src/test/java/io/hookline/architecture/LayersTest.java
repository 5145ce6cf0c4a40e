package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.hookline.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hookline's layers run one way, as {@code docs/architecture.md} draws them, and its packages form no cycle. The layers
 * are a partial order: groups of packages that do not use each other sit side by side, at one rank, and a group may
 * use only groups of lower ranks. The same rule, run on a fixture with a cycle injected, goes red: the rule can fail.
 */
class LayersTest {

  /** The layers from the bottom up; a group may use only lower ranks, and groups of one rank use none of each other. */
  static final Layers HOOKLINE = new Layers("io.hookline", Map.ofEntries(
      Map.entry("pipeline", 0),
      Map.entry("failure", 1),
      Map.entry("config", 2),
      Map.entry("provider", 3),
      Map.entry("compose", 4),
      Map.entry("command", 5),
      Map.entry("callback", 6),
      Map.entry("sweep", 7),
      Map.entry("launch", 7),
      Map.entry("runtime", 8),
      Map.entry("cli", 8),
      Map.entry("", 9),
      Map.entry("dsl", 10),
      // The Maven plugin that ships a program uses none of Hookline's packages.
      Map.entry("maven", 10),
      Map.entry("testkit", 11),
      Map.entry("examples", 12)), placed());

  /** The layer of each API type that the root package holds for users, by the concern it belongs to. */
  private static Map<String, String> placed() {
    Map<String, String> placed = new java.util.HashMap<>();
    for (String type : List.of("Failure", "InputException", "InfrastructureException")) {
      placed.put(type, "failure");
    }
    // The options of the default hooks that load and override configs are nested where users look for them, in
    // DefaultHooks, and belong to the config layer, which reads them; so does the Factory, which builds what a
    // config's _target_ names as well as command classes.
    for (String type : List.of("ConfigFormat", "ConfigSpec", "Configs", "DefaultHooks$LoadOptions",
        "DefaultHooks$OverrideOptions", "Factory", "Secret")) {
      placed.put(type, "config");
    }
    placed.put("Provider", "provider");
    placed.put("Composition", "compose");
    placed.put("Resolver", "compose");
    for (String type : List.of("Body", "Command", "CommandSpec", "DefaultHooks", "Group", "Hooks",
        "Invocation", "OptionSpec", "Scope", "Stage")) {
      placed.put(type, "command");
    }
    placed.put("OutputDirs", "launch");
    placed.put("Outcome", "runtime");
    return Map.copyOf(placed);
  }

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.hookline");

  @Test
  void everyLayerUsesOnlyTheLayersBelowIt() {
    assertThat(MAIN.size()).as("classes imported").isGreaterThan(100);
    assertThat(HOOKLINE.violations(MAIN)).isEmpty();
  }

  @Test
  void noPackagesFormACycle() {
    assertThat(HOOKLINE.cycles(MAIN)).isEmpty();
  }

  @Test
  void theCoreModuleIsCheckedAsWell() {
    assertThat(MAIN.contain("io.hookline.App")).isTrue();
    assertThat(MAIN.contain("io.hookline.pipeline.Pipeline")).isTrue();
    assertThat(MAIN.contain("io.hookline.Scope")).isTrue();
  }

  @Test
  void anInjectedCycleTurnsTheRuleRed() {
    Layers fixture = new Layers("io.hookline.architecture.fixture", Map.of("low", 0, "high", 1), Map.of());
    JavaClasses classes = new ClassFileImporter().importPackages("io.hookline.architecture.fixture");

    assertThat(fixture.violations(classes)).containsExactly(
        "io.hookline.architecture.fixture.low.Low -> io.hookline.architecture.fixture.high.High (low -> high)");
    assertThat(fixture.cycles(classes)).isNotEmpty();
    assertThat(String.join("\n", fixture.cycles(classes))).contains("high", "low");
  }
}
