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
import org.junit.jupiter.api.Test;

/**
 * Every test that starts a process is marked {@link StartsProcesses}, so that the mutation profile leaves it out and
 * cannot stop on it. A test starts a process when it, one of the test sources' helpers it calls (through lambdas and
 * method references too, and through the overrides of its own class), calls {@code ProcessBuilder.start} or
 * {@code Runtime.exec}, or uses the process launcher by its type (a SLURM cluster is started through
 * {@code ProcessBuilder.start}; {@code FakeSlurm}, one in this JVM, starts nothing). Read from the test classes' bytecode; a
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
      Reach reach = new Reach(type);
      for (JavaMethod method : type.getAllMethods()) {
        if (isTest(method) && !method.isAnnotatedWith(StartsProcesses.class)) {
          reach.why(method).ifPresent(why -> unmarked.add(type.getName() + "." + method.getName() + ": " + why));
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
    Reach reach = new Reach(tests.get(Exec.class));
    assertThat(reach.why(probe.getMethod("throughAHelper"))).hasValue("calls java.lang.ProcessBuilder.start");
    assertThat(reach.why(probe.getMethod("inALambda"))).hasValue("calls java.lang.ProcessBuilder.start");
    assertThat(reach.why(probe.getMethod("throughAnOverride"))).hasValue("calls java.lang.Runtime.exec");
    assertThat(reach.why(probe.getMethod("inThisJvm"))).isEmpty();
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

  /** What the code of one concrete test class reaches, its own overrides taking the place of what they override. */
  private static final class Reach {
    private final JavaClass self;
    private final Map<JavaCodeUnit, Optional<String>> known = new HashMap<>();
    private final Set<JavaCodeUnit> visiting = new HashSet<>();

    Reach(JavaClass self) {
      this.self = self;
    }

    /** Why {@code unit} starts a process, if it does. */
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
          why = why.or(() -> seed(access.getTarget())).or(() -> callee(access.getTarget()).flatMap(this::why));
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

    /** What a call starts a process with, if it does so by itself. */
    private static Optional<String> seed(AccessTarget target) {
      String owner = target.getOwner().getName();
      String name = target.getName();
      // The SLURM launcher is not a seed: it starts processes only against a cluster, which a test starts through its
      // helpers (ProcessBuilder.start, seen there); against FakeSlurm, a cluster in this JVM, it starts none.
      boolean starts = owner.equals("java.lang.ProcessBuilder") && name.equals("start")
          || owner.equals("java.lang.Runtime") && name.equals("exec")
          || owner.equals("io.hookline.launch.ProcessLauncher")
          || owner.equals("io.hookline.launch.Launcher") && name.equals("process");
      return starts ? Optional.of("calls " + owner + "." + name) : Optional.empty();
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
