package dev.quern.engine.dbcc;

import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.Transaction;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * DBCC OPENTRAN [( database )]: the oldest open user transaction of a session working in the
 * database, or 7969 "No active open transactions." Quern has no log sequence numbers or login SIDs,
 * so their lines are left out; the rest is SQL Server's layout, sent as one informational message.
 */
final class OpenTranCommand implements DbccCommand {
  /** SQL Server's "Start time" form: {@code Nov 26 2026  2:55:37:633PM}. */
  private static final DateTimeFormatter START =
      DateTimeFormatter.ofPattern("MMM dd yyyy h:mm:ss:SSSa", Locale.ENGLISH);

  @Override
  public String name() {
    return "OPENTRAN";
  }

  @Override
  public void authorize(DbccCall call) {
    DbccAccess.databaseOwner(call, "opentran", CheckArguments.database(call));
  }

  @Override
  public void run(DbccCall call) {
    int db = CheckArguments.databaseId(call);
    SessionState oldest = null;
    for (SessionState s : call.state().server().sessions()) {
      Transaction t = s.transactions().current();
      if (t != null && s.databaseId() == db
          && (oldest == null || t.began().isBefore(oldest.transactions().current().began()))) {
        oldest = s;
      }
    }
    Transaction t = oldest == null ? null : oldest.transactions().current();
    if (t == null) {
      call.info(7969, "No active open transactions.");
      return;
    }
    String name = t.name() != null ? t.name() : t.implicit() ? "implicit_transaction" : "user_transaction";
    String started = LocalDateTime.ofInstant(t.began(), ZoneId.systemDefault()).format(START);
    // SQL Server pads a one-digit hour with a space: "Nov 26 2026  2:55:37:633PM".
    started = started.replaceFirst(" (\\d:)", "  $1");
    call.info(0, "Transaction information for database '" + CheckArguments.databaseName(call, db) + "'.\n\n"
        + "Oldest active transaction:\n"
        + "    SPID (server process ID): " + oldest.spid() + "\n"
        + "    UID (user ID) : -1\n"
        + "    Name          : " + name + "\n"
        + "    Start time    : " + started);
  }
}
