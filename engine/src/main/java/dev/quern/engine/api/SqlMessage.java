package dev.quern.engine.api;

/**
 * A message as SQL Server reports it: number, state, severity (class), text, and where it came
 * from. Severity 0–10 is informational (INFO token), 11 and above an error (ERROR token).
 */
public record SqlMessage(
    int number, int state, int severity, String text, String procName, int lineNumber) {

  public boolean isError() {
    return severity > 10;
  }
}
