package io.hookline.benchmarks.process;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The picocli side of the whole-process benchmark, doing what {@link HookGreet} does by hand: {@code greet hello
 * name=Ada} reads {@code greeting.yaml} with SnakeYAML, applies the override, tells two listeners, and prints the
 * greeting.
 */
@Command(name = "greet", subcommands = PicocliGreet.Hello.class)
public final class PicocliGreet {

  /** A listener, standing in for a callback. */
  interface Listener {
    void started();

    void ended();
  }

  /** The {@code hello} subcommand. */
  @Command(name = "hello")
  static final class Hello implements Callable<Integer> {

    @Option(names = "--greeting-path", defaultValue = "greeting.yaml")
    Path path;

    @Parameters
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      Map<String, Object> config = new LinkedHashMap<>(Map.of("message", "Hello", "name", "World"));
      if (Files.isRegularFile(path)) {
        try (Reader reader = Files.newBufferedReader(path)) {
          Map<String, Object> read = new Yaml().load(reader);
          if (read != null) {
            config.putAll(read);
          }
        }
      }
      for (String override : overrides) {
        int equals = override.indexOf('=');
        if (equals < 0 || !config.containsKey(override.substring(0, equals))) {
          throw new CommandLine.ParameterException(new CommandLine(this), "bad override: " + override);
        }
        config.put(override.substring(0, equals), override.substring(equals + 1));
      }
      List<Listener> listeners = List.of(new Counter(), new Counter());
      listeners.forEach(Listener::started);
      System.out.println(config.get("message") + ", " + config.get("name") + "!");
      for (int i = listeners.size() - 1; i >= 0; i--) {
        listeners.get(i).ended();
      }
      return 0;
    }
  }

  /** A listener that counts. */
  static final class Counter implements Listener {
    int events;

    @Override
    public void started() {
      events++;
    }

    @Override
    public void ended() {
      events++;
    }
  }

  private PicocliGreet() {}

  /** Runs the program. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PicocliGreet()).execute(args));
  }
}
