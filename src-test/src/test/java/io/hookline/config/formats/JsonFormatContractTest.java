package io.hookline.config.formats;

import io.hookline.ConfigFormat;
import io.hookline.config.internal.JsonFormat;
import io.hookline.testkit.ConfigFormatContract;

/** {@link JsonFormat} keeps the config format contract. */
class JsonFormatContractTest extends ConfigFormatContract {

  @Override
  protected ConfigFormat format() {
    return new JsonFormat();
  }
}
