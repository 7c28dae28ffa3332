package dev.quern.engine.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of CREATE TABLE: type, nullability ({@code null} when not written), IDENTITY, DEFAULT
 * and the constraints written on the column itself. A computed column ({@code name AS expr
 * [PERSISTED]}) has {@code computed} set and no {@code type}: its type comes from the expression.
 * {@code generated} is set on a {@code GENERATED ALWAYS AS ROW START | END [HIDDEN]} column (a
 * SYSTEM_TIME period's), else null. {@code collation} is the COLLATE clause's collation (its name as
 * SQL Server spells it), null when none is written.
 */
public record ColumnDefinition(
    String name,
    TypeName type,
    Boolean nullable,
    IdentitySpec identity,
    String defaultName,
    Expr defaultValue,
    List<TableConstraintDefinition> constraints,
    Expr computed,
    boolean persisted,
    Generated generated,
    String collation,
    boolean defaultWithValues) {
  /** IDENTITY(seed, increment). */
  public record IdentitySpec(long seed, long increment) {}

  /** GENERATED ALWAYS AS ROW START (or END, {@code start} false) [HIDDEN]. */
  public record Generated(boolean start, boolean hidden) {
    String toSql() {
      return "GENERATED ALWAYS AS ROW " + (start ? "START" : "END") + (hidden ? " HIDDEN" : "");
    }
  }

  /** A column that is not GENERATED ALWAYS. */
  public ColumnDefinition(
      String name, TypeName type, Boolean nullable, IdentitySpec identity, String defaultName,
      Expr defaultValue, List<TableConstraintDefinition> constraints, Expr computed, boolean persisted) {
    this(name, type, nullable, identity, defaultName, defaultValue, constraints, computed, persisted, null, null, false);
  }

  public ColumnDefinition {
    constraints = List.copyOf(constraints);
  }

  /** A column with a declared type (not computed). */
  public ColumnDefinition(
      String name, TypeName type, Boolean nullable, IdentitySpec identity, String defaultName,
      Expr defaultValue, List<TableConstraintDefinition> constraints) {
    this(name, type, nullable, identity, defaultName, defaultValue, constraints, null, false);
  }

  public String toSql() {
    List<String> parts = new ArrayList<>();
    parts.add(Names.quote(name) + " " + (computed != null
        ? "AS " + computed.toSql() + (persisted ? " PERSISTED" : "")
        : type.toSql()));
    if (collation != null) {
      parts.add("COLLATE " + collation);
    }
    if (identity != null) {
      parts.add("IDENTITY(" + identity.seed() + ", " + identity.increment() + ")");
    }
    if (generated != null) {
      parts.add(generated.toSql());
    }
    if (nullable != null) {
      parts.add(nullable ? "NULL" : "NOT NULL");
    }
    if (defaultValue != null) {
      parts.add((defaultName == null ? "" : "CONSTRAINT " + Names.quote(defaultName) + " ")
          + "DEFAULT " + defaultValue.toSql() + (defaultWithValues ? " WITH VALUES" : ""));
    }
    constraints.forEach(c -> parts.add(c.toSql()));
    return String.join(" ", parts);
  }
}
