package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.OverrideOptions;
import io.hookline.InputException;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.Overrides;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.Targets;
import io.hookline.config.internal.Schema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Command-line overrides, following coma 2.1.0's checklist items 7, 8 and 20 and its value grammar, with our
 * deliberate differences: an exact id beats a prefix (bug B3), an override with an id beats one without, and an
 * override that fits no config is an error with suggestions.
 */
class OverridesTest {

  public record Config1(int x) {}

  public record Config2(int x) {}

  public enum Color { RED, BLUE }

  public record Optim(String name, double lr) {}

  public record Holder(@Nullable Optim optim) {}

  public record Rich(String msg, int n, boolean b, String s, Integer z, List<Integer> l, Map<String, Integer> d,
      Optim optim, Color color, String url) {}

  static final Rich RICH = new Rich("", 0, false, "", 7, List.of(1), Map.of("a", 1), new Optim("sgd", 0.1),
      Color.RED, "");

  @Test
  void anOverrideWithoutAnIdGoesToEveryConfigWithTheKey() {
    assertThat(apply(List.of(spec("config1", 0), spec2("config2", 0)), "x=3"))
        .containsExactly(Map.entry("config1", new Config1(3)), Map.entry("config2", new Config2(3)));
  }

  @Test
  void anIdTargetsOneConfig() {
    assertThat(apply(List.of(spec("config1", 0), spec2("config2", 0)), "config1::x=3", "config2::x=4"))
        .containsExactly(Map.entry("config1", new Config1(3)), Map.entry("config2", new Config2(4)));
  }

  @Test
  void aUniquePrefixTargetsTheConfigItStarts() {
    assertThat(apply(List.of(spec("some_long_identifier", 0), spec2("another_long_identifier", 0)),
        "s::x=3", "a::x=4"))
        .containsExactly(Map.entry("some_long_identifier", new Config1(3)),
            Map.entry("another_long_identifier", new Config2(4)));
  }

  @Test
  void anExactIdBeatsAPrefix() {
    assertThat(apply(List.of(spec("config", 0), spec2("config1", 0)), "config::x=3"))
        .containsExactly(Map.entry("config", new Config1(3)), Map.entry("config1", new Config2(0)));
  }

  @Test
  void anAmbiguousPrefixIsAnError() {
    assertError(List.of(spec("config", 0), spec2("config1", 0)), new String[] {"con::x=3"},
        "override 'con::x=3': 'con' matches configs [config, config1]; write the whole id");
  }

  @Test
  void anUnknownIdIsAnErrorWithSuggestions() {
    assertError(List.of(spec("config1", 0), spec2("config2", 0)), new String[] {"confg1::x=3"},
        "override 'confg1::x=3': no config 'confg1'; the configs are [config1, config2]; did you mean 'config1'"
            + " or 'config2'?");
  }

  @Test
  void twoSeparatorsAreAnError() {
    assertError(List.of(spec("config1", 0)), new String[] {"config1::x::y=3"},
        "override 'config1::x::y=3': more than one '::'; write id::key=value");
  }

  @Test
  void aWrongTypeNamesTheArgument() {
    assertError(List.of(spec("config1", 0)), new String[] {"x=abc"},
        "config 'config1': x: expected int, got \"abc\" (command line: x=abc)");
  }

  @Test
  void exclusiveOverridesMustFitOneConfig() {
    assertThatThrownBy(() -> apply(List.of(spec("config1", 0), spec2("config2", 0)),
        OverrideOptions.defaults().exclusively(), "x=3"))
        .isInstanceOf(InputException.class)
        .hasMessage("override 'x=3' fits configs [config1, config2]; name one, as in config1::x=3");
  }

  @Test
  void anExclusiveOverrideThatFitsOneConfigApplies() {
    assertThat(apply(List.of(spec("c1", 0), ConfigSpec.of("optim", new Optim("sgd", 0.1))),
        OverrideOptions.defaults().exclusively(), "x=3"))
        .containsEntry("c1", new Config1(3)).containsEntry("optim", new Optim("sgd", 0.1));
  }

  @Test
  void aKeySuggestedCanBeOneOnlyTheTypeDeclares() {
    assertError(List.of(ConfigSpec.of("holder", new Holder(null))), new String[] {"optim.lt=0.5"},
        "override 'optim.lt=0.5': no config has the key 'optim.lt'; did you mean 'optim.lr'?");
  }

  @Test
  void anOverrideWithAnIdWinsOverOneWithoutWhateverTheOrder() {
    assertThat(apply(List.of(spec("c1", 0), spec2("c2", 0)), "c1::x=3", "x=5"))
        .containsExactly(Map.entry("c1", new Config1(3)), Map.entry("c2", new Config2(5)));
  }

  @Test
  void laterOverridesWinOverEarlierOnes() {
    assertThat(apply(List.of(spec("c1", 0)), "x=1", "x=2")).containsEntry("c1", new Config1(2));
  }

  @Test
  void anUnknownKeyIsAnErrorWithSuggestions() {
    assertError(List.of(ConfigSpec.of("rich", RICH)), new String[] {"optim.lt=0.5"},
        "override 'optim.lt=0.5': no config has the key 'optim.lt'; did you mean 'optim.lr'?");
    assertError(List.of(ConfigSpec.of("rich", RICH)), new String[] {"rich::colour=RED"},
        "override 'rich::colour=RED': config 'rich' has no key 'colour'; did you mean 'color'?");
  }

  @Test
  void aKeyThatStartsWithAConfigsIdSuggestsTheIdSeparator() {
    assertError(List.of(ConfigSpec.of("rocket", new Config1(1)), ConfigSpec.of("extras", Map.of())),
        new String[] {"rocket.stages=3"}, "override 'rocket.stages=3': no config has the key 'rocket.stages' but the"
            + " free-form [extras]; to set a key of config 'rocket', write rocket::stages=3");
    assertError(List.of(ConfigSpec.of("rocket", new Config1(1))), new String[] {"+rocket.x=3"},
        "override '+rocket.x=3': no config has the key 'rocket.x'; to set a key of config 'rocket', write"
            + " +rocket::x=3");
  }

  @Test
  void aMapConfigTakesAnyKey() {
    Map<String, Object> extras = new LinkedHashMap<>();
    extras.put("b", Map.of("c", 1));
    extras.put("d", 2);
    Map<String, Object> result = apply(List.of(ConfigSpec.of("extras", extras), spec("c1", 0)),
        "foo=3", "bar.baz=4", "b.c=5", "x=6");
    assertThat(result.get("extras")).isEqualTo(Map.of("b", Map.of("c", 5), "d", 2, "foo", 3, "bar", Map.of("baz", 4),
        "x", 6));
    assertThat(result.get("c1")).isEqualTo(new Config1(6));
  }

  @Test
  void plusAddsAndTildeRemovesKeysOfMaps() {
    Map<String, Object> result = apply(List.of(ConfigSpec.of("extras", Map.of("a", 1, "b", 2))), "+c=3", "~a");
    assertThat(result.get("extras")).isEqualTo(Map.of("b", 2, "c", 3));
  }

  @Test
  void plusCannotAddAKeyThatIsThere() {
    assertError(List.of(ConfigSpec.of("extras", Map.of("a", 1))), new String[] {"+a=3"},
        "override '+a=3': config 'extras' already has 'a'; write a=3 to change it");
  }

  @Test
  void plusAndTildeNeedFreeKeys() {
    assertError(List.of(spec("c1", 0)), new String[] {"+y=3"},
        "override '+y=3': no config has the key 'y'");
    assertError(List.of(spec("c1", 0)), new String[] {"c1::~x"},
        "'c1::~x' is not an override; write key=value, id::key=value, +key=value, ++key=value or ~key");
    assertError(List.of(spec("c1", 0)), new String[] {"~c1::x"},
        "override '~c1::x': 'x' is a fixed key of config 'c1'; only keys of maps can be added or removed");
  }

  @Test
  void aTokenWithoutEqualsIsNotAnOverride() {
    assertError(List.of(spec("c1", 0)), new String[] {"extra"},
        "'extra' is not an override; write key=value, id::key=value, +key=value, ++key=value or ~key");
  }

  @Test
  void valuesFollowTheYamlScalarAndFlowGrammar() {
    Map<String, Object> result = apply(List.of(ConfigSpec.of("rich", RICH)),
        "msg=a=b::c", "n=1", "b=true", "s='1'", "z=null", "l=[3, 4, 5]", "d={c: 4}", "d.e=5", "optim.lr=0.5",
        "color=BLUE", "url=http://example.com/a#b");
    assertThat(result.get("rich")).isEqualTo(new Rich("a=b::c", 1, true, "1", null, List.of(3, 4, 5),
        Map.of("c", 4, "e", 5), new Optim("sgd", 0.5), Color.BLUE, "http://example.com/a#b"));
  }

  @Test
  void aFlowMapReplacesTheMapAndAnEmptyOneEmptiesIt() {
    assertThat(((Rich) apply(List.of(ConfigSpec.of("rich", RICH)), "d={b: 2}").get("rich")).d())
        .isEqualTo(Map.of("b", 2));
    assertThat(((Rich) apply(List.of(ConfigSpec.of("rich", RICH)), "d={}").get("rich")).d()).isEmpty();
  }

  @Test
  void anEmptyListEmptiesTheList() {
    assertThat(((Rich) apply(List.of(ConfigSpec.of("rich", RICH)), "l=[]").get("rich")).l()).isEmpty();
  }

  @Test
  void aMalformedFlowValueIsAnError() {
    assertThatThrownBy(() -> apply(List.of(ConfigSpec.of("rich", RICH)), "l=[1, 2"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("command line: l=[1, 2:1:");
  }

  @Test
  void aNullForAPrimitiveIsAnError() {
    assertError(List.of(spec("c1", 0)), new String[] {"x=null"},
        "config 'c1': x: no value, expected int; set it in the config's file or on the command line"
            + " (command line: x=null)");
  }

  static ConfigSpec<Config1> spec(String id, int x) {
    return ConfigSpec.of(id, new Config1(x));
  }

  static ConfigSpec<Config2> spec2(String id, int x) {
    return ConfigSpec.of(id, new Config2(x));
  }

  static Map<String, Object> apply(List<ConfigSpec<?>> specs, String... args) {
    return apply(specs, OverrideOptions.defaults(), args);
  }

  static Map<String, Object> apply(List<ConfigSpec<?>> specs, OverrideOptions options, String... args) {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    Map<String, Parsed> trees = new LinkedHashMap<>();
    for (ConfigSpec<?> spec : specs) {
      schemas.put(spec.id(), Binder.schema(spec.type()));
      trees.put(spec.id(), ConfigLoader.defaults(spec));
    }
    Map<String, Parsed> applied = Overrides.apply(Arrays.asList(args), schemas, trees, options);
    Map<String, Object> values = new LinkedHashMap<>();
    for (ConfigSpec<?> spec : specs) {
      values.put(spec.id(), ConfigLoader.bind(spec, applied.get(spec.id()), Targets.ANY));
    }
    return values;
  }

  private static void assertError(List<ConfigSpec<?>> specs, String[] args, String message) {
    assertThatThrownBy(() -> apply(specs, args)).isInstanceOf(InputException.class).hasMessage(message);
  }
}
