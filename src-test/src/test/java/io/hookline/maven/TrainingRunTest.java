package io.hookline.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training runs' command lines and what is made of them, against a Java runtime whose {@code bin/java} is a short
 * shell script: it prints its command line and working folder, reads its standard input to the end, makes the archive
 * it is asked for, and, told by the program's first argument, fails, fails silently, hangs or makes no archive. The
 * real runtime's training is {@link DistributionTest}'s.
 */
class TrainingRunTest {

  private static final String JAVA = """
      #!/bin/sh
      last=""
      for word in "$@"; do last="$word"; done
      [ "$last" = silent ] && exit 4
      echo "ran $0 $*"
      echo "in $(pwd) holding [$(ls)]"
      touch ran-before
      cat > /dev/null
      for word in "$@"; do
        case "$word" in
          -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) archive="${word#*=}" ;;
        esac
      done
      case "$last" in
        fail) printf '  the last words  \\n\\n   \\n'; exit 3 ;;
        hang) echo $$ > pid; exec sleep 60 ;;
        no-archive) exit 0 ;;
      esac
      [ -z "$archive" ] || echo archived > "$archive"
      """;

  @TempDir Path temp;
  private Path runtime;
  private Path log;
  private Path working;
  private List<String> jars;

  @BeforeEach
  void aRuntimeWhoseJavaIsAScript() throws IOException {
    runtime = Files.createDirectories(temp.resolve("runtime/bin")).getParent();
    Path script = Files.writeString(Files.createDirectories(temp.resolve("scripts")).resolve("java"), JAVA);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createSymbolicLink(runtime.resolve("bin/java"), script);
    log = temp.resolve("training.log");
    working = temp.resolve("training");
  }

  @Test
  void theSecondRunKeepsAClassDataArchiveBeforeJava25() throws Exception {
    Files.writeString(runtime.resolve("release"), "IMPLEMENTOR=\"someone\"\nJAVA_VERSION=\"21.0.4\"\n");
    Files.writeString(log, "an old log\n");
    Files.createDirectories(working).resolve("stale").toFile().createNewFile();
    Distribution distribution = new Distribution(temp.resolve("echo"), "echo", "demo.Echo",
        List.of("-Dgreeting=hi", "-Xmx64m"));
    List<String> both = distribution.write(List.of(jar("one", "a.jar"), jar("two", "b.jar")));

    Path archive = distribution.train(both, List.of("x", "y z"), runtime, working, log, 30);

    Path home = temp.resolve("echo").toRealPath();
    Path java = temp.resolve("scripts/java").toRealPath();
    assertThat(archive).isEqualTo(home.resolve("echo.jsa")).hasContent("archived");
    String classpath = home.resolve("lib/a.jar") + File.pathSeparator + home.resolve("lib/b.jar");
    String line = " -Xlog:disable -Xlog:all=warning:stderr -Dgreeting=hi -Xmx64m -cp " + classpath + " demo.Echo x y z";
    assertThat(Files.readAllLines(log)).containsExactly(
        "ran " + java + line,
        "in " + working.toRealPath() + " holding []",
        "ran " + java + " -XX:ArchiveClassesAtExit=" + archive + line,
        "in " + working.toRealPath() + " holding [ran-before]");
    assertThat(home.resolve("echo.archive")).hasContent(home + "\n" + java);
  }

  @Test
  void fromJava25OnTheSecondRunKeepsAnAotCache() throws Exception {
    Files.writeString(runtime.resolve("release"), "JAVA_VERSION=\"25\"\n");
    Distribution distribution = echo();

    Path archive = distribution.train(jars, List.of("x"), runtime, working, log, 30);

    assertThat(archive).isEqualTo(temp.resolve("echo").toRealPath().resolve("echo.aot"));
    assertThat(Files.readAllLines(log).get(2)).contains(" -XX:AOTCacheOutput=" + archive + " -Xlog:disable ");
  }

  @Test
  void aRuntimeWithoutAReleaseFileIsTakenForThisJvm() throws Exception {
    Distribution distribution = echo();

    Path archive = distribution.train(jars, List.of("x"), runtime, working, log, 30);

    String kept = Runtime.version().feature() >= 25 ? "echo.aot" : "echo.jsa";
    assertThat(archive.getFileName()).hasToString(kept);
  }

  @Test
  void aFailedRunSaysItsLastWordsItsLogAndWhereItRan() throws Exception {
    Distribution distribution = echo();

    assertThatThrownBy(() -> distribution.train(jars, List.of("please", "fail"), runtime, working, log, 30))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the training run (please fail) exited with 3, saying \"the last words\"; see " + log
            + ", and give a <training> command line that the program completes in " + working + ", where it runs");
    assertThatThrownBy(() -> distribution.train(jars, List.of("silent"), runtime, working, log, 30))
        .hasMessage("the training run (silent) exited with 4; see " + log + ", and give a <training> command line"
            + " that the program completes in " + working + ", where it runs");
    assertThat(temp.resolve("echo/echo.archive")).doesNotExist();
  }

  @Test
  void aRunThatLeavesNoArchiveIsRefused() throws Exception {
    Distribution distribution = echo();

    assertThatThrownBy(() -> distribution.train(jars, List.of("no-archive"), runtime, working, log, 30))
        .hasMessageStartingWith("the training run (no-archive) made no archive, saying \"in " + working.toRealPath()
            + " holding [ran-before]\"; see " + log);
    assertThat(temp.resolve("echo/echo.archive")).doesNotExist();
  }

  @Test
  void aRunThatDoesNotEndInTimeIsStoppedAndSaysSo() throws Exception {
    Distribution distribution = echo();

    assertThatThrownBy(() -> distribution.train(jars, List.of("hang"), runtime, working, log, 1))
        .hasMessage("the training run (hang) did not end within 1 s; see " + log
            + ", or give a shorter <training> command line");
  }

  @Test
  void anInterruptedBuildStopsItsTrainingRun() throws Exception {
    Distribution distribution = echo();
    Thread build = Thread.currentThread();
    Thread stopper = new Thread(() -> {
      try {
        while (!Files.isRegularFile(working.resolve("pid")) || Files.size(working.resolve("pid")) == 0) {
          Thread.sleep(10);
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
      build.interrupt();
    });
    stopper.start();

    assertThatThrownBy(() -> distribution.train(jars, List.of("hang"), runtime, working, log, 60))
        .isInstanceOf(InterruptedException.class);

    stopper.join();
    long pid = Long.parseLong(Files.readString(working.resolve("pid")).strip());
    Optional<ProcessHandle> left = ProcessHandle.of(pid);
    if (left.isPresent()) {
      left.get().onExit().get(10, TimeUnit.SECONDS); // a TimeoutException if the run were left going
    }
  }

  @Test
  void twoJarsOfOneNameAreKeptApartByTheirPlaceAndTheScriptRuns() throws Exception {
    Distribution distribution = new Distribution(temp.resolve("echo"), "echo", "demo.Echo", List.of());

    List<String> kept = distribution.write(List.of(jar("one", "a.jar"), jar("two", "b.jar"), jar("three", "a.jar")));

    assertThat(kept).containsExactly("a.jar", "b.jar", "2-a.jar");
    assertThat(temp.resolve("echo/lib/2-a.jar")).hasContent("three");
    assertThat(temp.resolve("echo/lib/a.jar")).hasContent("one");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("echo/bin/echo"))))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void anOptionThatIsBlankOrSpansLinesIsRefused() {
    for (String option : List.of(" ", "-Da=1\n-Db=2")) {
      assertThatThrownBy(() -> new Distribution(temp, "echo", "demo.Echo", List.of(option)))
          .hasMessageStartingWith("jvmOption '" + option + "' cannot be written into a script");
    }
    assertThatThrownBy(() -> new Distribution(temp, "-echo", "demo.Echo", List.of()))
        .hasMessageStartingWith("name '-echo' cannot name a script");
    assertThatThrownBy(() -> new Distribution(temp, "echo", "demo.", List.of()))
        .hasMessageStartingWith("mainClass 'demo.' is not a class name");
  }

  /** Writes the folder {@code echo} of one jar, whose name it keeps in {@link #jars}. */
  private Distribution echo() throws IOException {
    Distribution distribution = new Distribution(temp.resolve("echo"), "echo", "demo.Echo", List.of());
    jars = distribution.write(List.of(jar("one", "a.jar")));
    return distribution;
  }

  private Path jar(String folder, String name) throws IOException {
    return Files.writeString(Files.createDirectories(temp.resolve("jars").resolve(folder)).resolve(name), folder);
  }
}
