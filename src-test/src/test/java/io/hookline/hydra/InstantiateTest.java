package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Composition;
import io.hookline.Configs;
import io.hookline.InputException;
import io.hookline.OutputDirs;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hydra's {@code instantiate}, as {@code Configs.instantiate} and as a config's field of a declared type: nodes of the
 * shapes Hydra's documentation shows, written anew, each with the exact value built or the exact one-line error.
 */
class InstantiateTest {

  private static final String HERE = "io.hookline.hydra.InstantiateTest.";

  /** What the fixtures built, in the order they were built. */
  static final List<String> BUILT = new ArrayList<>();

  @TempDir
  Path dir;

  /** An optimizer, as a config names one. */
  public interface Optimizer {
    double rate();
  }

  /** A record optimizer whose parameters have defaults: its constructor without arguments gives them. */
  public record Adam(double lr, double beta) implements Optimizer {
    public Adam {
      if (lr <= 0) {
        throw new IllegalArgumentException("lr must be positive, not " + lr);
      }
      BUILT.add("Adam(" + lr + ", " + beta + ")");
    }

    public Adam() {
      this(0.001, 0.9);
    }

    @Override
    public double rate() {
      return lr;
    }
  }

  /** A record optimizer whose parameters have no defaults. */
  public record Sgd(double lr, double momentum) implements Optimizer {
    @Override
    public double rate() {
      return lr;
    }
  }

  /** A model holding an optimizer, which is built before it. */
  public record Model(Optimizer optimizer, int layers) {
    public Model {
      BUILT.add("Model(" + layers + ")");
    }
  }

  /** A target that takes anything: what it gets under {@code Object} shows whether nested nodes were built. */
  public record Holder(Object inner) {}

  /** Static factory methods. */
  public static final class Optimizers {
    private Optimizers() {}

    public static Optimizer sgd(double lr) {
      return () -> lr;
    }

    public static String notAnOptimizer() {
      return "no";
    }
  }

  /** A class whose static initialiser must never run when it is refused. */
  public static final class Refused {
    static {
      BUILT.add("Refused initialised");
    }
  }

  /** A config with an optimizer field, bound from a composed or plain config. */
  public record Train(Optimizer optimizer, int epochs) {}

  /**
   * Empties {@link #BUILT}, once Hookline has read {@link Adam}'s defaults, which it does once per class by calling
   * the constructor without arguments: what the tests count is what each instantiation builds, whichever test ran first.
   */
  @BeforeEach
  void clear() {
    Configs.instantiate(node("_target_", HERE + "Adam"), Optimizer.class);
    BUILT.clear();
  }

  private static Map<String, Object> node(Object... keysAndValues) {
    Map<String, Object> node = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return node;
  }

  @Test
  void aClassIsBuiltFromItsNamedParametersConvertedToTheirDeclaredTypes() {
    Optimizer built = Configs.instantiate(node("_target_", HERE + "Adam", "lr", "0.5", "beta", 1), Optimizer.class);
    assertThat(built).isEqualTo(new Adam(0.5, 1.0));
  }

  @Test
  void aParameterLeftOutTakesItsDefault() {
    assertThat(Configs.instantiate(node("_target_", HERE + "Adam", "lr", 0.1), Adam.class))
        .isEqualTo(new Adam(0.1, 0.9));
  }

  @Test
  void aStaticFactoryMethodIsATargetAndArgsArePositional() {
    Optimizer built = Configs.instantiate(node("_target_", HERE + "Optimizers.sgd", "_args_", List.of(0.25)),
        Optimizer.class);
    assertThat(built.rate()).isEqualTo(0.25);
    assertThat(Configs.instantiate(node("_target_", "java.time.Duration.ofSeconds", "_args_", List.of(90)),
        Duration.class)).isEqualTo(Duration.ofMinutes(1).plusSeconds(30));
    assertThat(Configs.instantiate(node("_target_", "java.math.BigDecimal", "_args_", List.of("1.50")),
        BigDecimal.class)).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void nestedTargetsAreBuiltFirstAsTheirDeclaredTypes() {
    Model model = Configs.instantiate(node("_target_", HERE + "Model", "layers", 3,
        "optimizer", node("_target_", HERE + "Adam", "lr", 0.1)), Model.class);
    assertThat(BUILT).containsExactly("Adam(0.1, 0.9)", "Model(3)");
    assertThat(model).isEqualTo(new Model(new Adam(0.1, 0.9), 3));
  }

  @Test
  void recursiveFalseKeepsNestedNodesAsMaps() {
    Map<String, Object> inner = node("_target_", HERE + "Adam", "lr", 0.1);
    Holder built = Configs.instantiate(node("_target_", HERE + "Holder", "inner", inner), Holder.class);
    assertThat(built.inner()).isInstanceOf(Adam.class).hasToString("Adam[lr=0.1, beta=0.9]");

    Holder kept = Configs.instantiate(node("_target_", HERE + "Holder", "_recursive_", false, "inner", inner),
        Holder.class);
    assertThat(BUILT).containsExactly("Adam(0.1, 0.9)");
    assertThat(kept.inner()).isEqualTo(inner);
  }

  @Test
  @SuppressWarnings("unchecked")
  void partialGivesAFunctionThatFillsTheParametersLeftOpen() {
    Function<Double, Optimizer> sgd = Configs.instantiate(node("_target_", HERE + "Sgd", "_partial_", true,
        "momentum", 0.5), Function.class);
    assertThat(sgd.apply(0.2)).isEqualTo(new Sgd(0.2, 0.5));
    assertThat(sgd.toString()).isEqualTo("partial " + HERE + "Sgd");

    BiFunction<Double, Double, Optimizer> both = Configs.instantiate(node("_target_", HERE + "Sgd",
        "_partial_", true), BiFunction.class);
    assertThat(both.apply(0.3, 0.7)).isEqualTo(new Sgd(0.3, 0.7));

    Function<Object, Model> model = Configs.instantiate(node("_target_", HERE + "Model", "_partial_", true,
        "optimizer", node("_target_", HERE + "Optimizers.sgd", "_args_", List.of(0.5))), Function.class);
    assertThat(BUILT).isEmpty();
    assertThat(model.apply(2).layers()).isEqualTo(2);
    assertThat(model.apply("3").optimizer().rate()).isEqualTo(0.5);
    assertThat(BUILT).containsExactly("Model(2)", "Model(3)");
    assertThatThrownBy(() -> model.apply(2.5)).isInstanceOf(InputException.class)
        .hasMessage("partial " + HERE + "Model: layers: expected int, got 2.5");
  }

  @Test
  void convertIsAcceptedAndChangesNothing() {
    assertThat(Configs.instantiate(node("_target_", HERE + "Adam", "_convert_", "all", "lr", 1), Adam.class))
        .isEqualTo(new Adam(1.0, 0.9));
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", HERE + "Adam", "_convert_", "deep", "lr", 1),
        Adam.class)).isInstanceOf(InputException.class).hasMessage("instantiate: _convert_ is one of [none, partial,"
            + " object, all], not 'deep'; the declared parameter types decide what each value becomes");
  }

  @Test
  void aTargetOfAnotherTypeIsRefusedBeforeItsClassIsInitialised() {
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", HERE + "Refused"), Optimizer.class))
        .isInstanceOf(InputException.class)
        .hasMessage("instantiate: " + HERE + "Refused is not a " + Optimizer.class.getName());
    assertThatThrownBy(() -> Configs.instantiate(node("_target_", "java.lang.Runtime.getRuntime"), Optimizer.class))
        .hasMessage("instantiate: java.lang.Runtime.getRuntime does not return a " + Optimizer.class.getName());
    assertThat(BUILT).isEmpty();
  }

  @Test
  void eachMisfitIsOneLineNamingTheKeyAndTheClass() {
    assertThat(error(node("_target_", HERE + "Adam", "lrr", 0.1))).isEqualTo("instantiate: unknown key 'lrr'; did"
        + " you mean 'lr'?; " + HERE + "Adam takes [lr, beta]");
    assertThat(error(node("_target_", HERE + "Sgd", "lr", 0.1))).isEqualTo("instantiate: key 'momentum' is required"
        + " and has no value (double); add momentum: VALUE beside its _target_");
    assertThat(error(node("_target_", HERE + "Adam", "lr", "fast"))).isEqualTo("instantiate: lr: expected double,"
        + " got \"fast\"");
    assertThat(error(node("_target_", HERE + "Adam", "lr", -1))).isEqualTo("instantiate: lr must be positive, not"
        + " -1.0");
    assertThat(error(node("_target_", "com.example.Gone"))).isEqualTo("instantiate: no class or static method"
        + " com.example.Gone on the class path");
    assertThat(error(node("_target_", HERE + "Optimizers.adam"))).isEqualTo("instantiate: no class or static method "
        + HERE + "Optimizers.adam; " + Optimizers.class.getName() + " has no public static method 'adam'");
    assertThat(error(node("lr", 0.1))).isEqualTo("instantiate: no _target_ naming a class or a static method, as in"
        + " _target_: com.example.Adam");
    assertThat(error(node("_target_", HERE + "Adam", "_partail_", true))).isEqualTo("instantiate: unknown key"
        + " '_partail_'; did you mean '_partial_'?; the keys Hookline reads beside a _target_ are [_target_, _args_,"
        + " _recursive_, _partial_, _convert_]");
    assertThat(error(node("_target_", HERE + "Optimizers.sgd", "lr", 0.1))).isEqualTo("instantiate: " + HERE
        + "Optimizers.sgd has no public static method that takes (lr=…); its parameters' names are not kept: compile"
        + " it with -parameters, or give the values in order with _args_ (double)");
    // The tests are compiled without -parameters; following the message's advice builds it.
    assertThat(Configs.instantiate(node("_target_", HERE + "Optimizers.sgd", "_args_", List.of(0.1)), Optimizer.class)
        .rate()).isEqualTo(0.1);
    assertThat(error(node("_target_", HERE + "Optimizer"))).isEqualTo("instantiate: " + HERE + "Optimizer is an"
        + " interface; name a class that implements it, or a static method that makes one");
  }

  private static String error(Map<String, Object> node) {
    try {
      Configs.instantiate(node, Optimizer.class);
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("built " + node);
  }

  private App train() {
    return App.named("train").config(Train.class)
        .command("fit", Train.class, train -> {
          System.out.println(train.optimizer().getClass().getSimpleName() + " " + train.optimizer().rate() + " x"
              + train.epochs());
          return null;
        });
  }

  @Test
  void aConfigsFieldOfADeclaredTypeIsBuiltFromItsNodeAndOverridden() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "optimizer:\n  _target_: " + HERE + "Adam\n  lr: 0.1\nepochs: 2\n");

    Transcript run = Transcript.of(train(), dir, "fit", "optimizer.lr=0.5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Adam 0.5 x2\n");
  }

  @Test
  void aBadTargetInAConfigsFileIsExitTwoNamingTheFileAndLine() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "optimizer:\n  _target_: " + HERE + "Refused\nepochs: 2\n");

    Transcript run = Transcript.of(train(), dir, "fit");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("train: config 'train': optimizer: " + HERE + "Refused is not a "
        + Optimizer.class.getName() + " (train.yaml:2:3)\n");
    assertThat(BUILT).isEmpty();
  }

  @Test
  void aSweepWhoseJobNamesNoClassFailsBeforeAnyJobRuns() throws IOException {
    Files.createDirectories(dir.resolve("conf/optimizer"));
    Files.writeString(dir.resolve("conf/config.yaml"), "defaults:\n  - optimizer: adam\n  - _self_\ntrain:\n"
        + "  epochs: 2\n");
    Files.writeString(dir.resolve("conf/optimizer/adam.yaml"), "# @package train.optimizer\n_target_: " + HERE
        + "Adam\nlr: 0.1\n");
    Files.writeString(dir.resolve("conf/optimizer/gone.yaml"), "# @package train.optimizer\n_target_: "
        + "com.example.Gone\n");
    App app = train().compose(Composition.folder(Path.of("conf"))).outputs(OutputDirs.off());

    Transcript run = Transcript.of(app, dir, "fit", "-m", "optimizer=adam,gone");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("train: job 1 (optimizer=gone): the composed config: train.optimizer: no class or"
        + " static method com.example.Gone on the class path (conf/optimizer/gone.yaml:2:1)\n");
    assertThat(run.outcome().jobs()).isEmpty();
    assertThat(BUILT).isEmpty();
  }

  @Test
  void anAppMayNarrowTargetsToItsOwnPackages() throws IOException {
    Files.writeString(dir.resolve("train.yaml"), "optimizer:\n  _target_: " + HERE + "Adam\n  lr: 0.1\nepochs: 2\n");

    Transcript narrowed = Transcript.of(train().targets("com.example"), dir, "fit");
    assertThat(narrowed.exitCode()).isEqualTo(2);
    assertThat(narrowed.err()).isEqualTo("train: config 'train': optimizer: " + HERE + "Adam is outside the packages"
        + " this app builds from [com.example]; name a class of those packages (train.yaml:2:3)\n");

    Transcript allowed = Transcript.of(train().targets("io.hookline.hydra"), dir, "fit");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
  }
}
