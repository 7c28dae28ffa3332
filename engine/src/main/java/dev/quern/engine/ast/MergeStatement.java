package dev.quern.engine.ast;

import java.util.List;

/**
 * MERGE [TOP (n) [PERCENT]] [INTO] target [WITH (hints)] [[AS] alias] USING source ON condition
 * WHEN … THEN … [OUTPUT …]; (SQL Server's "MERGE (Transact-SQL)"). {@code target}: the TOP and the
 * target's hints (null: neither); {@code targetCte}: the common table expression {@code table}
 * names, or null; {@code clauses} in the order written; {@code output} null when there is no
 * OUTPUT clause.
 */
public record MergeStatement(
    int line, List<String> table, TableSource.Derived targetCte, String alias, DmlTarget target,
    TableSource source, Expr on, List<When> clauses, OutputClause output)
    implements StorageStatement {
  /** Which rows of the join a WHEN clause acts on. */
  public enum Match {
    /** WHEN MATCHED: a target row with a source row. */
    MATCHED,
    /** WHEN NOT MATCHED [BY TARGET]: a source row no target row matched. */
    NOT_MATCHED_BY_TARGET,
    /** WHEN NOT MATCHED BY SOURCE: a target row no source row matched. */
    NOT_MATCHED_BY_SOURCE;

    /** The clause as SQL writes it. */
    public String sql() {
      return switch (this) {
        case MATCHED -> "WHEN MATCHED";
        case NOT_MATCHED_BY_TARGET -> "WHEN NOT MATCHED BY TARGET";
        case NOT_MATCHED_BY_SOURCE -> "WHEN NOT MATCHED BY SOURCE";
      };
    }
  }

  /** {@code WHEN match [AND condition] THEN action}; {@code condition} null when there is no AND. */
  public record When(Match match, Expr condition, Action action) {
    String toSql() {
      return match.sql() + (condition == null ? "" : " AND " + condition.toSql()) + " THEN " + action.toSql();
    }
  }

  /** What a WHEN clause does to its rows. */
  public sealed interface Action {
    String toSql();
  }

  /** {@code UPDATE SET column = value, …} ({@code value} null is DEFAULT). */
  public record Update(List<UpdateStatement.Assignment> assignments) implements Action {
    public Update {
      assignments = List.copyOf(assignments);
    }

    @Override
    public String toSql() {
      return "UPDATE SET " + String.join(", ", assignments.stream()
          .map(a -> Names.quote(a.column()) + " = " + (a.value() == null ? "DEFAULT" : a.value().toSql()))
          .toList());
    }
  }

  /** {@code DELETE}. */
  public record Delete() implements Action {
    @Override
    public String toSql() {
      return "DELETE";
    }
  }

  /**
   * {@code INSERT [(columns)] VALUES (…)}, or {@code INSERT DEFAULT VALUES} when {@code values} is
   * null; a null among the values is the DEFAULT keyword.
   */
  public record Insert(List<String> columns, List<Expr> values) implements Action {
    public Insert {
      columns = List.copyOf(columns);
      values = values == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    @Override
    public String toSql() {
      String cols =
          columns.isEmpty() ? "" : " (" + String.join(", ", columns.stream().map(Names::quote).toList()) + ")";
      return values == null
          ? "INSERT DEFAULT VALUES"
          : "INSERT" + cols + " VALUES (" + String.join(", ", values.stream()
              .map(e -> e == null ? "DEFAULT" : e.toSql()).toList()) + ")";
    }
  }

  public MergeStatement {
    table = List.copyOf(table);
    clauses = List.copyOf(clauses);
  }

  @Override
  public String toSql() {
    return "MERGE " + DmlTarget.topSql(target) + "INTO " + Names.quoteAll(table) + DmlTarget.hintSql(target)
        + (alias == null ? "" : " AS " + Names.quote(alias)) + " USING " + source.toSql() + " ON " + on.toSql()
        + String.join("", clauses.stream().map(c -> " " + c.toSql()).toList())
        + (output == null ? "" : " " + output.toSql()) + ";";
  }
}
