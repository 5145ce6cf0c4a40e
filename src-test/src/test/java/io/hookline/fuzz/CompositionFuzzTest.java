package io.hookline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
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
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing composition: mutated primary configs and option files (defaults lists, headers, interpolations) and random
 * overrides each give exit 0 or one line and exit 2; no stack trace, nothing else.
 */
class CompositionFuzzTest {

  private static final String PRIMARY = """
      # @package _global_
      defaults:
        - db: mysql
        - optional extra: none
        - /feat@f: [a, b]
        - _self_
      app:
        name: demo
        url: ${db.host}:${db.port}
      """;

  private static final List<String> PIECES = List.of("defaults:", "- ", "_self_", "override ", "optional ", "@",
      "/", "..", "${", "}", "${db}", "???", "null", "[", "]", "{", ":", "\n", "  ", "# @package ", "_global_",
      "_here_", "_group_", "&a", "*a", "~", "+", "=");

  private static final Path DIRECTORY;

  static {
    try {
      DIRECTORY = Files.createTempDirectory("hookline-fuzz-compose");
      Files.createDirectories(DIRECTORY.resolve("conf/db"));
      Files.createDirectories(DIRECTORY.resolve("conf/feat"));
      Files.writeString(DIRECTORY.resolve("conf/db/sqlite.yaml"), "driver: sqlite\n");
      Files.writeString(DIRECTORY.resolve("conf/feat/a.yaml"), "a: 1\n");
      Files.writeString(DIRECTORY.resolve("conf/feat/b.yaml"), "b: ${.a}\n");
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Provide
  Arbitrary<String> documents() {
    return Combinators.combine(Arbitraries.of(PRIMARY, "driver: mysql\nhost: h\nport: 1\n"),
        Arbitraries.integers().between(0, 200), Arbitraries.of(PIECES), Arbitraries.integers().between(0, 3))
        .as((text, at, piece, times) -> {
          StringBuilder mutated = new StringBuilder(text);
          for (int i = 0; i <= times; i++) {
            mutated.insert(Math.min(at + i * 7, mutated.length()), piece);
          }
          return mutated.toString();
        });
  }

  @Provide
  Arbitrary<String> overrides() {
    Arbitrary<String> keys = Arbitraries.of("db", "~db", "+db", "++db", "db@x", "feat@f", "~feat@f", "app.name",
        "+app.x", "~app.url", "app..x", "hookline.launcher", "/db", "extra", "a::b", "hydra.x");
    Arbitrary<String> values = Arbitraries.of("sqlite", "mysql", "[a,b]", "[]", "{x: 1}", "${app.name}", "${nope}",
        "glob(*)", "", "null", "a,b", "'q'", "[", "~");
    return Combinators.combine(keys, values, Arbitraries.of(true, false))
        .as((key, value, withValue) -> withValue ? key + "=" + value : key);
  }

  @Property(tries = 300)
  void anyConfigGivesAConfigOrOneLine(@ForAll("documents") String primary, @ForAll("documents") String option,
      @ForAll("overrides") String override) throws IOException {
    Files.writeString(DIRECTORY.resolve("conf/config.yaml"), primary);
    Files.writeString(DIRECTORY.resolve("conf/db/mysql.yaml"), option);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = App.named("fuzz")
        .directory(DIRECTORY)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("run", invocation -> invocation.config("all", Map.class))
            .config(ConfigSpec.of("all", Map.of()).at("")))
        .invoke("run", override);
    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(outcome.exitCode()).as(errors).isIn(Outcome.OK, Outcome.USAGE);
    if (outcome.exitCode() == Outcome.USAGE) {
      assertThat(errors.lines().toList()).as(errors).hasSize(1);
      assertThat(errors).startsWith("fuzz: ").doesNotContain("\tat ");
    }
  }
}
