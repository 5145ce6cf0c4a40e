package io.hookline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.hookline.App;
import io.hookline.launch.Launcher;
import io.hookline.testkit.LauncherContract;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every test that starts a process is marked {@link StartsProcesses}, so that the mutation profile leaves it out and
 * cannot stop on it. A test starts a process when it, one of the test sources' helpers it calls (through lambdas and
 * method references too, and through the overrides of its own class), calls {@code ProcessBuilder.start} or
 * {@code Runtime.exec}, or both uses the process launcher by its type and runs a program or a launcher. Read from the test classes' bytecode; a
 * launcher chosen by name in a config's text is not seen here, and the mutation script says so if such a test fails
 * under PIT.
 */
class ProcessTestsAreMarkedTest {

  private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
      "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
      "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate", "net.jqwik.api.Property",
      "net.jqwik.api.Example");

  /** The test classes, with the test kit's (whose contracts hold test methods) and their code. */
  private static JavaClasses tests() throws URISyntaxException {
    return new ClassFileImporter().importPaths(location(ProcessTestsAreMarkedTest.class),
        location(LauncherContract.class));
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void everyTestThatStartsAProcessIsMarked() throws URISyntaxException {
    JavaClasses tests = tests();
    List<String> unmarked = new ArrayList<>();
    for (JavaClass type : tests) {
      if (type.getModifiers().contains(JavaModifier.ABSTRACT) || type.isInterface() || marked(type)) {
        continue;
      }
      Guard guard = new Guard(type);
      for (JavaMethod method : type.getAllMethods()) {
        if (isTest(method) && !method.isAnnotatedWith(StartsProcesses.class)) {
          guard.why(method).ifPresent(why -> unmarked.add(type.getName() + "." + method.getName() + ": " + why));
        }
      }
    }
    assertThat(unmarked).as("tests that start a process and are not marked @StartsProcesses. PIT can neither see what"
        + " a child process runs nor always start one as the test does: mark each with @StartsProcesses (the"
        + " mutation profile leaves those out), or test the same code in this JVM").isEmpty();
  }

  @Test
  void theGuardSeesAProcessStartedThroughAHelperALambdaAndAnOverride() throws URISyntaxException {
    JavaClasses tests = tests();
    JavaClass probe = tests.get(Probe.class);
    Guard guard = new Guard(tests.get(Exec.class));
    assertThat(guard.why(probe.getMethod("throughAHelper"))).hasValue("calls java.lang.ProcessBuilder.start");
    assertThat(guard.why(probe.getMethod("inALambda"))).hasValue("calls java.lang.ProcessBuilder.start");
    assertThat(guard.why(probe.getMethod("throughAnOverride"))).hasValue("calls java.lang.Runtime.exec");
    assertThat(guard.why(probe.getMethod("inThisJvm"))).isEmpty();
    assertThat(guard.why(probe.getMethod("aProgramOnTheProcessLauncher"))).hasValue(
        "calls io.hookline.launch.Launcher.process and calls io.hookline.App.invoke");
    assertThat(guard.why(probe.getMethod("theProcessLaunchersOptions"))).isEmpty();
  }

  private static boolean isTest(JavaMethod method) {
    for (String annotation : TEST_ANNOTATIONS) {
      if (method.isAnnotatedWith(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type}, a class it extends or a class it is nested in is marked. */
  private static boolean marked(JavaClass type) {
    if (type.isAnnotatedWith(StartsProcesses.class)) {
      return true;
    }
    for (JavaClass superclass : type.getAllRawSuperclasses()) {
      if (superclass.isAnnotatedWith(StartsProcesses.class)) {
        return true;
      }
    }
    return type.getEnclosingClass().map(ProcessTestsAreMarkedTest::marked).orElse(false);
  }

  /**
   * Why one concrete test class's method starts a process: it reaches a call that starts one, or it both uses the
   * process launcher and runs a program or a launcher.
   */
  private static final class Guard {
    private final Reach starts;
    private final Reach launcher;
    private final Reach runs;

    Guard(JavaClass type) {
      starts = new Reach(type, ProcessTestsAreMarkedTest::starts);
      launcher = new Reach(type, ProcessTestsAreMarkedTest::processLauncher);
      runs = new Reach(type, ProcessTestsAreMarkedTest::runs);
    }

    Optional<String> why(JavaMethod method) {
      return starts.why(method)
          .or(() -> launcher.why(method).flatMap(uses -> runs.why(method).map(run -> uses + " and " + run)));
    }
  }

  /** A call that starts a process by itself. */
  private static Optional<String> starts(AccessTarget target) {
    return calls(target, target.getOwner().getName().equals("java.lang.ProcessBuilder")
        && target.getName().equals("start")
        || target.getOwner().getName().equals("java.lang.Runtime") && target.getName().equals("exec"));
  }

  /**
   * A use of the process launcher, which starts child JVMs when a program runs on it. (The SLURM launcher is no seed:
   * it starts processes only against a cluster, which a test starts through its helpers, seen by {@link #starts};
   * against {@code FakeSlurm}, a cluster in this JVM, it starts none.)
   */
  private static Optional<String> processLauncher(AccessTarget target) {
    return calls(target, target.getOwner().getName().equals("io.hookline.launch.ProcessLauncher")
        || target.getOwner().getName().equals("io.hookline.launch.Launcher") && target.getName().equals("process"));
  }

  /** A call that runs a program, or a launcher. */
  private static Optional<String> runs(AccessTarget target) {
    String owner = target.getOwner().getName();
    return calls(target, owner.equals("io.hookline.App") && Set.of("invoke", "wake", "main").contains(
        target.getName()) || owner.startsWith("io.hookline.launch.") && target.getName().equals("launch"));
  }

  private static Optional<String> calls(AccessTarget target, boolean seed) {
    return seed ? Optional.of("calls " + target.getOwner().getName() + "." + target.getName()) : Optional.empty();
  }

  /**
   * What the code of one concrete test class reaches of a seed, its own overrides taking the place of what they
   * override.
   */
  private static final class Reach {
    private final JavaClass self;
    private final Function<AccessTarget, Optional<String>> seed;
    private final Map<JavaCodeUnit, Optional<String>> known = new HashMap<>();
    private final Set<JavaCodeUnit> visiting = new HashSet<>();

    Reach(JavaClass self, Function<AccessTarget, Optional<String>> seed) {
      this.self = self;
      this.seed = seed;
    }

    /** Why {@code unit} reaches the seed, if it does: the first call to it on the way. */
    Optional<String> why(JavaCodeUnit unit) {
      Optional<String> found = known.get(unit);
      if (found != null) {
        return found;
      }
      if (!visiting.add(unit)) {
        return Optional.empty();
      }
      Optional<String> why = Optional.empty();
      for (JavaCodeUnit body : withLambdas(unit)) {
        List<JavaAccess<?>> accesses = new ArrayList<>(body.getCallsFromSelf());
        accesses.addAll(body.getMethodReferencesFromSelf());
        accesses.addAll(body.getConstructorReferencesFromSelf());
        for (JavaAccess<?> access : accesses) {
          why = why.or(() -> seed.apply(access.getTarget())).or(() -> callee(access.getTarget()).flatMap(this::why));
        }
      }
      visiting.remove(unit);
      known.put(unit, why);
      return why;
    }

    /** {@code unit} and the bodies of the lambdas written in it, which javac names after it. */
    private static List<JavaCodeUnit> withLambdas(JavaCodeUnit unit) {
      List<JavaCodeUnit> bodies = new ArrayList<>(List.of(unit));
      for (JavaCodeUnit other : unit.getOwner().getCodeUnits()) {
        if (other.getName().startsWith("lambda$" + unit.getName() + "$")) {
          bodies.add(other);
        }
      }
      return bodies;
    }

    /** The test code a call runs: an override of this class's for a call on one of its own supertypes. */
    private Optional<JavaCodeUnit> callee(AccessTarget target) {
      if (!(target instanceof AccessTarget.CodeUnitAccessTarget code)) {
        return Optional.empty();
      }
      Optional<? extends JavaCodeUnit> resolved = code.resolveMember();
      if (resolved.isEmpty()) {
        return Optional.empty();
      }
      JavaCodeUnit unit = resolved.get();
      if (unit instanceof JavaMethod && self.isAssignableTo(unit.getOwner().getName())) {
        List<String> parameters = unit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        for (JavaMethod candidate : self.getAllMethods()) {
          if (candidate.getName().equals(unit.getName()) && !candidate.getModifiers().contains(JavaModifier.ABSTRACT)
              && candidate.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(parameters)
              && candidate.getOwner().isAssignableTo(unit.getOwner().getName())) {
            return Optional.of(candidate);
          }
        }
      }
      return Optional.of(unit);
    }
  }

  /** Code the guard's own test reads: processes started in each way it follows, and code that starts none. */
  abstract static class Probe {
    abstract void start() throws Exception;

    void throughAHelper() throws Exception {
      helper();
    }

    void inALambda() {
      Runnable run = () -> {
        try {
          helper();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };
      run.run();
    }

    void throughAnOverride() throws Exception {
      start();
    }

    int inThisJvm() {
      return List.of(1, 2).size();
    }

    void aProgramOnTheProcessLauncher() {
      App.named("probe").launcher(Launcher.process(2)).invoke("job");
    }

    String theProcessLaunchersOptions() {
      return Launcher.process(2).withRetries(1).toString();
    }

    private static void helper() throws Exception {
      new ProcessBuilder("true").start().waitFor();
    }
  }

  /** {@link Probe} with its process. */
  static final class Exec extends Probe {
    @Override
    void start() throws Exception {
      Runtime.getRuntime().exec(new String[] {"true"}).waitFor();
    }
  }
}
