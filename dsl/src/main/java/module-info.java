/**
 * Hookline's fluent front door. It re-exports the core, so a program that requires this module sees the whole API.
 */
module io.hookline.dsl {
  requires transitive io.hookline.core;

  exports io.hookline.dsl;
}
