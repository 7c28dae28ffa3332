package dev.quern.engine.ast;

import java.util.List;

/** DROP PROC[EDURE] [IF EXISTS] name [, name …]. */
public record DropProcedureStatement(int line, boolean ifExists, List<List<String>> names) implements StorageStatement {
  public DropProcedureStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP PROCEDURE " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList());
  }
}
