package io.hookline.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The layer rule: under a root package, each group of packages has a rank, and a class may use only classes of its
 * own group or of groups ranked strictly lower; groups of one rank sit side by side and use none of each other, so the
 * ranks order the layers partially. A package and its {@code internal} packages form one group. Groups
 * must also be free of cycles, which the rank rule implies and ArchUnit's slice rule checks on its own. The root
 * package is where users find the API, so its types belong to the layers that {@code placed} names, by their simple
 * name (a nested type by its binary name, {@code Outer$Nested}, or else with the nearest enclosing type named); a type
 * it does not name is in the root group.
 *
 * @param root the root package
 * @param ranks each group (a package relative to the root, without {@code internal}; "" for the root) and its rank
 * @param placed the group of each type of the root package that is not in the root group
 */
record Layers(String root, Map<String, Integer> ranks, Map<String, String> placed) {

  /** Returns the group of {@code type}, or {@code null} if it lies outside the root. */
  String group(JavaClass type) {
    String name = type.getPackageName();
    if (name.equals(root)) {
      String nested = type.getName().substring(root.length() + 1);
      String outermost = nested.split("\\$")[0];
      for (String enclosing = nested; ; enclosing = enclosing.substring(0, enclosing.lastIndexOf('$'))) {
        if (placed.containsKey(enclosing)) {
          return placed.get(enclosing);
        }
        if (!enclosing.contains("$")) {
          return placed.getOrDefault(outermost, "");
        }
      }
    }
    if (!name.startsWith(root + ".")) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String part : name.substring(root.length()).split("\\.")) {
      if (!part.isEmpty() && !part.equals("internal")) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? "" : parts.get(0);
  }

  /** Returns every dependency that runs against the order, as "origin -> target (group -> group)", sorted. */
  List<String> violations(JavaClasses classes) {
    TreeSet<String> found = new TreeSet<>();
    for (JavaClass type : classes) {
      String from = group(type);
      if (from == null) {
        continue;
      }
      Integer fromRank = rank(from, type);
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        String to = group(target);
        if (to == null || to.equals(from)) {
          continue;
        }
        if (rank(to, target) >= fromRank) {
          found.add(type.getName() + " -> " + target.getName() + " (" + show(from) + " -> " + show(to) + ")");
        }
      }
    }
    return List.copyOf(found);
  }

  /** Returns ArchUnit's report of cycles between groups, empty when there are none. */
  List<String> cycles(JavaClasses classes) {
    SliceAssignment assignment = new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String group = group(type);
        return group == null ? SliceIdentifier.ignore() : SliceIdentifier.of(show(group));
      }

      @Override
      public String getDescription() {
        return "groups of " + root;
      }
    };
    EvaluationResult result = SlicesRuleDefinition.slices().assignedFrom(assignment).should().beFreeOfCycles()
        .allowEmptyShould(true).evaluate(classes);
    return result.getFailureReport().getDetails();
  }

  private int rank(String group, JavaClass type) {
    Integer rank = ranks.get(group);
    if (rank == null) {
      throw new AssertionError("the package of " + type.getName() + " is in no layer: add its group '" + group
          + "' to the layer order");
    }
    return rank;
  }

  private static String show(String group) {
    return group.isEmpty() ? "(root)" : group;
  }
}
