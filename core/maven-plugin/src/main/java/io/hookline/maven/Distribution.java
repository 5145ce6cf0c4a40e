package io.hookline.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A program's distributable folder: {@code bin/NAME} and {@code bin/NAME.cmd}, its jars in {@code lib/}, and the
 * start-up archive a training run made. {@link #write} makes the folder anew (what was there is removed first);
 * {@link #train} runs the program twice from it and keeps what the JVM learnt in the second run, as an AOT cache on
 * JDK 25 and later ({@code NAME.aot}) and as a class-data archive before ({@code NAME.jsa}), with {@code NAME.archive}
 * recording the folder and the runtime it was made for, as the script checks.
 *
 * <p>Every refusal is an {@link IllegalArgumentException} with one line that names the setting and what to do.
 */
final class Distribution {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern CLASS = Pattern.compile("(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.)*"
      + "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private final Path folder;
  private final String name;
  private final String mainClass;
  private final List<String> jvmOptions;

  Distribution(Path folder, String name, String mainClass, List<String> jvmOptions) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name '" + name + "' cannot name a script; use letters, digits, '.', '_'"
          + " and '-', starting with a letter or digit");
    }
    if (!CLASS.matcher(mainClass).matches()) {
      throw new IllegalArgumentException("mainClass '" + mainClass + "' is not a class name; give the binary name"
          + " of the class with the main method, such as greet.Greet");
    }
    for (String option : jvmOptions) {
      if (option.isBlank() || option.contains("\"") || option.contains("\n")) {
        throw new IllegalArgumentException("jvmOption '" + option + "' cannot be written into a script; give each"
            + " option as one <jvmOption> without double quotes or line breaks");
      }
    }
    this.folder = folder;
    this.name = name;
    this.mainClass = mainClass;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * Makes the folder anew with {@code jars} (the program's own first, then the libraries, in class-path order) and
   * the two scripts. Two jars of one file name are kept apart by their index.
   *
   * @return the jars' file names in {@code lib/}, in class-path order
   */
  List<String> write(List<Path> jars) throws IOException {
    deleteRecursively(folder);
    Path lib = Files.createDirectories(folder.resolve("lib"));
    Path bin = Files.createDirectories(folder.resolve("bin"));
    List<String> names = new ArrayList<>();
    for (Path jar : jars) {
      String fileName = jar.getFileName().toString();
      String kept = names.contains(fileName) ? names.size() + "-" + fileName : fileName;
      Files.copy(jar, lib.resolve(kept), StandardCopyOption.COPY_ATTRIBUTES);
      names.add(kept);
    }
    Path posix = bin.resolve(name);
    Files.writeString(posix, Scripts.posix(name, mainClass, jvmOptions, names), StandardCharsets.UTF_8);
    Files.writeString(bin.resolve(name + ".cmd"), Scripts.windows(name, mainClass, jvmOptions, names),
        StandardCharsets.UTF_8);
    if (Files.getFileAttributeView(posix, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(posix, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return List.copyOf(names);
  }

  /**
   * Runs {@code arguments} twice from the jars {@link #write} kept ({@code jars}), as the script would, in
   * {@code workingDirectory} (made anew), with the program's output in {@code log}, on the Java runtime at
   * {@code javaHome}, and keeps the archive the second run leaves. The first run leaves what a program's first start
   * leaves (a config's defaults written to its file), so that the second goes where every later start goes (reading
   * that file) and its archive holds those classes.
   *
   * @return the archive made
   * @throws IllegalStateException when a run fails or leaves no archive, naming the log
   */
  Path train(List<String> jars, List<String> arguments, Path javaHome, Path workingDirectory, Path log,
      long timeoutSeconds) throws IOException, InterruptedException {
    deleteRecursively(workingDirectory);
    Files.createDirectories(workingDirectory);
    Path java = javaHome.resolve("bin").resolve("java").toRealPath();
    Path home = folder.toRealPath();
    boolean aot = Runtime.Version.parse(releaseVersion(javaHome)).feature() >= 25;
    Path archive = home.resolve(name + (aot ? ".aot" : ".jsa"));
    List<String> classpath = new ArrayList<>();
    for (String jar : jars) {
      classpath.add(home.resolve("lib").resolve(jar).toString());
    }
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xlog:disable", "-Xlog:all=warning:stderr"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), mainClass));
    command.addAll(arguments);
    Files.deleteIfExists(log);
    trainingRun(command, arguments, workingDirectory, log, timeoutSeconds);
    command.add(1, (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive); // the second run keeps it
    trainingRun(command, arguments, workingDirectory, log, timeoutSeconds);
    if (!Files.isRegularFile(archive)) {
      throw failed(arguments, "made no archive", workingDirectory, log);
    }
    Files.writeString(home.resolve(name + ".archive"), home + "\n" + java + "\n", StandardCharsets.UTF_8);
    return archive;
  }

  /** Runs {@code command}, its output added to {@code log}, and throws if it does not end well within the time. */
  private static void trainingRun(List<String> command, List<String> arguments, Path workingDirectory, Path log,
      long timeoutSeconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    process.getOutputStream().close();
    boolean ended;
    try {
      ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      process.destroyForcibly(); // a build that is stopped leaves no training run behind
      throw interrupted;
    }
    if (!ended) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("the training run (" + String.join(" ", arguments) + ") did not end within "
          + timeoutSeconds + " s; see " + log + ", or give a shorter <training> command line");
    }
    if (process.exitValue() != 0) {
      throw failed(arguments, "exited with " + process.exitValue(), workingDirectory, log);
    }
  }

  private static IllegalStateException failed(List<String> arguments, String how, Path workingDirectory, Path log)
      throws IOException {
    String last = lastLine(log);
    return new IllegalStateException("the training run (" + String.join(" ", arguments) + ") " + how
        + (last.isEmpty() ? "" : ", saying \"" + last + "\"") + "; see " + log + ", and give a <training> command"
        + " line that the program completes in " + workingDirectory + ", where it runs");
  }

  /** The last line of {@code log} that is not blank, or nothing. */
  private static String lastLine(Path log) throws IOException {
    List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
        .filter(line -> !line.isBlank()).toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
  }

  /** The {@code JAVA_VERSION} of a runtime's {@code release} file, or this JVM's version when it has none. */
  private static String releaseVersion(Path javaHome) throws IOException {
    Path release = javaHome.resolve("release");
    if (Files.isRegularFile(release)) {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring("JAVA_VERSION=".length()).replace("\"", "");
        }
      }
    }
    return Runtime.version().toString();
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(path.toString(), null, "is not a folder; remove it or choose another output folder");
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
