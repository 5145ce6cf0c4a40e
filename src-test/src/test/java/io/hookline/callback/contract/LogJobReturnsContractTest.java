package io.hookline.callback.contract;

import io.hookline.callback.Callback;
import io.hookline.callback.LogJobReturns;
import io.hookline.testkit.CallbackContract;

/** {@link LogJobReturns} keeps the callback contract. */
class LogJobReturnsContractTest extends CallbackContract {
  @Override
  protected Callback callback() {
    return new LogJobReturns();
  }
}
