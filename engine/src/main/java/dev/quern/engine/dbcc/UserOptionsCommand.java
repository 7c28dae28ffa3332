package dev.quern.engine.dbcc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * DBCC USEROPTIONS: the session's SET options as SQL Server lists them ("DBCC USEROPTIONS
 * (Transact-SQL)"): the valued options, then each ON option as {@code SET}, then the isolation
 * level, in SQL Server's order.
 */
final class UserOptionsCommand implements DbccCommand {
  private static final SqlType NVARCHAR = SqlType.ofLength(TypeId.NVARCHAR, 128);
  private static final List<ResultColumn> COLUMNS =
      List.of(new ResultColumn("Set Option", NVARCHAR, false), new ResultColumn("Value", NVARCHAR, false));

  /** The ON/OFF options SQL Server lists when ON, in its order. */
  private record Flag(String name, int bit) {}

  private static final List<Flag> FLAGS =
      List.of(
          new Flag("nocount", SessionOptions.NOCOUNT),
          new Flag("implicit_transactions", SessionOptions.IMPLICIT_TRANSACTIONS),
          new Flag("cursor_close_on_commit", SessionOptions.CURSOR_CLOSE_ON_COMMIT),
          new Flag("quoted_identifier", SessionOptions.QUOTED_IDENTIFIER),
          new Flag("arithabort", SessionOptions.ARITHABORT),
          new Flag("arithignore", SessionOptions.ARITHIGNORE),
          new Flag("ansi_null_dflt_on", SessionOptions.ANSI_NULL_DFLT_ON),
          new Flag("ansi_null_dflt_off", SessionOptions.ANSI_NULL_DFLT_OFF),
          new Flag("ansi_warnings", SessionOptions.ANSI_WARNINGS),
          new Flag("ansi_padding", SessionOptions.ANSI_PADDING),
          new Flag("ansi_nulls", SessionOptions.ANSI_NULLS),
          new Flag("concat_null_yields_null", SessionOptions.CONCAT_NULL_YIELDS_NULL),
          new Flag("numeric_roundabort", SessionOptions.NUMERIC_ROUNDABORT),
          new Flag("xact_abort", SessionOptions.XACT_ABORT));

  @Override
  public String name() {
    return "USEROPTIONS";
  }

  @Override
  public void run(DbccCall call) {
    SessionOptions o = call.state().sessionOptions();
    List<Object[]> rows = new ArrayList<>();
    rows.add(row("textsize", Integer.toString(o.textSize)));
    rows.add(row("language", o.language));
    rows.add(row("dateformat", o.dateFormat));
    rows.add(row("datefirst", Integer.toString(o.dateFirst)));
    rows.add(row("lock_timeout", Integer.toString(o.lockTimeout)));
    for (Flag f : FLAGS) {
      if (o.has(f.bit())) {
        rows.add(row(f.name(), "SET"));
      }
    }
    rows.add(row("isolation level", isolation(o.isolationLevel)));
    call.rows(COLUMNS, rows);
  }

  private static Object[] row(String option, String value) {
    return new Object[] {option, value};
  }

  /** sys.dm_exec_sessions.transaction_isolation_level's numbers, as USEROPTIONS names them. */
  private static String isolation(int level) {
    return switch (level) {
      case 1 -> "read uncommitted";
      case 3 -> "repeatable read";
      case 4 -> "serializable";
      case 5 -> "snapshot";
      default -> "read committed";
    };
  }
}
