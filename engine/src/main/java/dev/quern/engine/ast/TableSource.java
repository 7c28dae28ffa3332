package dev.quern.engine.ast;

import dev.quern.catalog.kv.ReadLocks;
import java.util.List;
import java.util.stream.Collectors;

/** A row source in FROM. */
public sealed interface TableSource {
  String toSql();

  /** The alias the source was given, or null. */
  String alias();

  /**
   * A named table or view: {@code db.schema.t [AS a] [WITH (hints)]}, where {@code locks} is what
   * its table hints ask its reads to lock ({@link ReadLocks#NONE}: no hint that locks).
   */
  record Named(List<String> parts, String alias, ReadLocks locks) implements TableSource {
    public Named(List<String> parts, String alias) {
      this(parts, alias, ReadLocks.NONE);
    }

    @Override
    public String toSql() {
      List<String> hints = LockHints.names(locks);
      return Names.quoteAll(parts) + (alias == null ? "" : " AS " + Names.quote(alias))
          + (hints.isEmpty() ? "" : " WITH (" + String.join(", ", hints) + ")");
    }
  }

  /**
   * A derived table, {@code (SELECT …) AS alias [(columns)]}, or a common table expression named
   * in FROM (its query, under the name it was referred to by). {@code columns}: the names given to
   * the query's columns (empty: the query's own).
   */
  record Derived(QuerySpec query, String alias, List<String> columns, RecursionLimit recursion)
      implements TableSource {
    public Derived {
      columns = List.copyOf(columns);
    }

    public Derived(QuerySpec query, String alias, List<String> columns) {
      this(query, alias, columns, null);
    }

    /** Whether this is a recursive common table expression (its query reads itself). */
    public boolean recursive() {
      return recursion != null;
    }

    @Override
    public String toSql() {
      return "(" + query.toSql() + ") AS " + Names.quote(alias)
          + (columns.isEmpty() ? "" : " (" + columns.stream().map(Names::quote).collect(Collectors.joining(", ")) + ")");
    }
  }

  /**
   * Inside the recursive part of a recursive common table expression, the reference to itself:
   * the rows its previous round produced.
   */
  record RecursiveRef(String name, String alias) implements TableSource {
    @Override
    public String toSql() {
      return Names.quote(name) + (alias == null ? "" : " AS " + Names.quote(alias));
    }
  }

  /** {@code left [INNER|LEFT|RIGHT|FULL|CROSS] JOIN right [ON on]}; a comma is a CROSS join. */
  record Join(TableSource left, TableSource right, JoinType type, Expr on) implements TableSource {
    /** The kind of join. */
    public enum JoinType {
      INNER,
      LEFT,
      RIGHT,
      FULL,
      CROSS
    }

    @Override
    public String alias() {
      return null;
    }

    @Override
    public String toSql() {
      return left.toSql() + " " + (type == JoinType.CROSS ? "CROSS" : type.name()) + " JOIN " + right.toSql()
          + (on == null ? "" : " ON " + on.toSql());
    }
  }

  /**
   * {@code left CROSS APPLY right} / {@code left OUTER APPLY right}: {@code right} is evaluated
   * for each row of {@code left} and may use its columns (a table-valued function's arguments).
   */
  record Apply(TableSource left, TableSource right, boolean outer) implements TableSource {
    @Override
    public String alias() {
      return null;
    }

    @Override
    public String toSql() {
      return left.toSql() + (outer ? " OUTER APPLY " : " CROSS APPLY ") + right.toSql();
    }
  }

  /** A table-valued function: {@code GENERATE_SERIES(1, 10) [AS s]}. */
  record Function(String name, List<Expr> args, String alias) implements TableSource {
    @Override
    public String toSql() {
      return name
          + "("
          + args.stream().map(Expr::toSql).collect(Collectors.joining(", "))
          + ")"
          + (alias == null ? "" : " AS " + Names.quote(alias));
    }
  }
}
