package dev.quern.engine.dbcc;

import dev.quern.engine.session.Databases;

/** The database argument DBCC commands share: a name, an id, or 0/none for the current one. */
final class CheckArguments {
  private CheckArguments() {}

  static Databases.Database database(DbccCall call) {
    Object arg = call.argument(0);
    Databases dbs = call.state().server().databases();
    if (arg == null || arg instanceof Number n && n.longValue() == 0) {
      return dbs.byId(call.state().databaseId()).orElseThrow();
    }
    if (arg instanceof Number n) {
      return dbs.byId(n.intValue()).orElseThrow(() -> DbccErrors.NO_SUCH_DATABASE_ID.raise(n.intValue()));
    }
    return dbs.byName(arg.toString()).orElseThrow(() -> DbccErrors.NO_SUCH_DATABASE.raise(arg));
  }

  static int databaseId(DbccCall call) {
    return database(call).id();
  }

  static String databaseName(DbccCall call, int id) {
    return call.state().server().databases().byId(id).map(Databases.Database::name).orElse("");
  }
}
