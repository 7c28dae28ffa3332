package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_tran_active_transactions: one row per open transaction of any session ({@link
 * OpenTransactions}), named as SQL Server names them (the BEGIN TRANSACTION name, else {@code
 * user_transaction}, {@code implicit_transaction} for one IMPLICIT_TRANSACTIONS opened, or an
 * autocommit statement's command). All are local read/write transactions (type 1) and active
 * (state 2).
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
    for (OpenTransactions.Open t : OpenTransactions.all(session)) {
      rows.add(new Object[] {t.id(), t.name(), localDatetime(t.began()), 1, null, 2, 0, 0, 0, 0, 0, null});
    }
    return rows;
  }
}
