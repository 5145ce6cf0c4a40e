package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Resolver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolvers of the app's own, as OmegaConf's registered resolvers: registered on the composition in code or found as
 * {@code io.hookline.Resolver} services, called with typed arguments, once per distinct arguments in a run, and
 * failing in one line that names the key.
 */
class ResolversTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> calls = new ArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();

  private Composition composition() {
    return Composition.folder(Path.of("conf"))
        .resolver("shop.price", args -> {
          calls.add("price" + args + args.stream().map(arg -> arg.getClass().getSimpleName()).toList());
          return ((Number) args.get(0)).doubleValue() * ((Number) args.get(1)).doubleValue();
        })
        .resolver("shop.args", args -> {
          calls.add("args" + args);
          return args;
        })
        .resolver("count", args -> counter.incrementAndGet())
        .resolver("broken", args -> {
          throw new IllegalStateException("no price list for " + args.get(0));
        });
  }

  private App app(String config) throws Exception {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/config.yaml"), config);
    return App.named("shop")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(composition())
        .command(Command.of("show", invocation -> invocation.config("app", Map.class))
            .config(ConfigSpec.of("app", Map.of())));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void argumentsAreReadAsValuesAndTheResultKeepsItsType() throws Exception {
    Outcome outcome = app("""
        app:
          count: 4
          total: ${shop.price:3,2.5}
          nested: ${shop.price:${app.count},2}
          text: price ${shop.price:1,1.5} each
          args: ${shop.args:[a, b],'x,y',true,null, plain text }
          none: ${shop.args:}
        """).invoke("show");

    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{count=4, total=7.5, nested=8.0, text=price 1.5 each,"
        + " args=[[a, b], x,y, true, null, plain text], none=[]}");
    assertThat(calls).contains("price[3, 2.5][Integer, Double]", "price[4, 2][Integer, Integer]");
  }

  @Test
  void aResolverIsCalledOncePerArgumentsInARunAndAgainInTheNext() throws Exception {
    App app = app("app:\n  a: ${count:}\n  b: ${count:}\n  c: ${count:other}\n");

    assertThat(app.invoke("show").result()).hasToString("{a=1, b=1, c=2}");
    assertThat(app.invoke("show").result()).hasToString("{a=3, b=3, c=4}");
  }

  @Test
  void cfgJobShowsTheCallAndWithResolveItsValue() throws Exception {
    App app = app("app:\n  total: ${shop.price:2,2}\n");
    assertThat(app.invoke("show", "--cfg", "job").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(app.invoke("show", "--cfg", "job", "--resolve").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("app:\n  total: ${shop.price:2,2}\napp:\n  total: 4.0\n");
  }

  @Test
  void aResolverFoundAsAServiceIsCalledByName() throws Exception {
    App app = app("app:\n  loud: ${upper:quiet}\n");
    Path services = Files.createDirectories(dir.resolve("services/META-INF/services"));
    Files.writeString(services.resolve(Resolver.class.getName()), UpperResolver.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("services").toUri().toURL()},
        getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Outcome outcome = app.invoke("show");
      assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
      assertThat(outcome.result()).hasToString("{loud=QUIET}");
    } finally {
      thread.setContextClassLoader(before);
    }
    Outcome without = app.invoke("show");
    assertThat(without.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).contains("unknown resolver 'upper'");
  }

  @Test
  void whatAResolverThrowsIsOneLineNamingTheKey() throws Exception {
    Outcome outcome = app("app:\n  name: shop\n  price: ${broken:apples}\n").invoke("show");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("shop: conf/config.yaml:3:3: app.price: '${broken:apples}': resolver 'broken'"
        + " failed: no price list for apples\n");
  }

  @Test
  void anUnknownResolverListsTheAppsOwn() throws Exception {
    Outcome outcome = app("app:\n  price: ${shop.prise:1,2}\n").invoke("show");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("shop: conf/config.yaml:2:3: app.price: '${shop.prise:1,2}': unknown resolver"
        + " 'shop.prise'; did you mean 'shop.price' or 'shop.args'?; the resolvers are [env, oc.env, hookline, hydra, now, oc.select,"
        + " oc.decode, oc.create, oc.dict.keys, oc.dict.values, broken, count, shop.args, shop.price]\n");
  }

  @Test
  void aResolverIsNamedAsAConfigCallsItAndNotAsHooklinesOwn() {
    Composition composition = Composition.folder(Path.of("conf"));
    assertThatThrownBy(() -> composition.resolver("now", args -> 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'now' is Hookline's own resolver; give yours another name");
    assertThatThrownBy(() -> composition.resolver("shop price", args -> 1))
        .hasMessage("'shop price' is not a resolver's name: letters, digits, '_' and '-', in parts separated by dots,"
            + " such as shop.price");
    assertThatThrownBy(() -> composition.resolver("a", args -> 1).resolver("a", args -> 2))
        .hasMessage("a resolver named 'a' is registered already");
  }
}
