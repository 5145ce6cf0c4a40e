package io.hookline.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.architecture.StartsProcesses;
import io.hookline.reliability.SmallDisk;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dist goal's folder, run for real: the POSIX script runs the program with its arguments and options intact from
 * a folder whose path has a space, uses the archive the training runs made (the second run's, which went where the
 * starts after the first go), makes its own in a moved copy, ignores a damaged one, and a training run that fails
 * names its log.
 */
class DistributionTest {

  @TempDir Path temp;

  @StartsProcesses
  @Test
  void theScriptRunsTheProgramWithItsArgumentsAndOptionsIntact() throws Exception {
    Path folder = temp.resolve("my programs/echo");
    Distribution distribution = new Distribution(folder, "echo", "demo.Echo", List.of("-Dgreeting=it's fine",
        "-Xss2m"));
    distribution.write(List.of(program()));
    Ran ran = run(folder, Map.of(), "two words", "$HOME", "*");
    assertThat(ran.out()).isEqualTo("greeting=it's fine\nargs=[two words, $HOME, *]\n");
    assertThat(ran.code()).isZero();
  }

  @StartsProcesses
  @Test
  void theBuildsArchiveIsUsedInPlaceAndAMovedCopyMakesItsOwn() throws Exception {
    Path folder = trained();
    assertThat(folder.resolve("echo.jsa")).isRegularFile();
    assertThat(Files.readString(temp.resolve("training.log"))).contains("args=[trained]");

    assertThat(archivedClasses(folder)).isPositive();
    Path moved = temp.resolve("moved");
    copy(folder, moved);
    assertThat(archivedClasses(moved)).as("a copy elsewhere does not use an archive made for another folder")
        .isZero();
    assertThat(archivedClasses(moved)).as("a copy makes its own archive on its first run").isPositive();
    assertThat(Files.readString(moved.resolve("echo.archive"))).startsWith(moved.toRealPath() + "\n");

    Files.write(moved.resolve("echo.jsa"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Ran damaged = run(moved, Map.of(), "still");
    assertThat(damaged.out()).as("a damaged archive is ignored: the program's output is its own")
        .isEqualTo("greeting=null\nargs=[still]\n");
    assertThat(damaged.code()).isZero();
  }

  /**
   * A JVM that cannot write its class-data archive at exit fails the whole run (exit 1, after the program's own
   * output), so a copy on a disk without room for one runs without it and keeps its exit code.
   */
  @StartsProcesses
  @Test
  void aCopyOnAFullDiskRunsWithoutMakingAnArchive() throws Exception {
    Path folder = trained();
    Path disk = Files.createDirectories(temp.resolve("disk"));
    try (SmallDisk small = SmallDisk.mount(disk, "16m")) {
      Path moved = disk.resolve("moved");
      copy(folder, moved);
      // room for half an archive: a JVM that tried to write one would fail
      long room = Files.size(moved.resolve("echo.jsa")) / 2;
      long free = Files.getFileStore(disk).getUsableSpace();
      Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, free - room)]);

      Ran ran = run(moved, Map.of(), "still");
      assertThat(ran.out()).isEqualTo("greeting=null\nargs=[still]\n");
      assertThat(ran.code()).as(Files.readString(temp.resolve("stderr"))).isZero();
      assertThat(moved.resolve("echo.archive")).as("no archive is promised for this folder").content()
          .doesNotStartWith(moved.toRealPath().toString());
    }
  }

  @StartsProcesses
  @Test
  void theArchiveHoldsWhatTheStartsAfterTheFirstLoad() throws Exception {
    Path folder = trained();
    assertThat(Files.readString(temp.resolve("training.log"))).as("the training runs, one after the other")
        .isEqualTo("greeting=null\nargs=[trained]\n".repeat(2));
    Files.createFile(temp.resolve("seen"));
    Ran later = run(folder, Map.of("JAVA_OPTS", "-Xlog:class+load=info:stdout"), "again");
    assertThat(later.out()).contains("demo.Later source: shared objects file");
  }

  @Test
  void aTrainingRunThatFailsNamesItsLogAndWhatToDo() throws Exception {
    Distribution distribution = new Distribution(temp.resolve("echo"), "echo", "demo.Echo", List.of());
    List<String> jars = distribution.write(List.of(program()));
    assertThatThrownBy(() -> distribution.train(jars, List.of("fail"), javaHome(), temp.resolve("training"),
        temp.resolve("training.log"), 120))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the training run (fail) exited with 3, saying \"args=[fail]\"; see " + temp.resolve("training.log")
            + ", and give a <training> command line that the program completes in " + temp.resolve("training")
            + ", where it runs");
  }

  @Test
  void badSettingsAreOneLineNamingTheSetting() {
    assertThatThrownBy(() -> new Distribution(temp, "bin/echo", "demo.Echo", List.of()))
        .hasMessage("name 'bin/echo' cannot name a script; use letters, digits, '.', '_' and '-', starting with a"
            + " letter or digit");
    assertThatThrownBy(() -> new Distribution(temp, "echo", "demo/Echo", List.of()))
        .hasMessage("mainClass 'demo/Echo' is not a class name; give the binary name of the class with the main"
            + " method, such as greet.Greet");
    assertThatThrownBy(() -> new Distribution(temp, "echo", "demo.Echo", List.of("-Dx=\"y\"")))
        .hasMessage("jvmOption '-Dx=\"y\"' cannot be written into a script; give each option as one <jvmOption>"
            + " without double quotes or line breaks");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefusedAndKept() throws Exception {
    Path file = Files.writeString(temp.resolve("echo"), "mine");
    Distribution distribution = new Distribution(file, "echo", "demo.Echo", List.of());
    assertThatThrownBy(() -> distribution.write(List.of(program())))
        .hasMessageContaining("is not a folder; remove it or choose another output folder");
    assertThat(file).hasContent("mine");
  }

  /**
   * A jar holding demo.Echo, which prints a system property and its arguments, exits 3 when told to fail, and, as a
   * program that writes its config's defaults on its first start and reads them on the next, leaves a file named
   * {@code seen} in its working folder on its first start and loads the class demo.Later on each start after it.
   */
  private Path program() throws IOException {
    Path source = Files.createDirectories(temp.resolve("src/demo")).resolve("Echo.java");
    Files.writeString(source, """
        package demo;
        public class Echo {
          public static void main(String[] args) throws java.io.IOException {
            System.out.println("greeting=" + System.getProperty("greeting"));
            System.out.println("args=" + java.util.Arrays.toString(args));
            if (args.length > 0 && args[0].equals("fail")) System.exit(3);
            if (!new java.io.File("seen").createNewFile()) Later.load();
          }
        }
        class Later {
          static void load() {}
        }
        """);
    Path classes = temp.resolve("classes");
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        source.toString());
    assertThat(compiled).isZero();
    Path jar = temp.resolve("echo.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      for (String type : List.of("Echo", "Later")) {
        zip.putNextEntry(new JarEntry("demo/" + type + ".class"));
        zip.write(Files.readAllBytes(classes.resolve("demo/" + type + ".class")));
        zip.closeEntry();
      }
    }
    return jar;
  }

  /** Makes the folder {@code echo} of {@link #program()} and its archive, trained with {@code trained}. */
  private Path trained() throws Exception {
    Path folder = temp.resolve("echo");
    Distribution distribution = new Distribution(folder, "echo", "demo.Echo", List.of());
    List<String> jars = distribution.write(List.of(program()));
    Path archive = distribution.train(jars, List.of("trained"), javaHome(), temp.resolve("training"),
        temp.resolve("training.log"), 120);
    assertThat(archive).isEqualTo(folder.toRealPath().resolve("echo.jsa"));
    return folder;
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private long archivedClasses(Path folder) throws Exception {
    Ran ran = run(folder, Map.of("JAVA_OPTS", "-Xlog:class+load=info:stdout"), "counted");
    assertThat(ran.out()).contains("args=[counted]");
    return ran.out().lines().filter(line -> line.contains("shared objects file (top)")).count();
  }

  private Ran run(Path folder, Map<String, String> environment, String... arguments) throws Exception {
    String name = folder.getFileName().toString().equals("moved") ? "echo" : folder.getFileName().toString();
    List<String> command = new ArrayList<>(List.of(folder.resolve("bin").resolve(name).toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
        .redirectError(temp.resolve("stderr").toFile());
    builder.environment().put("JAVA_HOME", javaHome().toString());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Ran(out, process.waitFor());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path each : walk.toList()) {
        Path target = to.resolve(from.relativize(each).toString());
        if (Files.isDirectory(each)) {
          Files.createDirectories(target);
        } else {
          Files.copy(each, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private record Ran(String out, int code) {}
}
