package io.hookline.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to write here instead of a Hydra 1.3 command-line flag that Hookline does not take, for the message that
 * refuses it. A flag an app or a command declares itself is never refused, so it never reaches this table.
 */
public final class HydraFlags {

  private static final String CFG = "Hydra's -c is --cfg here, as in --cfg job";
  private static final String RUN = "a command runs once unless -m is given; leave it out";
  private static final String COMPLETION = "completion scripts come from --completion bash, zsh or fish, given first";
  private static final String COMPOSES = " is for an app that composes its configs (App.compose); this command reads"
      + " each config from its own file (--ID-path FILE)";
  private static final String PATH = "--config-path is --config-dir DIR here, a folder searched before the app's own"
      + " sources";

  private static final Map<String, String> HINTS = Map.ofEntries(
      Map.entry("-c", CFG),
      Map.entry("-i", "Hydra's -i is --info here, as in --info defaults"),
      Map.entry("-r", RUN),
      Map.entry("--run", RUN),
      Map.entry("-sc", COMPLETION),
      Map.entry("--shell-completion", COMPLETION),
      Map.entry("-cp", PATH),
      Map.entry("--config-path", PATH),
      Map.entry("-cn", "-cn is --config-name NAME here"),
      Map.entry("--config-name", "--config-name" + COMPOSES),
      Map.entry("-cd", "-cd is --config-dir DIR here"),
      Map.entry("--config-dir", "--config-dir" + COMPOSES),
      Map.entry("--experimental-rerun", "a job runs again with --rerun JOB_DIR, given first"),
      Map.entry("--hydra-help", "the options Hookline adds are listed by --help"));

  private HydraFlags() {}

  /** Returns what to write instead of the Hydra flag {@code flag} ({@code -cn}, {@code --config-dir}), or null. */
  public static @Nullable String hint(String flag) {
    return HINTS.get(flag);
  }
}
