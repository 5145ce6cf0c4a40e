package io.hookline.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.Group;
import io.hookline.Hooks;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Stage;
import io.hookline.pipeline.Hook;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builders' values as a program and a debugger see them: equal when built alike and hashed alike, unequal when
 * one part differs, each shown in one line; and the edges of what they refuse.
 */
class ValuesShowThemselvesTest {

  @Test
  void compositionsAreEqualWhenEveryPartIs() {
    Composition conf = Composition.folder(Path.of("conf"));
    assertThat(conf).isEqualTo(Composition.folder(Path.of("conf")))
        .hasSameHashCodeAs(Composition.folder(Path.of("conf")));
    assertThat(conf).isNotEqualTo(Composition.folder(Path.of("other")))
        .isNotEqualTo(conf.primary("train")).isNotEqualTo(conf.resolver("twice", args -> args))
        .isNotEqualTo("conf");
    assertThat(conf.primary("train")).hasToString("Composition[train from " + conf.sources() + "]");
  }

  @Test
  void hooksAreEqualWhenTheirStepsAreAndShowWhatTheyHold() {
    Hook<Invocation> call = invocation -> invocation;
    Hooks one = Hooks.empty().andThen(Stage.RUN, "call", call);
    Hooks same = Hooks.empty().andThen(Stage.RUN, "call", call);
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(Hooks.empty()).isNotEqualTo(one.andThenParser("opts", spec -> spec))
        .isNotEqualTo(Hooks.empty().andThen(Stage.INIT, "call", call)).isNotEqualTo("hooks");
    assertThat(one.hashCode()).isNotEqualTo(Hooks.empty().hashCode());
    assertThat(Hooks.empty()).hasToString("Hooks[]");
    assertThat(Hooks.empty().andThen(Stage.RUN, "call", invocation -> invocation)).hasToString("Hooks[RUN=[call]]");
    assertThat(Hooks.empty().andThenParser("opts", spec -> spec)).hasToString("Hooks[PARSER=[opts]]");
  }

  @Test
  void optionsShowTheirFlagsAndArgument() {
    assertThat(OptionSpec.flag("verbose", "say more")).hasToString("OptionSpec[--verbose]");
    assertThat(OptionSpec.withValue("optim", "NAME", "the optimizer")).hasToString("OptionSpec[--optim] NAME");
    assertThat(OptionSpec.flag("verbose", "say more")).hasSameHashCodeAs(OptionSpec.flag("verbose", "say more"));
  }

  @Test
  void anAppShowsItsNameAndCommandsAndTakesAGracePeriodUpToAnHour() {
    App app = App.named("tool").command(Command.of("go", invocation -> null));
    assertThat(app.name()).isEqualTo("tool");
    assertThat(app).hasToString("App[tool, commands [go]]");
    assertThat(app.configs()).isEmpty();
    assertThat(app.gracePeriod(Duration.ofHours(1))).isNotNull();
    assertThatThrownBy(() -> app.gracePeriod(Duration.ofHours(1).plusNanos(1)))
        .hasMessage("the grace period is above 0 and at most an hour, not PT1H0.000000001S");
    assertThatThrownBy(() -> app.gracePeriod(Duration.ZERO)).hasMessageEndingWith("not PT0S");
  }

  @Test
  void aGroupTakesEachNameOnce() {
    Group db = Group.named("db").command(Command.of("migrate", invocation -> null));
    assertThatThrownBy(() -> db.command(Command.of("migrate", invocation -> null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("command 'db migrate' is already registered");
    assertThatThrownBy(() -> db.group(Group.named("migrate")))
        .hasMessage("group 'db migrate' is already registered");
    assertThat(db.group(Group.named("schema")).command(Command.of("load", invocation -> null))).isNotNull();
    assertThat(List.of(db)).hasSize(1);
  }
}
