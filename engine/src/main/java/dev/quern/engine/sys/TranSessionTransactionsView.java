package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_tran_session_transactions: which session each open transaction ({@link
 * OpenTransactions}) belongs to; is_user_transaction is 0 for an autocommit statement's. Every
 * transaction is local, enlisted once, not bound to another session, and not distributed;
 * transaction_descriptor is the descriptor the client got in its ENVCHANGE (TDS sends it
 * little-endian), open_transaction_count the session's @@TRANCOUNT.
 */
final class TranSessionTransactionsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("session_id", false),
          bigint("transaction_id", false),
          new ResultColumn("transaction_descriptor", SqlType.ofLength(TypeId.BINARY, 8), false),
          integer("enlist_count", false),
          bit("is_user_transaction", false),
          bit("is_local", false),
          bit("is_enlisted", false),
          bit("is_bound", false),
          integer("open_transaction_count", false));

  @Override
  public String name() {
    return "dm_tran_session_transactions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (OpenTransactions.Open t : OpenTransactions.all(session)) {
      byte[] descriptor =
          java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(t.id()).array();
      rows.add(new Object[] {
        t.session().spid(), t.id(), descriptor, 1, t.user(), true, false, false, t.session().transactionCount()
      });
    }
    return rows;
  }
}
