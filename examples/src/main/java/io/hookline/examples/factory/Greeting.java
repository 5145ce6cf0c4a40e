package io.hookline.examples.factory;

/**
 * The greet command's config.
 *
 * @param name who is greeted
 */
public record Greeting(String name) {
  /** The default: the world. */
  public Greeting() {
    this("world");
  }
}
