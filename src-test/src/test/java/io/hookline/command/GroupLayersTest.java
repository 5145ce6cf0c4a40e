package io.hookline.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Group;
import io.hookline.Hooks;
import io.hookline.Invocation;
import io.hookline.Outcome;
import io.hookline.Stage;
import io.hookline.pipeline.Hook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The layering law of groups, as a property: for any nesting and any hooks at each level, a command's stage runs the
 * app's hooks, then each enclosing group's from the outermost in, then its own, each level's in the order added; and
 * its configs come in the same order.
 */
class GroupLayersTest {

  /**
   * {@code hooksPerLevel} gives the number of hooks of the app (the first), of each group from the outermost in, and
   * of the command (the last).
   */
  @Property(tries = 200)
  void hooksAndConfigsStackFromTheAppInwards(
      @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 3) Integer> hooksPerLevel, @ForAll Stage stage) {
    List<String> events = new CopyOnWriteArrayList<>();
    int last = hooksPerLevel.size() - 1;

    Command command = Command.of("run", invocation -> null);
    for (String name : names(last, hooksPerLevel.get(last))) {
      command = command.andThen(stage, name, recording(events, name));
    }
    Group inner = null;
    for (int level = last - 1; level >= 1; level--) {
      Group group = Group.named("g" + level).config(ConfigSpec.of("c" + level, Map.of("v", level)));
      for (String name : names(level, hooksPerLevel.get(level))) {
        group = group.andThen(stage, name, recording(events, name));
      }
      inner = inner == null ? group.command(command) : group.group(inner);
    }
    Hooks global = Hooks.empty();
    for (String name : names(0, hooksPerLevel.get(0))) {
      global = global.andThen(stage, name, recording(events, name));
    }
    App app = App.named("laws").hooks(global);
    app = inner == null ? app.command(command) : app.group(inner);

    List<String> argv = new ArrayList<>();
    List<String> configIds = new ArrayList<>();
    List<String> expected = new ArrayList<>(names(0, hooksPerLevel.get(0)));
    for (int level = 1; level < last; level++) {
      argv.add("g" + level);
      configIds.add("c" + level);
      expected.addAll(names(level, hooksPerLevel.get(level)));
    }
    argv.add("run");
    expected.addAll(names(last, hooksPerLevel.get(last)));

    assertThat(app.spec(String.join(" ", argv)).configs()).extracting(ConfigSpec::id)
        .containsExactlyElementsOf(configIds);
    assertThat(app.invoke(argv.toArray(String[]::new)).exitCode()).isEqualTo(Outcome.OK);
    assertThat(events).containsExactlyElementsOf(expected);
  }

  private static List<String> names(int level, int count) {
    List<String> names = new ArrayList<>();
    for (int hook = 0; hook < count; hook++) {
      names.add("L" + level + "h" + hook);
    }
    return names;
  }

  private static Hook<Invocation> recording(List<String> events, String name) {
    return invocation -> {
      events.add(name);
      return invocation;
    };
  }
}
