package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A HOCON document's tree: dotted keys nest as deep as the limit and no deeper (they nest without a brace, so only the
 * tree's own check sees them), and each value's origin is its file and line where HOCON gives one.
 */
class HoconTreeTest {

  private static final int MAX = TreeReader.MAX_DEPTH;

  @Test
  void dottedKeysNestToTheLimitAndNoDeeper() {
    String key = String.join(".", Collections.nCopies(MAX, "a"));
    assertThat(Tree.get(HoconReader.read(key + " = 1\n", "f.conf", null).tree(), Collections.nCopies(MAX, "a")))
        .isEqualTo(1);
    assertThatThrownBy(() -> HoconReader.read(key + ".a = 1\n", "f.conf", null)).isInstanceOf(InputException.class)
        .hasMessage("f.conf: nested more than " + MAX + " levels deep, at a.a.a…");
  }

  @Test
  void aValuesOriginIsItsLineWhereThereIsOne() {
    Parsed parsed = HoconReader.read("a = 1\nb {\n  c = [2, 3]\n}\n", "f.conf", null);
    assertThat(parsed.origins()).containsEntry("a", "f.conf:1").containsEntry("b", "f.conf:2")
        .containsEntry("b.c", "f.conf:3").containsEntry("b.c.1", "f.conf:3");
    assertThat(Tree.get(parsed.tree(), List.of("b", "c"))).isEqualTo(List.of(2, 3));
  }
}
