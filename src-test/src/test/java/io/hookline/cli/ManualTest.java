package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import io.hookline.testkit.Transcript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.Shop;

/**
 * {@code app --man DIR}: a man page for the app, each group and each command, which {@code man --warnings} renders
 * without a warning (Debian's man-db, which CI installs), with exact text; and the same manual as an AsciiDoc
 * reference, which the guide includes, so that the guide's reference is the one the program writes. A folder that
 * cannot be written or named is one line, as is a {@code --rerun} or {@code --resume} folder that cannot be named.
 */
class ManualTest {

  private static final Path GUIDE_REFERENCE = Path.of("..", "docs", "guide", "reference", "shop.adoc");

  @TempDir
  Path dir;

  /** Runs {@code --man man} for {@code app} in the test's folder, and returns the folder it wrote. */
  private Path manual(App app) {
    Transcript run = Transcript.of(app, dir, "--man", "man");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return dir.resolve("man");
  }

  private static String[] run(Path dir, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("MANWIDTH", "80");
    builder.environment().put("MANPAGER", "cat");
    builder.environment().put("LANG", "C.UTF-8");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {out, err, Integer.toString(process.exitValue())};
  }

  @StartsProcesses
  @Test
  void everyPageRendersWithoutAWarning() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed; install it with apt-get install"
        + " -y man-db (.ci/run does)");
    Path man = manual(Shop.app());
    try (Stream<Path> files = Files.list(man.resolve("man1"))) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly("shop-db-load.1",
          "shop-db-migrate.1", "shop-db.1", "shop-serve.1", "shop.1");
    }
    for (String page : List.of("shop", "shop-serve", "shop-db", "shop-db-migrate", "shop-db-load")) {
      String[] rendered = run(man, "man", "--warnings", "-l", "man1/" + page + ".1");
      assertThat(rendered[1]).as("what man said of %s", page).isEmpty();
      assertThat(rendered[2]).isEqualTo("0");
      assertThat(rendered[0]).contains("NAME", "SYNOPSIS", "OPTIONS", "SEE ALSO");
    }
    String migrate = run(man, "man", "-l", "man1/shop-db-migrate.1")[0];
    assertThat(migrate).contains("""
        NAME
               shop-db-migrate - Bring the schema up to date
        """, """
               --to VERSION
                      the schema version (required; a whole number)
        """, """
               db::url (String)
                      default: jdbc:h2:mem:shop
        """).contains("shop 2.1.0");
  }

  @StartsProcesses
  @Test
  void textThatLooksLikeRoffStaysTextAndAGroupIsNamed() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
    App app = App.named("odd").describedAs(".TH a request\n\n'quoted\\back \"slash\"")
        .command(Command.of("go", inv -> null).describedAs(".SH NOT A SECTION")
            .option(OptionSpec.flag("x", ".B bold? -- no"))
            .option(OptionSpec.flag("yaml", "as YAML").exclusiveIn("Output")));
    Path man = manual(app);
    String[] rendered = run(man, "man", "--warnings", "-l", "man1/odd.1");
    assertThat(rendered[1]).isEmpty();
    assertThat(rendered[0]).contains(".TH a request", "'quoted\\back \"slash\"");
    String go = run(man, "man", "--warnings", "-l", "man1/odd-go.1")[0];
    assertThat(go).contains("odd-go - .SH NOT A SECTION", ".B bold? -- no", "as YAML [group Output: one at most]");
  }

  @Test
  void theGuidesReferenceIsTheOneTheProgramWrites() throws Exception {
    String written = Files.readString(manual(Shop.app()).resolve("shop.adoc"));
    if (Boolean.getBoolean("hookline.guide.update")) {
      Files.writeString(GUIDE_REFERENCE, written);
    }
    assertThat(Files.readString(GUIDE_REFERENCE)).as("docs/guide/reference/shop.adoc, written again")
        .isEqualTo(written);
    assertThat(written).contains("=== `shop db migrate`", "|`--to VERSION`\n|the schema version (required; a whole"
        + " number)\n", "|`db::pool`\n|int\n|`4`\n");
  }

  @Test
  void aFolderThatCannotBeWrittenOrNamedIsOneLine() throws Exception {
    Files.writeString(dir.resolve("taken"), "a file");
    Transcript run = Transcript.of(Shop.app(), dir, "--man", "taken");
    assertThat(run.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run.err()).startsWith("shop: --man taken: cannot write the manual there (").endsWith(")\n")
        .doesNotContain("\n\tat ");
    assertThat(Transcript.of(Shop.app(), dir, "--man").err()).isEqualTo("shop: --man takes one folder to write the"
        + " man pages and the reference into, as in --man target/man\n");
    Transcript nul = Transcript.of(Shop.app(), dir, "--man", "a\u0000b");
    assertThat(nul.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(nul.err()).startsWith("shop: --man a\\u0000b: cannot write the manual there (").doesNotContain("\tat ");
    for (String option : List.of("--rerun", "--resume")) {
      Transcript again = Transcript.of(Shop.app(), dir, option, "a\u0000b");
      assertThat(again.exitCode()).isEqualTo(Outcome.USAGE);
      assertThat(again.err()).startsWith("shop: " + option + " a\\u0000b: not a folder's name (")
          .doesNotContain("\tat ");
    }
  }
}
