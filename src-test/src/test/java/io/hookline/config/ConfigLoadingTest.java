package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.InputException;
import io.hookline.config.internal.ConfigLoader;
import io.hookline.config.internal.ConfigLoader.Loaded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading one config: defaults, then the file over them, or the defaults written to a new file. The cases follow
 * coma 2.1.0's checklist (items 2 to 6 and 21) where our design keeps its behaviour, and our error format elsewhere.
 */
class ConfigLoadingTest {

  public record Greeting(String message) {
    public Greeting() {
      this("Hello World!");
    }
  }

  public record Train(int epochs, double lr, List<String> layers, Optim optim) {}

  public record Optim(String name, double momentum) {}

  public record Pair(int x, int y) {}

  @TempDir
  Path dir;

  @Test
  void aMissingFileIsWrittenWithTheDefaults() throws IOException {
    Loaded loaded = load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults());

    assertThat(loaded.value()).isEqualTo(new Greeting("Hello World!"));
    assertThat(loaded.written()).isTrue();
    assertThat(Files.readString(dir.resolve("greeting.yaml"))).isEqualTo("message: Hello World!\n");
  }

  @Test
  void anExplicitIdNamesTheFile() {
    load(ConfigSpec.of("greet", new Greeting("Hi")), null, LoadOptions.defaults());
    assertThat(dir.resolve("greet.yaml")).hasContent("message: Hi");
  }

  @Test
  void aMapConfigIsWrittenAsAMapping() {
    load(ConfigSpec.of("extras", Map.of("message", "Hello World!")), null, LoadOptions.defaults());
    assertThat(dir.resolve("extras.yaml")).hasContent("message: Hello World!");
  }

  public record Agent(String code, String flag, String empty) {}

  @Test
  void stringsThatLookLikeOtherTypesSurviveAWriteAndARead() {
    Agent agent = new Agent("007", "true", "");
    load(ConfigSpec.of("agent", agent), null, LoadOptions.defaults());
    assertThat(dir.resolve("agent.yaml")).hasContent("code: \"007\"\nflag: \"true\"\nempty: \"\"");
    assertThat(load(ConfigSpec.of("agent", agent), null, LoadOptions.defaults()).value()).isEqualTo(agent);
  }

  @Test
  void anExistingFileWinsOverTheDefaultsAndIsNeverRewritten() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: hardcoded\n");

    Loaded loaded = load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults());

    assertThat(loaded.value()).isEqualTo(new Greeting("hardcoded"));
    assertThat(loaded.written()).isFalse();
    assertThat(dir.resolve("greeting.yaml")).hasContent("message: hardcoded");
  }

  @Test
  void aFileNeedNotHoldEveryKey() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "lr: 0.5\noptim:\n  name: adam\n");
    Train defaults = new Train(10, 0.1, List.of("a", "b"), new Optim("sgd", 0.9));

    Loaded loaded = load(ConfigSpec.of(defaults), null, LoadOptions.defaults());

    assertThat(loaded.value()).isEqualTo(new Train(10, 0.5, List.of("a", "b"), new Optim("adam", 0.9)));
  }

  @Test
  void theFormatFollowsTheExtension() throws IOException {
    load(ConfigSpec.of(Greeting.class), "config.json", LoadOptions.defaults());
    load(ConfigSpec.of("nested", new Greeting("deep")), "sub/dir/myconf", LoadOptions.defaults());
    load(ConfigSpec.of("short", new Greeting("yml")), "c.yml", LoadOptions.defaults());
    load(ConfigSpec.of("hocon", new Greeting("conf")), "c.conf", LoadOptions.defaults());

    assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo("{\n  \"message\" : \"Hello World!\"\n}\n");
    assertThat(dir.resolve("sub/dir/myconf.yaml")).hasContent("message: deep");
    assertThat(dir.resolve("c.yml")).hasContent("message: yml");
    assertThat(dir.resolve("c.conf")).hasContent("message=conf");
  }

  @Test
  void anUnsupportedExtensionIsAnError() {
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), "c.txt", LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'greeting': unsupported file extension in c.txt; use .yaml, .yml, .json, .conf or .toml");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aDefaultFormatIsAnExtensionHooklineReads() {
    assertThat(LoadOptions.defaults().withDefaultFormat("conf").defaultFormat()).isEqualTo("conf");
    assertThatThrownBy(() -> LoadOptions.defaults().withDefaultFormat("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the default format is the extension of a format Hookline reads (.yaml, .yml, .json, .conf or"
            + " .toml), without the dot, not 'xml'");
    assertThatThrownBy(() -> LoadOptions.defaults().withDefaultFormat("a/yaml"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yamlIsPreferredUnlessTheDefaultFormatSaysOtherwise() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: Hello YAML!\n");
    Files.writeString(dir.resolve("greeting.json"), "{\"message\": \"Hello JSON!\"}");

    assertThat(load(ConfigSpec.of(Greeting.class), "greeting", LoadOptions.defaults()).value())
        .isEqualTo(new Greeting("Hello YAML!"));
    assertThat(load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults().withDefaultFormat("json"))
        .value()).isEqualTo(new Greeting("Hello JSON!"));
  }

  @Test
  void hoconSubstitutesReferences() throws IOException {
    Files.writeString(dir.resolve("pair.conf"), "x = 3\ny = ${x}\n");
    assertThat(load(ConfigSpec.of("pair", new Pair(0, 0)), "pair.conf", LoadOptions.defaults()).value())
        .isEqualTo(new Pair(3, 3));
  }

  @Test
  void failingWhenMissingNamesTheFileAndWritesNothing() {
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null,
        LoadOptions.defaults().whenMissing(WhenMissing.FAIL)))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'greeting': greeting.yaml does not exist");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void usingTheDefaultsWhenMissingWritesNoFile() {
    Loaded loaded = load(ConfigSpec.of(Greeting.class), null,
        LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS));
    assertThat(loaded.value()).isEqualTo(new Greeting("Hello World!"));
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aConfigWithoutDefaultsReportsTheFirstRequiredKey() {
    assertThatThrownBy(() -> load(ConfigSpec.of(Pair.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'pair': key 'x' is required and has no value (int); set it on the command line (x=VALUE)"
            + " or in the config's file");
    assertThat(dir.resolve("pair.yaml")).as("a config that does not bind writes no file").doesNotExist();
  }

  @Test
  void anUnknownKeyInAFileIsReportedWithItsPlaceAndSuggestions() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "epochs: 3\nepocs: 4\n");
    Train defaults = new Train(10, 0.1, List.of(), new Optim("sgd", 0.9));

    assertThatThrownBy(() -> load(ConfigSpec.of(defaults), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'train': unknown key 'epocs' (train.yaml:2:1); did you mean 'epochs'?");
  }

  @Test
  void aNestedUnknownKeyShowsItsPath() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "optim:\n  momentun: 0.5\n");
    Train defaults = new Train(10, 0.1, List.of(), new Optim("sgd", 0.9));

    assertThatThrownBy(() -> load(ConfigSpec.of(defaults), null, LoadOptions.defaults()))
        .hasMessage("config 'train': unknown key 'optim.momentun' (train.yaml:2:3); did you mean 'momentum'?");
  }

  @Test
  void aWrongTypeInAFileIsReportedWithTheExpectedTypeTheValueAndItsPlace() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "epochs: many\n");
    Train defaults = new Train(10, 0.1, List.of(), new Optim("sgd", 0.9));

    assertThatThrownBy(() -> load(ConfigSpec.of(defaults), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'train': epochs: expected int, got \"many\" (train.yaml:1:1)");
  }

  @Test
  void aFractionIsNotAnInteger() throws IOException {
    Files.writeString(dir.resolve("pair.yaml"), "x: 1.5\ny: 2\n");
    assertThatThrownBy(() -> load(ConfigSpec.of("pair", new Pair(0, 0)), null, LoadOptions.defaults()))
        .hasMessageStartingWith("config 'pair': x: expected int, got 1.5 (pair.yaml:1:1)");
  }

  @Test
  void malformedYamlIsOneLineWithItsPlace() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: [unclosed\n");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("greeting.yaml:2:1: expected ',' or ']', but got <stream end>, while parsing a flow sequence");
  }

  @Test
  void malformedJsonIsOneLineWithItsPlace() throws IOException {
    Files.writeString(dir.resolve("greeting.json"), "{\"message\": }");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), "greeting.json", LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("greeting.json:1:13: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aSecondDocumentIsAnError() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: hi\n---\nmessage: again\n");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .hasMessage("greeting.yaml:2:1: more than one document; a config file holds one");
  }

  @Test
  void aDuplicateKeyIsAnError() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: a\nmessage: b\n");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("greeting.yaml:2:");
  }

  @Test
  void aListWhereAMappingBelongsIsAnError() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "- a\n- b\n");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .hasMessage("config 'greeting': greeting.yaml must hold a mapping of keys to values");
  }

  @Test
  void anEmptyFileLeavesTheDefaults() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "");
    assertThat(load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()).value())
        .isEqualTo(new Greeting("Hello World!"));
  }

  @Test
  void anAliasBombIsRejected() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [")
          .append(("*" + previous + ", ").repeat(8)).append('*').append(previous).append("]\n");
    }
    bomb.append("message: boom\n");
    Files.writeString(dir.resolve("greeting.yaml"), bomb);

    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("greeting.yaml:2:8: YAML aliases (*a) are not supported; write the value out");
  }

  @Test
  void anOversizedDocumentIsRejectedBeforeItIsRead() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: " + "x".repeat(9 * 1024 * 1024) + "\n");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("greeting.yaml: the file is larger than 8388608 bytes");
  }

  @Test
  void aFileThatIsNotUtf8IsOneLineThatSaysSo() throws IOException {
    Files.write(dir.resolve("greeting.yaml"), "message: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("greeting.yaml: not UTF-8 text; save the file as UTF-8");
  }

  @Test
  void aDocumentNestedTooDeeplyIsRejected() throws IOException {
    Files.writeString(dir.resolve("greeting.yaml"), "message: " + "[".repeat(201) + "\n");
    assertThatThrownBy(() -> load(ConfigSpec.of(Greeting.class), null, LoadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("greeting.yaml:1: nested more than 200 levels deep");
  }

  @Test
  void aMapConfigAcceptsAnyKeyFromItsFile() throws IOException {
    Files.writeString(dir.resolve("extras.yaml"), "anything: 1\nnested:\n  deep: [1, 2]\n");
    Loaded loaded = load(ConfigSpec.of("extras", Map.of("kept", true)), null, LoadOptions.defaults());
    assertThat(loaded.value()).isEqualTo(Map.of("kept", true, "anything", 1, "nested", Map.of("deep", List.of(1, 2))));
  }

  private Loaded load(ConfigSpec<?> spec, String given, LoadOptions options) {
    return ConfigLoader.load(spec, dir, given, options);
  }
}
