package dev.quern.engine.ast;

import java.util.List;

/** A data type as written: {@code nvarchar(20)}, {@code decimal(10, 2)}, {@code varchar(max)}. */
public record TypeName(String name, List<String> args) {
  public String toSql() {
    return args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")";
  }
}
