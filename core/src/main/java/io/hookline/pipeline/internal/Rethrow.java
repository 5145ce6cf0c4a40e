package io.hookline.pipeline.internal;

/**
 * Passes an exception on to the caller unchanged, checked or not, without declaring it.
 *
 * <p>A hook may throw a checked exception; the pipeline promises to rethrow it as it is, neither wrapped nor
 * re-labelled, while {@code Pipeline.run} declares no checked exceptions. Java callers that want to handle a checked
 * exception from their hooks catch {@code Exception} around the run.
 */
final class Rethrow {

  private Rethrow() {}

  /** Throws {@code e}; declared to return so that callers can write {@code throw Rethrow.unchecked(e)}. */
  static RuntimeException unchecked(Throwable e) {
    return Rethrow.<RuntimeException>sneaky(e);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable e) throws E {
    throw (E) e;
  }
}
