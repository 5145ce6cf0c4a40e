package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;

/**
 * Java sources compiled inside a test by the JDK's compiler, in this JVM: classes laid out as another compiler or a
 * plugin would give them, which the test sources themselves cannot be.
 */
final class CompiledSources {

  private CompiledSources() {}

  /**
   * Writes each source under {@code dir}, by its file name, compiles them all, and returns a class loader of the
   * classes they became whose parent is {@code parent}; the test fails if they do not compile.
   */
  static URLClassLoader load(Path dir, Map<String, String> sources, ClassLoader parent) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      arguments.add(Files.writeString(folder.resolve(source.getKey()), source.getValue()).toString());
    }
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)))
        .as("javac's exit code").isZero();
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent);
  }
}
