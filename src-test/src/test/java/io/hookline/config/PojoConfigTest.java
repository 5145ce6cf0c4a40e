package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.config.internal.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JavaBean (no-argument constructor, getters and setters) works as a config, declared by class or instance. */
class PojoConfigTest {

  /** A classic JavaBean. */
  public static class Server {
    private String host = "localhost";
    private int port = 8080;

    public String getHost() {
      return host;
    }

    public void setHost(String host) {
      this.host = host;
    }

    public int getPort() {
      return port;
    }

    public void setPort(int port) {
      this.port = port;
    }
  }

  @TempDir
  Path dir;

  @Test
  void aBeanClassGetsItsDefaultsFromItsConstructor() {
    Server server = (Server) ConfigLoader.load(ConfigSpec.of(Server.class), dir, null, LoadOptions.defaults()).value();
    assertThat(server.getHost()).isEqualTo("localhost");
    assertThat(server.getPort()).isEqualTo(8080);
    assertThat(dir.resolve("server.yaml")).hasContent("host: localhost\nport: 8080");
  }

  @Test
  void aBeanInstanceGivesTheDefaults() {
    Server custom = new Server();
    custom.setPort(9000);
    Server server = (Server) ConfigLoader.load(ConfigSpec.of("api", custom), dir, null, LoadOptions.defaults()).value();
    assertThat(server.getPort()).isEqualTo(9000);
    assertThat(dir.resolve("api.yaml")).hasContent("host: localhost\nport: 9000");
  }
}
