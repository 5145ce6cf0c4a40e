package io.hookline.examples.trainer;

/**
 * Where the data is, shared by every command: written to {@code dataconfig.yaml} on the first run.
 *
 * @param name the data set's name
 * @param batchSize how many examples per step
 */
public record DataConfig(String name, int batchSize) {

  /** The defaults. */
  public DataConfig() {
    this("digits", 32);
  }
}
