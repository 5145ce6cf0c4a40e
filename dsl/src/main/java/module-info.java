/**
 * Hookline's fluent front door. It re-exports the core, so a program that requires this module sees the whole API.
 *
 * <p>The builders ({@code Hookline.app(...)} and typed command arities) are not written yet; until they are, this
 * module only carries the core along.
 */
module io.hookline.dsl {
  requires transitive io.hookline.core;
}
