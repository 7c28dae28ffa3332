package dev.quern.engine.ast;

import java.util.List;

/**
 * {@code CREATE TYPE [schema.]name FROM base [NULL | NOT NULL]} (an alias type; {@code nullable}
 * null when not written) or {@code CREATE TYPE [schema.]name AS TABLE (…)} ({@code table} names
 * the type, {@code base} is null).
 */
public record CreateTypeStatement(
    int line, List<String> name, TypeName base, Boolean nullable, CreateTableStatement table)
    implements StorageStatement {
  public CreateTypeStatement {
    name = List.copyOf(name);
  }

  /** A table type's column list as stored: {@code (columns, constraints)}. */
  public String tableDefinition() {
    String create = table.toSql();
    return create.substring(create.indexOf('('));
  }

  @Override
  public String toSql() {
    String head = "CREATE TYPE " + Names.quoteAll(name);
    if (table != null) {
      return head + " AS TABLE " + tableDefinition();
    }
    return head + " FROM " + base.toSql() + (nullable == null ? "" : nullable ? " NULL" : " NOT NULL");
  }
}
