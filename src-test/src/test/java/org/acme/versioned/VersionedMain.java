package org.acme.versioned;

import io.hookline.App;
import io.hookline.Command;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an app that sets no version with {@code --version}, as the class that runs it: what the app prints. */
public final class VersionedMain {

  private VersionedMain() {}

  /** Returns what {@code versioned --version} prints. */
  public static String printed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    App.named("versioned").output(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
        .command(Command.of("noop", invocation -> null)).invoke("--version");
    return out.toString(StandardCharsets.UTF_8);
  }
}
