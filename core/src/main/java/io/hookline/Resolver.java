package io.hookline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resolver of the app's own, which a composed config calls as {@code ${name:argument,argument}}, as OmegaConf's
 * registered resolvers are called. Register one in code with {@link Composition#resolver}, or make it a service: a
 * public class with a public constructor without arguments, declared in
 * {@code META-INF/services/io.hookline.Resolver} or with {@code provides io.hookline.Resolver with …} in a module.
 * A service is looked up only when a config calls a resolver that is not Hookline's and was not registered in code.
 *
 * <p>Contract: {@link #name()} is lower or upper case letters, digits, {@code _} and {@code -}, in parts separated by
 * dots ({@code shop.price}), and is not one of Hookline's own ({@code env}, {@code now}, {@code oc.select}, …).
 * {@link #resolve} gets the arguments in order, each with its interpolations resolved and read as a command line's
 * value is ({@code 3} is an integer, {@code [a, b]} a list, {@code 'a,b'} one text); it is called once for each
 * distinct list of arguments in the app's life, and its value is then used wherever the same call is written, in
 * every job the app runs in this JVM. What it throws is one line naming the key that called it, exit code 2.
 */
public interface Resolver {

  /** Returns the name a config calls it by. */
  String name();

  /**
   * Returns the value of {@code ${name:arguments}}: a text, a number, a boolean, a list or a map of them, or
   * {@code null}.
   *
   * @throws Exception if the arguments do not fit; its message is shown
   */
  @Nullable Object resolve(List<@Nullable Object> arguments) throws Exception;
}
