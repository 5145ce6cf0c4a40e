package io.hookline.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.pipeline.Hook;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The step table's bound on space: marks left by forgotten steps never outnumber the live steps by more than the
 * compaction threshold, so a table that keeps being extended and trimmed does not grow without bound.
 */
class StepTableTest {

  private static final Hook<Integer> NOOP = n -> n;

  @Property
  void forgottenSlotsAreReclaimed(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 9) Integer> ops) {
    StepTable<Integer> table = StepTable.empty();
    int next = 0;
    for (int op : ops) {
      if (op < 4 || table.size() == 0) {
        table = table.append(new Step.OfHook<>("k" + next++, NOOP));
      } else {
        String victim = table.keys().get(op % table.size());
        table = table.forget(victim);
      }
      int marks = table.slotCount() - table.size();
      assertThat(marks).isBetween(0, Math.max(32, table.size()));
    }
  }
}
