package dev.quern.engine.dbcc;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * One DBCC statement being run: the session, the evaluated arguments, the WITH options (upper
 * case), where its output goes, and the interpreter ({@code host}) for a command that runs queries. Informational messages are sent at severity 0, as SQL Server
 * sends DBCC's; NO_INFOMSGS silences them (errors still go).
 */
public record DbccCall(
    SessionState state, String command, List<Object> arguments, List<String> options, ResultSink sink,
    boolean inProc, int line, dev.quern.engine.proc.ProcedureHost host) {

  public boolean option(String name) {
    return options.contains(name);
  }

  /** The argument at {@code i}, or null when there are fewer. */
  public Object argument(int i) {
    return i < arguments.size() ? arguments.get(i) : null;
  }

  /** An informational message (severity 0), unless WITH NO_INFOMSGS. */
  public void info(int number, String text) {
    if (!option("NO_INFOMSGS")) {
      sink.message(new SqlMessage(number, 1, 0, text, "", line));
    }
  }

  /** A message sent whatever the options (an error found, a warning). */
  public void message(int number, int severity, int state, String text) {
    sink.message(new SqlMessage(number, state, severity, text, "", line));
  }

  /** A result set. */
  public void rows(List<ResultColumn> columns, List<Object[]> rows) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
  }
}
