package io.hookline.hydra;

import io.hookline.callback.Callback;

/** A callback whose constructor fails. */
public final class Boom implements Callback {

  /** Always throws. */
  public Boom() {
    throw new IllegalStateException("boom in init");
  }
}
