package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.dm_tran_current_transaction: one row, the asking session's transaction. Inside a user
 * transaction its transaction_id is the one sys.dm_tran_session_transactions shows; outside, the
 * statement runs in a transaction of its own, which gets a new id. Quern's snapshots are not
 * numbered (RocksDB snapshots, not a version store), so the sequence numbers are 0, and
 * transaction_is_snapshot tells whether the session reads under SNAPSHOT isolation.
 */
final class TranCurrentTransactionView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          bigint("transaction_id", false),
          bigint("transaction_sequence_num", false),
          bit("transaction_is_snapshot", false),
          bigint("first_snapshot_sequence_num", false),
          bigint("last_transaction_sequence_num", false),
          bigint("first_useful_sequence_num", false));

  /** SessionOptions' isolation level number for SNAPSHOT. */
  private static final int SNAPSHOT = 5;

  @Override
  public String name() {
    return "dm_tran_current_transaction";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    long id = session.transactions().descriptor();
    if (id == 0) {
      id = session.server().newTransactionDescriptor();
    }
    SessionOptions o = session.sessionOptions();
    return List.<Object[]>of(new Object[] {id, 0L, o.isolationLevel == SNAPSHOT, 0L, 0L, 0L});
  }
}
