package dev.quern.engine.error;

import dev.quern.engine.api.SqlMessage;

/** An error raised while compiling or running T-SQL, carrying SQL Server's message fields. */
public final class SqlException extends RuntimeException {
  private final int number;
  private final int severity;
  private final int state;
  private final String text;
  private final Abort abort;
  private int lineNumber = 1;
  private String procName = "";

  public SqlException(int number, int severity, int state, String text, Abort abort) {
    super(number + ": " + text, null, false, false);
    this.number = number;
    this.severity = severity;
    this.state = state;
    this.text = text;
    this.abort = abort;
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

  public Abort abort() {
    return abort;
  }

  public int lineNumber() {
    return lineNumber;
  }

  public String procName() {
    return procName;
  }

  /** Records where the error happened (first location wins, as the innermost is the truest). */
  public SqlException at(int line, String proc) {
    if (lineNumber <= 1 && line > 0) {
      lineNumber = line;
    }
    if (procName.isEmpty() && proc != null) {
      procName = proc;
    }
    return this;
  }

  /** A copy with another abort kind (e.g. a runtime error promoted by XACT_ABORT). */
  public SqlException withAbort(Abort newAbort) {
    SqlException e = new SqlException(number, severity, state, text, newAbort);
    e.lineNumber = lineNumber;
    e.procName = procName;
    return e;
  }

  public SqlMessage toMessage() {
    return new SqlMessage(number, state, severity, text, procName, lineNumber);
  }
}
