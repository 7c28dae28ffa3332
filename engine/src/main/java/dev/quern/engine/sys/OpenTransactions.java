package dev.quern.engine.sys;

import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactions sys.dm_tran_active_transactions and sys.dm_tran_session_transactions list: each
 * session's user transaction (BEGIN TRANSACTION, or one IMPLICIT_TRANSACTIONS opened), and the
 * transaction of an autocommit statement while it holds or waits for locks, named after its
 * statement as SQL Server names them ({@code UPDATE}, {@code SELECT}) and identified by the id its
 * locks' request_owner_id shows. An autocommit statement holding no lock is not listed.
 */
final class OpenTransactions {
  record Open(SessionState session, long id, String name, Instant began, boolean user) {}

  private OpenTransactions() {}

  static List<Open> all(SessionState viewer) {
    List<Open> out = new ArrayList<>();
    List<SessionLocks.Lock> locks = null;
    for (SessionState s : viewer.server().sessions()) {
      Transaction t = s.transactions().current();
      if (t != null) {
        out.add(new Open(s, t.descriptor(), name(t), t.began(), true));
        continue;
      }
      RequestActivity.Snapshot r = s.activity().snapshot();
      if (r == null) {
        continue;
      }
      if (locks == null) {
        locks = SessionLocks.all(viewer);
      }
      locks.stream()
          .filter(l -> l.sessionId() == s.spid())
          .findFirst()
          .ifPresent(l -> out.add(new Open(s, l.ownerId(), truncated(r.command()), r.startTime(), false)));
    }
    return out;
  }

  private static String name(Transaction t) {
    if (t.name() != null) {
      return truncated(t.name());
    }
    return t.implicit() ? "implicit_transaction" : "user_transaction";
  }

  /** name is nvarchar(32). */
  private static String truncated(String name) {
    return name.length() > 32 ? name.substring(0, 32) : name;
  }
}
