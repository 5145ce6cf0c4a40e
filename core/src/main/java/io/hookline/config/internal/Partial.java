package io.hookline.config.internal;

import io.hookline.config.internal.Targets.Node;
import io.hookline.config.internal.Targets.Site;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code _partial_: true} node builds: an instance of a functional interface that builds its target on each
 * call, its arguments filling the parameters the node left open, in order.
 *
 * <p>Contract: the interface's one abstract method builds and returns the target; its default methods run as written;
 * {@code equals} is identity and {@code toString} names the target. What the target's code throws reaches the caller
 * unchanged.
 */
final class Partial implements InvocationHandler {

  private final Method sam;
  private final Call call;
  private final Node node;

  private Partial(Method sam, Call call, Node node) {
    this.sam = sam;
    this.call = call;
    this.node = new Node(node.name(), node.args(), node.named(), true, new Site(List.of(), "partial " + node.name(),
        Map.of()));
  }

  /** Returns the {@code type} whose method {@code sam} builds what {@code node} names through {@code call}. */
  static Object of(Class<?> type, Method sam, Call call, Node node) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Partial(sam, call, node));
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] arguments)
      throws Throwable {
    @Nullable Object[] given = arguments == null ? new Object[0] : arguments;
    if (method.getName().equals(sam.getName()) && method.getParameterCount() == call.open()
        && !method.isDefault()) {
      try {
        return call.invoke(given, node, true);
      } catch (ConstructorBinding.ConstructorFailed failed) {
        throw failed.getCause();
      }
    }
    if (Targets.isObjectMethod(method)) {
      return switch (method.getName()) {
        case "equals" -> proxy == given[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "partial " + node.name();
      };
    }
    return InvocationHandler.invokeDefault(proxy, method, given);
  }
}
