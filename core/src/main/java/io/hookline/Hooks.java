package io.hookline;

import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A command's hooks: one {@link Pipeline} of invocation hooks for each {@link Stage}, and one pipeline of parser hooks
 * over its {@link CommandSpec}.
 *
 * <p>Contract: immutable; every method returns a new table and leaves this one as it was. Keys are unique within a
 * stage, not across stages: {@code CONFIG} and {@code RUN} may both have a step named {@code "timer"}. Every
 * operation acts on one stage's pipeline exactly as the {@code Pipeline} method of the same name does, so the
 * pipeline laws hold stage by stage.
 *
 * <p>Global and local hooks combine with {@link #andThen}: stage by stage, the local pipeline runs after the global
 * one and receives its result. They are piped, not run side by side: a local post-config hook sees the configs the
 * global one produced.
 */
public final class Hooks {

  private static final Stage[] STAGES = Stage.values();
  private static final Hooks EMPTY = new Hooks(Pipeline.empty(), emptyStages());

  private final Pipeline<CommandSpec> parser;
  private final Pipeline<Invocation>[] stages;

  private Hooks(Pipeline<CommandSpec> parser, Pipeline<Invocation>[] stages) {
    this.parser = parser;
    this.stages = stages;
  }

  /** Returns the table with no hooks at all: every stage passes the invocation on unchanged. */
  public static Hooks empty() {
    return EMPTY;
  }

  /** Returns the default hooks, each under its well-known key; see {@link DefaultHooks}. */
  public static Hooks defaults() {
    return DefaultHooks.table();
  }

  /** Returns the pipeline of {@code stage}. */
  public Pipeline<Invocation> stage(Stage stage) {
    return stages[stage.ordinal()];
  }

  /** Returns the pipeline of parser hooks. */
  public Pipeline<CommandSpec> parser() {
    return parser;
  }

  /** Returns this table with {@code hook} added to the end of {@code stage} under {@code key}. */
  public Hooks andThen(Stage stage, String key, Hook<Invocation> hook) {
    return map(stage, p -> p.andThen(key, hook));
  }

  /** Returns this table with {@code around} wrapping everything now in {@code stage}, under {@code key}. */
  public Hooks around(Stage stage, String key, Around<Invocation> around) {
    return map(stage, p -> p.around(key, around));
  }

  /** Returns this table without the step {@code key} of {@code stage}, or this table if there is none. */
  public Hooks forget(Stage stage, String key) {
    return map(stage, p -> p.forget(key));
  }

  /** Returns this table with the hook {@code key} of {@code stage} replaced in place. */
  public Hooks override(Stage stage, String key, Hook<Invocation> hook) {
    return map(stage, p -> p.override(key, hook));
  }

  /** Returns this table with the around {@code key} of {@code stage} replaced in place. */
  public Hooks override(Stage stage, String key, Around<Invocation> around) {
    return map(stage, p -> p.override(key, around));
  }

  /**
   * Returns this table with {@code stage} emptied, as coma's {@code None} hook does: the stage then passes the
   * invocation on unchanged. Disabling the config stage leaves every config at its defaults; disabling init leaves
   * no command instance for the run stage.
   */
  public Hooks disable(Stage stage) {
    return map(stage, p -> Pipeline.empty());
  }

  /** Returns this table with {@code stage}'s pipeline replaced by {@code pipeline}. */
  public Hooks with(Stage stage, Pipeline<Invocation> pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    return map(stage, p -> pipeline);
  }

  /** Returns this table with the parser hook {@code hook} added under {@code key}. */
  public Hooks andThenParser(String key, Hook<CommandSpec> hook) {
    return withParser(parser.andThen(key, hook));
  }

  /** Returns this table without the parser hook {@code key}, or this table if there is none. */
  public Hooks forgetParser(String key) {
    return withParser(parser.forget(key));
  }

  /** Returns this table with the parser hook {@code key} replaced in place. */
  public Hooks overrideParser(String key, Hook<CommandSpec> hook) {
    return withParser(parser.override(key, hook));
  }

  /**
   * Returns the hooks of this table followed, stage by stage, by those of {@code local}: each local pipeline runs
   * after this table's pipeline for the same stage, on its result.
   *
   * @throws IllegalArgumentException if a stage of both tables has a step with the same key; forget the global one
   *     first, or override it
   */
  public Hooks andThen(Hooks local) {
    Pipeline<Invocation>[] joined = stages.clone();
    for (Stage stage : STAGES) {
      joined[stage.ordinal()] = stage(stage).andThen(local.stage(stage));
    }
    return new Hooks(parser.andThen(local.parser), joined);
  }

  /** Runs the nine stages in order on {@code invocation} and returns the last stage's result. */
  public Invocation run(Invocation invocation) {
    Invocation current = invocation;
    for (Pipeline<Invocation> stage : stages) {
      current = stage.run(current);
    }
    return current;
  }

  /** Runs the parser hooks on {@code spec} and returns the spec with their options. */
  public CommandSpec describe(CommandSpec spec) {
    return parser.run(spec);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Hooks that && parser.equals(that.parser) && Arrays.equals(stages, that.stages);
  }

  @Override
  public int hashCode() {
    return 31 * parser.hashCode() + Arrays.hashCode(stages);
  }

  /** Shows the parser hooks and every stage that has steps, as in {@code Hooks[PARSER=[...], RUN=[call]]}. */
  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ", "Hooks[", "]");
    if (!parser.isEmpty()) {
      shown.add("PARSER=" + parser.keys());
    }
    for (Stage stage : STAGES) {
      if (!stage(stage).isEmpty()) {
        shown.add(stage + "=" + stage(stage).toString().substring("Pipeline".length()));
      }
    }
    return shown.toString();
  }

  private Hooks map(Stage stage, UnaryOperator<Pipeline<Invocation>> change) {
    Pipeline<Invocation> old = stage(stage);
    Pipeline<Invocation> changed = change.apply(old);
    if (changed == old) {
      return this;
    }
    Pipeline<Invocation>[] next = stages.clone();
    next[stage.ordinal()] = changed;
    return new Hooks(parser, next);
  }

  private Hooks withParser(Pipeline<CommandSpec> changed) {
    return changed == parser ? this : new Hooks(changed, stages);
  }

  @SuppressWarnings("unchecked")
  private static Pipeline<Invocation>[] emptyStages() {
    Pipeline<Invocation>[] stages = (Pipeline<Invocation>[]) new Pipeline<?>[STAGES.length];
    Arrays.fill(stages, Pipeline.<Invocation>empty());
    return stages;
  }
}
