package io.hookline;

/**
 * How the default init hook passes configs to a command class's public constructor.
 *
 * <ul>
 *   <li>{@link #POSITION}: in config order, to the constructor with that many parameters (coma's default);
 *   <li>{@link #NAME}: each parameter receives the config whose id is its name (a record's component names, or any
 *       class compiled with {@code -parameters});
 *   <li>{@link #TYPE}: each parameter receives the one config of its type.
 * </ul>
 */
public enum InitBy {
  POSITION,
  NAME,
  TYPE
}
