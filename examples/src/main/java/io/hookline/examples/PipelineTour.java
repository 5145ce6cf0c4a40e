package io.hookline.examples;

import io.hookline.pipeline.Around;
import io.hookline.pipeline.Pipeline;
import java.util.Locale;

/**
 * A tour of the pipeline algebra: one immutable pipeline, varied by adding, wrapping, forgetting and overriding
 * steps, each variant run on the same input.
 */
public final class PipelineTour {

  private PipelineTour() {}

  /** Runs the tour and prints each pipeline, its result and the notes its steps left. */
  public static void main(String[] args) {
    String input = args.length > 0 ? String.join(" ", args) : "  hello, hooks  ";

    Pipeline<Draft> tidy = Pipeline.<Draft>empty()
        .andThen("trim", draft -> draft.withText(draft.text().strip()).withNote("trimmed"))
        .andThen("capitalise", draft -> draft.withText(capitalise(draft.text())).withNote("capitalised"))
        .andThen("exclaim", draft -> draft.withText(draft.text() + "!").withNote("exclaimed"));

    Pipeline<Draft> audited = tidy.around("audit", audit());
    Pipeline<Draft> shouting = audited.override("capitalise",
        draft -> draft.withText(draft.text().toUpperCase(Locale.ROOT)).withNote("shouted"));
    Pipeline<Draft> calm = shouting.forget("exclaim");

    show("tidy", tidy, input);
    show("audited = tidy.around(audit)", audited, input);
    show("shouting = audited.override(capitalise)", shouting, input);
    show("calm = shouting.forget(exclaim)", calm, input);
    show("tidy, unchanged by all of the above", tidy, input);
  }

  /** An around that notes the text before and after the steps it wraps. */
  private static Around<Draft> audit() {
    return (draft, next) -> {
      Draft result = next.invoke(draft.withNote("audit: in  '" + draft.text() + "'"));
      return result.withNote("audit: out '" + result.text() + "'");
    };
  }

  private static void show(String title, Pipeline<Draft> pipeline, String input) {
    Draft result = pipeline.run(Draft.of(input));
    System.out.println(title);
    System.out.println("  steps:  " + pipeline);
    System.out.println("  result: '" + result.text() + "'");
    System.out.println("  notes:  " + String.join(" | ", result.notes()));
    System.out.println();
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
