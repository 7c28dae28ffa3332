package dev.quern.engine.exec;

import dev.quern.engine.ast.AlterTableStatement;
import dev.quern.engine.ast.CreateIndexStatement;
import dev.quern.engine.ast.DropIndexStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TableMaintenanceStatement;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;

/**
 * The DDL that may rebuild a table or an index from the table's rows: ALTER TABLE, CREATE, ALTER
 * and DROP INDEX. SQL Server refuses it inside a SNAPSHOT transaction (3964); in autocommit it runs
 * in READ COMMITTED; and it takes its table exclusively before it reads anything, as SQL Server's
 * Sch-M comes first, so that two such statements queue instead of deadlocking over the definition
 * each read, and the rows writers commit meanwhile are copied too.
 */
final class RowCopyingDdl {
  private RowCopyingDdl() {}

  /** The table {@code s} changes if it is such DDL, else null. */
  static List<String> target(Statement s) {
    return switch (s) {
      case AlterTableStatement a -> a.table();
      case CreateIndexStatement c -> c.table();
      case DropIndexStatement d -> d.table();
      case TableMaintenanceStatement m -> m.table();
      default -> null;
    };
  }

  /**
   * In the running statement: locks {@code table} exclusively (a temporary table is the session's
   * own, a missing one is the statement's error to give), then takes the read snapshot again, so
   * the statement binds and copies what the writers it waited for committed.
   */
  static void lock(SessionState state, List<String> table) {
    if (table.getLast().startsWith("#") || table.getLast().startsWith("@")) {
      return;
    }
    ObjectNames.table(state.store(), state.databaseName(), table).ifPresent(t -> {
      state.store().lockTableExclusively(t.catalog(), t.table());
      state.store().readAfresh(t.catalog());
    });
  }
}
