package dev.quern.server.cli;

import ch.qos.logback.classic.Level;
import dev.quern.engine.QuernEngine;
import dev.quern.server.login.LoginFlow;
import dev.quern.server.login.SaPasswordStore;
import dev.quern.server.netty.ServerConfig;
import dev.quern.server.netty.ServerContext;
import dev.quern.server.netty.TdsServer;
import dev.quern.server.session.SpidAllocator;
import dev.quern.server.tls.CertificateFiles;
import dev.quern.server.tls.SelfSignedCertificate;
import dev.quern.server.tls.TlsContexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quern serve}: runs the server until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the Quern server.")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "1433", description = "TCP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--data-dir", defaultValue = "./data",
      description = "Data directory (default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--sa-password",
      description = "Password of the sa login (else env QUERN_SA_PASSWORD; else the stored one; "
          + "on first start a generated one is printed once).")
  String saPassword;

  @Option(names = "--tls-cert", description = "PEM certificate chain for TLS.")
  Path tlsCert;

  @Option(names = "--tls-key", description = "PEM (PKCS#8) private key for TLS.")
  Path tlsKey;

  @Option(names = "--force-encryption", description = "Require TLS on every connection.")
  boolean forceEncryption;

  @Option(names = "--max-connections", defaultValue = "1000",
      description = "Maximum open connections (default ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(names = "--log-level", defaultValue = "INFO",
      description = "TRACE, DEBUG, INFO, WARN or ERROR (default ${DEFAULT-VALUE}).")
  String logLevel;

  @Override
  public Integer call() throws Exception {
    setLogLevel(logLevel);
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(dataDir);
    SaPasswordStore passwords = passwords(out);
    TlsContexts tls = TlsContexts.of(certificate());
    ServerConfig config = new ServerConfig(bind, port, maxConnections, forceEncryption,
        ServerConfig.DEFAULT_LOGIN_TIMEOUT, serverName());
    QuernEngine engine = QuernEngine.open(dataDir);
    TdsServer server = new TdsServer(new ServerContext(config,
        new LoginFlow(passwords, engine, config.serverName()), tls, new SpidAllocator()));
    int bound = server.start();
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
      server.close();
      engine.close();
    }));
    ConnectionHelp.print(out, bind, bound);
    LOG.info("Quern listening on {}:{} (data directory {})", bind, bound, dataDir.toAbsolutePath());
    server.awaitClose();
    return 0;
  }

  private SaPasswordStore passwords(PrintWriter out) throws IOException {
    String given = saPassword != null ? saPassword : System.getenv("QUERN_SA_PASSWORD");
    if (given != null && !given.isEmpty()) {
      SaPasswordStore store = SaPasswordStore.of(given);
      store.save(dataDir);
      return store;
    }
    SaPasswordStore stored = SaPasswordStore.load(dataDir);
    if (stored != null) {
      return stored;
    }
    String generated = SaPasswordStore.generatePassword();
    SaPasswordStore store = SaPasswordStore.of(generated);
    store.save(dataDir);
    out.println("Generated a password for the sa login (shown only this once; only its hash is "
        + "stored):");
    out.println("  " + generated);
    out.flush();
    return store;
  }

  private CertificateFiles certificate() throws IOException {
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new ParameterException(spec.commandLine(), "--tls-cert and --tls-key go together");
    }
    if (tlsCert != null) {
      return new CertificateFiles(tlsCert, tlsKey);
    }
    return SelfSignedCertificate.ensure(dataDir.resolve("tls"));
  }

  private static String serverName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName().toUpperCase(java.util.Locale.ROOT);
    } catch (IOException e) {
      return "QUERN";
    }
  }

  private static void setLogLevel(String level) {
    org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root instanceof ch.qos.logback.classic.Logger logback) {
      logback.setLevel(Level.toLevel(level, Level.INFO));
    }
  }
}
