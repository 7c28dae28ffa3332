package dev.quern.engine.ast;

/** {@code PERIOD FOR SYSTEM_TIME (start, end)} of CREATE TABLE or ALTER TABLE … ADD. */
public record PeriodDefinition(String start, String end) {
  public String toSql() {
    return "PERIOD FOR SYSTEM_TIME (" + Names.quote(start) + ", " + Names.quote(end) + ")";
  }
}
