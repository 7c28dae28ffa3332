package dev.quern.engine.ast;

import java.util.List;

/**
 * {@code BULK INSERT table FROM 'file' [WITH (option, …)]}: loads a data file the server reads
 * into a table.
 */
public record BulkInsertStatement(int line, List<String> table, String file, BulkInsertOptions options)
    implements StorageStatement {
  public BulkInsertStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "BULK INSERT " + Names.quoteAll(table) + " FROM '" + file.replace("'", "''") + "'" + options.toSql();
  }
}
