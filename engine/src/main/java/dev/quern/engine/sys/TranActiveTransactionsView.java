package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.Transaction;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_tran_active_transactions: one row per open user transaction of any session, named as
 * SQL Server names them (the BEGIN TRANSACTION name, else {@code user_transaction}, or {@code
 * implicit_transaction} for one IMPLICIT_TRANSACTIONS opened). All are local read/write
 * transactions (type 1) and active (state 2). The transactions of autocommit statements are not
 * listed (SQL Server lists them while they run, named after the statement).
 */
final class TranActiveTransactionsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          bigint("transaction_id", false),
          nvarchar("name", 32, false),
          datetime("transaction_begin_time", false),
          integer("transaction_type", false),
          uniqueidentifier("transaction_uow", true),
          integer("transaction_state", false),
          integer("transaction_status", false),
          integer("transaction_status2", false),
          integer("dtc_state", false),
          integer("dtc_status", false),
          integer("dtc_isolation_level", false),
          varbinary("filestream_transaction_id", 128, true));

  @Override
  public String name() {
    return "dm_tran_active_transactions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (SessionState s : session.server().sessions()) {
      Transaction t = s.transactions().current();
      if (t != null) {
        rows.add(new Object[] {
          t.descriptor(), name(t), localDatetime(t.began()), 1, null, 2, 0, 0, 0, 0, 0, null
        });
      }
    }
    return rows;
  }

  private static String name(Transaction t) {
    if (t.name() != null) {
      return t.name().length() > 32 ? t.name().substring(0, 32) : t.name();
    }
    return t.implicit() ? "implicit_transaction" : "user_transaction";
  }
}
