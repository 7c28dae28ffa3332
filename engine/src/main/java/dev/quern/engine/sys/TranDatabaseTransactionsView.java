package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.kv.KvTxnWrites;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.Storage;
import dev.quern.engine.store.TransactionPart;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_tran_database_transactions ("sys.dm_tran_database_transactions (Transact-SQL)"): per open
 * transaction ({@link OpenTransactions}, the same transaction_id), one row per store it takes part
 * in ({@link TransactionPart}): tempdb's, and the one every other database shares with its one
 * log, under the first database the transaction wrote a table of (else the session's database).
 * The log record count and bytes are the store transaction's puts and deletes and their key and
 * value bytes so far (what its write batch holds and commit writes to the log); state 4 once
 * there is one, else 3 (initialized, nothing logged), and the begin time is when the transaction
 * first opened a table of the store for writing. Every transaction is a read/write one (type 1).
 * Quern's log has no sequence numbers, reservations for undo, system transactions or replication:
 * the LSN columns are NULL, the reserved and system byte counts and the replicated count 0.
 */
final class TranDatabaseTransactionsView implements SystemView {
  private static final SqlType LSN = new SqlType(TypeId.NUMERIC, 0, 25, 0);

  private static final List<ResultColumn> COLUMNS =
      List.of(
          bigint("transaction_id", false),
          integer("database_id", false),
          datetime("database_transaction_begin_time", true),
          integer("database_transaction_type", false),
          integer("database_transaction_state", false),
          integer("database_transaction_status", false),
          integer("database_transaction_status2", false),
          bigint("database_transaction_log_record_count", false),
          integer("database_transaction_replicate_record_count", false),
          bigint("database_transaction_log_bytes_used", false),
          bigint("database_transaction_log_bytes_reserved", false),
          integer("database_transaction_log_bytes_used_system", false),
          integer("database_transaction_log_bytes_reserved_system", false),
          new ResultColumn("database_transaction_begin_lsn", LSN, true),
          new ResultColumn("database_transaction_last_lsn", LSN, true),
          new ResultColumn("database_transaction_most_recent_savepoint_lsn", LSN, true),
          new ResultColumn("database_transaction_commit_lsn", LSN, true),
          new ResultColumn("database_transaction_last_rollback_lsn", LSN, true),
          new ResultColumn("database_transaction_next_undo_lsn", LSN, true));

  @Override
  public String name() {
    return "dm_tran_database_transactions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (OpenTransactions.Open t : OpenTransactions.all(session)) {
      var tempdb = t.session().store().storage().catalog(Storage.TEMPDB_ID);
      for (TransactionPart part : t.session().store().transactionParts()) {
        int databaseId = part.catalog() == tempdb ? Storage.TEMPDB_ID
            : part.databaseId() != 0 ? part.databaseId() : t.session().databaseId();
        rows.add(row(t.id(), databaseId, part));
      }
    }
    return rows;
  }

  private static Object[] row(long transactionId, int databaseId, TransactionPart part) {
    KvTxnWrites w = part.writes();
    boolean logged = w.records() > 0;
    return new Object[] {
      transactionId, databaseId, logged ? localDatetime(part.firstWrite()) : null, 1, logged ? 4 : 3, 0, 0,
      w.records(), 0, w.bytes(), 0L, 0, 0, null, null, null, null, null, null
    };
  }
}
