package io.hookline.testkit;

import io.hookline.App;
import io.hookline.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one run of an app printed, wrote and ended with, for a test to check as a user would see it: the testkit's
 * counterpart of Clikt's {@code test()}.
 *
 * <p>Contract: {@link #of} runs the arguments against the app in {@code dir} (its configs, files and output
 * directories resolve there), with the app's output and error streams captured, and {@code System.out} and
 * {@code System.err} too for the time of the run, since a command or a hook often prints there; so runs that
 * capture must not overlap in one JVM. {@link #written} lists the regular files the run created or changed in
 * {@code dir}, as paths relative to it with {@code /} between names, sorted.
 *
 * @param exitCode the exit code the run would exit with
 * @param out what it printed on its output stream
 * @param err what it printed on its error stream
 * @param written the files it created or changed in the folder, relative, sorted
 * @param outcome the outcome, with each job's return
 */
public record Transcript(int exitCode, String out, String err, List<String> written, Outcome outcome) {

  /** Copies the list. */
  public Transcript {
    written = List.copyOf(written);
  }

  /** Runs {@code args} against {@code app} in {@code dir}, and returns what came of it. */
  public static Transcript of(App app, Path dir, String... args) {
    Map<Path, FileTime> before = files(dir);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    Outcome outcome;
    System.setOut(outStream);
    System.setErr(errStream);
    try {
      outcome = app.directory(dir).output(outStream, errStream).invoke(args);
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }
    List<String> written = new ArrayList<>();
    files(dir).forEach((file, modified) -> {
      if (!modified.equals(before.get(file))) {
        written.add(dir.relativize(file).toString().replace('\\', '/'));
      }
    });
    written.sort(null);
    return new Transcript(outcome.exitCode(), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8), written, outcome);
  }

  private static Map<Path, FileTime> files(Path dir) {
    Map<Path, FileTime> files = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(Files::isRegularFile).forEach(file -> {
        try {
          files.put(file, Files.getLastModifiedTime(file));
        } catch (IOException gone) {
          // a file removed while the folder was read: not written by the run
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return files;
  }
}
