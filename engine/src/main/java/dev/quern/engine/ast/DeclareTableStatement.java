package dev.quern.engine.ast;

/**
 * {@code DECLARE @t [AS] TABLE (columns, constraints)}: a table variable, stored like a temporary
 * table under a name private to the declaring batch. {@code definition} names the table {@code @t}.
 * {@code userTypeId} is the table type of {@code DECLARE @t schema.type}, else 0.
 */
public record DeclareTableStatement(int line, String name, CreateTableStatement definition, int userTypeId)
    implements StorageStatement {
  public DeclareTableStatement(int line, String name, CreateTableStatement definition) {
    this(line, name, definition, 0);
  }

  @Override
  public String toSql() {
    String create = definition.toSql();
    // CREATE TABLE [@t] (…) → DECLARE @t TABLE (…)
    return "DECLARE " + name + " TABLE " + create.substring(create.indexOf('('));
  }
}
