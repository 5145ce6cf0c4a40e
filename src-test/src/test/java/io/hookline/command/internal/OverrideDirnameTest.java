package io.hookline.command.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link OverrideDirname} as a pure function: Hydra's name for plain overrides, and, for any overrides at all, a name
 * that Linux, macOS and Windows all take as one folder. Nothing here runs on Windows: its rules are checked as rules.
 */
class OverrideDirnameTest {

  /** What Windows refuses in a name, besides control characters. */
  private static final String REFUSED = "/\\:*?\"<>|";

  @Example
  void plainOverridesAreSortedAndJoinedAsHydraDoes() {
    assertThat(OverrideDirname.DEFAULT.name(List.of("lr=0.1", "db=mysql", "+extra=1"))).isEqualTo(
        "+extra=1,db=mysql,lr=0.1");
    assertThat(new OverrideDirname("_", "__", List.of("seed")).name(List.of("seed=3", "lr=0.1", "db=mysql")))
        .isEqualTo("db_mysql__lr_0.1");
    assertThat(OverrideDirname.DEFAULT.name(List.of("~db", "hookline.launcher=process", "hookline/callbacks=log")))
        .isEqualTo("~db");
    assertThat(OverrideDirname.DEFAULT.name(List.of())).isEmpty();
  }

  @Example
  void whatASystemRefusesBecomesAnUnderscore() {
    assertThat(OverrideDirname.DEFAULT.name(List.of("server/db=pg", "path=C:\\x", "q=a?b*c"))).isEqualTo(
        "path=C__x,q=a_b_c,server_db=pg");
    assertThat(new OverrideDirname("=", "/", List.of()).name(List.of("b=2", "a=1"))).as("no sub-folders")
        .isEqualTo("a=1_b=2");
    assertThat(OverrideDirname.safe("tag=v1.")).isEqualTo("tag=v1_");
    assertThat(OverrideDirname.safe("..")).isEqualTo("__");
    assertThat(OverrideDirname.safe("nul")).isEqualTo("_nul");
    assertThat(OverrideDirname.safe("COM1.txt")).isEqualTo("_COM1.txt");
    assertThat(OverrideDirname.safe("console")).isEqualTo("console");
    String longName = OverrideDirname.safe("k=" + "é".repeat(200));
    assertThat(longName.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(OverrideDirname.MAX_BYTES);
    assertThat(longName).matches("k=é+~[0-9a-f]{8}");
  }

  @Property(tries = 500)
  void anyOverridesGiveANameEverySystemTakes(@ForAll("overrides") List<String> overrides) {
    String name = OverrideDirname.DEFAULT.name(overrides);
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(OverrideDirname.MAX_BYTES);
    assertThat(name.codePoints().boxed().toList()).noneMatch(c -> c < 0x20 || c == 0x7f || REFUSED.indexOf(c) >= 0
        || Character.getType(c) == Character.SURROGATE); // a surrogate left as a code point stands alone
    assertThat(name).doesNotEndWith(".").doesNotEndWith(" ");
    assertThat(name.toUpperCase(Locale.ROOT).replaceFirst("\\..*", "")).isNotIn("CON", "PRN", "AUX", "NUL", "COM1",
        "COM9", "LPT1", "LPT9");
  }

  @Property(tries = 200)
  void theOrderOfTheOverridesDoesNotMatter(@ForAll("overrides") List<String> overrides) {
    List<String> shuffled = new ArrayList<>(overrides);
    Collections.reverse(shuffled);
    assertThat(OverrideDirname.DEFAULT.name(shuffled)).isEqualTo(OverrideDirname.DEFAULT.name(overrides));
  }

  @Property(tries = 200)
  void anExcludedKeyLeavesNoTrace(@ForAll("overrides") List<String> overrides) {
    List<String> more = new ArrayList<>(overrides);
    more.add("seed=42");
    assertThat(new OverrideDirname("=", ",", List.of("seed")).name(more))
        .isEqualTo(new OverrideDirname("=", ",", List.of("seed")).name(overrides));
  }

  @Property(tries = 200)
  void longNamesStayApart(@ForAll("longValues") String value) {
    String one = OverrideDirname.DEFAULT.name(List.of("a=" + value));
    String other = OverrideDirname.DEFAULT.name(List.of("a=" + value + "x"));
    assertThat(one).isNotEqualTo(other);
  }

  @Provide
  Arbitrary<List<String>> overrides() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(120);
    Arbitrary<String> key = Arbitraries.strings().withChars("abz_./").ofMinLength(1).ofMaxLength(12)
        .filter(each -> !each.equals("seed"));
    return net.jqwik.api.Combinators.combine(key, text).as((k, v) -> k + "=" + v).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> longValues() {
    return Arbitraries.strings().all().ofMinLength(260).ofMaxLength(600);
  }
}
