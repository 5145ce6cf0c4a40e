package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src-test/mutation.sh} passes Maven's exit code on, and when PIT stops because a test fails before any mutant,
 * says in one line what to do. Run with a stand-in {@code mvn} first on the {@code PATH}, which prints what it is told
 * and exits as it is told.
 */
@StartsProcesses
class MutationScriptTest {

  private static final String ADVICE = "mutation: the tests named above fail under PIT before any mutant is made, so no"
      + " score can be computed. A test that starts a process cannot run under PIT: mark it @StartsProcesses"
      + " (io.hookline.architecture), which the mutation profile leaves out, or adapt it to run in this JVM.\n";

  @TempDir
  Path dir;

  private record Ran(int code, String out, String err) {}

  private Ran run(String mavenSays, int mavenExits) throws IOException, InterruptedException {
    Path maven = dir.resolve("mvn");
    Files.writeString(maven, "#!/bin/sh\nprintf '%s\\n' '" + mavenSays + "'\nexit " + mavenExits + "\n");
    Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder = new ProcessBuilder("bash", Path.of("mutation.sh").toAbsolutePath().toString())
        .redirectError(dir.resolve("err").toFile());
    builder.environment().put("PATH", dir + ":" + System.getenv("PATH"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), out, Files.readString(dir.resolve("err")));
  }

  @Test
  void aTestThatFailsBeforeAnyMutantGetsTheAdvice() throws Exception {
    Ran ran = run("[ERROR] Description [testClass=a.BTest, name=c] did not pass without mutation.", 1);
    assertThat(ran.code()).isEqualTo(1);
    assertThat(ran.out()).isEqualTo("[ERROR] Description [testClass=a.BTest, name=c] did not pass without mutation.\n");
    assertThat(ran.err()).isEqualTo(ADVICE);
  }

  @Test
  void anyOtherEndIsMavensOwn() throws Exception {
    assertThat(run("[ERROR] Mutation score of 80 is below threshold of 90", 1)).isEqualTo(
        new Ran(1, "[ERROR] Mutation score of 80 is below threshold of 90\n", ""));
    assertThat(run("[INFO] BUILD SUCCESS", 0)).isEqualTo(new Ran(0, "[INFO] BUILD SUCCESS\n", ""));
  }
}
