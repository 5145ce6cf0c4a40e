package io.hookline.architecture;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test, or every test of a class, that starts a process: a child JVM, a shell, a terminal, SLURM. Such a test
 * runs in the build like any other, and the mutation profile leaves it out (its tag, for JUnit's and for jqwik's
 * engine, is {@value #TAG}): PIT mutates the classes of its own JVM, so it can neither see what a child process runs
 * nor always start one the way the test does. {@link ProcessTestsAreMarkedTest} fails for a test that starts a
 * process and is not marked.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(StartsProcesses.TAG)
@net.jqwik.api.Tag(StartsProcesses.TAG)
public @interface StartsProcesses {

  /** The JUnit tag the mutation profile excludes. */
  String TAG = "processes";
}
