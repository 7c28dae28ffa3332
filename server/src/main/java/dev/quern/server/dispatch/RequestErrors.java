package dev.quern.server.dispatch;

import dev.quern.engine.api.SqlMessage;

/**
 * What the client is told when a Java Error ends its request outside what the engine reports
 * itself, following what SQL Server reports for the equivalent failure: 8631 for a stack overflow
 * (its "server stack limit"), 701 for memory, and for any other Error (a defect: a failed
 * assertion, a class that does not link) 17310, the error with which SQL Server ends a session
 * whose request raised a fatal exception. Numbers and texts as in sys.messages; the states are
 * a decision (SQL Server's vary with the place that failed).
 */
final class RequestErrors {
  private RequestErrors() {}

  /** Whether the session ends with the request (the connection is closed after the reply). */
  static boolean endsSession(Error e) {
    return !(e instanceof StackOverflowError || e instanceof OutOfMemoryError);
  }

  static SqlMessage of(Error e, int spid) {
    return switch (e) {
      case StackOverflowError s -> new SqlMessage(8631, 1, 17,
          "Internal error: Server stack limit has been reached. Please look for potentially deep"
              + " nesting in your query, and try to simplify it.", "", 1);
      case OutOfMemoryError m -> new SqlMessage(701, 1, 17,
          "There is insufficient system memory in resource pool 'default' to run this query.", "", 1);
      default -> new SqlMessage(17310, 1, 20,
          "A user request from the session with SPID " + spid + " generated a fatal exception."
              + " SQL Server is terminating this session. Contact Product Support Services with the"
              + " dump produced in the log directory.", "", 1);
    };
  }
}
