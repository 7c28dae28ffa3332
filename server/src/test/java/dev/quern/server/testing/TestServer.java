package dev.quern.server.testing;

import dev.quern.server.login.LoginFlow;
import dev.quern.server.login.SaPasswordStore;
import dev.quern.server.netty.ServerConfig;
import dev.quern.server.netty.ServerContext;
import dev.quern.server.netty.TdsServer;
import dev.quern.server.session.SpidAllocator;
import dev.quern.server.tls.SelfSignedCertificate;
import dev.quern.server.tls.TlsContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real server on a free loopback port with a {@link FakeEngine}; password "Secret#1". */
public final class TestServer implements AutoCloseable {
  public static final String PASSWORD = "Secret#1";
  /** A low work factor keeps the many wrong-password tests fast. */
  private static final SaPasswordStore PASSWORDS = SaPasswordStore.of(PASSWORD, 1000);
  private static TlsContexts tls;

  public final FakeEngine engine = new FakeEngine();
  private final TdsServer server;
  public final int port;

  public TestServer(ServerConfig config, boolean withTls) throws Exception {
    ServerContext ctx = new ServerContext(config,
        new LoginFlow(PASSWORDS, engine, config.serverName()), withTls ? tls() : null,
        new SpidAllocator());
    server = new TdsServer(ctx);
    port = server.start();
  }

  public static TestServer start() throws Exception {
    return new TestServer(ServerConfig.defaults(0), true);
  }

  /** One certificate per test JVM: key generation is not free. */
  public static synchronized TlsContexts tls() {
    if (tls == null) {
      try {
        Path dir = Files.createTempDirectory("quern-tls");
        tls = TlsContexts.of(SelfSignedCertificate.ensure(dir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tls;
  }

  public TdsTestClient client() throws IOException {
    return TdsTestClient.connect(port);
  }

  @Override
  public void close() {
    server.close();
  }
}
