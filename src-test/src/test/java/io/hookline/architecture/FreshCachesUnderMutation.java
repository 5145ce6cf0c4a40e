package io.hookline.architecture;

import io.hookline.config.internal.ClassCache;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Under mutation testing ({@code -Dhookline.mutation=true}), makes core's per-class caches forget what they computed
 * before each test, JUnit's and jqwik's alike. PIT replaces a class's code in a running JVM for each mutant; what the
 * code computed and cached before (a record's constructor, a config's schema) would otherwise hide the mutant from
 * every later test, and record its coverage against the first test alone. Registered with the platform as a service;
 * it does nothing in an ordinary run.
 */
public final class FreshCachesUnderMutation implements TestExecutionListener {

  private static final boolean MUTATION = Boolean.getBoolean("hookline.mutation");

  @Override
  public void executionStarted(TestIdentifier test) {
    if (MUTATION && test.isTest()) {
      ClassCache.forgetAll();
    }
  }
}
