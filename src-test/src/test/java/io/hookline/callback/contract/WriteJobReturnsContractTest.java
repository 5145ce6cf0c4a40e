package io.hookline.callback.contract;

import io.hookline.callback.Callback;
import io.hookline.callback.WriteJobReturns;
import io.hookline.testkit.CallbackContract;

/** {@link WriteJobReturns} keeps the callback contract. */
class WriteJobReturnsContractTest extends CallbackContract {
  @Override
  protected Callback callback() {
    return new WriteJobReturns();
  }
}
