package dev.quern.engine.exec;

import dev.quern.engine.external.ServerConfiguration;
import dev.quern.engine.session.SessionState;

/**
 * The degree of parallelism a SELECT runs with: the most threads its whole-table aggregate may
 * scan on ("Configure the max degree of parallelism Server Configuration Option"). SQL Server's
 * precedence: the statement's OPTION (MAXDOP n), else the database scoped MAXDOP, else the
 * server's 'max degree of parallelism'; 0 at any level means every processor, and the result is
 * never more than the processors the server may run on. Quern does not accept ALTER DATABASE
 * SCOPED CONFIGURATION, so every database's MAXDOP is its default, 0, which defers to the server.
 */
final class DegreeOfParallelism {
  private DegreeOfParallelism() {}

  /** The degree for a statement with OPTION (MAXDOP {@code hint}) (-1: without), at least 1. */
  static int of(SessionState state, int hint) {
    int processors = Runtime.getRuntime().availableProcessors();
    int limit = hint >= 0 ? hint : state.server().external().configuration()
        .runValue(ServerConfiguration.MAX_DEGREE_OF_PARALLELISM);
    return limit == 0 ? processors : Math.max(1, Math.min(limit, processors));
  }
}
