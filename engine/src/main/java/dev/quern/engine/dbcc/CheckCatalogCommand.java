package dev.quern.engine.dbcc;

import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;

/**
 * DBCC CHECKCATALOG [( database | database_id | 0 )] [WITH NO_INFOMSGS]: the catalog check alone
 * ({@link CatalogCheck}). As in SQL Server it prints nothing of its own when the catalog is sound,
 * only 3853 for each reference that finds nothing, then DBCC's closing message.
 */
final class CheckCatalogCommand implements DbccCommand {
  @Override
  public String name() {
    return "CHECKCATALOG";
  }

  @Override
  public void authorize(DbccCall call) {
    DbccAccess.databaseOwner(call, "checkcatalog", CheckArguments.database(call));
  }

  @Override
  public void run(DbccCall call) {
    if (call.arguments().size() > 1) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    Databases.Database db = CheckArguments.database(call);
    SessionState s = call.state();
    s.store().beginStatement();
    try {
      CatalogCheck.run(call, s.store().snapshot(s.store().storage().catalog(db.id())), db.id());
    } finally {
      s.store().endStatement(true);
    }
  }
}
