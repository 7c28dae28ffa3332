package dev.quern.engine.ast;

import java.util.List;

/** SET IDENTITY_INSERT table ON|OFF. */
public record SetIdentityInsertStatement(int line, List<String> table, boolean on) implements StorageStatement {
  public SetIdentityInsertStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "SET IDENTITY_INSERT " + Names.quoteAll(table) + (on ? " ON" : " OFF");
  }
}
