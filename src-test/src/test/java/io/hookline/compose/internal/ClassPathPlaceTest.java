package io.hookline.compose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.config.internal.TreeReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A root of config files on the class path, in a jar and in a folder at once: each file found and read whole, the
 * options and groups at each level, a config in two formats refused, and nothing outside the root seen.
 */
class ClassPathPlaceTest {

  @TempDir
  Path dir;

  @Test
  void aRootInAJarAndAFolderIsReadAsOne() throws IOException {
    ClassPathPlace place = new ClassPathPlace("conf", loader(Map.of(
        "conf/config.yaml", "a: 1\n", "conf/db/mysql.yaml", "port: 3306\n", "conf/db/engine/inno.yaml", "x: 1\n",
        "other/db/pg.yaml", "port: 5432\n"), Map.of("conf/db/pg.yaml", "port: 5432\n")));

    assertThat(place.find("db/mysql").text()).isEqualTo("port: 3306\n");
    assertThat(place.find("db/mysql").shown()).isEqualTo("classpath:conf/db/mysql.yaml");
    assertThat(place.find("db/pg").text()).isEqualTo("port: 5432\n");
    assertThat(place.find("config").text()).isEqualTo("a: 1\n");
    assertThat(place.find("db/oracle")).isNull();
    assertThat(place.describe()).isEqualTo("classpath:conf");

    assertThat(collect(into -> place.options("db", into))).containsExactly("mysql", "pg");
    assertThat(collect(into -> place.options("", into))).containsExactly("config");
    assertThat(collect(into -> place.groups("", into))).containsExactly("db");
    assertThat(collect(into -> place.groups("db", into))).containsExactly("engine");
    assertThat(place.hasGroup("db")).isTrue();
    assertThat(place.hasGroup("db/engine")).isTrue();
    assertThat(place.hasGroup("other")).isFalse();
    assertThat(place.hasGroup("d")).isFalse();
  }

  @Test
  void aConfigInTwoFormatsIsRefused() throws IOException {
    ClassPathPlace place = new ClassPathPlace("conf", loader(Map.of("conf/db/mysql.yaml", "port: 1\n",
        "conf/db/mysql.json", "{\"port\": 1}"), Map.of()));
    assertThatThrownBy(() -> place.find("db/mysql")).isInstanceOf(CompositionException.class)
        .hasMessageContaining("config 'db/mysql' is in classpath:conf twice, as classpath:conf/db/mysql.")
        .hasMessageEndingWith("; keep one");
  }

  @Test
  void aFileIsReadUpToTheSizeLimitAndAnEmptyFolderIsNoGroup() throws IOException {
    String full = "x".repeat(TreeReader.MAX_DOCUMENT_CHARS);
    ClassPathPlace place = new ClassPathPlace("conf", loader(Map.of(), Map.of("conf/full.yaml", full,
        "conf/over.yaml", full + "x")));
    Files.createDirectories(dir.resolve("classes/conf/empty"));
    assertThat(place.find("full").text()).hasSize(TreeReader.MAX_DOCUMENT_CHARS);
    assertThatThrownBy(() -> place.find("over")).isInstanceOf(CompositionException.class)
        .hasMessage("classpath:conf/over.yaml: larger than " + TreeReader.MAX_DOCUMENT_CHARS + " bytes");
    assertThat(place.hasGroup("empty")).isFalse();
    assertThat(collect(into -> place.groups("", into))).isEmpty();
  }

  @Test
  void aRootNoJarOrFolderHasIsEmpty() throws IOException {
    ClassPathPlace place = new ClassPathPlace("absent", loader(Map.of("conf/a.yaml", "a: 1\n"), Map.of()));
    assertThat(place.find("a")).isNull();
    assertThat(place.hasGroup("conf")).isFalse();
  }

  private interface Collector {
    void into(Set<String> into);
  }

  private static Set<String> collect(Collector collector) {
    Set<String> into = new TreeSet<>();
    collector.into(into);
    return into;
  }

  /** A class loader of one jar holding {@code inJar} and one folder holding {@code inFolder}. */
  private ClassLoader loader(Map<String, String> inJar, Map<String, String> inFolder) throws IOException {
    Path jar = dir.resolve("configs.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("conf/"));
      out.closeEntry();
      for (Map.Entry<String, String> entry : new TreeMap<>(inJar).entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Path folder = Files.createDirectories(dir.resolve("classes/conf"));
    for (Map.Entry<String, String> entry : inFolder.entrySet()) {
      Path file = dir.resolve("classes").resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, entry.getValue());
    }
    assertThat(folder).isDirectory();
    return new URLClassLoader(new URL[] {jar.toUri().toURL(), dir.resolve("classes").toUri().toURL()}, null);
  }
}
