package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.acme.versioned.VersionedMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --version}: the version set on the app, or else the {@code Implementation-Version} of the jar whose class
 * runs the app; one line, exit code 0.
 */
class VersionTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private App app() {
    return App.named("trainer").directory(dir)
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("train", invocation -> null));
  }

  @Test
  void theAppsOwnVersion() {
    Outcome outcome = app().version("2.1.0").invoke("--version");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("trainer 2.1.0\n");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aVersionKnownNowhereIsSaid() {
    assertThat(VersionedMain.printed()).as("run by a class from a folder, which has no manifest")
        .isEqualTo("versioned: no version is known (set one with App.version, or Implementation-Version in the jar's"
            + " manifest)\n");
  }

  @Test
  void theVersionOfTheJarThatRunsTheApp() throws Exception {
    Path jar = dir.resolve("versioned.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "3.4.5");
    String entry = VersionedMain.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream jarred = new JarOutputStream(file, manifest);
        InputStream bytes = VersionedMain.class.getClassLoader().getResourceAsStream(entry)) {
      jarred.putNextEntry(new JarEntry(entry));
      bytes.transferTo(jarred);
    }
    String name = VersionedMain.class.getName();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader()) {
      @Override
      protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
        if (!className.equals(name)) {
          return super.loadClass(className, resolve);
        }
        synchronized (getClassLoadingLock(className)) {
          Class<?> loaded = findLoadedClass(className);
          return loaded != null ? loaded : findClass(className);
        }
      }
    }) {
      Object printed = loader.loadClass(name).getMethod("printed").invoke(null);

      assertThat(printed).isEqualTo("versioned 3.4.5\n");
    }
  }

  @Test
  void aVersionIsOneLineAndVersionTakesNothingAfterIt() {
    assertThatThrownBy(() -> app().version("1\n2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> app().version(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(app().version("1").invoke("--version", "train").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("trainer: --version takes nothing after it\n");
  }
}
