package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TomlLines} places keys, tables and arrays of tables, and reads no key inside a multi-line value. */
class TomlLinesTest {

  @Test
  void keysTablesAndArraysOfTablesArePlaced() {
    Map<String, String> lines = TomlLines.of("""
        name = "Ada"   # a comment = not a key
          site.host = 'h'
        "quoted key" = 1
        [server . "db"]
        port = 5432
        [[jobs]]
        id = 1
        [[jobs]]
          id = 2
        """);
    assertThat(lines).containsEntry("name", "1:1").containsEntry("site", "2:3").containsEntry("site.host", "2:3")
        .containsEntry("quoted key", "3:1").containsEntry("server", "4:1").containsEntry("server.db", "4:1")
        .containsEntry("server.db.port", "5:1").containsEntry("jobs", "6:1").containsEntry("jobs.0", "6:1")
        .containsEntry("jobs.0.id", "7:1").containsEntry("jobs.1", "8:1").containsEntry("jobs.1.id", "9:3")
        .hasSize(12);
  }

  @Test
  void linesInsideMultiLineValuesAreNotKeys() {
    Map<String, String> lines = TomlLines.of("""
        text = \"""
        fake = 1
        \"""
        list = [
          "a = b",
          { inner = 2 },
        ]
        table = { x = 1 }
        last = 3
        """);
    assertThat(lines).containsOnlyKeys("text", "list", "table", "last").containsEntry("last", "9:1");
  }

  @Test
  void aValuesInnerLinesStayInsideItUntilItCloses() {
    Map<String, String> lines = TomlLines.of("""
        text = \"""
        fake = 1
        fake2 = 2
        \"""
        one = \"""one line\"""
        matrix = [
          ["x"],
          [1, 2],
        ]
        after = 1
        """);
    assertThat(lines).containsOnlyKeys("text", "one", "matrix", "after").containsEntry("after", "10:1");
  }

  @Test
  void aMalformedHeaderLeavesTheTableAsItWas() {
    Map<String, String> lines = TomlLines.of("""
        [a]
        ["b]
        [a..b]
        [a b]
        [.c]
        x = 1
        "k=v" = 2
        y # = 3
        """);
    assertThat(lines).containsOnlyKeys("a", "a.x", "a.k=v");
  }
}
