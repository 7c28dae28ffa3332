package dev.quern.engine.error;

import dev.quern.engine.api.SqlMessage;
import java.util.Locale;

/**
 * One error SQL Server can raise: its number, severity, default state, message template ({@code
 * %s} placeholders, filled in order) and what it aborts.
 */
public record ErrorTemplate(int number, int severity, int state, String template, Abort abort) {

  /** Builds the error with the given arguments filled into the template. */
  public SqlException raise(Object... args) {
    return new SqlException(number, severity, state, format(args), abort);
  }

  /** Same as {@link #raise} with a non-default state. */
  public SqlException raiseWithState(int customState, Object... args) {
    return new SqlException(number, severity, customState, format(args), abort);
  }

  /** The message as it would be sent for the given arguments. */
  public SqlMessage message(Object... args) {
    return new SqlMessage(number, state, severity, format(args), "", 1);
  }

  private String format(Object... args) {
    return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
  }
}
