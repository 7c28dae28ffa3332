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
   * {@code OPENROWSET(BULK 'file', SINGLE_BLOB | SINGLE_CLOB | SINGLE_NCLOB) AS alias}: a file's
   * whole content as one row of one column, BulkColumn ({@code kind}; {@code options} null); or
   * {@code OPENROWSET(BULK 'file', FORMATFILE = …, …) AS alias}: the file's records as rows of the
   * format file's columns ({@code options}; {@code kind} null).
   */
  record OpenRowsetBulk(String file, BulkFileKind kind, BulkInsertOptions options, String alias) implements TableSource {
    @Override
    public String toSql() {
      String how = kind != null ? kind.name() : options.optionList();
      return "OPENROWSET(BULK '" + file.replace("'", "''") + "', " + how + ") AS " + Names.quote(alias);
    }
  }

  /**
   * {@code xml.nodes('path') AS alias(column)}: one row per node the path selects in the xml value
   * {@code target} (a variable, or a column of APPLY's left row), its one column a reference to it.
   * {@code namespaces}: those of the statement's WITH XMLNAMESPACES, or null.
   */
  record XmlNodes(Expr target, List<Expr> args, String alias, String column, XmlNamespaces namespaces)
      implements TableSource {
    public XmlNodes {
      args = List.copyOf(args);
    }

    @Override
    public String toSql() {
      return target.toSql() + ".nodes(" + args.stream().map(Expr::toSql).collect(Collectors.joining(", "))
          + ") AS " + Names.quote(alias) + "(" + Names.quote(column) + ")";
    }
  }

  /**
   * A named table or view: {@code db.schema.t [FOR SYSTEM_TIME …] [AS a] [WITH (hints)]}, where
   * {@code locks} is what its table hints ask its reads to lock ({@link ReadLocks#NONE}: no hint
   * that locks), {@code systemTime} which row versions of a temporal table to read (null: the
   * current rows) and {@code indexHints} what its INDEX, FORCESEEK and FORCESCAN hints ask.
   */
  record Named(
      List<String> parts, String alias, ReadLocks locks, SystemTimeClause systemTime, IndexHints indexHints)
      implements TableSource {
    public Named {
      indexHints = indexHints == null ? IndexHints.NONE : indexHints;
    }

    public Named(List<String> parts, String alias, ReadLocks locks, SystemTimeClause systemTime) {
      this(parts, alias, locks, systemTime, IndexHints.NONE);
    }

    public Named(List<String> parts, String alias) {
      this(parts, alias, ReadLocks.NONE);
    }

    public Named(List<String> parts, String alias, ReadLocks locks) {
      this(parts, alias, locks, null);
    }

    @Override
    public String toSql() {
      List<String> hints = new java.util.ArrayList<>(LockHints.names(locks));
      hints.addAll(indexHints.toSql());
      return Names.quoteAll(parts) + (systemTime == null ? "" : " " + systemTime.toSql())
          + (alias == null ? "" : " AS " + Names.quote(alias))
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
   * SQL Server 2025's {@code VECTOR_SEARCH(TABLE = t [AS a], COLUMN = c, SIMILAR_TO = v, METRIC =
   * m, TOP_N = k) [AS r]}: {@code query} is its rows, the table's columns then {@code distance}
   * ({@code SELECT TOP (k) a.*, VECTOR_DISTANCE(m, a.c, v) AS distance FROM t AS a ORDER BY
   * distance}); the table's columns are named by {@code sourceQualifier} (the table alias, else
   * the table's name) and {@code distance} by {@code alias}, as in SQL Server. {@code written} is
   * the call as written.
   */
  record VectorSearch(QuerySpec query, String sourceQualifier, String alias, String written) implements TableSource {
    @Override
    public String toSql() {
      return written + (alias == null ? "" : " AS " + Names.quote(alias));
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

  /**
   * A table-valued function: {@code GENERATE_SERIES(1, 10) [AS s [(n)]]}; {@code columns} renames
   * its result columns (empty: their own names).
   */
  record Function(String name, List<Expr> args, String alias, List<String> columns) implements TableSource {
    public Function(String name, List<Expr> args, String alias) {
      this(name, args, alias, List.of());
    }

    @Override
    public String toSql() {
      return name
          + "("
          + args.stream().map(Expr::toSql).collect(Collectors.joining(", "))
          + ")"
          + (alias == null ? "" : " AS " + Names.quote(alias))
          + (columns.isEmpty() ? "" : " (" + columns.stream().map(Names::quote).collect(Collectors.joining(", ")) + ")");
    }
  }

  /**
   * {@code source PIVOT (aggregate(valueColumn) FOR pivotColumn IN ([v1], …)) AS alias}: one row
   * per distinct combination of the source's other columns, one column per value.
   */
  record Pivot(
      TableSource source, String aggregate, String valueColumn, String pivotColumn, List<String> values, String alias)
      implements TableSource {
    public Pivot {
      values = List.copyOf(values);
    }

    @Override
    public String toSql() {
      return source.toSql() + " PIVOT (" + aggregate + "(" + Names.quote(valueColumn) + ") FOR "
          + Names.quote(pivotColumn) + " IN (" + values.stream().map(Names::quote).collect(Collectors.joining(", "))
          + ")) AS " + Names.quote(alias);
    }
  }

  /**
   * {@code source UNPIVOT (valueColumn FOR nameColumn IN (c1, …)) AS alias}: a row per source row
   * and listed column whose value is not NULL, the column's name in nameColumn.
   */
  record Unpivot(TableSource source, String valueColumn, String nameColumn, List<String> columns, String alias)
      implements TableSource {
    public Unpivot {
      columns = List.copyOf(columns);
    }

    @Override
    public String toSql() {
      return source.toSql() + " UNPIVOT (" + Names.quote(valueColumn) + " FOR " + Names.quote(nameColumn)
          + " IN (" + columns.stream().map(Names::quote).collect(Collectors.joining(", ")) + ")) AS "
          + Names.quote(alias);
    }
  }

  /**
   * {@code OPENJSON(json[, path]) [WITH (column type ['path'] [AS JSON], …)] [AS alias]}: the
   * members of the object or array at {@code path}, as (key, value, type) rows, or one row per
   * element with the columns of {@code schema} when WITH is given.
   */
  record OpenJson(Expr json, Expr path, List<OpenJsonColumn> schema, String alias) implements TableSource {
    public OpenJson {
      schema = List.copyOf(schema);
    }

    @Override
    public String toSql() {
      StringBuilder sb = new StringBuilder("OPENJSON(").append(json.toSql());
      if (path != null) {
        sb.append(", ").append(path.toSql());
      }
      sb.append(")");
      if (!schema.isEmpty()) {
        sb.append(" WITH (").append(schema.stream().map(OpenJsonColumn::toSql).collect(Collectors.joining(", "))).append(")");
      }
      return sb + (alias == null ? "" : " AS " + Names.quote(alias));
    }
  }

  /**
   * {@code OPENXML(handle, rowpattern [, flags]) [WITH (column type ['pattern'], …) | WITH table]
   * [AS alias]}: rows from a document sp_xml_preparedocument prepared; without WITH, its edge
   * table. {@code schema} is empty and {@code table} null without WITH.
   */
  record OpenXml(Expr document, Expr rowPattern, Expr flags, List<OpenXmlColumn> schema, List<String> table, String alias)
      implements TableSource {
    public OpenXml {
      schema = List.copyOf(schema);
    }

    @Override
    public String toSql() {
      StringBuilder sb = new StringBuilder("OPENXML(").append(document.toSql()).append(", ").append(rowPattern.toSql());
      if (flags != null) {
        sb.append(", ").append(flags.toSql());
      }
      sb.append(")");
      if (!schema.isEmpty()) {
        sb.append(" WITH (").append(schema.stream().map(OpenXmlColumn::toSql).collect(Collectors.joining(", "))).append(")");
      } else if (table != null) {
        sb.append(" WITH ").append(Names.quoteAll(table));
      }
      return sb + (alias == null ? "" : " AS " + Names.quote(alias));
    }
  }

  /** A column of OPENXML's WITH clause; {@code pattern} null when mapped by its name. */
  record OpenXmlColumn(String name, TypeName type, String pattern) {
    public String toSql() {
      return Names.quote(name) + " " + type.toSql() + (pattern == null ? "" : " '" + pattern.replace("'", "''") + "'");
    }
  }

  /** A column of OPENJSON's WITH clause; {@code path} null for {@code $.name}. */
  record OpenJsonColumn(String name, TypeName type, String path, boolean asJson) {
    public String toSql() {
      return Names.quote(name) + " " + type.toSql() + (path == null ? "" : " '" + path.replace("'", "''") + "'")
          + (asJson ? " AS JSON" : "");
    }
  }
}
