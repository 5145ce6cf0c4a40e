/**
 * Hookline's core: the pipeline algebra and, built on it, commands, configs, the command line, callbacks, sweeps and
 * launchers.
 *
 * <p>Only the packages exported here are API. Packages named {@code internal} may change in any release.
 */
module io.hookline.core {
  requires transitive org.jspecify;
  requires io.vavr;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.toml;
  requires typesafe.config;
  requires org.yaml.snakeyaml;
  requires jopt.simple;
  requires java.management;

  uses com.fasterxml.jackson.databind.Module;
  uses io.hookline.ConfigFormat;
  uses io.hookline.Resolver;
  uses io.hookline.launch.Launcher.Provider;
  uses io.hookline.sweep.Sweeper.Provider;

  provides io.hookline.ConfigFormat with
      io.hookline.config.internal.YamlFormat,
      io.hookline.config.internal.JsonFormat,
      io.hookline.config.internal.HoconFormat,
      io.hookline.config.internal.TomlFormat;
  provides io.hookline.launch.Launcher.Provider with
      io.hookline.launch.internal.SequentialProvider,
      io.hookline.launch.internal.ParallelProvider,
      io.hookline.launch.internal.ProcessProvider,
      io.hookline.launch.internal.SlurmProvider;
  provides io.hookline.sweep.Sweeper.Provider with
      io.hookline.sweep.internal.GridProvider,
      io.hookline.sweep.internal.RandomProvider,
      io.hookline.sweep.internal.HalvingProvider;

  exports io.hookline;
  exports io.hookline.callback;
  exports io.hookline.launch;
  exports io.hookline.pipeline;
  exports io.hookline.sweep;
}
