package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grammar picocli and Clikt users expect, with exact outputs: negatable and counted flags, clustered short
 * options, values of any type through a reader (Hookline's own for {@code Duration}, {@code URI}, {@code Instant},
 * {@code LocalDate} and {@code Charset}, an option's, the app's), {@code KEY=VALUE} options, split values, negative
 * numbers as values, {@code --opt=value} as {@code --opt value}, and {@code --} ending the options.
 */
class OptionGrammarTest {

  /** An amount of money, a type Hookline does not know. */
  public record Money(long cents) {
    static Money parse(String text) {
      if (!text.matches("[0-9]+\\.[0-9]{2}")) {
        throw new IllegalArgumentException("write it as 12.50");
      }
      return new Money(Long.parseLong(text.replace(".", "")));
    }
  }

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private App app() {
    return captured.app("tool", dir)
        .command(captured.recording("go").andThenParser("options", spec -> spec
            .withOption(OptionSpec.flag("color", "color the output").negatable())
            .withOption(OptionSpec.flag("v", "say more").withAliases("verbose").counted())
            .withOption(OptionSpec.flag("x", "extract"))
            .withOption(OptionSpec.withValue("f", "FILE", "the archive"))
            .withOption(OptionSpec.withValue("wait", "TIME", "how long to wait").ofType(Duration.class))
            .withOption(OptionSpec.withValue("url", "URI", "where").ofType(URI.class))
            .withOption(OptionSpec.withValue("at", "INSTANT", "when").ofType(Instant.class))
            .withOption(OptionSpec.withValue("day", "DATE", "which day").ofType(LocalDate.class))
            .withOption(OptionSpec.withValue("charset", "NAME", "the encoding").ofType(Charset.class))
            .withOption(OptionSpec.withValue("price", "AMOUNT", "the price").ofType(Money.class, Money::parse))
            .withOption(OptionSpec.withValue("D", "KEY=VALUE", "a property").keyed().ofType(int.class))
            .withOption(OptionSpec.withValue("tags", "TAGS", "tags, comma-separated").split(","))
            .withOption(OptionSpec.withValue("offset", "N", "where to start").ofType(int.class))
            .withOption(OptionSpec.parameter("count", "COUNT", "how many").ofType(int.class))
            .withOption(OptionSpec.flag("debug-dump", "dump the state").hidden())
            .withOption(OptionSpec.flag("colour", "color the output").negatable().deprecated("write --color"))));
  }

  /** Runs {@code go} with {@code args}, and returns its exit code. */
  private int run(String... args) {
    captured.resetErr();
    return app().invoke(Stream.concat(Stream.of("go"), Stream.of(args)).toArray(String[]::new)).exitCode();
  }

  /** Runs {@code go} with {@code args}, which it takes, and returns what its body saw. */
  private Invocation go(String... args) {
    assertThat(run(args)).as(captured.err()).isZero();
    return captured.seen();
  }

  /** Runs {@code go} with {@code args}, which it refuses, and returns the error. */
  private String refused(String... args) {
    assertThat(run(args)).as(captured.err()).isEqualTo(Outcome.USAGE);
    return captured.err();
  }

  @Test
  void aNegatableFlagKeepsItsLastForm() {
    assertThat(go("--color").flag("color")).isTrue();
    assertThat(go("--no-color").flag("color")).isFalse();
    assertThat(go("--no-color", "--color").option("color", Boolean.class)).contains(true);
    assertThat(go("--color", "--no-color").option("color", Boolean.class)).contains(false);
    assertThat(go().option("color", Boolean.class)).isEmpty();
    assertThat(go().flag("color")).isFalse();
  }

  @Test
  void aCountedFlagKeepsHowOftenItWasGiven() {
    assertThat(go("-vvv").option("v", Integer.class)).contains(3);
    assertThat(go("-v", "--verbose", "-v").option("v", Integer.class)).contains(3);
    assertThat(go().option("v", Integer.class)).isEmpty();
  }

  @Test
  void shortOptionsCluster() {
    Invocation clustered = go("-xvf", "out.tar");
    assertThat(clustered.flag("x")).isTrue();
    assertThat(clustered.option("v", Integer.class)).contains(1);
    assertThat(clustered.option("f")).contains("out.tar");
    assertThat(go("-xfout.tar").option("f")).contains("out.tar");
    assertThat(go("-xf", "-1").option("f")).as("a negative number after a cluster is its value").contains("-1");
    assertThat(refused("-xqv")).isEqualTo("tool: unknown option '-q' in '-xqv' for command 'go'\n");
  }

  @Test
  void aClusterIsReadLetterByLetterUpToTheOneThatTakesAValue() {
    assertThat(refused("-qx")).as("an unknown first letter makes it a word").isEqualTo("tool: unknown option '-qx'"
        + " for command 'go'; did you mean '-x'?\n");
    assertThat(refused("-xq")).as("the last letter").isEqualTo("tool: unknown option '-q' in '-xq' for command"
        + " 'go'\n");
    Invocation valued = go("-vfq");
    assertThat(valued.option("f")).as("the rest of the cluster is the value").contains("q");
    assertThat(valued.option("v", Integer.class)).contains(1);
    Invocation last = go("-vf", "out.tar", "-x");
    assertThat(last.option("f")).contains("out.tar");
    assertThat(last.flag("x")).isTrue();
    assertThat(go("-vv").option("v", Integer.class)).contains(2);
  }

  @Test
  void hooklinesOwnReadersTakeDurationsUrisInstantsDatesAndCharsets() {
    Invocation invocation = go("--wait", "1m30s", "--url", "https://example.com/a?b=1", "--at",
        "2026-12-07T10:15:30Z", "--day", "2026-12-07", "--charset", "utf-8");
    assertThat(invocation.option("wait", Duration.class)).contains(Duration.ofSeconds(90));
    assertThat(invocation.option("url", URI.class)).contains(URI.create("https://example.com/a?b=1"));
    assertThat(invocation.option("at", Instant.class)).contains(Instant.parse("2026-12-07T10:15:30Z"));
    assertThat(invocation.option("day", LocalDate.class)).contains(LocalDate.of(2026, 12, 7));
    assertThat(invocation.option("charset", Charset.class)).contains(StandardCharsets.UTF_8);
    assertThat(go("--wait", "PT2H").option("wait", Duration.class)).contains(Duration.ofHours(2));
    assertThat(refused("--wait", "soon")).isEqualTo("tool: option '--wait' of command 'go' takes a duration, as 1m30s"
        + " or PT1M30S, not 'soon'\n");
    assertThat(refused("--url", "a b")).isEqualTo("tool: option '--url' of command 'go' takes a URI, not 'a b'\n");
    assertThat(refused("--at", "today")).isEqualTo("tool: option '--at' of command 'go' takes an instant, as"
        + " 2026-12-07T10:15:30Z, not 'today'\n");
    assertThat(refused("--day", "2026-13-01")).isEqualTo("tool: option '--day' of command 'go' takes a date, as"
        + " 2026-12-07, not '2026-13-01'\n");
    assertThat(refused("--charset", "klingon")).isEqualTo("tool: option '--charset' of command 'go' takes a charset,"
        + " as UTF-8, not 'klingon'\n");
  }

  @Test
  void anOptionsOwnReaderReadsItsType() {
    assertThat(go("--price", "12.50").option("price", Money.class)).contains(new Money(1250));
    assertThat(refused("--price", "12")).isEqualTo("tool: option '--price' of command 'go' takes a Money, not '12'"
        + " (write it as 12.50)\n");
  }

  @Test
  void theAppsReaderReadsEveryOptionOfItsType() {
    AtomicReference<Invocation> got = new AtomicReference<>();
    App app = captured.app("shop", dir).converter(Money.class, Money::parse)
        .command(Command.of("buy", invocation -> {
          got.set(invocation);
          return null;
        }).andThenParser("options", spec -> spec
            .withOption(OptionSpec.withValue("price", "AMOUNT", "the price").ofType(Money.class))
            .withOption(OptionSpec.withValue("tip", "AMOUNT", "the tip").ofType(Money.class))));
    assertThat(app.invoke("buy", "--price", "3.00", "--tip", "0.50").exitCode()).as(captured.err()).isZero();
    assertThat(got.get().option("price", Money.class)).contains(new Money(300));
    assertThat(got.get().option("tip", Money.class)).contains(new Money(50));
    assertThat(app.invoke("buy", "--tip", "x").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("shop: option '--tip' of command 'buy' takes a Money, not 'x' (write it as"
        + " 12.50)\n");
  }

  @Test
  void anOptionOfATypeNothingReadsIsTheProgramsFault() {
    App app = captured.app("shop", dir).command(Command.of("buy", invocation -> null).andThenParser("options",
        spec -> spec.withOption(OptionSpec.withValue("price", "AMOUNT", "the price").ofType(Money.class))));
    Outcome outcome = app.invoke("buy", "--price", "3.00");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(captured.err()).startsWith("shop: a defect: java.lang.IllegalStateException: option '--price' of"
        + " command 'buy' takes a"
        + " io.hookline.cli.OptionGrammarTest$Money, which nothing reads: give it a reader with ofType(Money.class,"
        + " text -> …) or App.converter(Money.class, text -> …)");
  }

  @Test
  void aKeyedOptionTakesPairs() {
    Invocation invocation = go("-Da=1", "-D", "b=2", "-Da=3");
    assertThat(invocation.map("D", Integer.class)).containsExactly(Map.entry("a", 3), Map.entry("b", 2));
    assertThat(refused("-Dx")).isEqualTo("tool: option '-D' of command 'go' takes KEY=VALUE, not 'x'\n");
    assertThat(refused("-Dx=y")).isEqualTo("tool: option '-D' of command 'go' takes a whole number, not 'y'\n");
  }

  @Test
  void aSplitOptionTakesSeveralValuesAtOnce() {
    assertThat(go("--tags", "a,b", "--tags=c").values("tags", String.class)).containsExactly("a", "b", "c");
  }

  @Test
  void negativeNumbersAreValuesAndEqualsIsASpace() {
    assertThat(go("--offset", "-1").option("offset", Integer.class)).contains(-1);
    assertThat(go("--offset=-2").option("offset", Integer.class)).contains(-2);
    assertThat(go("-5").option("count", Integer.class)).contains(-5);
    assertThat(go("--wait=90s").option("wait", Duration.class)).contains(Duration.ofSeconds(90));
  }

  @Test
  void doubleDashEndsTheOptions() {
    assertThat(go("--", "-7").option("count", Integer.class)).contains(-7);
    assertThat(refused("--", "--color")).isEqualTo("tool: parameter COUNT of command 'go' takes a whole number, not"
        + " '--color'\n");
  }

  @Test
  void aHiddenOptionIsTakenAndNotShownADeprecatedOneIsTakenWithAWarning() {
    assertThat(go("--debug-dump").flag("debug-dump")).isTrue();
    assertThat(captured.err()).isEmpty();
    assertThat(go("--no-colour").flag("colour")).isFalse();
    assertThat(captured.err()).isEqualTo("tool: option '--colour' of command 'go' is deprecated: write --color\n");
    app().invoke("go", "--help");
    assertThat(captured.out()).doesNotContain("debug-dump", "colour");
    assertThat(app().invoke("--completion", "bash").exitCode()).isZero();
    assertThat(captured.out()).contains("--no-color").doesNotContain("debug-dump", "colour");
  }

  @Test
  void anOptionTakesSeveralValuesAtOnceWithinItsArity() {
    App app = captured.app("plot", dir).command(captured.recording("draw").andThenParser("options", spec -> spec
        .withOption(OptionSpec.withValue("point", "X Y", "a point").ofType(int.class).withArity(2, 2))
        .withOption(OptionSpec.withValue("color", "NAME...", "one to three colors").withArity(1, 3))));
    assertThat(app.invoke("draw", "--point", "1", "-2", "--point=3", "4", "--color", "red", "blue", "k=v")
        .exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).as("k=v is an override the command has no config for").contains("k=v");
    assertThat(app.invoke("draw", "--point", "1", "-2", "--point=3", "4", "--color", "red", "blue").exitCode())
        .as(captured.err()).isZero();
    assertThat(captured.seen().values("point", Integer.class)).containsExactly(1, -2, 3, 4);
    assertThat(captured.seen().values("color", String.class)).containsExactly("red", "blue");
    captured.resetErr();
    assertThat(app.invoke("draw", "--point", "1", "--color", "red").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("plot: option '--point' of command 'draw' takes 2 values (X Y), not 1\n");
    app.invoke("draw", "--help");
    assertThat(captured.out()).contains("  --point X Y ", "(2 values; a whole number)", "(1 to 3 values)");
  }

  /** A group of options, bound as one value. */
  public record Serve(String host, int port, boolean dryRun, List<String> tag, Map<String, Integer> define,
      Duration timeout) {}

  @Test
  void optionsBindToARecord() {
    AtomicReference<Serve> bound = new AtomicReference<>();
    App app = captured.app("srv", dir).command(Command.of("serve", invocation -> {
      bound.set(invocation.options(Serve.class));
      return null;
    }).andThenParser("options", spec -> spec
        .withOption(OptionSpec.withValue("host", "HOST", "where"))
        .withOption(OptionSpec.withValue("port", "PORT", "which port").ofType(int.class).withDefault("80"))
        .withOption(OptionSpec.flag("dry-run", "change nothing"))
        .withOption(OptionSpec.withValue("tag", "TAG", "a tag"))
        .withOption(OptionSpec.withValue("define", "K=V", "a number").keyed().ofType(int.class))
        .withOption(OptionSpec.withValue("timeout", "TIME", "how long").ofType(Duration.class))));
    assertThat(app.invoke("serve", "--host", "a", "--dry-run", "--tag", "x", "--tag", "y", "--define", "n=1",
        "--timeout", "2s").exitCode()).as(captured.err()).isZero();
    assertThat(bound.get()).isEqualTo(new Serve("a", 80, true, List.of("x", "y"), Map.of("n", 1),
        Duration.ofSeconds(2)));
    assertThat(app.invoke("serve").exitCode()).isZero();
    assertThat(bound.get()).isEqualTo(new Serve(null, 80, false, List.of(), Map.of(), null));
  }

  @Test
  void anOptionTakesOneFormAndAFlagNoValue() {
    assertThatThrownBy(() -> OptionSpec.withValue("D", "KV", "x").keyed().split(","))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option 'D' is keyed already, so it cannot be split too");
    assertThatThrownBy(() -> OptionSpec.flag("v", "x").counted().negatable())
        .hasMessage("option 'v' is counted already, so it cannot be negatable too");
    assertThatThrownBy(() -> OptionSpec.withValue("n", "N", "x").counted())
        .hasMessage("option 'n' takes a value, so it is neither negatable nor counted: those are flags");
    assertThatThrownBy(() -> OptionSpec.flag("q", "x").negatable())
        .hasMessage("option 'q' has no long name to write as --no-NAME");
    assertThatThrownBy(() -> OptionSpec.flag("quiet", "x").split(","))
        .hasMessageContaining("is a flag: it takes no value");
  }

  @Test
  void theHelpShowsTheNewForms() {
    app().invoke("go", "--help");
    assertThat(captured.out()).contains("  --[no-]color ", "  -v, --verbose ", "counted: repeat it, as -vv",
        "  -D KEY=VALUE ", "KEY=VALUE, repeatable", "several at once, split at ','", "a duration, as 1m30s or PT1M30S",
        "  --price AMOUNT ", "a Money");
  }
}
