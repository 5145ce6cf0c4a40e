package io.hookline.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Failure;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.failure.internal.Causes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A job return's failure as the tree its JSON form holds: a chain of causes cut where it loops, said on its last tree
 * alone; and a tree of more causes than are ever written read back to the same limit.
 */
class JobReturnTreeTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static Map<?, ?> error(JobReturn result) {
    return (Map<?, ?>) JobReturnJson.tree(result).get("failure");
  }

  @Test
  void aLoopingChainIsCutAndOnlyItsLastTreeSaysWhy() {
    IllegalStateException outer = new IllegalStateException("outer");
    IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
    outer.initCause(inner);
    JobReturn result = JobReturn.failed(new Failure(Failure.Kind.JOB, outer), List.of(), 0, "0", null, NOW, NOW);

    Map<?, ?> top = error(result);
    Map<?, ?> below = (Map<?, ?>) top.get("cause");
    assertThat(top.get("message")).isEqualTo("outer");
    assertThat(top.containsKey("cut")).isFalse();
    assertThat(below.get("message")).isEqualTo("inner");
    assertThat(below.get("cut")).isNotNull();
    assertThat(below.get("cause")).isNull();

    JobReturn plain = JobReturn.failed(new Failure(Failure.Kind.JOB, new IllegalStateException("alone",
        new RuntimeException("why"))), List.of(), 0, "0", null, NOW, NOW);
    assertThat(error(plain).containsKey("cut")).isFalse();
    assertThat(((Map<?, ?>) error(plain).get("cause")).containsKey("cut")).isFalse();
  }

  @Test
  void aTreeOfMoreCausesThanTheLimitIsReadToTheLimit() {
    Map<String, Object> deepest = Map.of();
    for (int i = 0; i < Causes.LIMIT + 5; i++) {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("type", "x.Boom");
      tree.put("message", "level " + i);
      tree.put("trace", List.of());
      tree.put("cause", deepest.isEmpty() ? null : deepest);
      deepest = tree;
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("status", "FAILED");
    tree.put("value", null);
    Map<String, Object> failure = new LinkedHashMap<>(deepest);
    failure.put("kind", "JOB");
    tree.put("failure", failure);
    tree.put("overrides", List.of());
    tree.put("number", 0);
    tree.put("id", "0");
    tree.put("start", NOW.toString());
    tree.put("end", NOW.toString());

    JobReturn read = JobReturnJson.fromTree(tree, "a return", null);

    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = read.failure().cause(); t != null; t = t.getCause()) {
      chain.add(t);
    }
    assertThat(chain).hasSize(Causes.LIMIT);
  }
}
