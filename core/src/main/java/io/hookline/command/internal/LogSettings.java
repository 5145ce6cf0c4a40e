package io.hookline.command.internal;

import io.hookline.InputException;
import io.hookline.config.internal.Suggestions;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * How a job logs, read from Hookline's node: {@code hookline.job_logging} and {@code hookline.verbose}.
 *
 * <p>Contract: {@code job_logging} holds {@code file} (a file name in the job's folder, {@code true} for
 * {@code <command>.log}, or {@code null} or {@code false} for none),
 * {@code level} (a {@link Level}'s name, any case: the least a record needs), {@code console} (whether records also go
 * to {@link System.Logger}) and {@code format} (a {@link LogFormat}); a key left out keeps the {@code default} preset's
 * value. {@code verbose} is {@code true} (every logger), a logger's name, or a list of them: those loggers, and the
 * loggers below them ({@code com.example} holds {@code com.example.Train}), log from {@code DEBUG}. Anything else is
 * refused in one line that names the key and where it was set.
 *
 * @param file the log's file name, or {@code null} for no file
 * @param level the least level a record needs, unless its logger is verbose
 * @param console whether records also go to {@link System.Logger}
 * @param format the format of a line in the file
 * @param verbose the verbose loggers' names; the empty name is every logger
 */
public record LogSettings(@Nullable String file, Level level, boolean console, LogFormat format, List<String> verbose) {

  static final String JOB_LOGGING = "job_logging";
  static final String VERBOSE = "verbose";

  static final List<String> KEYS = List.of("file", "level", "console", "format");
  private static final String FORMAT = "[{time}][{logger}][{level}] - {message}";

  /** Returns the {@code default} preset's settings for a job of {@code command}. */
  public static LogSettings defaults(String command) {
    return new LogSettings(command + ".log", Level.INFO, true, LogFormat.of(FORMAT), List.of());
  }

  /**
   * Reads the settings of {@code hookline}, Hookline's node, for a job of {@code command}.
   *
   * @param where where a key ({@code hookline.job_logging.level}) was set, for messages
   * @throws InputException if a setting is malformed
   */
  public static LogSettings read(Map<?, ?> hookline, String command, UnaryOperator<String> where) {
    LogSettings settings = defaults(command);
    Object node = hookline.get(JOB_LOGGING);
    if (node != null && !(node instanceof Map<?, ?>)) {
      throw new InputException(where.apply("hookline." + JOB_LOGGING) + ": 'hookline." + JOB_LOGGING + "' is a map of "
          + KEYS + ", or chosen from the presets with hookline/" + JOB_LOGGING + "=default, none or disabled");
    }
    Map<?, ?> keys = node == null ? Map.of() : (Map<?, ?>) node;
    String file = settings.file();
    Level level = settings.level();
    boolean console = settings.console();
    LogFormat format = settings.format();
    for (Map.Entry<?, ?> entry : keys.entrySet()) {
      String key = "hookline." + JOB_LOGGING + "." + entry.getKey();
      Object value = entry.getValue();
      switch (String.valueOf(entry.getKey())) {
        case "file" -> file = value == null || Boolean.FALSE.equals(value) ? null
            : Boolean.TRUE.equals(value) ? settings.file() : fileName(value, key, where);
        case "level" -> level = level(value, key, where);
        case "console" -> console = bool(value, key, where);
        case "format" -> {
          try {
            format = LogFormat.of(String.valueOf(value));
          } catch (IllegalArgumentException e) {
            throw new InputException(where.apply(key) + ": '" + key + "': " + e.getMessage());
          }
        }
        default -> throw new InputException(where.apply(key) + ": unknown key '" + key + "'"
            + Suggestions.didYouMean(String.valueOf(entry.getKey()), KEYS) + "; the keys are " + KEYS);
      }
    }
    return new LogSettings(file, level, console, format, verbose(hookline.get(VERBOSE), where));
  }

  /** Returns the least level a record of {@code logger} needs. */
  public Level threshold(String logger) {
    boolean loud = verbose.stream().anyMatch(name -> name.isEmpty() || logger.equals(name)
        || logger.startsWith(name) && ".$".indexOf(logger.charAt(name.length())) >= 0);
    return loud && level.getSeverity() > Level.DEBUG.getSeverity() ? Level.DEBUG : level;
  }

  /** Returns whether a record of {@code logger} at {@code at} is kept. */
  public boolean wants(String logger, Level at) {
    Level least = threshold(logger);
    return least != Level.OFF && at != Level.OFF && at.getSeverity() >= least.getSeverity();
  }

  /**
   * Returns {@code value} as a file name in the job's folder; one still to be interpolated ({@code ${…}}) is checked
   * once it is.
   */
  public static String fileName(Object value, String key, UnaryOperator<String> where) {
    String name = String.valueOf(value);
    if (name.contains("${")) {
      return name;
    }
    if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
        || name.indexOf('\0') >= 0) {
      throw new InputException(where.apply(key) + ": '" + key + "' is a file name in the job's folder, not '" + name
          + "'; write one such as train.log");
    }
    return name;
  }

  private static Level level(@Nullable Object value, String key, UnaryOperator<String> where) {
    String name = String.valueOf(value).toUpperCase(Locale.ROOT);
    List<String> names = Arrays.stream(Level.values()).map(Level::getName).toList();
    if (!names.contains(name)) {
      throw new InputException(where.apply(key) + ": '" + key + "' is one of " + names + ", not '" + value + "'"
          + Suggestions.didYouMean(name, names));
    }
    return Level.valueOf(name);
  }

  private static boolean bool(@Nullable Object value, String key, UnaryOperator<String> where) {
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw new InputException(where.apply(key) + ": '" + key + "' is true or false, not '" + value + "'");
  }

  private static List<String> verbose(@Nullable Object value, UnaryOperator<String> where) {
    if (value == null || Boolean.FALSE.equals(value)) {
      return List.of();
    }
    if (Boolean.TRUE.equals(value)) {
      return List.of("");
    }
    List<String> names = new ArrayList<>();
    for (Object name : value instanceof List<?> list ? list : List.of(value)) {
      if (!(name instanceof String text) || text.isBlank()) {
        String key = "hookline." + VERBOSE;
        throw new InputException(where.apply(key) + ": '" + key + "' is true, a logger's name or a list of them, as in"
            + " hookline.verbose=[com.example.train], not " + value);
      }
      names.add(text);
    }
    return List.copyOf(names);
  }
}
