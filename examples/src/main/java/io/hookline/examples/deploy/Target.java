package io.hookline.examples.deploy;

/**
 * Where to deploy: written to {@code target.yaml} on the first run.
 *
 * @param environment {@code staging} or {@code production}
 * @param replicas how many instances to run
 * @param version the version to roll out
 */
public record Target(String environment, int replicas, String version) {

  /** The defaults. */
  public Target() {
    this("staging", 2, "1.0.0");
  }
}
