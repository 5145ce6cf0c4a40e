package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits wherever input enters: an override, a sweep, a range, a config file and what it includes. Input beyond a
 * limit is one line that names what and where, exit code 2, and no stack trace.
 */
class LimitsTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private App app() {
    return App.named("limits")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("job", inv -> "done")
            .config(ConfigSpec.of("params", Map.of("n", 0, "x", 1.0))));
  }

  /** Runs the app and checks that it refused the input in one line that starts with {@code start}. */
  private void refused(String start, String... args) {
    int code = app().wake(args);
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(said).isEqualTo(Outcome.USAGE);
    assertThat(said.lines().toList()).as(said).hasSize(1);
    assertThat(said).startsWith("limits: " + start).doesNotContain("\tat ");
  }

  private static String repeat(String part, String separator, int times) {
    return IntStream.range(0, times).mapToObj(i -> part).collect(Collectors.joining(separator));
  }

  @Test
  void anOverrideKeyTooDeepIsOneLine() {
    refused("override 'params::a.a.a", "job", "params::" + repeat("a", ".", 60_000) + "=1");
  }

  @Test
  void aSweepOfTooManyKeysOrJobsIsOneLine() {
    refused("the sweep sets 12000 keys; a sweep sets at most 1000", sweep(12_000, "1"));
    err.reset();
    refused("the sweep has more than 1000000 jobs; sweep fewer values (+k0: 2, +k1: 2, +k2: 2, +k3: 2, +k4: 2, …)",
        sweep(500, "1,2"));
  }

  /** Returns the arguments of a multirun that sets {@code keys} keys to {@code values}. */
  private static String[] sweep(int keys, String values) {
    List<String> args = new ArrayList<>(List.of("job", "-m"));
    for (int i = 0; i < keys; i++) {
      args.add("+k" + i + "=" + values);
    }
    return args.toArray(String[]::new);
  }

  @Test
  void aRangeWithExtremeBoundsIsOneLine() {
    refused("sweep 'x=range(0,1,1e-999999999)': range's numbers have at most 100 digits before and after the point,"
        + " not '1e-999999999'", "job", "-m", "x=range(0,1,1e-999999999)");
    err.reset();
    refused("sweep 'x=range(1e999999999)': range's numbers have at most 100 digits", "job", "-m",
        "x=range(1e999999999)");
    err.reset();
    refused("sweep 'n=range(0,9223372036854775807,1)': range has more than 1000000 values", "job", "-m",
        "n=range(0," + Long.MAX_VALUE + ",1)");
  }

  @Test
  void aConfigFileNestedTooDeeplyByDottedKeysIsOneLine() throws IOException {
    Files.writeString(dir.resolve("params.conf"), repeat("a", ".", 300) + " = 1\n");
    refused("params.conf: nested more than 200 levels deep, at a.a.a…", "job", "--params-path", "params.conf");
  }

  @Test
  void aYamlFileNestedTooDeeplyByIndentationIsOneLine() throws IOException {
    StringBuilder yaml = new StringBuilder();
    for (int level = 0; level < 300; level++) {
      yaml.append("  ".repeat(level)).append("a:\n");
    }
    yaml.append("  ".repeat(300)).append("b: 1\n");
    Files.writeString(dir.resolve("params.yaml"), yaml.toString());
    refused("params.yaml", "job");
  }

  @Test
  void anIncludedFileCountsAgainstTheSizeLimit() throws IOException {
    Files.writeString(dir.resolve("big.conf"), "filler = \"" + "x".repeat(9 * 1024 * 1024) + "\"\n");
    Files.writeString(dir.resolve("params.conf"), "include \"big.conf\"\nn = 1\n");
    refused("params.conf: include \"big.conf\" takes the config past 8388608 characters, with what it includes",
        "job", "--params-path", "params.conf");
  }

  @Test
  void theSizeLimitCountsTheIncludingFileAndEveryIncludeTogether() throws IOException {
    String filler = "x".repeat(5 * 1024 * 1024);
    Files.writeString(dir.resolve("a.conf"), "a = \"" + filler + "\"\n");
    Files.writeString(dir.resolve("b.conf"), "b = \"" + filler + "\"\n");
    Files.writeString(dir.resolve("params.conf"), "include \"a.conf\"\nn = 1\n");
    assertThat(app().wake("job", "--params-path", "params.conf")).as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(Outcome.OK);
    Files.writeString(dir.resolve("params.conf"), "include \"a.conf\"\ninclude \"b.conf\"\nn = 1\n");
    refused("params.conf: include \"b.conf\" takes the config past 8388608 characters, with what it includes",
        "job", "--params-path", "params.conf");
    err.reset();
    Files.writeString(dir.resolve("params.conf"), "include \"a.conf\"\nc = \"" + filler + "\"\n");
    refused("params.conf: include \"a.conf\" takes the config past 8388608 characters", "job", "--params-path",
        "params.conf");
  }

  @Test
  void includesNestSixteenDeepAndSideBySideWithoutLimit() throws IOException {
    for (int i = 1; i <= 16; i++) {
      Files.writeString(dir.resolve("n" + i + ".conf"), i < 16 ? "include \"n" + (i + 1) + ".conf\"\n" : "n = 16\n");
    }
    Files.writeString(dir.resolve("params.conf"), "include \"n1.conf\"\n");
    assertThat(app().wake("job", "--params-path", "params.conf")).as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(Outcome.OK);
    Files.writeString(dir.resolve("n0.conf"), "include \"n1.conf\"\n");
    Files.writeString(dir.resolve("params.conf"), "include \"n0.conf\"\n");
    refused("params.conf: include \"n16.conf\": includes nest more than 16 deep", "job", "--params-path",
        "params.conf");
    err.reset();
    StringBuilder siblings = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      Files.writeString(dir.resolve("s" + i + ".conf"), "x = " + i + "\n");
      siblings.append("include \"s").append(i).append(".conf\"\n");
    }
    Files.writeString(dir.resolve("params.conf"), siblings);
    assertThat(app().wake("job", "--params-path", "params.conf")).as(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(Outcome.OK);
  }

  @Test
  void anIncludedFileNestedTooDeepIsOneLine() throws IOException {
    Files.writeString(dir.resolve("deep.conf"), "a = " + "[".repeat(201) + "]".repeat(201) + "\n");
    Files.writeString(dir.resolve("params.conf"), "include \"deep.conf\"\n");
    refused("params.conf: deep.conf:1: nested more than 200 levels deep", "job", "--params-path", "params.conf");
  }

  @Test
  void anIncludeOfASpecialFileIsOneLine() throws IOException {
    Files.writeString(dir.resolve("params.conf"), "include file(\"/dev/zero\")\nn = 1\n");
    refused("params.conf: include \"/dev/zero\" is outside the config's folder", "job", "--params-path",
        "params.conf");
    err.reset();
    Files.createDirectories(dir.resolve("conf"));
    Files.createSymbolicLink(dir.resolve("conf/zero.conf"), Path.of("/dev/zero"));
    Files.writeString(dir.resolve("conf/params.conf"), "include \"zero.conf\"\n");
    refused("conf/params.conf: include \"zero.conf\" is outside", "job", "--params-path", "conf/params.conf");
    err.reset();
    Files.createDirectories(dir.resolve("conf/folder.conf"));
    Files.writeString(dir.resolve("conf/params.conf"), "include \"folder.conf\"\n");
    refused("conf/params.conf: include \"folder.conf\" is not a regular file", "job", "--params-path",
        "conf/params.conf");
  }

  @Test
  void anIncludeMayNotReachTheNetwork() throws IOException {
    Files.writeString(dir.resolve("params.conf"), "include url(\"http://127.0.0.1:9/x.conf\")\nn = 1\n");
    refused("params.conf: include url(\"http://127.0.0.1:9/x.conf\") is not allowed: reading a config never reaches"
        + " the network", "job", "--params-path", "params.conf");
    err.reset();
    Files.writeString(dir.resolve("params.conf"), "include classpath(\"reference.conf\")\n");
    refused("params.conf: include classpath(\"reference.conf\") is not allowed", "job", "--params-path",
        "params.conf");
  }

  @Test
  void anIncludeMayNotLeaveTheConfigsFolder() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("secret.conf"), "n = 7\n");
    Files.writeString(dir.resolve("conf/params.conf"), "include file(\"../secret.conf\")\n");
    refused("conf/params.conf: include \"../secret.conf\" is outside the config's folder", "job", "--params-path",
        "conf/params.conf");
  }

  @Test
  void anIncludeThatIsMissingOrIncludesItselfIsOneLine() throws IOException {
    Files.writeString(dir.resolve("params.conf"), "include \"missing.conf\"\n");
    refused("params.conf: include \"missing.conf\": no such file", "job", "--params-path", "params.conf");
    err.reset();
    Files.writeString(dir.resolve("params.conf"), "include \"params.conf\"\n");
    refused("params.conf: include \"params.conf\": includes nest more than 16 deep", "job", "--params-path",
        "params.conf");
  }

  @Test
  void anIncludeInTheConfigsFolderIsRead() throws IOException {
    Files.createDirectories(dir.resolve("conf/parts"));
    Files.writeString(dir.resolve("conf/parts/n.conf"), "n = 7\n");
    Files.writeString(dir.resolve("conf/params.conf"), "include \"parts/n.conf\"\nx = 2.5\n");
    App app = app().command(Command.of("show", inv -> inv.configs().get("params"))
        .config(ConfigSpec.of("params", Map.of("n", 0, "x", 1.0))));

    assertThat(app.invoke("show", "--params-path", "conf/params.conf").result()).isEqualTo(Map.of("n", 7, "x", 2.5));
  }

  @Test
  void aSweepWhosePlanItsWorkersCouldNotReadIsOneLineBeforeAnyEvent() throws IOException {
    int code = app().outputs(OutputDirs.defaults()).wake("job", "-m", "n=range(0,100000)",
        "+label=a label that makes each jobs entry in the plan longer than it would be otherwise", "launcher=process");

    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(said).isEqualTo(Outcome.USAGE);
    assertThat(said.lines().toList()).as(said).hasSize(1);
    assertThat(said).startsWith("limits: the plan of this sweep of 100000 jobs is ").contains("more than the 8388608 a"
        + " worker reads");
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).toList()).as("nothing written").isEmpty();
    }
  }
}
