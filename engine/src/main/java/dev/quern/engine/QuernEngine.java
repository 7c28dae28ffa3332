package dev.quern.engine;

import dev.quern.engine.api.Engine;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.QuernSession;
import dev.quern.engine.session.ServerContext;
import java.nio.file.Path;
import java.util.Objects;

/** The T-SQL engine over one data directory (or memory, for tests). Thread-safe. */
public final class QuernEngine implements Engine {
  private final ServerContext server;
  private final dev.quern.engine.security.LoginAuthenticator logins;
  /** The temporal history retention cleanup's schedule (null: none, as for an in-memory engine). */
  private dev.quern.engine.store.PeriodicCleanup temporalRetention;
  /** Change tracking's auto cleanup schedule (null: none). */
  private dev.quern.engine.store.PeriodicCleanup changeRetention;

  private QuernEngine(ServerContext server) {
    this.server = server;
    this.logins = new dev.quern.engine.security.LoginAuthenticator(this::committedSecurity);
  }

  /** The security records as last committed (logins are checked outside any session). */
  private dev.quern.catalog.meta.Security committedSecurity() {
    var main = server.storage().get().main();
    try (var txn = main.store().begin()) {
      return main.metadata(txn).security();
    }
  }

  @Override
  public boolean authenticate(String login, String password) {
    return logins.authenticate(login, password).isPresent();
  }

  /** Opens the engine over {@code dataDir}: its durable store and its tempdb store. */
  public static QuernEngine open(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    dev.quern.engine.store.Storage storage = dev.quern.engine.store.Storage.open(dataDir);
    Databases databases = new Databases();
    for (var db : storage.databases()) {
      databases.add(new Databases.Database(db.id(), db.name()), db.collation());
    }
    QuernEngine engine =
        new QuernEngine(
            new ServerContext(databases, dev.quern.engine.store.LazyStorage.of(storage)));
    engine.server.useExternalScripting(dev.quern.engine.external.ExternalScripting.open(dataDir));
    engine.temporalRetention = dev.quern.engine.store.PeriodicCleanup.start("temporal-retention",
        new dev.quern.engine.temporal.HistoryRetention(engine.server.storage(), databases,
            java.time.Clock.systemUTC(), RETENTION_BATCH)::run,
        dev.quern.engine.store.PeriodicCleanup.configuredInterval(TEMPORAL_INTERVAL_PROPERTY, 60));
    engine.changeRetention = dev.quern.engine.store.PeriodicCleanup.start("change-tracking-cleanup",
        new dev.quern.engine.changetracking.ChangeTrackingCleanup(engine.server.storage(), databases,
            java.time.Clock.systemUTC(), CHANGE_CLEANUP_BATCH)::run,
        dev.quern.engine.store.PeriodicCleanup.configuredInterval(CHANGE_TRACKING_INTERVAL_PROPERTY, 60));
    long agentTick = Long.getLong(AGENT_TICK_PROPERTY, 1000);
    if (agentTick > 0) {
      engine.server.agent().start(java.time.Duration.ofMillis(agentTick));
    }
    return engine;
  }

  /** An engine keeping everything in memory, for tests. */
  public static QuernEngine inMemory() {
    return new QuernEngine(new ServerContext(new Databases()));
  }

  /**
   * Opens a session in the database the client named, else the login's default database (master
   * for sa). A login that may not enter that database gets 4060, as SQL Server answers at login;
   * one a logon trigger refuses 17892; one beyond the 'user connections' option's limit 17809.
   */
  @Override
  public EngineSession openSession(SessionInfo info) {
    int allowed = server.external().configuration().runValue(ServerConfiguration.USER_CONNECTIONS);
    if (allowed > 0 && server.sessions().size() >= allowed) {
      throw new EngineException(SqlErrors.USER_CONNECTIONS_REACHED.message(allowed));
    }
    boolean sa = info.loginName() == null || info.loginName().equalsIgnoreCase(dev.quern.engine.security.Principals.SA);
    dev.quern.catalog.meta.Security sec = sa ? null : committedSecurity();
    String db = info.database() == null || info.database().isEmpty() ? defaultDatabase(sec, info.loginName()) : info.database();
    var database =
        server
            .databases()
            .byName(db)
            .orElseThrow(
                () -> new EngineException(SqlErrors.CANNOT_OPEN_DATABASE.message(db)));
    if (!sa && !mayEnter(sec, info.loginName(), database.id())) {
      throw new EngineException(SqlErrors.CANNOT_OPEN_DATABASE.message(db));
    }
    QuernSession session = new QuernSession(server, info, database);
    if (!session.logon()) {
      session.close();
      throw new EngineException(SqlErrors.LOGON_TRIGGER_FAILED.message(info.loginName() == null ? "sa" : info.loginName()));
    }
    return session;
  }

  private static String defaultDatabase(dev.quern.catalog.meta.Security sec, String login) {
    if (sec == null) {
      return "master";
    }
    return sec.login(login).map(dev.quern.catalog.meta.Login::defaultDatabase).filter(d -> d != null).orElse("master");
  }

  private static boolean mayEnter(dev.quern.catalog.meta.Security sec, String login, int databaseId) {
    return dev.quern.engine.security.Access.login(sec, login)
        .flatMap(id -> dev.quern.engine.security.Access.user(sec, id, databaseId))
        .isPresent();
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
    server.agent().close();
    if (temporalRetention != null) {
      temporalRetention.close();
    }
    if (changeRetention != null) {
      changeRetention.close();
    }
    server.external().close();
    if (server.stopRequests(SHUTDOWN_WAIT)) {
      server.storage().close();
    } else {
      org.slf4j.LoggerFactory.getLogger(QuernEngine.class)
          .warn("Requests still running {} after shutdown began; the store is left to the process exit", SHUTDOWN_WAIT);
    }
  }

  private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(10);

  /** History rows the retention cleanup deletes per transaction (SQL Server's task also works in small batches). */
  private static final int RETENTION_BATCH = 1000;

  /** Seconds between temporal history cleanup passes (0 or less: none); default 60. */
  public static final String TEMPORAL_INTERVAL_PROPERTY = "quern.temporal.retentionIntervalSeconds";

  /** Seconds between change tracking cleanup passes (0 or less: none); default 60. */
  public static final String CHANGE_TRACKING_INTERVAL_PROPERTY = "quern.changeTracking.cleanupIntervalSeconds";

  /**
   * Milliseconds between SQL Server Agent's scheduler passes (0 or less: the agent does not run,
   * as when its service is stopped); default 1000.
   */
  public static final String AGENT_TICK_PROPERTY = "quern.agent.tickMillis";

  /** Changes the change tracking cleanup deletes per transaction (SQL Server's deletes 5,000 at a time). */
  private static final int CHANGE_CLEANUP_BATCH = 5000;
}
