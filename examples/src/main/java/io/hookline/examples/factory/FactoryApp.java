package io.hookline.examples.factory;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Factory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An app whose command class and declared callback are built by a factory: a plain {@code Map} from a class to how it
 * is made, which stands for a dependency injection container. Classes the map does not know are built by reflection.
 */
public final class FactoryApp {

  private FactoryApp() {}

  /**
   * Returns the app, with its files in {@code dir}: the factory gives {@code Greeter} the {@code clock} and
   * {@code Audit} the {@code log}.
   */
  public static App app(Path dir, Clock clock, List<String> log) {
    Map<Class<?>, Function<Map<String, ?>, Object>> makers = Map.of(
        Greeter.class, values -> new Greeter((Greeting) values.get("greeting"), clock),
        Audit.class, values -> new Audit(log, String.valueOf(values.get("label"))));
    Factory factory = (type, values) -> makers.containsKey(type) ? makers.get(type).apply(values) : null;
    return App.named("greeter").directory(dir).factory(factory)
        .callbacksFrom(Path.of("callbacks.yaml"))
        .command(Command.of("greet", Greeter.class).config(ConfigSpec.of(Greeting.class)));
  }

  /** Runs the app in the working directory, its clock the system's and its log printed at the end. */
  public static void main(String[] args) {
    List<String> log = new CopyOnWriteArrayList<>();
    int code = app(Path.of(""), () -> java.time.LocalTime.now().getHour(), log).wake(args);
    log.forEach(System.out::println);
    System.exit(code);
  }
}
