package io.hookline;

import io.hookline.command.internal.Layer;
import io.hookline.config.internal.Names;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import io.hookline.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a {@link Group} and a {@link Command} share: a name, a description for help, and the hooks and configs they
 * add to what they inherit from the app and the groups they are in, with the changes they make to it.
 *
 * <p>Contract: immutable; every method returns a new value of the same kind. What a scope inherits is the app's hooks
 * and configs, then those of each group it is in, outermost first. Its effective hooks are the inherited ones with its
 * changes ({@link #forget}, {@link #override}) applied in the order made, followed stage by stage by its own, the whole
 * wrapped in its arounds; its effective configs are the inherited ones it did not forget, followed by its own. The
 * changes are checked when the scope is added to an app: a change that names a hook or config that is not inherited is
 * an {@link IllegalArgumentException} then.
 *
 * @param <T> the kind of scope: {@link Group} or {@link Command}
 */
public abstract sealed class Scope<T extends Scope<T>> permits Command, Group {

  private final String kind;
  private final String name;
  private final String description;
  private final Layer layer;

  /** Makes a scope of {@code kind} ("command" or "group", as errors name it). */
  Scope(String kind, String name, String description, Layer layer) {
    this.kind = kind;
    this.name = checkedName(kind, name);
    this.description = Objects.requireNonNull(description, "description");
    this.layer = layer;
  }

  /** Returns {@code name} if a command or a group may be named so. */
  static String checkedName(String kind, String name) {
    Objects.requireNonNull(name, "name");
    if (!Names.isName(name)) {
      throw new IllegalArgumentException(kind + " name '" + name
          + "' must start with a letter or digit and hold only letters, digits, '-', '_' and '.'");
    }
    return name;
  }

  /** Returns its layer: its own hooks and configs and its changes to those it inherits. */
  final Layer layer() {
    return layer;
  }

  /** Returns a scope like this one, with {@code newDescription} and {@code newLayer}. */
  abstract T with(String newDescription, Layer newLayer);

  /** Returns the name it is invoked by. */
  public final String name() {
    return name;
  }

  /** Returns the one-line description shown in help, or an empty string. */
  public final String description() {
    return description;
  }

  /** Returns its own configs, in order. */
  public final List<ConfigSpec<?>> configs() {
    return layer.configs();
  }

  /** Returns its own hooks. */
  public final Hooks hooks() {
    return layer.own();
  }

  /** Returns it with a description for help. */
  public final T describedAs(String newDescription) {
    return with(Objects.requireNonNull(newDescription, "description"), layer);
  }

  /** Returns it with {@code config} after its other configs. */
  public final T config(ConfigSpec<?> config) {
    return with(description, layer.withConfig(config));
  }

  /** Returns it with a config of class {@code type} (see {@link ConfigSpec#of(Class)}) after its other configs. */
  public final T config(Class<?> type) {
    return config(ConfigSpec.of(type));
  }

  /** Returns it without its own config {@code id}, or as it is if it has none. */
  public final T withoutConfig(String id) {
    return with(description, layer.withoutConfig(id));
  }

  /** Returns it with {@code newHooks} as its own hooks. */
  public final T hooks(Hooks newHooks) {
    return with(description, layer.withHooks(Objects.requireNonNull(newHooks, "hooks")));
  }

  /** Returns it with {@code hook} at the end of {@code stage} under {@code key}, after the inherited hooks. */
  public final T andThen(Stage stage, String key, Hook<Invocation> hook) {
    return hooks(hooks().andThen(stage, key, hook));
  }

  /**
   * Returns it with {@code around} wrapping the whole of {@code stage} under {@code key}: the inherited hooks of that
   * stage and its own. Arounds added later wrap those added earlier.
   */
  public final T around(Stage stage, String key, Around<Invocation> around) {
    Objects.requireNonNull(around, "around");
    return with(description, layer.withAround(effective -> effective.around(stage, key, around)));
  }

  /** Returns it with the parser hook {@code hook} under {@code key}. */
  public final T andThenParser(String key, Hook<CommandSpec> hook) {
    return hooks(hooks().andThenParser(key, hook));
  }

  /** Returns it with {@code option} added by a parser hook of its own; a group's commands each get it. */
  public final T option(OptionSpec option) {
    Objects.requireNonNull(option, "option");
    return andThenParser("option " + option.dest(), spec -> spec.withOption(option));
  }

  /** Returns it without the inherited hook {@code key} of {@code stage}; other commands keep it. */
  public final T forget(Stage stage, String key) {
    return edit(global -> global.forget(stage, key));
  }

  /** Returns it without any inherited hook of {@code stage}; other commands keep them. */
  public final T forget(Stage stage) {
    return edit(global -> global.with(stage, Pipeline.empty()));
  }

  /** Returns it without the inherited parser hook {@code key}; other commands keep it. */
  public final T forgetParser(String key) {
    return edit(global -> global.forgetParser(key));
  }

  /** Returns it without the inherited config {@code id}, which it may then declare again as its own. */
  public final T forgetConfig(String id) {
    return with(description, layer.forgetting(id));
  }

  /** Returns it with the inherited hook {@code key} of {@code stage} replaced in place by {@code hook}. */
  public final T override(Stage stage, String key, Hook<Invocation> hook) {
    return edit(global -> global.override(stage, key, hook));
  }

  /** Returns it with the inherited around {@code key} of {@code stage} replaced in place by {@code around}. */
  public final T override(Stage stage, String key, Around<Invocation> around) {
    return edit(global -> global.override(stage, key, around));
  }

  /** Returns it with the inherited parser hook {@code key} replaced in place by {@code hook}. */
  public final T overrideParser(String key, Hook<CommandSpec> hook) {
    return edit(global -> global.overrideParser(key, hook));
  }

  /**
   * Returns its effective hooks under the {@code inherited} ones: those with its changes applied, in the order made,
   * followed stage by stage by its own, and the whole wrapped in its arounds.
   *
   * @throws IllegalArgumentException if a change names a hook that is not inherited, or an own hook has the key of an
   *     inherited one in the same stage
   */
  public final Hooks effectiveHooks(Hooks inherited) {
    return layer.hooks(inherited);
  }

  /**
   * Returns its effective configs under the {@code inherited} ones: those it did not forget, then its own.
   *
   * @throws IllegalArgumentException if it forgets a config that is not inherited
   */
  public final List<ConfigSpec<?>> effectiveConfigs(List<ConfigSpec<?>> inherited) {
    return layer.configs(kind + " '" + name + "'", inherited);
  }

  private T edit(UnaryOperator<Hooks> change) {
    return with(description, layer.withEdit(change));
  }

  @Override
  public String toString() {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + "[" + name + "]";
  }
}
