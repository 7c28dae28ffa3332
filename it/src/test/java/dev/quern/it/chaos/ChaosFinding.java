package dev.quern.it.chaos;

import java.sql.SQLException;

/** An outcome no oracle allows: the call's result, the table afterwards or the error it raised. */
public final class ChaosFinding extends Exception {
  public ChaosFinding(String message) {
    super(message);
  }

  /** {@code e} raised where {@code expected} was the only acceptable outcome. */
  public static ChaosFinding unexpected(String expected, SQLException e) {
    return new ChaosFinding("expected " + expected + ", got " + describe(e));
  }

  /**
   * The error numbers and first message lines of an exception and the ones chained to it; of a
   * longer message (a script's traceback) its last line too, which names the exception.
   */
  public static String describe(SQLException e) {
    StringBuilder sb = new StringBuilder(e.getClass().getSimpleName()).append(' ');
    int n = 0;
    for (SQLException x = e; x != null && n < 6; x = x.getNextException(), n++) {
      String msg = String.valueOf(x.getMessage()).strip();
      int nl = msg.indexOf('\n');
      sb.append(n == 0 ? "" : " | ").append(x.getErrorCode()).append(": ")
          .append(nl < 0 ? msg : msg.substring(0, nl) + " … " + msg.substring(msg.lastIndexOf('\n') + 1));
    }
    return sb.toString();
  }

  /** Whether {@code e} or one chained to it carries error {@code number}. */
  public static boolean has(SQLException e, int number) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getErrorCode() == number) {
        return true;
      }
    }
    return false;
  }

  /** The full text of {@code e} and the ones chained to it. */
  public static String text(SQLException e) {
    StringBuilder sb = new StringBuilder();
    for (SQLException x = e; x != null; x = x.getNextException()) {
      sb.append(x.getErrorCode()).append(' ').append(x.getMessage()).append('\n');
    }
    return sb.toString();
  }
}
