package io.hookline.command.internal;

import io.hookline.CommandSpec;
import io.hookline.InputException;
import io.hookline.OptionSpec;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where options take their defaults from outside the program: an option's environment variable, then the app's
 * sources in the order given (a properties file, or code), then the option's own default.
 *
 * <p>Contract: {@link #apply} gives each option the first default found, with where it came from, so that help shows
 * it and the command line checks it as it checks a given value. A properties file is read each time a command line
 * is; a file that is not there gives nothing, and one that cannot be read is one line naming it.
 */
public final class OptionDefaults {

  /**
   * A source of defaults: a properties file, or {@code lookup}, which takes a command's path and an option's key and
   * returns its default, or {@code null}.
   *
   * @param name how help names it
   * @param file the properties file, resolved against the app's directory when read, or {@code null}
   * @param lookup the defaults, when there is no file
   */
  public record Source(String name, @Nullable Path file, @Nullable BiFunction<String, String, @Nullable String> lookup) {

    /** Returns a source that reads the properties file {@code file}. */
    public static Source of(Path file) {
      return new Source(file.toString(), file, null);
    }

    /** Returns a source that asks {@code lookup}, named {@code name} in help. */
    public static Source of(String name, BiFunction<String, String, @Nullable String> lookup) {
      return new Source(name, null, lookup);
    }
  }

  private OptionDefaults() {}

  /**
   * Returns the default that {@code properties} (a file's, read) hold for option {@code option} of {@code command}: the
   * key {@code COMMAND.OPTION} ({@code train.limit}, {@code db migrate.dry-run}) for one command, else {@code OPTION}
   * for every command.
   */
  private static @Nullable String lookup(Properties properties, String command, String option) {
    String own = properties.getProperty(command + "." + option);
    return own != null ? own : properties.getProperty(option);
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    if (!Files.exists(file)) {
      return properties;
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": the option defaults are read from a properties file, and this is not a file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(file + ": cannot read the option defaults: " + e.getMessage());
    }
    return properties;
  }

  /**
   * Returns {@code spec} with each option's default from outside: its environment variable ({@code getenv}) when set,
   * else the first of {@code sources} that has one, files read from {@code directory}.
   *
   * @throws InputException if a properties file cannot be read
   */
  public static CommandSpec apply(CommandSpec spec, List<Source> sources, Function<String, @Nullable String> getenv,
      Path directory) {
    if (sources.isEmpty() && spec.options().stream().allMatch(option -> option.environment() == null)) {
      return spec;
    }
    List<BiFunction<String, String, @Nullable String>> lookups = new ArrayList<>();
    for (Source source : sources) {
      if (source.file() != null) {
        Properties properties = load(directory.resolve(source.file()));
        lookups.add((command, option) -> lookup(properties, command, option));
      } else {
        lookups.add(java.util.Objects.requireNonNull(source.lookup()));
      }
    }
    List<OptionSpec> options = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      options.add(withDefault(spec.command(), option, sources, lookups, getenv));
    }
    return new CommandSpec(spec.command(), spec.description(), spec.configs(), options);
  }

  private static OptionSpec withDefault(String command, OptionSpec option, List<Source> sources,
      List<BiFunction<String, String, @Nullable String>> lookups, Function<String, @Nullable String> getenv) {
    if (!option.takesValue()) {
      return option;
    }
    String variable = option.environment();
    String value = variable == null ? null : getenv.apply(variable);
    if (value != null) {
      return option.withDefault(value, "$" + variable);
    }
    for (int i = 0; i < sources.size(); i++) {
      String provided = lookups.get(i).apply(command, option.dest());
      if (provided != null) {
        return option.withDefault(provided, sources.get(i).name());
      }
    }
    return option;
  }
}
