package dev.quern.engine;

import dev.quern.engine.api.Engine;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.QuernSession;
import dev.quern.engine.session.ServerContext;
import java.nio.file.Path;
import java.util.Objects;

/** The T-SQL engine over one data directory (or memory, for tests). Thread-safe. */
public final class QuernEngine implements Engine {
  private final ServerContext server;

  private QuernEngine(ServerContext server) {
    this.server = server;
  }

  /** Opens the engine over {@code dataDir}: its durable store and its tempdb store. */
  public static QuernEngine open(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    dev.quern.engine.store.Storage storage = dev.quern.engine.store.Storage.open(dataDir);
    Databases databases = new Databases();
    for (var db : storage.databases()) {
      databases.add(new Databases.Database(db.id(), db.name()));
    }
    QuernEngine engine =
        new QuernEngine(
            new ServerContext(databases, dev.quern.engine.store.LazyStorage.of(storage)));
    engine.server.useExternalScripting(dev.quern.engine.external.ExternalScripting.open(dataDir));
    return engine;
  }

  /** An engine keeping everything in memory, for tests. */
  public static QuernEngine inMemory() {
    return new QuernEngine(new ServerContext(new Databases()));
  }

  @Override
  public EngineSession openSession(SessionInfo info) {
    String db = info.database() == null || info.database().isEmpty() ? "master" : info.database();
    var database =
        server
            .databases()
            .byName(db)
            .orElseThrow(
                () -> new EngineException(SqlErrors.CANNOT_OPEN_DATABASE.message(db)));
    return new QuernSession(server, info, database);
  }

  /** Server-wide state shared by sessions (databases, prepared-plan caches, counters). */
  public ServerContext server() {
    return server;
  }

  /**
   * Stops the running requests (as ATTENTION does; lock waits end within one wait slice), waits
   * a bounded time for them to leave the engine, then closes the stores. Closing RocksDB under a
   * request still inside a native call would crash the process; such a store is left to the
   * process exit instead (every acknowledged commit is already synced to its WAL).
   */
  @Override
  public void close() {
    server.external().close();
    if (server.stopRequests(SHUTDOWN_WAIT)) {
      server.storage().close();
    } else {
      org.slf4j.LoggerFactory.getLogger(QuernEngine.class)
          .warn("Requests still running {} after shutdown began; the store is left to the process exit", SHUTDOWN_WAIT);
    }
  }

  private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(10);
}
