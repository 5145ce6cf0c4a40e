package io.hookline.config.formats;

import io.hookline.ConfigFormat;
import io.hookline.config.internal.YamlFormat;
import io.hookline.testkit.ConfigFormatContract;

/** {@link YamlFormat} keeps the config format contract. */
class YamlFormatContractTest extends ConfigFormatContract {

  @Override
  protected ConfigFormat format() {
    return new YamlFormat();
  }
}
