package io.hookline.command.internal;

import io.hookline.ConfigSpec;
import io.hookline.Hooks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a command or a group adds to the hooks and configs it inherits (the app's, and those of the groups it is in):
 * its own hooks and configs, its edits to the inherited hooks (forget, override), the inherited configs it forgets,
 * and its arounds.
 *
 * <p>Contract: immutable. {@link #hooks(Hooks)} applies the edits to the inherited hooks in the order they were made,
 * pipes the layer's own hooks after them stage by stage, and wraps the whole in the arounds, later ones outside;
 * {@link #configs} keeps the inherited configs not forgotten, then adds the layer's own, but for those that yield to an
 * inherited one.
 *
 * @param configs the layer's own configs, in order
 * @param own the layer's own hooks
 * @param edits its edits to the inherited hooks, in order
 * @param forgotten the ids of the inherited configs it forgets
 * @param arounds its arounds, each over a whole stage
 * @param yielding the ids of its own configs that a typed body named by class only: each yields to an inherited config
 *     of the same id and class, so that the body reads that one
 */
public record Layer(List<ConfigSpec<?>> configs, Hooks own, List<UnaryOperator<Hooks>> edits, Set<String> forgotten,
    List<UnaryOperator<Hooks>> arounds, Set<String> yielding) {

  /** The layer that adds nothing. */
  public static final Layer EMPTY = new Layer(List.of(), Hooks.empty(), List.of(), Set.of(), List.of(), Set.of());

  /** Copies the collections. */
  public Layer {
    configs = List.copyOf(configs);
    Objects.requireNonNull(own, "hooks");
    edits = List.copyOf(edits);
    forgotten = Set.copyOf(forgotten);
    arounds = List.copyOf(arounds);
    yielding = Set.copyOf(yielding);
  }

  /** Returns this layer with {@code config} after its own configs. */
  public Layer withConfig(ConfigSpec<?> config) {
    Objects.requireNonNull(config, "config");
    return new Layer(append(configs, config), own, edits, forgotten, arounds, yielding);
  }

  /** Returns this layer without its own config {@code id}, or this layer if it has none. */
  public Layer withoutConfig(String id) {
    List<ConfigSpec<?>> fewer = new ArrayList<>(configs);
    fewer.removeIf(config -> config.id().equals(id));
    return fewer.size() == configs.size() ? this : new Layer(fewer, own, edits, forgotten, arounds, yielding);
  }

  /** Returns this layer with {@code hooks} as its own hooks. */
  public Layer withHooks(Hooks hooks) {
    return new Layer(configs, hooks, edits, forgotten, arounds, yielding);
  }

  /** Returns this layer with {@code edit} to the inherited hooks after its other edits. */
  public Layer withEdit(UnaryOperator<Hooks> edit) {
    return new Layer(configs, own, append(edits, edit), forgotten, arounds, yielding);
  }

  /** Returns this layer with {@code around} outside its other arounds. */
  public Layer withAround(UnaryOperator<Hooks> around) {
    return new Layer(configs, own, edits, forgotten, append(arounds, around), yielding);
  }

  /** Returns this layer with its own config {@code id} yielding to an inherited config of the same id and class. */
  public Layer yielding(String id) {
    Set<String> more = new HashSet<>(yielding);
    more.add(Objects.requireNonNull(id, "id"));
    return new Layer(configs, own, edits, forgotten, arounds, more);
  }

  /** Returns this layer forgetting the inherited config {@code id}. */
  public Layer forgetting(String id) {
    Set<String> more = new HashSet<>(forgotten);
    more.add(Objects.requireNonNull(id, "id"));
    return new Layer(configs, own, edits, more, arounds, yielding);
  }

  /**
   * Returns the effective hooks under {@code inherited}.
   *
   * @throws IllegalArgumentException if an edit names an inherited hook that is not there, or an own hook has the key
   *     of an inherited one in the same stage
   */
  public Hooks hooks(Hooks inherited) {
    Hooks edited = inherited;
    for (UnaryOperator<Hooks> edit : edits) {
      edited = edit.apply(edited);
    }
    Hooks effective = edited.andThen(own);
    for (UnaryOperator<Hooks> around : arounds) {
      effective = around.apply(effective);
    }
    return effective;
  }

  /**
   * Returns the effective configs under {@code inherited}, for {@code owner} ({@code "command 'train'"}).
   *
   * @throws IllegalArgumentException if the layer forgets a config that is not inherited
   */
  public List<ConfigSpec<?>> configs(String owner, List<ConfigSpec<?>> inherited) {
    List<ConfigSpec<?>> all = new ArrayList<>();
    Set<String> inheritedIds = new LinkedHashSet<>();
    for (ConfigSpec<?> spec : inherited) {
      inheritedIds.add(spec.id());
      if (!forgotten.contains(spec.id())) {
        all.add(spec);
      }
    }
    for (String id : forgotten) {
      if (!inheritedIds.contains(id)) {
        throw new IllegalArgumentException(owner + " forgets the global config '" + id
            + "', but there is none; the global configs are " + inheritedIds);
      }
    }
    for (ConfigSpec<?> config : configs) {
      boolean yields = yielding.contains(config.id()) && all.stream()
          .anyMatch(kept -> kept.id().equals(config.id()) && kept.type().equals(config.type()));
      if (!yields) {
        all.add(config);
      }
    }
    return all;
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> more = new ArrayList<>(list);
    more.add(element);
    return more;
  }
}
