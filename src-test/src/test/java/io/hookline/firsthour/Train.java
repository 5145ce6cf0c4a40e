package io.hookline.firsthour;

/** The config of the first hour's apps: a learning rate and a number of epochs, both with defaults. */
public record Train(double lr, int epochs) {
  /** The defaults. */
  public Train() {
    this(0.1, 5);
  }
}
