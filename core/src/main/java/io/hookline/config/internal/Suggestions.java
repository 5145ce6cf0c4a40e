package io.hookline.config.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" suggestions: the known names closest to a mistyped one.
 *
 * <p>Contract: returns at most {@value #MAX} names, closest first (ties in the order given). A name is close when it
 * starts with the mistyped one (of two characters or more), or when its edit distance from it (insertions, deletions,
 * substitutions and swaps of neighbours, ignoring case) is at most a third of the longer name's length, at least 1,
 * and less than the mistyped name's length, so that {@code x} is never offered for {@code y}. Returns nothing when
 * nothing is close.
 */
public final class Suggestions {

  static final int MAX = 5;

  private Suggestions() {}

  /** Returns the names in {@code known} closest to {@code wrong}. */
  public static List<String> closest(String wrong, Collection<String> known) {
    String typed = wrong.toLowerCase(Locale.ROOT);
    record Scored(String name, int distance) {}
    return known.stream()
        .distinct()
        .filter(name -> !name.equals(wrong))
        .map(name -> new Scored(name, distance(typed, name.toLowerCase(Locale.ROOT))))
        .filter(scored -> (scored.distance <= Math.max(1, Math.max(typed.length(), scored.name.length()) / 3)
                && scored.distance < typed.length())
            || (typed.length() >= 2 && scored.name.toLowerCase(Locale.ROOT).startsWith(typed)))
        .sorted(Comparator.comparingInt(Scored::distance))
        .limit(MAX)
        .map(Scored::name)
        .toList();
  }

  /** Hookline's own settings, which Hydra keeps under {@code hydra}. */
  private static final List<String> OWN = List.of("hookline.callbacks", "hookline.launcher", "hookline.sweeper",
      "hookline.mode", "hookline.searchpath", "hookline.run.dir", "hookline.sweep.dir",
      "hookline.job.override_dirname", "hookline.job_logging", "hookline.verbose");

  /**
   * Returns what to tell a Hydra user who set {@code key}, a dotted key, as in Hydra: where Hookline keeps what the
   * {@code hydra} node holds, and the key to write where Hookline has it; an empty string for any other key.
   */
  public static String forHydra(String key) {
    if (!key.equals("hydra") && !key.startsWith("hydra.")) {
      return "";
    }
    String own = "hookline" + key.substring("hydra".length());
    boolean known = OWN.stream().anyMatch(setting -> own.equals(setting) || own.startsWith(setting + "."));
    return "; Hookline's own settings are under 'hookline' (" + String.join(", ", OWN) + "), not 'hydra'"
        + (known ? ": write " + own : "");
  }


  /** Returns {@code "; did you mean 'a' or 'b'?"} for the closest names, or an empty string. */
  public static String didYouMean(String wrong, Collection<String> known) {
    List<String> names = closest(wrong, known);
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("; did you mean ");
    for (int i = 0; i < names.size(); i++) {
      text.append(i == 0 ? "" : i == names.size() - 1 ? " or " : ", ").append('\'').append(names.get(i)).append('\'');
    }
    return text.append('?').toString();
  }

  /** Optimal string alignment distance: edits plus swaps of neighbouring characters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
