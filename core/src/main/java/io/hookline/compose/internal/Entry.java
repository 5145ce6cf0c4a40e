package io.hookline.compose.internal;

import org.jspecify.annotations.Nullable;

/** One entry of a defaults list. Each knows where it was written, for messages. */
public sealed interface Entry {

  /** Returns where the entry was written: {@code file:line:column}, or {@code command line: text}. */
  String origin();

  /**
   * {@code _self_}: where the config's own content goes.
   *
   * @param origin where it was written
   */
  record Self(String origin) implements Entry {}

  /**
   * A single config, such as {@code server/apache} or {@code server/apache@admin}: not a group's choice, so not
   * overridable.
   *
   * @param path the config path, relative to the containing config's group unless {@code absolute}
   * @param absolute whether it was written with a leading {@code /}
   * @param pkg the package it was given with {@code @}, or {@code null}
   * @param origin where it was written
   */
  record Config(String path, boolean absolute, @Nullable String pkg, String origin) implements Entry {}

  /**
   * A group entry, such as {@code db: mysql}, {@code optional /db@src: mysql} or {@code override db: sqlite}.
   *
   * @param group the group path, relative to the containing config's group unless {@code absolute}
   * @param absolute whether it was written with a leading {@code /}: the group and its package are then both from
   *     the root
   * @param pkg the package it was given with {@code @}, or {@code null}
   * @param choice what it selects
   * @param optional whether a missing option drops the entry rather than failing
   * @param override whether it changes the choice of an entry declared elsewhere, adding nothing itself
   * @param origin where it was written
   */
  record Group(String group, boolean absolute, @Nullable String pkg, GroupChoice choice, boolean optional,
      boolean override, String origin) implements Entry {

    /** Returns the entry as it was written, for messages: {@code override /db@src}. */
    public String shownKey() {
      return (override ? "override " : optional ? "optional " : "") + (absolute ? "/" : "") + group
          + (pkg == null ? "" : "@" + pkg);
    }
  }
}
