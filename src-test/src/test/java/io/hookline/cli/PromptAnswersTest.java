package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import io.hookline.config.internal.Secrets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What a prompt does with each answer, on a terminal scripted in this JVM (a real one is {@link PromptsTest}'s): a
 * value asked with its question, a bad one said and asked again three times at most, an empty answer to an optional
 * question, the end of the input, a secret asked without echo and never repeated in what is said, a confirmation's
 * yes and no, and a secret a file kept masked given again from the environment or the terminal.
 */
class PromptAnswersTest {

  /** A terminal whose answers are given in advance; {@code null} is the end of the input. */
  private static final class Script implements Prompts.Terminal {
    final Deque<@Nullable String> answers;
    final List<String> seen = new ArrayList<>();

    Script(@Nullable String... answers) {
      this.answers = new ArrayDeque<>();
      this.answers.addAll(Arrays.asList(answers));
    }

    @Override
    public @Nullable String readLine(String question) {
      seen.add(question);
      return answers.isEmpty() ? null : answers.removeFirst();
    }

    @Override
    public char @Nullable [] readPassword(String question) {
      seen.add("(hidden) " + question);
      String answer = answers.isEmpty() ? null : answers.removeFirst();
      return answer == null ? null : answer.toCharArray();
    }

    @Override
    public void say(String line) {
      seen.add(line);
    }
  }

  private static final OptionSpec PORT = OptionSpec.withValue("port", "N", "where").ofType(int.class).prompted("Port");

  private static final OptionSpec USER = OptionSpec.withValue("user", "NAME", "who logs in").required()
      .prompted("User name");

  private static final OptionSpec PASSWORD = OptionSpec.withValue("password", "WORD", "their password").required()
      .secret().prompted("Password");

  private static final OptionSpec DROP = OptionSpec.flag("yes", "drop without asking").prompted("Drop every table?");

  @Test
  void aValueIsAskedWithItsQuestionAndABadOneSaidAndAskedAgain() {
    Script script = new Script("abc", "8080");
    assertThat(ask(script, PORT)).containsExactly(Map.entry("port", List.of("8080")));
    assertThat(script.seen).containsExactly("Port: ", "--port takes a whole number, not 'abc'", "Port: ");
  }

  @Test
  void threeBadAnswersToARequiredValueAreOneLine() {
    OptionSpec count = OptionSpec.withValue("count", "N", "how many").ofType(int.class).required().prompted("Count");
    Script script = new Script("a", "b", "c", "4");
    assertThatThrownBy(() -> ask(script, count)).isInstanceOf(InputException.class)
        .hasMessage("command 'login' needs option --count N (how many), and no answer fit");
    assertThat(script.seen).filteredOn(line -> line.equals("Count: ")).hasSize(3);
    assertThat(script.answers).containsExactly("4");
  }

  @Test
  void anOptionalValueLeftEmptyOrBadThreeTimesIsLeftOut() {
    assertThat(ask(new Script(""), PORT)).isEmpty();
    Script script = new Script("a", "b", "c");
    assertThat(ask(script, PORT)).isEmpty();
    assertThat(script.seen).hasSize(6);
  }

  @Test
  void theEndOfTheInputIsNoAnswer() {
    assertThat(ask(new Script(), PORT)).isEmpty();
    assertThatThrownBy(() -> ask(new Script(), USER)).isInstanceOf(InputException.class)
        .hasMessage("command 'login' needs option --user NAME (who logs in), and no answer fit");
    assertThatThrownBy(() -> ask(new Script(), DROP)).isInstanceOf(InputException.class)
        .hasMessage("command 'login' was not confirmed; nothing ran");
  }

  @Test
  void aSecretIsAskedWithoutEchoAndNotRepeatedWhenItDoesNotFit() {
    OptionSpec pin = OptionSpec.withValue("pin", "N", "a number").ofType(int.class).secret().prompted("PIN");
    Script script = new Script("hunter2", "1234");
    assertThat(ask(script, pin)).containsExactly(Map.entry("pin", List.of("1234")));
    assertThat(script.seen).containsExactly("(hidden) PIN: ", "--pin takes a whole number, not '" + Secrets.MASK + "'",
        "(hidden) PIN: ");
    assertThatThrownBy(() -> ask(new Script(), PASSWORD)).isInstanceOf(InputException.class)
        .hasMessage("command 'login' needs option --password WORD (their password), and no answer fit");
  }

  @Test
  void aSecretWithoutAQuestionIsAskedAgainWithItsDescription() {
    OptionSpec token = OptionSpec.withValue("token", "T", "the API token").secret();
    CommandSpec spec = new CommandSpec("login", "", List.of(), List.of(token));
    Script script = new Script("t0k3n");
    assertThat(Prompts.secretsAgain(spec, Map.of("token", List.of(Secrets.MASK)), name -> null, script))
        .containsExactly(Map.entry("token", List.of("t0k3n")));
    assertThat(script.seen).containsExactly("(hidden) the API token: ");
  }

  @Test
  void aConfirmationRunsOnYesInAnyCaseAndStopsOnAnythingElse() {
    Script yes = new Script("  YeS ");
    assertThat(ask(yes, DROP)).containsExactly(Map.entry("yes", List.of("true")));
    assertThat(yes.seen).containsExactly("Drop every table? [y/N] ");
    assertThat(ask(new Script("y"), DROP)).containsKey("yes");
    assertThatThrownBy(() -> ask(new Script("no"), DROP)).isInstanceOf(InputException.class)
        .hasMessage("command 'login' was not confirmed; nothing ran");
  }

  @Test
  void withoutATerminalNothingIsAskedAndAConfirmationSaysHowToGiveIt() {
    assertThat(ask(null, PORT)).isEmpty();
    assertThat(ask(null, USER)).isEmpty();
    assertThatThrownBy(() -> ask(null, DROP)).isInstanceOf(InputException.class)
        .hasMessage("command 'login' asks 'Drop every table?', and there is no terminal to answer on; give --yes to"
            + " answer yes");
  }

  @Test
  void aMaskedSecretIsGivenAgainFromTheEnvironmentOrTheTerminal() {
    CommandSpec spec = new CommandSpec("login", "", List.of(), List.of(USER, PASSWORD));
    Map<String, List<String>> kept = new LinkedHashMap<>();
    kept.put("user", List.of(Secrets.MASK));
    kept.put("password", List.of(Secrets.MASK));
    Map<String, String> environment = Map.of("HOOKLINE_SECRET_PASSWORD", "from-env");
    assertThat(Prompts.secretsAgain(spec, kept, environment::get, null))
        .containsExactly(Map.entry("user", List.of(Secrets.MASK)), Map.entry("password", List.of("from-env")));
    Script script = new Script("typed");
    assertThat(Prompts.secretsAgain(spec, kept, name -> null, script))
        .containsEntry("password", List.of("typed"));
    assertThat(script.seen).containsExactly("(hidden) Password: ");
    assertThat(Prompts.secretsAgain(spec, Map.of("password", List.of("given")), name -> null, null))
        .containsExactly(Map.entry("password", List.of("given")));
    assertThatThrownBy(() -> Prompts.secretsAgain(spec, kept, name -> null, null))
        .isInstanceOf(InputException.class)
        .hasMessage("option --password of command 'login' is secret, so no file of the run keeps it; run this on a"
            + " terminal to be asked for it");
  }

  private static Map<String, List<String>> ask(Prompts.@Nullable Terminal terminal, OptionSpec option) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    Prompts.ask(terminal, "login", option, options);
    return options;
  }
}
