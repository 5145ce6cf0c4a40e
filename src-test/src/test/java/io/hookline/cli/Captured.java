package io.hookline.cli;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Invocation;
import io.hookline.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What an app under test writes, captured: the help on its output stream and the errors on its error stream, read as
 * text.
 */
public final class Captured {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicReference<Invocation> seen = new AtomicReference<>();

  /** Returns an app named {@code name}, working in {@code dir}, without output directories, writing here. */
  public App app(String name, Path dir) {
    return App.named(name).directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Returns what the app wrote on its output stream. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Returns the stream an app's errors go to, to be read with {@link #err}. */
  public PrintStream errStream() {
    return new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  /** Returns what the app wrote on its error stream. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what the app wrote on its error stream so far. */
  public void resetErr() {
    err.reset();
  }

  /** Returns a command named {@code name} that keeps the invocation it last ran with, for {@link #seen}. */
  public Command recording(String name) {
    return Command.of(name, invocation -> {
      seen.set(invocation);
      return null;
    });
  }

  /** Returns the invocation a {@link #recording} command last ran with. */
  public Invocation seen() {
    return seen.get();
  }
}
