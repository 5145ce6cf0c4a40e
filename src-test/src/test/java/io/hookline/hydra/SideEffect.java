package io.hookline.hydra;

import java.util.concurrent.atomic.AtomicBoolean;

/** Records, from outside it, whether {@link NotACallback}'s static initializer ran. */
final class SideEffect {

  static final AtomicBoolean RAN = new AtomicBoolean();

  private SideEffect() {}
}
