package io.hookline.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * The goal {@code dist}: after the project's jar is made, makes {@code target/NAME/} (or the {@code outputDirectory}
 * given), a folder that runs the program
 * as {@code bin/NAME} (and {@code bin\NAME.cmd} on Windows), with the project's jar and its runtime libraries in
 * {@code lib/}. When a {@code training} command line is given, the build runs the program twice with it from the
 * folder and keeps the start-up archive the JVM makes of what the second run loaded (a start after the first, which
 * reads the files the first wrote): an AOT cache when the build runs on JDK 25 or later, a class-data archive before.
 * A training run that fails fails the build, naming its log.
 *
 * <p>Bad settings fail the build with one line naming the setting and what to give instead.
 */
@Mojo(name = "dist", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class DistMojo extends AbstractMojo {

  private static final Set<String> RUNTIME_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private @Nullable MavenProject project;

  /** The binary name of the class with the program's {@code main} method, such as {@code greet.Greet}. */
  @Parameter(property = "hookline.mainClass", required = true)
  private @Nullable String mainClass;

  /** The name of the program, its scripts and its folder under {@code target/}. */
  @Parameter(property = "hookline.name", defaultValue = "${project.artifactId}")
  private @Nullable String name;

  /**
   * The command line of the training run, as the program's arguments after its name ({@code hello name=Ada}); words
   * are split as a shell splits them, with quotes. None: no archive is made at build time, and the folder makes its
   * own on its first run.
   */
  @Parameter(property = "hookline.training")
  private @Nullable String training;

  /** The folder to make; what is in it is removed first. {@code target/NAME} by default. */
  @Parameter(property = "hookline.outputDirectory")
  private @Nullable File outputDirectory;

  /** Options for the JVM, written into the scripts and given to the training run. */
  @Parameter
  private List<String> jvmOptions = new ArrayList<>();

  /** How long each training run may take, in seconds. */
  @Parameter(property = "hookline.trainingTimeout", defaultValue = "300")
  private long trainingTimeout = 300;

  /** Skips the goal. */
  @Parameter(property = "hookline.dist.skip", defaultValue = "false")
  private boolean skip;

  /** Makes the goal's instance; Maven sets its parameters. */
  public DistMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("hookline:dist skipped");
      return;
    }
    MavenProject project = require(this.project, "project");
    String name = require(this.name, "name");
    File jar = project.getArtifact().getFile();
    if (jar == null || !jar.isFile()) {
      throw new MojoFailureException("hookline:dist needs the project's jar; run it in the package phase or later"
          + " (mvn package), after the jar plugin");
    }
    List<Path> jars = new ArrayList<>(List.of(jar.toPath()));
    for (Artifact artifact : project.getArtifacts()) {
      if (RUNTIME_SCOPES.contains(artifact.getScope()) && artifact.getFile() != null
          && artifact.getFile().getName().endsWith(".jar")) {
        jars.add(artifact.getFile().toPath());
      }
    }
    Path target = Path.of(project.getBuild().getDirectory());
    Path folder = outputDirectory != null ? outputDirectory.toPath() : target.resolve(name);
    try {
      Distribution distribution = new Distribution(folder, name, require(mainClass, "mainClass"), jvmOptions);
      List<String> kept = distribution.write(jars);
      getLog().info("hookline:dist wrote " + folder + " (" + kept.size() + " jars)");
      if (training != null && !training.isBlank()) {
        Path log = target.resolve(name + "-training.log");
        Path archive = distribution.train(kept, Words.of(training), Path.of(System.getProperty("java.home")),
            target.resolve(name + "-training"), log, trainingTimeout);
        getLog().info("hookline:dist made " + archive.getFileName() + " by the training run '" + training + "'");
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoFailureException("hookline:dist: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("hookline:dist could not write " + folder + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("hookline:dist was interrupted during the training run", e);
    }
  }

  private static <T> T require(@Nullable T value, String parameter) throws MojoFailureException {
    if (value == null) {
      throw new MojoFailureException("hookline:dist needs <" + parameter + "> in its configuration");
    }
    return value;
  }
}
