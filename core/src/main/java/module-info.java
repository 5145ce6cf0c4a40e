/**
 * Hookline's core: the pipeline algebra and, built on it, commands, configs, the command line, callbacks, sweeps and
 * launchers.
 *
 * <p>Only the packages exported here are API. Packages named {@code internal} may change in any release.
 */
module io.hookline.core {
  requires transitive org.jspecify;
  requires io.vavr;

  exports io.hookline.pipeline;
}
