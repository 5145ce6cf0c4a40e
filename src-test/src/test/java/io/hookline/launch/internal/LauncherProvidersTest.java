package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.Provider;
import io.hookline.architecture.StartsProcesses;
import io.hookline.launch.Launcher;
import io.hookline.launch.ProcessLauncher;
import io.hookline.launch.SlurmLauncher;
import io.hookline.provider.internal.ProviderChoice;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.acme.launch.ShuffledLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher and its options are picked on the command line and taken out of the overrides. */
class LauncherProvidersTest {

  private static ProviderChoice<Launcher> choose(String... arguments) {
    return ProviderChoice.from(LauncherProviders.KIND, List.of(arguments), LauncherProviders::find);
  }

  @StartsProcesses
  @Test
  void theProcessLauncherTakesWorkersAndRetries() {
    ProviderChoice<Launcher> choice = choose("lr=0.1", "launcher=process", "launcher.workers=3", "launcher.retries=2", "n=1");

    assertThat(choose("lr=0.1").chosen()).isNull();
    assertThat(choice.overrides()).containsExactly("lr=0.1", "n=1");
    ProcessLauncher launcher = (ProcessLauncher) choice.chosen();
    assertThat(launcher.workers()).isEqualTo(3);
    assertThat(launcher.retries()).isEqualTo(2);
  }

  @StartsProcesses
  @Test
  void theSlurmLauncherTakesEveryOption() {
    SlurmLauncher launcher = (SlurmLauncher) choose("launcher=slurm", "launcher.partition=debug", "launcher.time=30",
        "launcher.cpus=2", "launcher.mem=4G", "launcher.parallel=5", "launcher.retries=1", "launcher.poll=0.25",
        "launcher.args=--qos=low --account=ml", "launcher.env.DATA=/scratch").chosen();

    assertThat(launcher.partition()).contains("debug");
    assertThat(launcher.timeLimit()).contains("30");
    assertThat(launcher.cpusPerTask()).isEqualTo(2);
    assertThat(launcher.memory()).contains("4G");
    assertThat(launcher.parallel()).isEqualTo(5);
    assertThat(launcher.retries()).isEqualTo(1);
    assertThat(launcher.pollInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(launcher.sbatchArguments()).containsExactly("--qos=low", "--account=ml");
    assertThat(launcher.environment()).isEqualTo(Map.of("DATA", "/scratch"));
  }

  @Test
  void anOptionOfAnotherLauncherIsAnErrorThatNamesItsLauncher() {
    assertThatThrownBy(() -> choose("launcher=process", "launcher.partition=debug"))
        .isInstanceOf(InputException.class)
        .hasMessage("launcher.partition applies to launcher=slurm, not launcher=process");
    assertThatThrownBy(() -> choose("launcher.retries=1"))
        .hasMessage("launcher.retries applies to launcher=process and launcher=slurm; name the launcher too");
    assertThatThrownBy(() -> choose("launcher=process", "launcher.wrkers=2"))
        .hasMessageStartingWith("unknown launcher option 'launcher.wrkers'; did you mean 'workers'?");
    assertThatThrownBy(() -> choose("launcher=slurm", "launcher.poll=0"))
        .hasMessage("launcher.poll must be a number of seconds above 0 and at most 3600, not '0'");
    assertThatThrownBy(() -> choose("launcher=process", "launcher.retries=-1"))
        .hasMessage("launcher.retries must be a whole number of at least 0, not '-1'");
  }

  @Test
  void aLauncherFromAnotherJarIsFoundWithItsOptions() {
    ShuffledLauncher launcher = (ShuffledLauncher) choose("launcher=shuffled", "launcher.threads=3",
        "launcher.seed=7").chosen();

    assertThat(launcher.threads()).isEqualTo(3);
    assertThat(launcher.seed()).isEqualTo(7);
    assertThat(LauncherProviders.find().keySet()).containsExactly("sequential", "parallel", "process", "slurm",
        "shuffled");
    assertThatThrownBy(() -> choose("launcher=shuffled", "launcher.workers=2"))
        .hasMessage("launcher.workers applies to launcher=process, not launcher=shuffled");
  }

  @StartsProcesses
  @Test
  void aFamilyOptionTakesAnyNameButNotNone() {
    assertThat(((SlurmLauncher) choose("launcher=slurm", "launcher.env.A=1", "launcher.env.B.C=2").chosen())
        .environment()).isEqualTo(Map.of("A", "1", "B.C", "2"));
    assertThatThrownBy(() -> choose("launcher=slurm", "launcher.env.=1"))
        .hasMessageStartingWith("unknown launcher option 'launcher.env.'");
  }

  @Test
  void anOptionNotNamedInCamelCaseIsAFaultOfThePackaging(@TempDir Path dir) throws IOException {
    assertThat(faultOfPackaging(dir, Misnamed.class)).isInstanceOf(InfrastructureException.class)
        .hasMessage("launcher provider " + Misnamed.class.getName() + " has an option named 'poll_seconds': an"
            + " option's name is camelCase, with an optional '.NAME' for a family of options");
  }

  @Test
  void twoProvidersOfOneNameAreAFaultOfThePackaging(@TempDir Path dir) throws IOException {
    assertThat(faultOfPackaging(dir, Impostor.class)).isInstanceOf(InfrastructureException.class)
        .hasMessage("two launcher providers are named 'parallel': " + ParallelProvider.class.getName() + " and "
            + Impostor.class.getName());
  }

  /** Returns what finding the launchers throws when {@code provider} is declared beside Hookline's own. */
  private Throwable faultOfPackaging(Path dir, Class<?> provider) throws IOException {
    Path services = dir.resolve("META-INF/services/" + Launcher.Provider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, provider.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      return catchThrowable(() -> LauncherProviders.find(loader));
    }
  }

  /** A provider that takes a name already taken. */
  public static class Impostor implements Launcher.Provider {
    @Override
    public String name() {
      return "parallel";
    }

    @Override
    public String description() {
      return "not the real one";
    }

    @Override
    public Map<String, String> options() {
      return Map.of();
    }

    @Override
    public Launcher create(Provider.Options options) {
      return Launcher.sequential();
    }
  }

  /** A provider whose option is not named in camelCase. */
  public static final class Misnamed extends Impostor {
    @Override
    public String name() {
      return "misnamed";
    }

    @Override
    public Map<String, String> options() {
      return Map.of("poll_seconds", "how often");
    }
  }

  @StartsProcesses
  @Test
  void eachOptionTakesItsLeastAndMostValuesAndOnlyWhatIsGiven() {
    assertThat(((ProcessLauncher) choose("launcher=process", "launcher.workers=1", "launcher.retries=0").chosen())
        .retries()).isZero();
    SlurmLauncher slurm = (SlurmLauncher) choose("launcher=slurm", "launcher.poll=3600").chosen();
    assertThat(slurm.pollInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(slurm.cpusPerTask()).as("CPUs not given stay SLURM's default").isZero();
    assertThat(slurm.parallel()).isZero();
    assertThatThrownBy(() -> choose("launcher=slurm", "launcher.poll=3600.5"))
        .hasMessage("launcher.poll must be a number of seconds above 0 and at most 3600, not '3600.5'");
  }
}
