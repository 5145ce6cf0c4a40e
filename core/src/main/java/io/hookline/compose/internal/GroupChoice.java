package io.hookline.compose.internal;

import java.util.List;

/**
 * What a group entry selects: one option, several, none yet, one that must still be chosen, or one named by
 * interpolating other choices.
 */
public sealed interface GroupChoice {

  /** Returns the choice as a defaults list or the command line writes it. */
  String show();

  /** Returns the options selected, in order; none for a placeholder, a mandatory choice or a template. */
  default List<String> options() {
    return List.of();
  }

  /** {@code group: null}: nothing, unless the command line chooses. */
  record Placeholder() implements GroupChoice {
    @Override
    public String show() {
      return "null";
    }
  }

  /** {@code group: ???}: the command line must choose. */
  record Mandatory() implements GroupChoice {
    @Override
    public String show() {
      return "???";
    }
  }

  /**
   * {@code group: option}.
   *
   * @param option the option
   */
  record One(String option) implements GroupChoice {
    @Override
    public String show() {
      return option;
    }

    @Override
    public List<String> options() {
      return List.of(option);
    }
  }

  /**
   * {@code group: [a, b]}: every option, merged in order at the group's package.
   *
   * @param items the options
   */
  record Many(List<String> items) implements GroupChoice {
    /** Copies the options. */
    public Many {
      items = List.copyOf(items);
    }

    @Override
    public String show() {
      return "[" + String.join(", ", items) + "]";
    }

    @Override
    public List<String> options() {
      return items;
    }
  }

  /**
   * {@code group: ${a}_${b}}: the option named by the choices of other groups.
   *
   * @param template the text with its {@code ${key}} references
   */
  record Template(String template) implements GroupChoice {
    @Override
    public String show() {
      return template;
    }
  }
}
