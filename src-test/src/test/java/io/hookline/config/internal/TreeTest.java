package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Config trees as values: a path through maps and list indexes, what each operation returns, and that none changes
 * the tree it is given.
 */
class TreeTest {

  private static final Map<String, Object> TREE = Map.of("a", Map.of("b", List.of("x", Map.of("c", 1), "z")),
      "n", Arrays.asList(1, null));

  @Test
  void aPathWalksMapsByKeyAndListsByIndex() {
    assertThat(Tree.get(TREE, List.of("a", "b", "1", "c"))).isEqualTo(1);
    assertThat(Tree.get(TREE, List.of("a", "b", "2"))).isEqualTo("z");
    assertThat(Tree.has(TREE, List.of("a", "b", "0"))).isTrue();
  }

  @Test
  void anIndexIsDigitsBelowTheListsSize() {
    assertThat(Tree.has(TREE, List.of("a", "b", "3"))).isFalse();
    assertThat(Tree.has(TREE, List.of("a", "b", "-1"))).isFalse();
    assertThat(Tree.has(TREE, List.of("a", "b", ""))).isFalse();
    assertThat(Tree.has(TREE, List.of("a", "b", "1x"))).isFalse();
    assertThat(Tree.has(TREE, List.of("a", "b", "0000000002"))).isFalse();
    assertThat(Tree.has(TREE, List.of("a", "b", "000000002"))).isTrue();
    assertThat(Tree.has(TREE, List.of("a", "b", "99999999999"))).isFalse();
  }

  @Test
  void aNullNodeIsThereAndAMissingOneIsNot() {
    assertThat(Tree.has(TREE, List.of("n", "1"))).isTrue();
    assertThat(Tree.get(TREE, List.of("n", "1"))).isNull();
    assertThat(Tree.has(TREE, List.of("n", "2"))).isFalse();
    assertThat(Tree.has(TREE, List.of("a", "b", "0", "c"))).isFalse();
    assertThat(Tree.has(null, List.of())).isTrue();
  }

  @Test
  void setReplacesAListsElementAndCreatesMissingMaps() {
    Object set = Tree.set(TREE, List.of("a", "b", "1", "c"), 2);
    assertThat(Tree.get(set, List.of("a", "b"))).isEqualTo(List.of("x", Map.of("c", 2), "z"));
    assertThat(Tree.set(null, List.of("p", "q"), 3)).isEqualTo(Map.of("p", Map.of("q", 3)));
    assertThat(Tree.set(List.of(1), List.of("5"), 3)).isEqualTo(Map.of("5", 3));
    assertThat(Tree.get(TREE, List.of("a", "b", "1", "c"))).isEqualTo(1);
  }

  @Test
  void removeTakesAMapsKeyOrAListsElementAndLeavesTheRest() {
    assertThat(Tree.remove(TREE, List.of("a", "b", "1"))).isEqualTo(Map.of("a", Map.of("b", List.of("x", "z")),
        "n", Arrays.asList(1, null)));
    assertThat(Tree.remove(TREE, List.of("a", "b", "1", "c"))).isEqualTo(Map.of("a", Map.of("b", List.of("x",
        Map.of(), "z")), "n", Arrays.asList(1, null)));
    assertThat(Tree.remove(TREE, List.of("n"))).isEqualTo(Map.of("a", TREE.get("a")));
    assertThat(Tree.remove(TREE, List.of("a", "q"))).isSameAs(TREE);
    assertThat(Tree.remove(TREE, List.of())).isSameAs(TREE);
    assertThat(Tree.get(TREE, List.of("a", "b", "1", "c"))).isEqualTo(1);
  }

  @Test
  void mergeMergesMapsKeyByKeyAndReplacesTheRest() {
    Map<String, Object> base = new LinkedHashMap<>(Map.of("m", Map.of("x", 1, "y", 2)));
    base.put("l", List.of(1, 2));
    Object merged = Tree.merge(base, Map.of("m", Map.of("y", 3), "l", List.of(9)));
    assertThat(merged).isEqualTo(Map.of("m", Map.of("x", 1, "y", 3), "l", List.of(9)));
    assertThat(Tree.merge(base, "s")).isEqualTo("s");
    assertThat(base).isEqualTo(Map.of("m", Map.of("x", 1, "y", 2), "l", List.of(1, 2)));
  }

  @Test
  void keysArePathsOfMapKeysParentsFirstDownToADepth() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("a", Map.of("b", Map.of("c", 1)));
    tree.put("l", List.of(Map.of("inside", 1)));
    assertThat(Tree.keys(tree, 3)).containsExactly("a", "a.b", "a.b.c", "l");
    assertThat(Tree.keys(tree, 2)).containsExactly("a", "a.b", "l");
    assertThat(Tree.keys(tree, 0)).isEmpty();
    assertThat(Tree.keys("scalar", 3)).isEmpty();
  }

  @Test
  void mentionsFindsAKeyInAnyMapIncludingThoseInLists() {
    List<Object> list = new ArrayList<>();
    list.add("_target_");
    list.add(Map.of("deep", Map.of("_target_", "x")));
    assertThat(Tree.mentions(Map.of("l", list), "_target_")).isTrue();
    assertThat(Tree.mentions(Map.of("l", List.of("_target_", Map.of("k", 1))), "_target_")).isFalse();
    assertThat(Tree.mentions(List.of(Map.of("_target_", 1)), "_target_")).isTrue();
    assertThat(Tree.mentions(Map.of("_target_", 1), "_target_")).isTrue();
    assertThat(Tree.mentions(Map.of("a", Map.of("b", 1)), "_target_")).isFalse();
    assertThat(Tree.mentions("_target_", "_target_")).isFalse();
  }

  @Test
  void aDottedPathSplitsAndShowsBack() {
    assertThat(Tree.split("a.b..c")).containsExactly("a", "b", "", "c");
    assertThat(Tree.show(Tree.split("a.b.0"))).isEqualTo("a.b.0");
    assertThat(Tree.child(List.of("a"), "b")).containsExactly("a", "b");
  }
}
