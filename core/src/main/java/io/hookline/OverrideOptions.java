package io.hookline;

import java.util.Objects;

/**
 * How the post-config stage applies command-line overrides.
 *
 * @param separator what separates a config id from a key: {@code ::} in {@code train::epochs=3}
 * @param exclusive whether an override without an id must fit exactly one config; if not, it goes to every config
 *     that has its key
 * @param failWhenUnmatched whether an override that fits no config, or names an unknown config, is an error rather
 *     than ignored
 * @param failWhenAmbiguous whether an id prefix that matches several configs is an error rather than ignored
 */
public record OverrideOptions(
    String separator, boolean exclusive, boolean failWhenUnmatched, boolean failWhenAmbiguous) {

  /** Checks the separator. */
  public OverrideOptions {
    Objects.requireNonNull(separator, "separator");
    if (separator.isEmpty() || separator.contains("=") || separator.contains(".")) {
      throw new IllegalArgumentException("an override separator must be non-empty and hold neither '=' nor '.'");
    }
  }

  /** Returns the defaults: separator {@code ::}, overrides shared by every config that fits, mistakes are errors. */
  public static OverrideOptions defaults() {
    return new OverrideOptions("::", false, true, true);
  }

  /** Returns these options with another separator. */
  public OverrideOptions withSeparator(String newSeparator) {
    return new OverrideOptions(newSeparator, exclusive, failWhenUnmatched, failWhenAmbiguous);
  }

  /** Returns these options with overrides without an id required to fit exactly one config. */
  public OverrideOptions exclusively() {
    return new OverrideOptions(separator, true, failWhenUnmatched, failWhenAmbiguous);
  }

  /** Returns these options with unmatched overrides and ambiguous prefixes ignored instead of reported. */
  public OverrideOptions lenient() {
    return new OverrideOptions(separator, exclusive, false, false);
  }
}
