package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.sweep.internal.Sweep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hydra's sweep functions besides choice and range: sort, shuffle (seeded here), the casts int, float, str and bool,
 * interval and glob refused where they mean nothing, and an unknown function refused with the closest names instead of
 * being taken as text.
 */
class SweepFunctionsTest {

  /** A config with a value of each kind. */
  public record Knobs(double lr, String name, boolean flag, int n) {
    /** The defaults. */
    public Knobs() {
      this(0.1, "x", false, 0);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** An app whose one command returns its config, its error stream kept in {@link #err}. */
  private App knobs() {
    return App.named("knobs").directory(dir).outputs(OutputDirs.off().withoutJournal())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("show", invocation -> invocation.config(Knobs.class)).config(ConfigSpec.of(Knobs.class)));
  }

  private static List<String> values(String argument) {
    return Sweep.of(List.of(argument)).jobs().stream().map(job -> job.get(0).substring(job.get(0).indexOf('=') + 1))
        .toList();
  }

  @Test
  void sortOrdersNumbersByValueAndTextAlphabetically() {
    assertThat(values("a=sort(10, 9, 100)")).containsExactly("9", "10", "100");
    assertThat(values("a=sort(b, c, a)")).containsExactly("a", "b", "c");
    assertThat(values("a=sort(range(3), reverse=true)")).containsExactly("2", "1", "0");
    assertThat(values("a=sort(0.5, 1e-3, 2)")).containsExactly("1e-3", "0.5", "2");
  }

  @Test
  void shuffleIsSeededSoThatASweepIsTheSameOnEveryRun() {
    assertThat(values("a=shuffle(1, 2, 3, 4, 5, seed=7)")).containsExactly("5", "4", "1", "3", "2");
    assertThat(values("a=shuffle(1, 2, 3, 4, 5)")).isEqualTo(values("a=shuffle(1, 2, 3, 4, 5, seed=0)"));
    assertThat(values("a=shuffle(range(5), seed=7)")).containsExactlyInAnyOrder("0", "1", "2", "3", "4");
  }

  @Property(tries = 100)
  void shuffleIsAPermutationThatDependsOnlyOnItsSeed(@ForAll @Size(min = 1, max = 30) List<@IntRange(max = 999)
      Integer> numbers, @ForAll long seed) {
    String list = String.join(",", numbers.stream().map(String::valueOf).toList());
    List<String> once = values("a=shuffle(" + list + ", seed=" + seed + ")");
    assertThat(once).isEqualTo(values("a=shuffle(" + list + ", seed=" + seed + ")"))
        .containsExactlyInAnyOrderElementsOf(numbers.stream().map(String::valueOf).toList());
  }

  @Test
  void differentSeedsGiveDifferentOrders() {
    Set<List<String>> orders = new HashSet<>();
    for (int seed = 0; seed < 10; seed++) {
      orders.add(values("a=shuffle(1, 2, 3, 4, 5, 6, seed=" + seed + ")"));
    }
    assertThat(orders).hasSizeGreaterThan(5);
  }

  @Test
  void castsConvertEachValue() {
    assertThat(values("a=int(3.7)")).containsExactly("3");
    assertThat(values("a=int(-3.7, true, '12')")).containsExactly("-3", "1", "12");
    assertThat(values("a=float(range(2))")).containsExactly("0.0", "1.0");
    assertThat(values("a=float(1_000)")).containsExactly("1000.0");
    assertThat(values("a=str(1, 'it''s')")).containsExactly("'1'", "'it''s'");
    assertThat(values("a=bool(0, 2, TRUE, 'false')")).containsExactly("false", "true", "true", "false");
    assertThat(values("a=1,int(2.5)")).containsExactly("1", "2");
  }

  @Test
  void castValuesReachTheConfigWithTheirTypes() {
    Outcome outcome = knobs().invoke("show", "-m", "name=str(1)", "flag=bool(1)", "n=int(2.9)",
        "lr=shuffle(0.1, 0.2, seed=1)");

    assertThat(outcome.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).extracting(job -> job.value()).containsExactlyInAnyOrder(
        new Knobs(0.1, "1", true, 2), new Knobs(0.2, "1", true, 2));
  }

  @Test
  void anUnknownFunctionIsRefusedWithTheClosestNamesNotTakenAsText() {
    Outcome outcome = knobs().invoke("show", "-m", "name=shufle(a,b)");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(outcome.jobs()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("knobs: sweep 'name=shufle(a,b)': unknown function"
        + " 'shufle'; did you mean 'shuffle'? The functions are bool, choice, float, glob, int, interval, range,"
        + " shuffle, sort, str, zip; quote text that looks like a call: \"shufle(a,b)\"\n");
    assertThat(values("name='shufle(a,b)'")).containsExactly("'shufle(a,b)'");
    assertThat(values("path=/a/f(1).txt")).containsExactly("/a/f(1).txt");
  }

  @Test
  void misusesAreOneLineErrors() {
    assertError("a=interval(0, 1)", "interval(a, b) is a range for a sweeper that samples; the grid sweeps the values"
        + " it is given, such as choice(…) or range(…)");
    assertError("a=int(abc)", "int(…) cannot make a whole number of 'abc'");
    assertError("a=float(x)", "float(…) cannot make a number of 'x'");
    assertError("a=bool(maybe)", "bool(…) takes true, false or a number, not 'maybe'");
    assertError("a=sort(1, 2, revers=true)", "sort(…) takes the keyword reverse=, not revers=");
    assertError("a=int(1, base=2)", "int(…) takes no keyword arguments, not base=");
    assertError("a=shuffle(1, 2, seed=x)", "shuffle's seed= is a whole number of at most 19 digits, not 'x'");
    assertError("a=sort(1, 2, reverse=perhaps)", "sort's reverse= takes true, false or a number, not 'perhaps'");
    assertError("a=" + "sort(".repeat(17) + "1" + ")".repeat(17), "functions nest more than 16 deep");
  }

  private static void assertError(String argument, String message) {
    assertThatThrownBy(() -> Sweep.of(List.of(argument))).isInstanceOf(InputException.class)
        .hasMessage("sweep '" + argument + "': " + message);
  }

  @Test
  void zippedKeysArePairedNotMultiplied() {
    assertThat(Sweep.of(List.of("lr=zip(0.1, 0.01)", "opt=a,b", "wd=zip(1e-4, 1e-5)")).jobs()).containsExactly(
        List.of("lr=0.1", "opt=a", "wd=1e-4"), List.of("lr=0.1", "opt=b", "wd=1e-4"),
        List.of("lr=0.01", "opt=a", "wd=1e-5"), List.of("lr=0.01", "opt=b", "wd=1e-5"));
    assertThat(Sweep.of(List.of("a=zip(range(3))", "b=zip(shuffle(x, y, z, seed=7))")).jobs()).hasSize(3);
  }

  @Test
  void namedZipGroupsAreSweptAgainstEachOther() {
    assertThat(Sweep.of(List.of("lr=zip(1,2,group=opt)", "m=zip(x,y,group=opt)", "w=zip(5,6)", "d=zip(7,8)")).jobs())
        .containsExactly(List.of("lr=1", "m=x", "w=5", "d=7"), List.of("lr=1", "m=x", "w=6", "d=8"),
            List.of("lr=2", "m=y", "w=5", "d=7"), List.of("lr=2", "m=y", "w=6", "d=8"));
  }

  @Test
  void zipMisusesAreOneLineErrors() {
    assertThatThrownBy(() -> Sweep.of(List.of("lr=zip(1,2)", "wd=zip(1,2,3)"))).isInstanceOf(InputException.class)
        .hasMessage("sweep: zip pairs the values of lr (2) with those of wd (3); keys zipped together need as many"
            + " values each");
    assertError("a=sort(zip(1,2))", "zip(…) pairs this key's values with other keys', so it comes first, inside no"
        + " other function");
    assertError("a=zip(1,2,group=a b)", "zip's group= is a name of letters, digits, '-' and '_', not 'a b'");
  }
}
