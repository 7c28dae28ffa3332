package dev.quern.engine.ast;

import java.util.List;

/** DROP FUNCTION [IF EXISTS] name [, name …]. */
public record DropFunctionStatement(int line, boolean ifExists, List<List<String>> names) implements StorageStatement {
  public DropFunctionStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP FUNCTION " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList());
  }
}
