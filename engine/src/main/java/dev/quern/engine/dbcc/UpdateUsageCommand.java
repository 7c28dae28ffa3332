package dev.quern.engine.dbcc;

import dev.quern.engine.session.Databases;
import dev.quern.engine.store.ObjectNames;

/**
 * DBCC UPDATEUSAGE ( database | 0 [, 'table' [, index]] ) [WITH NO_INFOMSGS, COUNT_ROWS]. SQL
 * Server corrects the page and row counts its catalog keeps, printing a line for each count it
 * changes. Quern keeps no such counts: sys.partitions, sys.dm_db_partition_stats and sp_spaceused
 * count the stored rows and bytes each time they are read, so they are never off and there is
 * nothing to correct or print. The arguments are checked as SQL Server checks them: the database
 * (2520), the table (2501) and the index, by name or id (2560 for one the table does not have).
 */
final class UpdateUsageCommand implements DbccCommand {
  @Override
  public String name() {
    return "UPDATEUSAGE";
  }

  @Override
  public void authorize(DbccCall call) {
    if (!call.arguments().isEmpty()) {
      DbccAccess.databaseOwner(call, "updateusage", CheckArguments.database(call));
    }
  }

  @Override
  public void run(DbccCall call) {
    if (call.arguments().isEmpty() || call.arguments().size() > 3) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    Databases.Database db = CheckArguments.database(call);
    Object table = call.argument(1);
    if (table == null) {
      return;
    }
    var state = call.state();
    var t = ObjectNames.table(state.store(), db.name(), CheckCommand.parts(table.toString()))
        .orElseThrow(() -> DbccErrors.NO_SUCH_TABLE.raise(table));
    Object index = call.argument(2);
    if (index == null) {
      return;
    }
    boolean found = index instanceof Number n
        ? t.table().index(n.intValue()).isPresent()
        : t.table().index(index.toString()).isPresent();
    if (!found) {
      throw DbccErrors.INCORRECT_PARAMETER.raise(3);
    }
  }
}
