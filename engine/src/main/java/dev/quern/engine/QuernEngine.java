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

  /** Opens the engine over {@code dataDir} (storage arrives with issue 3; nothing is written yet). */
  public static QuernEngine open(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    return new QuernEngine(new ServerContext(new Databases()));
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

  @Override
  public void close() {
    // Nothing to release until storage arrives (issue 3).
  }
}
