package io.hookline.hydra;

/** A class that is not a callback, whose static initializer would leave a mark if it ever ran. */
public final class NotACallback {

  /** Set when the class is initialized, which a callbacks file must never cause. */
  public static volatile boolean initialized;

  static {
    initialized = true;
    SideEffect.RAN.set(true);
  }

  private NotACallback() {}
}
