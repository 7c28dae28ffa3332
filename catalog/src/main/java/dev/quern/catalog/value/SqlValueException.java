package dev.quern.catalog.value;

/**
 * A SQL Server error raised while converting, comparing or computing values (e.g. 245, 8114, 8115,
 * 8134), carrying SQL Server's message number, severity, state and text.
 */
public final class SqlValueException extends RuntimeException {
  private final int number;
  private final int severity;
  private final int state;
  private final String text;

  public SqlValueException(int number, int severity, int state, String text) {
    super(number + ": " + text, null, false, false);
    this.number = number;
    this.severity = severity;
    this.state = state;
    this.text = text;
  }

  /** Severity 16, state 1: what almost every value error carries. */
  public static SqlValueException of(int number, String text) {
    return new SqlValueException(number, 16, 1, text);
  }

  public int number() {
    return number;
  }

  public int severity() {
    return severity;
  }

  public int state() {
    return state;
  }

  public String text() {
    return text;
  }
}
