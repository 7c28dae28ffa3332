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
  private java.util.List<SqlMessage> preceding = java.util.List.of();

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

  /**
   * The batch or procedure (the interpreter's frame) that this error ends, or null: see {@link
   * #endingScope}.
   */
  private Object endedScope;

  /**
   * Marks this as a name-resolution error found compiling a statement when it first ran (deferred
   * name resolution): as in SQL Server, it ends {@code scope} — the batch, or the procedure, whose
   * caller goes on — and a TRY…CATCH in that same scope does not catch it, while one around the
   * procedure's EXEC does.
   */
  public SqlException endingScope(Object scope) {
    endedScope = scope;
    return this;
  }

  /** Whether this error ends a batch or procedure it was raised in ({@link #endingScope}). */
  public boolean endsAScope() {
    return endedScope != null;
  }

  /** Whether this error ends {@code scope} ({@link #endingScope}). */
  public boolean endsScope(Object scope) {
    return scope != null && endedScope == scope;
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
    e.preceding = preceding;
    return e;
  }

  /**
   * Adds an error SQL Server reports just before this one for the same failure (5074 naming the
   * dependent object, then 4922): sent first when the error is reported, dropped with it by CATCH,
   * where ERROR_NUMBER() is this one's, as in SQL Server.
   */
  public SqlException precededBy(SqlException first) {
    java.util.List<SqlMessage> more = new java.util.ArrayList<>(preceding);
    more.add(first.toMessage());
    preceding = java.util.List.copyOf(more);
    return this;
  }

  public SqlMessage toMessage() {
    return new SqlMessage(number, state, severity, text, procName, lineNumber);
  }

  /** The messages that report this error: those that precede it, then its own. */
  public java.util.List<SqlMessage> toMessages() {
    java.util.List<SqlMessage> out = new java.util.ArrayList<>();
    for (SqlMessage m : preceding) {
      out.add(new SqlMessage(m.number(), m.state(), m.severity(), m.text(), procName, lineNumber));
    }
    out.add(toMessage());
    return out;
  }
}
