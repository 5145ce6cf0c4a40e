package io.hookline.command.internal;

import io.hookline.InputException;
import io.hookline.config.internal.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * A job's overrides written as a folder's name, as Hydra's {@code override_dirname}: {@code db=mysql,lr=0.1}.
 *
 * <p>Contract: the overrides whose key is not excluded (the key without its {@code +}, {@code ++} or {@code ~}, and
 * never Hookline's own {@code hookline.…} and {@code hookline/…}) are sorted as texts, each one's {@code =} written as
 * {@link #kvSep}, and joined with {@link #itemSep}. The name is then made one that Linux, macOS and Windows all take
 * as a single folder name: each character that one of them refuses or reads as a separator ({@code / \ : * ? " < > |}
 * and control characters), and half a surrogate pair standing alone, becomes {@code _}; trailing dots and spaces
 * become {@code _}, and so do names of dots only; a name that Windows keeps for a device ({@code CON}, {@code NUL},
 * {@code COM1}, … with or without an extension) gets a leading {@code _}; and a name longer than 255 bytes of UTF-8
 * is cut at a character's end and given {@code ~} and eight hexadecimal digits of a checksum of the whole name, so
 * that long names stay apart. No overrides is the empty name.
 *
 * @param kvSep what stands between a key and its value
 * @param itemSep what stands between two overrides
 * @param excludeKeys the keys left out, such as a seed that every job has
 */
public record OverrideDirname(String kvSep, String itemSep, List<String> excludeKeys) {

  /** Hydra's defaults: {@code =} and {@code ,}, nothing left out. */
  public static final OverrideDirname DEFAULT = new OverrideDirname("=", ",", List.of());

  /** The most bytes of UTF-8 a folder's name may have on the three systems. */
  static final int MAX_BYTES = 255;

  private static final Pattern REFUSED = Pattern.compile("[/\\\\:*?\"<>|\\x00-\\x1f\\x7f\\p{Cs}]");
  private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

  /** Copies the keys. */
  public OverrideDirname {
    excludeKeys = List.copyOf(excludeKeys);
  }

  /**
   * Returns the options that {@code node}, the composed {@code hookline.job.override_dirname}, sets: {@code kv_sep},
   * {@code item_sep} and {@code exclude_keys}, each with Hydra's default; the defaults if it is {@code null}.
   *
   * @param origins where each key of the composed config was written, by dotted path
   * @throws InputException if it is not a map of those keys, or a value is not a text (a list of texts)
   */
  public static OverrideDirname from(@Nullable Object node, Map<String, String> origins) {
    if (node == null) {
      return DEFAULT;
    }
    String path = "hookline.job.override_dirname";
    if (!(node instanceof Map<?, ?> map)) {
      throw new InputException(origins.getOrDefault(path, "the composed config") + ": " + path + " is a map of"
          + " kv_sep, item_sep and exclude_keys, not " + node);
    }
    for (Object key : map.keySet()) {
      if (!List.of("kv_sep", "item_sep", "exclude_keys").contains(key)) {
        throw new InputException(origins.getOrDefault(path + "." + key, path) + ": unknown key '" + path + "." + key
            + "'" + Suggestions.didYouMean(String.valueOf(key), List.of("kv_sep", "item_sep", "exclude_keys"))
            + "; the keys are [kv_sep, item_sep, exclude_keys]");
      }
    }
    Object keys = map.containsKey("exclude_keys") ? map.get("exclude_keys") : List.of();
    if (!(keys instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new InputException(origins.getOrDefault(path + ".exclude_keys", path) + ": " + path + ".exclude_keys is"
          + " a list of keys, as in [seed], not " + keys);
    }
    return new OverrideDirname(text(map, "kv_sep", "=", origins), text(map, "item_sep", ",", origins),
        list.stream().map(String::valueOf).toList());
  }

  private static String text(Map<?, ?> map, String key, String otherwise, Map<String, String> origins) {
    Object value = map.containsKey(key) ? map.get(key) : otherwise;
    if (!(value instanceof String text)) {
      String path = "hookline.job.override_dirname." + key;
      throw new InputException(origins.getOrDefault(path, path) + ": " + path + " is a text, as in '" + otherwise
          + "', not " + value);
    }
    return text;
  }

  /** Returns the name of a job with {@code overrides}. */
  public String name(List<String> overrides) {
    Set<String> excluded = Set.copyOf(excludeKeys);
    List<String> items = new ArrayList<>();
    for (String override : overrides) {
      String key = key(override);
      if (!excluded.contains(key) && !key.equals("hookline") && !key.startsWith("hookline.")
          && !key.startsWith("hookline/")) {
        items.add(override);
      }
    }
    items.sort(null);
    return safe(String.join(itemSep, items.stream().map(item -> item.replace("=", kvSep)).toList()));
  }

  /** Returns the key an override sets: {@code db.port} for {@code +db.port=1}, {@code db} for {@code ~db}. */
  private static String key(String override) {
    String key = override.replaceFirst("^(\\+\\+|\\+|~)", "");
    int equals = key.indexOf('=');
    return equals < 0 ? key : key.substring(0, equals);
  }

  /** Returns {@code name} made a folder's name that Linux, macOS and Windows all take, as the contract says. */
  static String safe(String name) {
    String safe = REFUSED.matcher(name).replaceAll("_");
    int end = safe.length();
    while (end > 0 && (safe.charAt(end - 1) == '.' || safe.charAt(end - 1) == ' ')) {
      end--;
    }
    safe = safe.substring(0, end) + "_".repeat(safe.length() - end);
    if (DEVICE.matcher(safe).matches()) {
      safe = "_" + safe;
    }
    byte[] bytes = safe.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_BYTES) {
      return safe;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    String suffix = String.format(Locale.ROOT, "~%08x", crc.getValue());
    int budget = MAX_BYTES - suffix.length();
    StringBuilder cut = new StringBuilder();
    int used = 0;
    for (int i = 0; i < safe.length(); ) {
      int codePoint = safe.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > budget) {
        break;
      }
      cut.appendCodePoint(codePoint);
      used += size;
      i += Character.charCount(codePoint);
    }
    return safe(cut.toString()) + suffix;
  }
}
