package io.hookline.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pipeline chapter's two listings, run: a pipeline edited by value, and the order of hooks and arounds. */
class PipelineGuideTest {

  /** A draft of a text, the state the chapter's pipeline works on. */
  record Draft(String text) {
    static Draft of(String text) {
      return new Draft(text);
    }

    Draft withText(String newText) {
      return new Draft(newText);
    }
  }

  private final List<String> log = new ArrayList<>();

  @Test
  void aPipelineIsEditedByValue() {
    // tag::algebra[]
    Pipeline<Draft> tidy = Pipeline.<Draft>empty()
        .andThen("trim", d -> d.withText(d.text().strip()))
        .andThen("capitalise", d -> d.withText(capitalise(d.text())))
        .andThen("exclaim", d -> d.withText(d.text() + "!"));

    Pipeline<Draft> audited = tidy.around("audit", (d, next) -> {
      log("in: " + d.text());
      Draft out = next.invoke(d);
      log("out: " + out.text());
      return out;
    });
    Pipeline<Draft> shouting = audited.override("capitalise", d -> d.withText(d.text().toUpperCase(Locale.ROOT)));
    Pipeline<Draft> calm = shouting.forget("exclaim");

    assertThat(calm.run(Draft.of("  hello, hooks  ")).text()).isEqualTo("HELLO, HOOKS");
    assertThat(tidy.run(Draft.of("  hello, hooks  ")).text()).isEqualTo("Hello, hooks!"); // tidy is unchanged
    assertThat(calm).hasToString("Pipeline[audit{trim, capitalise}]");
    // end::algebra[]
    assertThat(log).containsExactly("in:   hello, hooks  ", "out: HELLO, HOOKS");
  }

  @Test
  void theNewestAroundIsOutermostAndWrapsEverythingBeforeIt() {
    // tag::order[]
    List<String> seen = new ArrayList<>();
    Pipeline<String> pipeline = Pipeline.<String>empty()
        .andThen(s -> {
          seen.add("a");
          return s;
        })
        .around((s, next) -> {
          seen.add("x before");
          String out = next.invoke(s);
          seen.add("x after");
          return out;
        })
        .andThen(s -> {
          seen.add("b");
          return s;
        })
        .around((s, next) -> {
          seen.add("y before");
          String out = next.invoke(s);
          seen.add("y after");
          return out;
        });
    pipeline.run("s");
    assertThat(seen).containsExactly("y before", "x before", "a", "x after", "b", "y after");
    // end::order[]
  }

  private void log(String line) {
    log.add(line);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
