package io.hookline.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dist goal as Maven runs it, given a project: which jars go into {@code lib/} and in what order, where the folder
 * goes, what it says, and each setting it cannot go on without, in one line. (Its training runs are
 * {@link DistributionTest}'s and {@link TrainingRunTest}'s.)
 */
class DistGoalTest {

  @TempDir Path temp;
  private final List<String> said = new ArrayList<>();
  private final DistMojo goal = new DistMojo();
  private final MavenProject project = new MavenProject();
  private final Set<Artifact> libraries = new LinkedHashSet<>();

  @BeforeEach
  void aPackagedProject() throws Exception {
    project.getBuild().setDirectory(temp.resolve("target").toString());
    project.setArtifact(artifact("greet", "compile", jar("greet.jar")));
    project.setArtifacts(libraries);
    set("project", project);
    set("name", "greet");
    set("mainClass", "greet.Greet");
    goal.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        said.add(content.toString());
      }
    });
  }

  @Test
  void theProgramsJarComesFirstThenItsRuntimeLibrariesInOrder() throws Exception {
    libraries.add(artifact("vavr", "compile", jar("vavr.jar")));
    libraries.add(artifact("junit", "test", jar("junit.jar")));
    libraries.add(artifact("servlet", "provided", jar("servlet.jar")));
    libraries.add(artifact("jackson", "runtime", jar("jackson.jar")));
    libraries.add(artifact("parent", "compile", jar("parent.pom")));
    libraries.add(artifact("unresolved", "compile", null));

    goal.execute();

    Path folder = temp.resolve("target/greet");
    try (Stream<Path> lib = Files.list(folder.resolve("lib"))) {
      assertThat(lib.map(jar -> jar.getFileName().toString())).containsExactlyInAnyOrder("greet.jar", "vavr.jar",
          "jackson.jar");
    }
    assertThat(folder.resolve("bin/greet")).content()
        .contains("-cp \"$home/lib/greet.jar:$home/lib/vavr.jar:$home/lib/jackson.jar\" 'greet.Greet'");
    assertThat(folder.resolve("bin/greet.cmd")).exists();
    assertThat(said).containsExactly("hookline:dist wrote " + folder + " (3 jars)");
    assertThat(temp.resolve("target/greet-training.log")).doesNotExist();
  }

  @Test
  void anOutputFolderAndOptionsGoWhereTheyAreGiven() throws Exception {
    set("outputDirectory", temp.resolve("out").toFile());
    set("jvmOptions", List.of("-Xss2m"));
    set("training", "  ");

    goal.execute();

    assertThat(temp.resolve("out/bin/greet")).content().contains(" '-Xss2m' $JAVA_OPTS");
    assertThat(temp.resolve("target/greet")).doesNotExist();
    assertThat(said).containsExactly("hookline:dist wrote " + temp.resolve("out") + " (1 jars)");
  }

  @Test
  void askedToSkipItMakesNothing() throws Exception {
    set("skip", true);
    set("project", null);

    goal.execute();

    assertThat(said).containsExactly("hookline:dist skipped");
    assertThat(temp.resolve("target")).doesNotExist();
  }

  @Test
  void eachMissingSettingIsNamed() throws Exception {
    set("mainClass", null);
    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("hookline:dist needs <mainClass> in its configuration");
    set("name", null);
    assertThatThrownBy(goal::execute).hasMessage("hookline:dist needs <name> in its configuration");
    set("project", null);
    assertThatThrownBy(goal::execute).hasMessage("hookline:dist needs <project> in its configuration");
    assertThat(temp.resolve("target")).doesNotExist();
  }

  @Test
  void withoutTheProjectsJarItSaysToPackageFirst() throws Exception {
    String message = "hookline:dist needs the project's jar; run it in the package phase or later (mvn package),"
        + " after the jar plugin";
    project.setArtifact(artifact("greet", "compile", null));
    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
    project.setArtifact(artifact("greet", "compile", Files.createDirectories(temp.resolve("classes"))));
    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
  }

  @Test
  void aBadSettingFailsTheBuildInOneLine() throws Exception {
    set("name", "bin/greet");
    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("hookline:dist: name 'bin/greet' cannot name a script;");
    set("name", "greet");
    set("training", "hello 'name=Ada");
    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("hookline:dist: the single quote at character 7 is not closed");
  }

  @Test
  void anOutputFolderItCannotWriteIsAnErrorNamingIt() throws Exception {
    Path file = Files.writeString(temp.resolve("out"), "mine");
    set("outputDirectory", file.toFile());
    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("hookline:dist could not write " + file + ": " + file
            + ": is not a folder; remove it or choose another output folder");
    assertThat(file).hasContent("mine");
  }

  private Path jar(String name) throws IOException {
    return Files.writeString(Files.createDirectories(temp.resolve("repository")).resolve(name), name);
  }

  private static Artifact artifact(String id, String scope, Path file) {
    DefaultArtifact artifact = new DefaultArtifact("demo", id, "1.0", scope, "jar", null,
        new DefaultArtifactHandler("jar"));
    artifact.setFile(file == null ? null : file.toFile());
    return artifact;
  }

  private void set(String field, Object value) throws ReflectiveOperationException {
    Field parameter = DistMojo.class.getDeclaredField(field);
    parameter.setAccessible(true);
    parameter.set(goal, value);
  }
}
