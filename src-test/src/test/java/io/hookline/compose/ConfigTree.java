package io.hookline.compose;

import io.hookline.Composition;
import io.hookline.compose.internal.Composed;
import io.hookline.compose.internal.Composer;
import io.hookline.compose.internal.SearchPath;
import io.hookline.compose.internal.ValueOverrides;
import io.hookline.config.internal.Parsed;
import io.hookline.config.internal.TreeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A folder of configs written for a test, and what composing it gives. */
final class ConfigTree {

  private final Path root;

  ConfigTree(Path root) {
    this.root = root;
  }

  /** Writes {@code text} to {@code path} (relative to the folder), making its folders. */
  ConfigTree file(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixture A of the conformance checklist: a primary that picks db/mysql, and three db options. */
  ConfigTree fixtureA() {
    return file("config.yaml", """
            defaults:
              - db: mysql
              - _self_
            app_name: demo
            """)
        .file("db/mysql.yaml", "driver: mysql\nhost: localhost\nport: 3306\n")
        .file("db/postgresql.yaml", "driver: postgresql\nhost: localhost\nport: 5432\ntimeout: 10\n")
        .file("db/sqlite.yaml", "driver: sqlite\n");
  }

  /** Fixture A′: fixture A whose primary has no db entry. */
  ConfigTree fixtureAPrime() {
    return fixtureA().file("config.yaml", "defaults:\n  - _self_\napp_name: demo\n");
  }

  /** The nested setup of the checklist: server/apache picks its own db. */
  ConfigTree nested() {
    return file("config.yaml", "defaults:\n  - server/apache\n  - _self_\ndebug: false\n")
        .file("server/apache.yaml", "defaults:\n  - db: mysql\n  - _self_\nname: apache\n")
        .file("server/nginx.yaml", "name: nginx\n")
        .file("server/db/mysql.yaml", "name: mysql\n")
        .file("server/db/sqlite.yaml", "name: sqlite\n");
  }

  /** Composes the primary {@code config} with {@code args}, without a schema. */
  Composed composed(String... args) {
    return Composer.compose(SearchPath.of(Composition.folder(root), Path.of("")), "config", List.of(args));
  }

  /** Composes with {@code args} and applies the value overrides; returns the tree shown as flow YAML. */
  String compose(String... args) {
    Composed composed = composed(args);
    Parsed applied = ValueOverrides.apply(composed, path -> null, SearchPath.of(Composition.folder(root), Path.of("")));
    return String.valueOf(applied.tree());
  }

  /** Returns {@code flowYaml} read and shown as {@link #compose} shows a tree, key order included. */
  static String tree(String flowYaml) {
    return String.valueOf(Objects.requireNonNull(TreeReader.readFlow(flowYaml, "expected")));
  }
}
