package io.hookline.examples.factory;

import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import java.util.List;

/**
 * A callback that a config declares ({@code _target_}) and that needs a collaborator: the log it appends to, which the
 * factory gives it.
 */
public final class Audit implements Callback {

  private final List<String> log;
  private final String label;

  /** Builds the callback with the log to append to, and its declared {@code label}. */
  public Audit(List<String> log, String label) {
    this.log = log;
    this.label = label;
  }

  @Override
  public void onRunEnd(RunContext run, JobReturn result) {
    log.add(label + ": " + run.command() + " " + result.status());
  }
}
