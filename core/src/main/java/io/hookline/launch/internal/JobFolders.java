package io.hookline.launch.internal;

import io.hookline.InputException;
import io.hookline.Invocation.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a sweep's jobs' folders under the sweep's folder: each job's number, or what a template makes of the
 * job ({@code hookline.sweep.subdir}).
 *
 * <p>Contract: {@link #add} names a batch's jobs before any of them runs and refuses, naming both jobs, a name that
 * another job of the sweep has, and a name that is not a relative path going down ({@code ..}, an absolute path, an
 * empty part); so no two jobs ever share a folder, and none writes outside the sweep's. A name may hold {@code /}, which
 * nests folders.
 */
public final class JobFolders {

  /** How a job's folder is named, from its number and overrides. */
  @FunctionalInterface
  public interface Naming {

    /** Names every job's folder by its number: the default. */
    Naming NUMBERED = (number, overrides) -> Integer.toString(number);

    /** Returns the name of the folder of job {@code number}, whose overrides are {@code overrides}. */
    String name(int number, List<String> overrides);
  }

  /**
   * The attribute of a sweep's request whose jobs' folders a template names ({@code hookline.sweep.subdir}): how; held
   * here, not by the runner, so that a single run loads none of this.
   */
  public static final Attribute<Naming> NAMING = Attribute.of("job folders", Naming.class);

  private final Naming naming;
  private final List<String> names = new ArrayList<>();
  private final List<List<String>> jobs = new ArrayList<>();
  private final Map<String, Integer> taken = new HashMap<>();

  /** Names folders with {@code naming}, none named yet. */
  public JobFolders(Naming naming) {
    this.naming = naming;
  }

  /** Names folders with {@code naming}, the jobs numbered below {@code recorded.size()} named already, by a journal. */
  public static JobFolders resumed(Naming naming, List<List<String>> jobs, List<String> recorded) {
    JobFolders folders = new JobFolders(naming);
    for (int number = 0; number < recorded.size(); number++) {
      folders.take(number, jobs.get(number), recorded.get(number));
    }
    return folders;
  }

  /**
   * Names the jobs {@code batch}, numbered from {@code first}, and returns their names, each part joined by {@code /}.
   *
   * @throws InputException if a name is not a relative path going down, or another job's
   */
  public List<String> add(int first, List<List<String>> batch) {
    List<String> added = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      added.add(take(first + i, batch.get(i), naming.name(first + i, batch.get(i))));
    }
    return added;
  }

  private String take(int number, List<String> overrides, String name) {
    String normal = name.replace('\\', '/');
    if (normal.isBlank() || normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")
        || List.of(normal.split("/", -1)).stream().anyMatch(part -> part.isEmpty() || part.equals("..")
        || part.equals("."))) {
      throw new InputException("job " + number + " (" + String.join(" ", overrides) + "): its folder '" + name
          + "' is not a relative path going down; write names joined by '/'");
    }
    Integer other = taken.putIfAbsent(normal, number);
    if (other != null) {
      throw new InputException("jobs " + other + " (" + String.join(" ", jobs.get(other)) + ") and " + number + " ("
          + String.join(" ", overrides) + ") both have the folder '" + name + "'; make hookline.sweep.subdir tell them"
          + " apart, as with ${hookline:job.num}");
    }
    names.add(normal);
    jobs.add(overrides);
    return normal;
  }

  /** Returns the name of every job's folder so far, by number. */
  public List<String> names() {
    return List.copyOf(names);
  }

  /** Returns whether every folder is named by its job's number, as a sweep without a template's are. */
  public boolean numbered() {
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals(Integer.toString(i))) {
        return false;
      }
    }
    return true;
  }
}
