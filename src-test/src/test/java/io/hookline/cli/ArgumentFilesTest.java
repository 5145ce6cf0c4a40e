package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.InputException;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argument files: {@code @FILE} anywhere on the command line stands for the arguments in the file, with quotes and
 * comments as picocli reads them, files within files, {@code @@} for a literal {@code @}, and one-line errors.
 */
class ArgumentFilesTest {

  /** A greeting's config. */
  public record Greeting(String name, int times) {
    /** The defaults. */
    public Greeting() {
      this("world", 1);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private App app() {
    return App.named("greet").directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("hello", invocation -> {
          Greeting greeting = invocation.config(Greeting.class);
          return greeting.name() + " x" + greeting.times();
        }).config(ConfigSpec.of(Greeting.class)));
  }

  private List<String> expand(String... args) {
    return ArgumentFiles.expand(List.of(args), dir);
  }

  @Test
  void quotesKeepWhiteSpaceAndCommentsAreSkipped() throws IOException {
    Files.writeString(dir.resolve("args.txt"), """
        # the greeting
          name="Ada Lovelace"   'times=2'
        # indented comments too
        "with \\"quotes\\" and \\\\" 'single "double" inside'
        not#a#comment
        """);

    assertThat(expand("hello", "@args.txt", "x=1")).containsExactly("hello", "name=Ada Lovelace", "times=2",
        "with \"quotes\" and \\", "single \"double\" inside", "not#a#comment", "x=1");
  }

  @Test
  void filesIncludeFilesAndAtAtIsALiteralAt() throws IOException {
    Files.writeString(dir.resolve("outer.txt"), "a=1 @inner.txt @@literal\n");
    Files.writeString(dir.resolve("inner.txt"), "b=2\n");

    assertThat(expand("@outer.txt", "@@x", "@", "--", "@outer.txt")).containsExactly("a=1", "b=2", "@literal", "@x",
        "@", "--", "@outer.txt");
  }

  @Test
  void aRunAndAMultirunReadTheirArgumentsFromFiles() throws IOException {
    Files.writeString(dir.resolve("single.args"), "hello name='Grace Hopper' times=3");
    Files.writeString(dir.resolve("sweep.args"), "-m\nname=Ada,Grace\ntimes=1,2\n");

    Outcome single = app().invoke("@single.args");
    Outcome sweep = app().invoke("hello", "@sweep.args");

    assertThat(single.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Outcome.OK);
    assertThat(single.jobs().get(0).value()).isEqualTo("Grace Hopper x3");
    assertThat(sweep.jobs()).extracting(JobReturn::value).containsExactly("Ada x1", "Ada x2", "Grace x1", "Grace x2");
  }

  @StartsProcesses
  @Test
  void aFileThatCannotBeReadIsOneLineAndExitCode2() throws Exception {
    Files.createDirectory(dir.resolve("folder"));
    Files.writeString(dir.resolve("open.txt"), "a=1\nb=\"never closed\n");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'a', '=', (byte) 0xE9});
    Files.writeString(dir.resolve("self.txt"), "@self.txt");
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start().waitFor();

    String advice = "; an argument file is a file of arguments (write @@ for an argument that begins with @)";
    assertBad("@missing.txt: no such file" + advice, "hello", "@missing.txt");
    assertBad("@folder: is a folder" + advice, "hello", "@folder");
    assertBad("@dangling.txt: is a link to nothing" + advice, "hello", "@dangling.txt");
    assertBad("@fifo: is not a regular file" + advice, "hello", "@fifo");
    assertBad("@open.txt:2: the quote \" opened here is not closed", "hello", "@open.txt");
    assertBad("@latin1.txt: not UTF-8 text", "hello", "@latin1.txt");
    assertBad("@self.txt: argument files include one another more than 10 deep; does one include itself?", "hello",
        "@self.txt");
  }

  private void assertBad(String message, String... args) {
    err.reset();
    Outcome outcome = app().invoke(args);
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("greet: " + message + "\n");
  }

  @Test
  void tooManyArgumentsAreRefused() throws IOException {
    Files.writeString(dir.resolve("many.txt"), "x ".repeat(ArgumentFiles.MAX_ARGUMENTS + 1));

    assertThatThrownBy(() -> expand("@many.txt")).isInstanceOf(InputException.class)
        .hasMessage("@many.txt: more than 100000 arguments in all");
  }
}
