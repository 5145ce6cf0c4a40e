package io.hookline.testkit;

import io.hookline.callback.Callback;
import io.hookline.launch.Launcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Generated callback lists, misbehaving ones included, never break the ordering of events, on either launcher. */
class CallbackListsTest {

  @Provide
  Arbitrary<List<Callback>> callbacks() {
    return CallbackArbitraries.callbackLists(Collections.synchronizedList(new ArrayList<>()), 4);
  }

  @Property(tries = 200)
  void anyCallbackListKeepsTheOrdering(@ForAll("callbacks") List<Callback> callbacks,
      @ForAll @IntRange(min = 1, max = 4) int jobs, @ForAll boolean parallel) {
    CallbackLaws.assertOrdering(callbacks, jobs, parallel ? Launcher.parallel(2) : Launcher.sequential());
  }
}
