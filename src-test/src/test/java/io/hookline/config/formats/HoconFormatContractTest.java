package io.hookline.config.formats;

import io.hookline.ConfigFormat;
import io.hookline.config.internal.HoconFormat;
import io.hookline.testkit.ConfigFormatContract;
import java.util.LinkedHashMap;
import java.util.List;
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
    return asHoconReads(tree);
  }

  @Override
  protected boolean keepsKeyOrder() {
    return false;
  }

  private static Object asHoconReads(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> same = new LinkedHashMap<>();
      map.forEach((key, value) -> same.put((String) key, asHoconReads(value)));
      return same;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(HoconFormatContractTest::asHoconReads).toList();
    }
    if (node instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
      long whole = number.longValue();
      return whole == (int) whole ? (Object) (int) whole : (Object) whole;
    }
    return node;
  }
}
