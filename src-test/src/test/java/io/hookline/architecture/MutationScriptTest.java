package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src-test/mutation.sh}: the groups it runs, one Maven run each and in order, the scores at the end, Maven's exit
 * code passed on, and, when PIT stops because a test fails before any mutant, one line saying what to do. Run from a
 * copy of the script in a folder of its own, with a stand-in {@code mvn} first on the {@code PATH} that prints the
 * classes it is given and what it is told to say, and exits as it is told.
 */
@StartsProcesses
class MutationScriptTest {

  private static final String ADVICE = "mutation: the tests named above fail under PIT before any mutant is made, so no"
      + " score can be computed. A test that starts a process cannot run under PIT: mark it @StartsProcesses"
      + " (io.hookline.architecture), which the mutation profile leaves out, or adapt it to run in this JVM.\n";

  @TempDir
  Path dir;

  private record Ran(int code, String out, String err) {}

  private Ran run(String mavenSays, int mavenExits, String... args) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path maven = bin.resolve("mvn");
    Files.writeString(maven, "#!/bin/sh\nfor word; do case $word in -DtargetClasses=*) echo \"classes"
        + " ${word#-DtargetClasses=}\";; esac; done\nprintf '%s\\n' '" + mavenSays + "'\nexit " + mavenExits + "\n");
    Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path tests = Files.createDirectories(dir.resolve("repo/src-test/target"));
    if (!Files.exists(tests.resolve("test-classes"))) {
      Files.createSymbolicLink(tests.resolve("test-classes"), testClasses());
    }
    Path script = dir.resolve("repo/src-test/mutation.sh");
    Files.copy(Path.of("mutation.sh"), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> line = new ArrayList<>(List.of("bash", script.toString()));
    line.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(line).redirectError(dir.resolve("err").toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), out, Files.readString(dir.resolve("err")));
  }

  private static Path testClasses() throws URISyntaxException {
    return Path.of(MutationScores.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void everyGroupRunsInOrderThenTheScores() throws Exception {
    Ran ran = run("[INFO] BUILD SUCCESS", 0);

    assertThat(ran.code()).isZero();
    assertThat(ran.out()).isEqualTo("mutation: group config\nclasses io.hookline.config.*\n[INFO] BUILD SUCCESS\n"
        + "mutation: group commands\nclasses io.hookline.cli.*,io.hookline.command.*,io.hookline.compose.*,"
        + "io.hookline.provider.*\n[INFO] BUILD SUCCESS\n"
        + "mutation: group launch\nclasses io.hookline.launch.*\n[INFO] BUILD SUCCESS\n"
        + "mutation: group runtime\nclasses io.hookline.runtime.*,io.hookline.sweep.*,io.hookline.callback.*,"
        + "io.hookline.failure.*,io.hookline.pipeline.*\n[INFO] BUILD SUCCESS\n"
        + "mutation: group front\nclasses ~io\\.hookline\\.[A-Z].*,io.hookline.internal.*,io.hookline.maven.*,"
        + "io.hookline.dsl.*\n[INFO] BUILD SUCCESS\n"
        + "mutation: no report yet\n");
    assertThat(ran.err()).isEmpty();
  }

  @Test
  void groupsOrClassesChooseWhatIsMeasured() throws Exception {
    assertThat(run("ok", 0, "front", "config").out()).startsWith("mutation: group front\nclasses ~io")
        .contains("mutation: group config\nclasses io.hookline.config.*\n").doesNotContain("group runtime");
    assertThat(run("ok", 0, "-DtargetClasses=a.B").out()).isEqualTo("mutation: group chosen\nclasses a.B\nok\n"
        + "mutation: no report yet\n");
    assertThat(run("ok", 0, "nope")).isEqualTo(new Ran(2, "", "mutation: no group 'nope'; the groups are config,"
        + " commands, launch, runtime and front\n"));
  }

  @Test
  void aTestThatFailsBeforeAnyMutantGetsTheAdvice() throws Exception {
    Ran ran = run("[ERROR] Description [testClass=a.BTest, name=c] did not pass without mutation.", 1, "config");
    assertThat(ran.code()).isEqualTo(1);
    assertThat(ran.out()).isEqualTo("mutation: group config\nclasses io.hookline.config.*\n[ERROR] Description"
        + " [testClass=a.BTest, name=c] did not pass without mutation.\n");
    assertThat(ran.err()).isEqualTo(ADVICE);
  }

  @Test
  void anyOtherFailureStopsTheRunWithMavensExitCode() throws Exception {
    assertThat(run("[ERROR] Mutation score of 80 is below threshold of 90", 1)).isEqualTo(new Ran(1,
        "mutation: group config\nclasses io.hookline.config.*\n[ERROR] Mutation score of 80 is below threshold of 90\n",
        ""));
  }
}
