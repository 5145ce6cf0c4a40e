package io.hookline.callback.contract;

import io.hookline.callback.Callback;
import io.hookline.testkit.CallbackContract;

/** {@link Callback#writeJobReturns()} keeps the callback contract. */
class WriteJobReturnsContractTest extends CallbackContract {
  @Override
  protected Callback callback() {
    return Callback.writeJobReturns();
  }
}
