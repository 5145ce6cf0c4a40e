package io.hookline.coma;

import io.hookline.App;
import io.hookline.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of an app in a test: its outcome and what it wrote to its output and error streams.
 *
 * @param outcome what {@link App#invoke} returned
 * @param out what it printed to its output stream
 * @param err what it printed to its error stream
 */
record Run(Outcome outcome, String out, String err) {

  /** Invokes {@code app} with {@code args}, its configs under {@code directory}, capturing both streams. */
  static Run of(App app, Path directory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Outcome outcome = app.directory(directory)
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .invoke(args);
    return new Run(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  int exitCode() {
    return outcome.exitCode();
  }
}
