package io.hookline.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Kotlin sees of Hookline's nullness, proven by compiling Kotlin against the built classes: JSpecify's
 * {@code @NullMarked} and {@code @Nullable} come through as Kotlin types, so a value Hookline may not have is a
 * nullable type that Kotlin refuses to treat as non-null, and everything else is non-null.
 */
class NullabilityTest {

  @TempDir
  Path dir;

  @Test
  void aNullableResultCannotBeUsedAsNonNull() throws Exception {
    String errors = compile("fun f(o: io.hookline.Outcome): Any = o.result()\n");
    assertThat(errors).contains("error").contains("Any?");
  }

  @Test
  void theSameCodeCompilesWhenItHandlesNull() throws Exception {
    assertThat(compile("fun f(o: io.hookline.Outcome): Any = o.result() ?: \"none\"\n")).isEmpty();
  }

  @Test
  void nonNullValuesAreNonNullTypes() throws Exception {
    String errors = compile("""
        fun f(o: io.hookline.Outcome): Int = o.exitCode()
        fun g(a: io.hookline.App): String = a.name()
        fun h(a: io.hookline.App): List<String> = a.commandNames()
        """);
    assertThat(errors).isEmpty();
  }

  @Test
  void passingNullWhereHooklineWantsAValueIsACompileError() throws Exception {
    String errors = compile("fun f() = io.hookline.App.named(null)\n");
    assertThat(errors).contains("error").containsIgnoringCase("null");
  }

  @Test
  void kotlinKnowsThatAPipelinesKeysAndEachKeyAreNonNull() throws Exception {
    // With warnings as errors, a safe call on a value Kotlin knows to be non-null fails to compile; on a platform
    // type, which is what Kotlin would see without the annotations, it compiles.
    assertThat(compile("fun f(p: io.hookline.pipeline.Pipeline<Int>): Int = p.keys()?.size ?: 0\n", "-Werror"))
        .contains("error").contains("nnecessary safe call");
    assertThat(compile("fun f(p: io.hookline.pipeline.Pipeline<Int>): Int = p.keys().first()?.length ?: 0\n",
        "-Werror")).contains("error").contains("nnecessary safe call");
    // The control: the same code on a method without nullness annotations compiles.
    assertThat(compile("fun f(file: java.io.File): Int = file.getParent()?.length ?: 0\n", "-Werror"))
        .isEmpty();
  }

  /**
   * Compiles {@code source} against Hookline, with {@code options}, and returns the compiler's errors, or an empty
   * string.
   */
  private String compile(String source, String... options) throws IOException, URISyntaxException {
    Path file = dir.resolve("Snippet.kt");
    Files.writeString(file, source);
    String classpath = String.join(java.io.File.pathSeparator, List.of(
        jarOf(Outcome.class), jarOf(NullMarked.class), jarOf(kotlin.Unit.class)));
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    List<String> arguments = new java.util.ArrayList<>(List.of(file.toString(), "-d", dir.resolve("out").toString(),
        "-classpath", classpath, "-no-stdlib", "-no-reflect", "-jvm-target", "17"));
    arguments.addAll(List.of(options));
    ExitCode code = new K2JVMCompiler().exec(new PrintStream(messages, true, StandardCharsets.UTF_8),
        arguments.toArray(String[]::new));
    String printed = messages.toString(StandardCharsets.UTF_8);
    return code == ExitCode.OK ? "" : printed.isBlank() ? "error: " + code : printed;
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
