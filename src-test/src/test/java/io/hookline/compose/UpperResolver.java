package io.hookline.compose;

import io.hookline.Resolver;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A resolver found as a service: {@code ${upper:text}} is the text in upper case. */
public final class UpperResolver implements Resolver {

  @Override
  public String name() {
    return "upper";
  }

  @Override
  public Object resolve(List<@Nullable Object> arguments) {
    if (arguments.size() != 1) {
      throw new IllegalArgumentException("upper takes one text, not " + arguments);
    }
    return String.valueOf(arguments.get(0)).toUpperCase(Locale.ROOT);
  }
}
