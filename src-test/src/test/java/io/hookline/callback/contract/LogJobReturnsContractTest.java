package io.hookline.callback.contract;

import io.hookline.callback.Callback;
import io.hookline.testkit.CallbackContract;

/** {@link Callback#logJobReturns()} keeps the callback contract. */
class LogJobReturnsContractTest extends CallbackContract {
  @Override
  protected Callback callback() {
    return Callback.logJobReturns();
  }
}
