package io.hookline.config.formats;

import io.hookline.ConfigFormat;
import io.hookline.config.internal.TomlFormat;
import io.hookline.testkit.ConfigFormatContract;
import java.util.Map;

/**
 * {@link TomlFormat} keeps the config format contract, for whole numbers of up to 18 digits: the TOML parser misreads
 * longer ones, so Hookline refuses them ({@code TomlConfigsTest}); and but for the sign of a negative zero, which the
 * TOML parser drops ({@code -0.0} reads back {@code 0.0}).
 */
class TomlFormatContractTest extends ConfigFormatContract {

  @Override
  protected ConfigFormat format() {
    return new TomlFormat();
  }

  @Override
  protected long largestWhole() {
    return 999_999_999_999_999_999L;
  }

  @Override
  protected Object asReadBack(Map<String, Object> tree) {
    return eachValue(tree, value -> value instanceof Double number && number == 0 ? (Object) 0.0 : value);
  }
}
