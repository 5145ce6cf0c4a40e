package io.hookline.benchmarks.process;

/** The bare baseline of the whole-process benchmark: a JVM that prints one line. */
public final class Hello {

  private Hello() {}

  /** Prints a greeting. */
  public static void main(String[] args) {
    System.out.println("Hello, World!");
  }
}
