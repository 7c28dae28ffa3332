package dev.quern.engine.agent;

import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.SqlMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a T-SQL job step's batch said, as the agent keeps it for sysjobhistory.message: each
 * message's text, SQLSTATE and number ({@code hello [SQLSTATE 01000] (Message 0)}, {@code Divide
 * by zero error encountered. [SQLSTATE 22012] (Error 8134)}); rows are not kept (SQL Server keeps
 * them only with the step's "include step output in history" flag, which Quern does not offer).
 */
final class StepOutput extends DiscardingSink {
  /** sysjobhistory.message is nvarchar(4000). */
  static final int MAX_MESSAGE = 4000;

  /** The ODBC SQLSTATE SQL Server's agent reports for a few common errors; others are 42000. */
  private static final Map<Integer, String> SQLSTATES = Map.ofEntries(
      Map.entry(8134, "22012"), Map.entry(8115, "22003"), Map.entry(245, "22018"), Map.entry(241, "22007"),
      Map.entry(2627, "23000"), Map.entry(2601, "23000"), Map.entry(547, "23000"), Map.entry(515, "23000"),
      Map.entry(208, "42S02"), Map.entry(207, "42S22"), Map.entry(2812, "42000"), Map.entry(1205, "40001"));

  private final List<SqlMessage> messages = new ArrayList<>();

  List<SqlMessage> messages() {
    return messages;
  }

  /** The last error, null when the batch raised none. */
  SqlMessage lastError() {
    SqlMessage last = null;
    for (SqlMessage m : messages) {
      if (m.isError()) {
        last = m;
      }
    }
    return last;
  }

  /** The history text: who ran it, the messages, and the outcome sentence. */
  String historyMessage(String user, String outcome) {
    StringBuilder b = new StringBuilder("Executed as user: ").append(user).append('.');
    for (int i = 0; i < messages.size(); i++) {
      SqlMessage m = messages.get(i);
      b.append(i == 0 ? " " : "  ").append(m.text()).append(" [SQLSTATE ").append(sqlState(m)).append("] (")
          .append(m.isError() ? "Error " : "Message ").append(m.number()).append(')');
    }
    if (!messages.isEmpty()) {
      b.append('.');
    }
    b.append("  ").append(outcome);
    return b.length() > MAX_MESSAGE ? b.substring(0, MAX_MESSAGE) : b.toString();
  }

  static String sqlState(SqlMessage m) {
    return m.isError() ? SQLSTATES.getOrDefault(m.number(), "42000") : "01000";
  }

  @Override
  public void message(SqlMessage message) {
    messages.add(message);
  }
}
