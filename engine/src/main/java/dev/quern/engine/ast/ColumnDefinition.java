package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of CREATE TABLE: type, nullability ({@code null} when not written), IDENTITY, DEFAULT
 * and the constraints written on the column itself.
 */
public record ColumnDefinition(
    String name,
    TypeName type,
    Boolean nullable,
    IdentitySpec identity,
    String defaultName,
    Expr defaultValue,
    List<TableConstraintDefinition> constraints) {
  /** IDENTITY(seed, increment). */
  public record IdentitySpec(long seed, long increment) {}

  public ColumnDefinition {
    constraints = List.copyOf(constraints);
  }

  public String toSql() {
    List<String> parts = new ArrayList<>();
    parts.add(Names.quote(name) + " " + type.toSql());
    if (identity != null) {
      parts.add("IDENTITY(" + identity.seed() + ", " + identity.increment() + ")");
    }
    if (nullable != null) {
      parts.add(nullable ? "NULL" : "NOT NULL");
    }
    if (defaultValue != null) {
      parts.add((defaultName == null ? "" : "CONSTRAINT " + Names.quote(defaultName) + " ")
          + "DEFAULT " + defaultValue.toSql());
    }
    constraints.forEach(c -> parts.add(c.toSql()));
    return String.join(" ", parts);
  }
}
