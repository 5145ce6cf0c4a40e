package io.hookline.config.formats;

import io.hookline.ConfigFormat;
import io.hookline.config.internal.HoconFormat;
import io.hookline.testkit.ConfigFormatContract;
import java.util.Map;

/**
 * {@link HoconFormat} keeps the config format contract, but for what Typesafe Config keeps of a document: not the order
 * of its keys, and not the {@code .0} of a whole fraction, which reads back as a whole number.
 */
class HoconFormatContractTest extends ConfigFormatContract {

  @Override
  protected ConfigFormat format() {
    return new HoconFormat();
  }

  @Override
  protected Object asReadBack(Map<String, Object> tree) {
    return eachValue(tree, value -> {
      if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
        long whole = number.longValue();
        return whole == (int) whole ? (Object) (int) whole : (Object) whole;
      }
      return value;
    });
  }

  @Override
  protected boolean keepsKeyOrder() {
    return false;
  }
}
