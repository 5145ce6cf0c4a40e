package io.hookline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Group;
import io.hookline.Hooks;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the command line: any argv, made of real and broken commands, groups, options, overrides, sweeps and
 * argument files, ends in success or in a one-line user error with exit code 2; never in an uncaught exception or a
 * stack trace. (10,000 tries on CI; see the {@code ci} profile.)
 */
class ArgvFuzzTest {

  public enum Tone { WARM, COLD }

  public record Greeting(String message, int times, double ratio, boolean loud, List<Integer> counts, Tone tone) {
    public Greeting() {
      this("Hello", 1, 0.5, false, List.of(1), Tone.WARM);
    }
  }

  private static final Path DIRECTORY;

  static {
    try {
      DIRECTORY = Files.createTempDirectory("hookline-fuzz");
      Files.writeString(DIRECTORY.resolve("good.args"), "# a comment\ngreet 'message=a b'\ntimes=2\n");
      Files.writeString(DIRECTORY.resolve("sweep.args"), "-m\ntimes=1,2 @good.args\n");
      Files.writeString(DIRECTORY.resolve("open.args"), "times=\"2\n");
      Files.writeString(DIRECTORY.resolve("self.args"), "@self.args");
      Files.createDirectory(DIRECTORY.resolve("folder.args"));
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final App APP = App.named("fuzz")
      .directory(DIRECTORY)
      .outputs(OutputDirs.off())
      .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
          DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
      .command(Command.of("greet", inv -> inv.config(Greeting.class).message())
          .config(ConfigSpec.of(Greeting.class))
          .andThenParser("options", spec -> spec
              .withOption(OptionSpec.flag("verbose", "say more"))
              .withOption(OptionSpec.withValue("limit", "N", "at most N").ofType(int.class))
              .withOption(OptionSpec.withValue("mode", "MODE", "how").withChoices("a", "b"))
              .withOption(OptionSpec.flag("color", "in color").negatable())
              .withOption(OptionSpec.flag("v", "louder").counted())
              .withOption(OptionSpec.flag("x", "extract"))
              .withOption(OptionSpec.withValue("f", "FILE", "the file"))
              .withOption(OptionSpec.withValue("D", "KEY=VALUE", "a property").keyed().ofType(int.class))
              .withOption(OptionSpec.withValue("tags", "TAGS", "tags").split(","))
              .withOption(OptionSpec.withValue("wait", "TIME", "how long").ofType(java.time.Duration.class))
              .withOption(OptionSpec.withValue("offset", "N", "from where").ofType(int.class))
              .withOption(OptionSpec.flag("json", "as JSON").negatable().exclusiveIn("Output"))
              .withOption(OptionSpec.flag("yaml", "as YAML").withAliases("y").exclusiveIn("Output"))
              .withOption(OptionSpec.withValue("user", "NAME", "who").togetherIn("Login"))
              .withOption(OptionSpec.withValue("pass", "WORD", "their word").togetherIn("Login"))))
      .command(Command.of("count", inv -> inv.configs().get("extras"))
          .config(ConfigSpec.of("extras", Map.of("a", 1))))
      .group(Group.named("db").config(ConfigSpec.of("conn", Map.of("url", "x")))
          .option(OptionSpec.flag("dry-run", "change nothing"))
          .command(Command.of("migrate", inv -> inv.configs().get("conn")))
          .group(Group.named("schema").command(Command.of("dump", inv -> null))));

  @Provide
  Arbitrary<List<String>> argv() {
    Arbitrary<String> known = Arbitraries.of("greet", "count", "gret", "--help", "-h", "--completion", "bash", "zsh",
        "fish", "-m", "--multirun", "--verbose", "--limit", "--limit=3", "3", "--", "-", "--greeting-path",
        "--greeting-path=g.txt", "times=2", "times=abc", "ratio=1e3", "loud=yes", "counts=[1,2]", "counts=[1,",
        "tone=COLD", "tone=HOT", "message='a,b'", "message=x,y", "times=1,2", "greeting::times=3", "g::times=3",
        "x::times=3", "+extra=1", "~a", "~missing", "a.b.c=1", "a..b=1", "=1", "times=", "launcher=parallel",
        "launcher.threads=2", "launcher=paralel", "launcher.threads=0", "launcher.x=1", "times=range(3)",
        "times=range(1,x)", "times=choice(1,2)", "{", "[", "'", "\"", "\n", "\t", "é", "times=\u0000", "::", "++x=1",
        "--limit=x", "--limit=99999999999", "--mode", "--mode=c", "--mode=a", "@good.args", "@sweep.args",
        "@open.args", "@self.args", "@missing.args", "@folder.args", "@@x", "@",
        "--version", "--man", "db", "migrate", "schema", "dump", "migrat", "--dry-run", "url=y", "conn::url=z",
        "--color", "--no-color", "--json", "--no-json", "--yaml", "-y", "-xy", "--user", "--pass", "--user=a",
        "--no-verbose", "--no-", "-vvv", "-v", "-xvf", "-xqv", "-fx", "-xf", "-Da=1", "-D",
        "-Dx", "-Da=x", "-D=1", "--tags", "a,b", ",", "--tags=,", "--wait", "1m30s", "PT5S", "soon", "-PT1S",
        "--offset", "-1", "-5", "-1.5e3", "--offset=-2", "--=x", "-\u0000");
    Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, known), net.jqwik.api.Tuple.of(1, random))
        .list().ofMaxSize(6);
  }

  @Property
  void anyArgvSucceedsOrFailsWithOneLine(@ForAll("argv") List<String> argv) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = APP.output(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8)).invoke(argv.toArray(String[]::new));
    String printed = err.toString(StandardCharsets.UTF_8);

    assertThat(printed).doesNotContain("\tat ").doesNotContain("Exception:");
    if (outcome.exitCode() == Outcome.USAGE && outcome.jobs().isEmpty()) {
      assertThat(printed).endsWith("\n");
      assertThat(printed.strip()).doesNotContain("\n").startsWith("fuzz: ");
    } else {
      assertThat(outcome.exitCode()).as("exit code for %s: %s", argv, printed).isIn(Outcome.OK, Outcome.USAGE);
    }
  }
}
