package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses SELECT query blocks: select list, FROM, WHERE, GROUP BY, HAVING, ORDER BY, OFFSET/FETCH. */
final class SelectParser {
  private final TokenStream in;
  private final ExpressionParser expr;
  private List<String> into;

  SelectParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** Common table expressions in scope, innermost first (see {@link #withCommonTables}). */
  private final java.util.Deque<java.util.Map<String, CommonTable>> commonTables = new java.util.ArrayDeque<>();

  /** The common table expression whose query is being parsed, or null. */
  private String defining;

  /** Whether the query of {@link #defining} has referred to it (it is recursive). */
  private boolean definingReferenced;

  /** The table of the SELECT … INTO just parsed (then forgotten), or null. */
  List<String> takeInto() {
    List<String> t = into;
    into = null;
    return t;
  }

  /**
   * A query: blocks joined by UNION/EXCEPT/INTERSECT, then ORDER BY / OFFSET for the whole.
   * INTERSECT binds tighter than UNION and EXCEPT ({@code a UNION b INTERSECT c} is {@code a UNION
   * (b INTERSECT c)}), so the INTERSECTs after a UNION or EXCEPT operand go into that operand; the
   * compounds are then applied left to right. An operand may be a parenthesized query.
   */
  QuerySpec query() {
    QuerySpec head = block();
    NamedWindows.Block headWindows = expr.windows().lastExited();
    List<QuerySpec.Compound> compounds = new ArrayList<>();
    while (in.at("UNION") || in.at("EXCEPT") || in.at("INTERSECT")) {
      QuerySpec.SetOperator op = QuerySpec.SetOperator.valueOf(in.next().upper());
      boolean all = op == QuerySpec.SetOperator.UNION && in.accept("ALL");
      QuerySpec operand = operand();
      if (op != QuerySpec.SetOperator.INTERSECT) {
        List<QuerySpec.Compound> intersected = new ArrayList<>();
        while (in.accept("INTERSECT")) {
          intersected.add(new QuerySpec.Compound(QuerySpec.SetOperator.INTERSECT, false, operand()));
        }
        operand = operand.followedBy(intersected);
      }
      compounds.add(new QuerySpec.Compound(op, all, operand));
    }
    List<QuerySpec.OrderItem> orderBy = List.of();
    Expr offset = null;
    Expr fetch = null;
    if (in.accept("ORDER")) {
      in.expect("BY");
      // A single block's ORDER BY may call the windows its WINDOW clause names.
      orderBy = compounds.isEmpty() ? expr.windows().within(headWindows, this::orderItems) : orderItems();
      if (in.peek().is("OFFSET")) {
        in.next();
        offset = expr.parse();
        rowsWord();
        if (in.accept("FETCH")) {
          if (!in.accept("NEXT")) {
            in.expect("FIRST");
          }
          fetch = expr.parse();
          rowsWord();
          in.expect("ONLY");
        }
      }
    }
    return new QuerySpec(
        head.distinct(), head.top(), head.items(), head.from(), head.where(), head.groupBy(),
        head.having(), orderBy, offset, fetch, List.copyOf(compounds));
  }

  /**
   * {@code FOR JSON …} or {@code FOR XML …} after a query, or null when none follows. FOR BROWSE
   * is not given (40517).
   */
  dev.quern.engine.ast.ForClause forClause() {
    if (!in.at("FOR") || in.peek(1).is("UPDATE")) {
      return null;
    }
    in.next();
    if (in.accept("XML")) {
      return new ForXmlParser(in, expr.xmlNamespaces()).parse();
    }
    if (!in.at("JSON")) {
      if (in.at("BROWSE")) {
        throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("FOR " + in.peek().upper());
      }
      throw in.unexpected();
    }
    in.next();
    return forJson();
  }

  /**
   * {@code PATH|AUTO [, ROOT[('name')]] [, INCLUDE_NULL_VALUES] [, WITHOUT_ARRAY_WRAPPER]} after
   * {@code FOR JSON}.
   */
  private dev.quern.engine.ast.ForJson forJson() {
    boolean path;
    if (in.accept("PATH")) {
      path = true;
    } else if (in.accept("AUTO")) {
      path = false;
    } else {
      throw in.unexpected();
    }
    String root = null;
    boolean includeNulls = false;
    boolean withoutWrapper = false;
    while (in.acceptSymbol(",")) {
      if (in.accept("ROOT")) {
        root = "root";
        if (in.acceptSymbol("(")) {
          var name = in.next();
          if (!name.isStringLiteral()) {
            throw dev.quern.engine.error.SqlErrors.SYNTAX_NEAR.raise(name.raw());
          }
          root = name.value();
          in.expectSymbol(")");
        }
      } else if (in.accept("INCLUDE_NULL_VALUES")) {
        includeNulls = true;
      } else if (in.accept("WITHOUT_ARRAY_WRAPPER")) {
        withoutWrapper = true;
      } else {
        throw in.unexpected();
      }
    }
    if (root != null && withoutWrapper) {
      throw dev.quern.engine.error.SqlErrors.FOR_JSON_ROOT_WITHOUT_WRAPPER.raise();
    }
    return new dev.quern.engine.ast.ForJson(path, root, includeNulls, withoutWrapper);
  }

  /** One SELECT block, without ORDER BY (which belongs to the whole query). */
  /** A set operation's operand: a SELECT block, or a query in parentheses. */
  private QuerySpec operand() {
    if (!in.atSymbol("(")) {
      return block();
    }
    in.expectSymbol("(");
    QuerySpec q = query();
    in.expectSymbol(")");
    return q;
  }

  private QuerySpec block() {
    expr.windows().enterBlock();
    try {
      return blockInScope();
    } finally {
      expr.windows().exitBlock();
    }
  }

  /** One SELECT block, its WINDOW clause's names in scope. */
  private QuerySpec blockInScope() {
    in.expect("SELECT");
    boolean distinct = in.accept("DISTINCT");
    if (!distinct) {
      in.accept("ALL");
    }
    QuerySpec.Top top = in.at("TOP") ? top() : null;
    List<SelectItem> items = new ArrayList<>();
    do {
      items.add(item());
    } while (in.acceptSymbol(","));
    if (in.at("INTO")) {
      in.next();
      into = NameParser.objectName(in);
    }
    TableSource from = in.accept("FROM") ? joinedSources() : null;
    Expr where = in.accept("WHERE") ? expr.parse() : null;
    List<Expr> groupBy = List.of();
    if (in.accept("GROUP")) {
      in.expect("BY");
      groupBy = new GroupByParser(in, expr).elements();
    }
    Expr having = in.accept("HAVING") ? expr.parse() : null;
    if (NamedWindows.clauseStarts(in)) {
      expr.windows().clause();
    }
    return new QuerySpec(
        distinct, top, List.copyOf(items), from, where, groupBy, having, List.of(), null, null, List.of());
  }

  private void rowsWord() {
    if (!in.accept("ROWS")) {
      in.expect("ROW");
    }
  }

  private QuerySpec.Top top() {
    in.expect("TOP");
    Expr count;
    if (in.acceptSymbol("(")) {
      count = expr.parse();
      in.expectSymbol(")");
    } else {
      count = expr.unary();
    }
    boolean percent = in.accept("PERCENT");
    boolean ties = false;
    if (in.at("WITH") && in.peek(1).is("TIES")) {
      in.next();
      in.next();
      ties = true;
    }
    return new QuerySpec.Top(count, percent, ties);
  }

  List<QuerySpec.OrderItem> orderItems() {
    List<QuerySpec.OrderItem> items = new ArrayList<>();
    do {
      Expr e = expr.parse();
      boolean desc = false;
      if (in.accept("DESC")) {
        desc = true;
      } else {
        in.accept("ASC");
      }
      items.add(new QuerySpec.OrderItem(e, desc));
    } while (in.acceptSymbol(","));
    return List.copyOf(items);
  }

  /** {@code OUTPUT items [INTO table [(columns)]]}, when the next word is OUTPUT; else null. */
  dev.quern.engine.ast.OutputClause output() {
    if (!in.accept("OUTPUT")) {
      return null;
    }
    List<SelectItem> items = new ArrayList<>();
    do {
      items.add(item());
    } while (in.acceptSymbol(","));
    List<String> into = null;
    List<String> columns = new ArrayList<>();
    if (in.accept("INTO")) {
      into = NameParser.objectName(in);
      if (in.atSymbol("(") && !in.peek(1).is("SELECT")) {
        in.next();
        do {
          columns.add(in.identifier());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
      }
    }
    return new dev.quern.engine.ast.OutputClause(items, into, columns);
  }

  private SelectItem item() {
    Token t = in.peek();
    Token after = in.peek(1);
    if (t.type() == TokenType.VARIABLE
        && after.type() == TokenType.SYMBOL
        && CompoundAssignment.OPERATORS.contains(after.value())) {
      in.next();
      in.next();
      return new SelectItem.Assign(t.value(), after.value(), expr.parse());
    }
    if (t.isSymbol("*")) {
      in.next();
      return new SelectItem.Star(null);
    }
    if (t.isIdentifier() && after.isSymbol(".") && in.peek(2).isSymbol("*")) {
      in.next();
      in.next();
      in.next();
      return new SelectItem.Star(t.value());
    }
    if ((t.isIdentifier() || t.type() == TokenType.STRING) && after.isSymbol("=")) {
      in.next();
      in.next();
      return new SelectItem.Column(expr.parse(), t.value());
    }
    Expr e = expr.parse();
    return new SelectItem.Column(e, alias());
  }

  /** An optional column alias: {@code [AS] name}, {@code [AS] 'name'}. */
  private String alias() {
    if (NamedWindows.clauseStarts(in)) {
      return null;
    }
    boolean as = in.accept("AS");
    Token t = in.peek();
    if (t.isIdentifier() || t.type() == TokenType.STRING) {
      in.next();
      return t.value();
    }
    if (as) {
      throw in.unexpected();
    }
    return null;
  }

  /** A FROM clause's sources (after the word FROM): UPDATE … FROM and DELETE … FROM. */
  TableSource sources() {
    return joinedSources();
  }

  /** Sources joined left to right: JOIN … ON, CROSS JOIN, CROSS/OUTER APPLY, and commas. */
  private TableSource joinedSources() {
    TableSource left = rotated(tableSource());
    while (true) {
      if (in.acceptSymbol(",")) {
        left = new TableSource.Join(left, rotated(tableSource()), TableSource.Join.JoinType.CROSS, null);
        continue;
      }
      if (in.at("CROSS") && in.peek(1).is("JOIN")) {
        in.next();
        in.next();
        left = new TableSource.Join(left, rotated(tableSource()), TableSource.Join.JoinType.CROSS, null);
        continue;
      }
      if ((in.at("CROSS") || in.at("OUTER")) && in.peek(1).is("APPLY")) {
        boolean outer = in.next().upper().equals("OUTER");
        in.next();
        left = new TableSource.Apply(left, rotated(tableSource()), outer);
        continue;
      }
      TableSource.Join.JoinType type;
      if (in.at("JOIN")) {
        type = TableSource.Join.JoinType.INNER;
      } else if (in.at("INNER") && joinsAt(1)) {
        in.next();
        type = TableSource.Join.JoinType.INNER;
      } else if ((in.at("LEFT") || in.at("RIGHT") || in.at("FULL"))
          && (joinsAt(1) || in.peek(1).is("OUTER") && joinsAt(2))) {
        type = TableSource.Join.JoinType.valueOf(in.next().upper());
        in.accept("OUTER");
      } else {
        return left;
      }
      if (JOIN_HINTS.contains(in.peek().upper())) {
        // LOOP, HASH, MERGE or REMOTE only choose how SQL Server joins (and fix the join order);
        // the rows are the same, and Quern's planner picks its own way.
        in.next();
      }
      in.expect("JOIN");
      TableSource right = rotated(tableSource());
      in.expect("ON");
      left = new TableSource.Join(left, right, type, expr.parse());
    }
  }

  private static final java.util.Set<String> JOIN_HINTS = java.util.Set.of("LOOP", "HASH", "MERGE", "REMOTE");

  /** Whether JOIN, or a join hint then JOIN, stands {@code ahead} tokens on. */
  private boolean joinsAt(int ahead) {
    return in.peek(ahead).is("JOIN")
        || JOIN_HINTS.contains(in.peek(ahead).upper()) && in.peek(ahead + 1).is("JOIN");
  }

  /**
   * {@code source} followed by any {@code PIVOT (agg(value) FOR column IN ([v], …)) AS alias} or
   * {@code UNPIVOT (value FOR name IN (c, …)) AS alias} (the alias is required).
   */
  private TableSource rotated(TableSource source) {
    while (in.at("PIVOT") || in.at("UNPIVOT")) {
      boolean pivot = in.next().upper().equals("PIVOT");
      in.expectSymbol("(");
      String aggregate = null;
      String value;
      if (pivot) {
        aggregate = in.identifier().toUpperCase(java.util.Locale.ROOT);
        in.expectSymbol("(");
        value = in.identifier();
        in.expectSymbol(")");
      } else {
        value = in.identifier();
      }
      in.expect("FOR");
      String column = in.identifier();
      in.expect("IN");
      in.expectSymbol("(");
      List<String> listed = new ArrayList<>();
      do {
        listed.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      in.expectSymbol(")");
      String alias = tableAlias();
      if (alias == null) {
        throw in.unexpected();
      }
      source = pivot
          ? new TableSource.Pivot(source, aggregate, value, column, listed, alias)
          : new TableSource.Unpivot(source, value, column, listed, alias);
    }
    return source;
  }

  /**
   * {@code OPENROWSET(BULK 'file', SINGLE_BLOB | SINGLE_CLOB | SINGLE_NCLOB) [AS] alias}, or {@code
   * OPENROWSET(BULK 'file', FORMATFILE = 'path' [, option …]) [AS] alias}, the file's rows as the
   * format file describes them. The forms that reach other data sources through an OLE DB
   * provider are refused (40517).
   */
  private TableSource openRowset() {
    in.expect("OPENROWSET");
    in.expectSymbol("(");
    if (!in.accept("BULK")) {
      throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("OPENROWSET");
    }
    String file = in.stringLiteral();
    in.expectSymbol(",");
    Token kind = in.peek();
    dev.quern.engine.ast.BulkFileKind k = switch (kind.upper()) {
      case "SINGLE_BLOB" -> dev.quern.engine.ast.BulkFileKind.SINGLE_BLOB;
      case "SINGLE_CLOB" -> dev.quern.engine.ast.BulkFileKind.SINGLE_CLOB;
      case "SINGLE_NCLOB" -> dev.quern.engine.ast.BulkFileKind.SINGLE_NCLOB;
      default -> null;
    };
    dev.quern.engine.ast.BulkInsertOptions options = null;
    if (k != null) {
      in.next();
    } else {
      options = new BulkInsertParser(in).rowsetOptions();
    }
    in.expectSymbol(")");
    String alias = tableAlias();
    if (alias == null) {
      throw dev.quern.engine.error.BulkLoadErrors.NO_CORRELATION_NAME.raise();
    }
    return new TableSource.OpenRowsetBulk(file, k, options, alias);
  }

  /**
   * {@code CHANGETABLE(CHANGES table, last_sync_version)} or {@code CHANGETABLE(VERSION table,
   * (column, …), (value, …))} ("CHANGETABLE (Transact-SQL)"), after its name: a function whose
   * arguments are the form, the table as a column reference, then the version, or the columns as
   * column references followed by the values.
   */
  private TableSource changeTable() {
    in.expectSymbol("(");
    String form = in.next().value().toUpperCase(java.util.Locale.ROOT);
    if (!form.equals("CHANGES") && !form.equals("VERSION")) {
      throw TokenStream.errorNear(in.peek());
    }
    List<Expr> args = new ArrayList<>();
    args.add(new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.STRING, form));
    List<String> table = new ArrayList<>(List.of(in.identifier()));
    while (in.acceptSymbol(".")) {
      table.add(in.identifier());
    }
    args.add(new dev.quern.engine.ast.ColumnRef(table));
    in.expectSymbol(",");
    if (form.equals("CHANGES")) {
      args.add(expr.parse());
    } else {
      in.expectSymbol("(");
      List<Expr> columns = new ArrayList<>();
      do {
        columns.add(new dev.quern.engine.ast.ColumnRef(List.of(in.identifier())));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      in.expectSymbol(",");
      in.expectSymbol("(");
      List<Expr> values = new ArrayList<>();
      do {
        values.add(expr.parse());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      args.add(new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NUMBER, "" + columns.size()));
      args.addAll(columns);
      args.addAll(values);
    }
    in.expectSymbol(")");
    return new TableSource.Function("CHANGETABLE", args, tableAlias());
  }

  /** {@code OPENXML(handle, rowpattern [, flags]) [WITH (name type ['pattern'], …) | WITH table] [[AS] alias]}. */
  private TableSource openXml() {
    in.expect("OPENXML");
    in.expectSymbol("(");
    Expr document = expr.parse();
    in.expectSymbol(",");
    Expr pattern = expr.parse();
    Expr flags = in.acceptSymbol(",") ? expr.parse() : null;
    in.expectSymbol(")");
    List<TableSource.OpenXmlColumn> schema = new ArrayList<>();
    List<String> table = null;
    if (in.at("WITH") && in.peek(1).isSymbol("(")) {
      in.next();
      in.next();
      do {
        String name = in.identifier();
        var type = TypeNameParser.parse(in);
        String columnPattern = in.peek().isStringLiteral() ? in.next().value() : null;
        schema.add(new TableSource.OpenXmlColumn(name, type, columnPattern));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    } else if (in.accept("WITH")) {
      table = NameParser.objectName(in);
    }
    return new TableSource.OpenXml(document, pattern, flags, schema, table, tableAlias());
  }

  /** {@code OPENJSON(json[, path]) [WITH (name type ['path'] [AS JSON], …)] [[AS] alias]}, after its name. */
  private TableSource openJson() {
    in.expectSymbol("(");
    Expr json = expr.parse();
    Expr path = in.acceptSymbol(",") ? expr.parse() : null;
    in.expectSymbol(")");
    List<TableSource.OpenJsonColumn> schema = new ArrayList<>();
    if (in.at("WITH") && in.peek(1).isSymbol("(")) {
      in.next();
      in.next();
      do {
        String name = in.identifier();
        var type = TypeNameParser.parse(in);
        String columnPath = null;
        if (in.peek().isStringLiteral()) {
          columnPath = in.next().value();
        }
        boolean asJson = false;
        if (in.at("AS") && in.peek(1).is("JSON")) {
          in.next();
          in.next();
          asJson = true;
        }
        schema.add(new TableSource.OpenJsonColumn(name, type, columnPath, asJson));
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    return new TableSource.OpenJson(json, path, schema, tableAlias());
  }

  private TableSource tableSource() {
    if (XmlNodesParser.atVariableNodes(in)) {
      return XmlNodesParser.onVariable(in, expr);
    }
    if (in.peek().type() == TokenType.VARIABLE) {
      return named(List.of(in.next().value()));
    }
    if (in.atSymbol("(")) {
      return derived();
    }
    if (in.at("OPENROWSET")) {
      return openRowset();
    }
    if (in.at("OPENXML") && in.peek(1).isSymbol("(")) {
      return openXml();
    }
    if ((in.at("CONTAINSTABLE") || in.at("FREETEXTTABLE")) && in.peek(1).isSymbol("(")) {
      return FullTextPredicateParser.table(in, expr, this::tableAlias);
    }
    List<String> parts = new ArrayList<>();
    if (in.acceptSymbol("::")) {
      parts.add("sys"); // the legacy ::fn_name(…) form of a system table-valued function
    }
    parts.add(in.identifier());
    while (in.acceptSymbol(".")) {
      parts.add(in.atSymbol(".") ? "" : in.identifier());
    }
    if (parts.size() == 1 && parts.getFirst().equalsIgnoreCase("OPENJSON") && in.atSymbol("(")) {
      return openJson();
    }
    if (parts.size() == 1 && parts.getFirst().equalsIgnoreCase("VECTOR_SEARCH") && in.atSymbol("(")) {
      return new VectorSearchParser(in, expr).parse(this::tableAlias);
    }
    if (parts.size() == 1 && parts.getFirst().equalsIgnoreCase("CHANGETABLE") && in.atSymbol("(")) {
      return changeTable();
    }
    TableSource nodes = in.atSymbol("(") ? XmlNodesParser.onColumn(in, expr, parts) : null;
    if (nodes != null) {
      return nodes;
    }
    if (in.atSymbol("(") && !TableHintParser.atBareHints(in)) {
      in.next();
      List<Expr> args = in.atSymbol(")") ? List.of() : functionArguments();
      in.expectSymbol(")");
      String alias = tableAlias();
      List<String> columns = alias != null && in.atSymbol("(") ? columnNames() : List.of();
      return new TableSource.Function(String.join(".", parts), args, alias, columns);
    }
    var common = commonTable(parts);
    if (common.isPresent()) {
      String alias = tableAlias();
      CommonTable c = common.get();
      if (c.query() == null) {
        return new TableSource.RecursiveRef(c.name(), alias);
      }
      return new TableSource.Derived(c.query(), alias != null ? alias : c.name(), c.columns(), c.recursion());
    }
    return named(List.copyOf(parts));
  }

  /**
   * {@code (query) [AS] alias [(columns)]} in FROM, or a table value constructor {@code (VALUES
   * (…), (…)) [AS] alias (columns)}: the alias is required.
   */
  private TableSource derived() {
    in.expectSymbol("(");
    QuerySpec q = in.at("VALUES") ? values() : query();
    dev.quern.engine.ast.ForClause forClause = forClause();
    if (forClause != null) {
      q = forXmlOrJson(q, forClause);
    }
    in.expectSymbol(")");
    String alias = tableAlias();
    if (alias == null) {
      throw in.unexpected();
    }
    return new TableSource.Derived(q, alias, in.atSymbol("(") ? columnNames() : List.of());
  }

  /**
   * A derived table {@code (SELECT … FOR XML | FOR JSON …) AS d(x)}: one row, one column holding the
   * document, as the query {@code SELECT (SELECT … FOR …)} gives it; the column is named as SQL Server
   * names FOR XML's and FOR JSON's results unless the derived table names it.
   */
  private static QuerySpec forXmlOrJson(QuerySpec q, dev.quern.engine.ast.ForClause forClause) {
    String name = forClause instanceof dev.quern.engine.ast.ForJson
        ? dev.quern.engine.plan.ForJsonNode.COLUMN
        : dev.quern.engine.plan.ForXmlNode.COLUMN;
    SelectItem item = new SelectItem.Column(new dev.quern.engine.ast.SubqueryExpr(q, forClause), name);
    return new QuerySpec(false, null, List.of(item), null, null, List.of(), null, List.of(), null, null, List.of());
  }

  /**
   * {@code VALUES (a, b), (c, d) …} as the query {@code SELECT a, b UNION ALL SELECT c, d …}: each
   * column's type is the rows' common type, as SQL Server types a table value constructor; every
   * row must have as many values as the first (10709).
   */
  private QuerySpec values() {
    in.expect("VALUES");
    List<List<Expr>> rows = new ArrayList<>();
    do {
      in.expectSymbol("(");
      rows.add(expr.list());
      in.expectSymbol(")");
      if (rows.getLast().size() != rows.getFirst().size()) {
        throw dev.quern.engine.error.SqlErrors.VALUES_ROW_LENGTH.raise();
      }
    } while (in.acceptSymbol(","));
    List<QuerySpec.Compound> rest = new ArrayList<>();
    for (List<Expr> row : rows.subList(1, rows.size())) {
      rest.add(new QuerySpec.Compound(QuerySpec.SetOperator.UNION, true, rowQuery(row, List.of())));
    }
    return rowQuery(rows.getFirst(), rest);
  }

  private static QuerySpec rowQuery(List<Expr> row, List<QuerySpec.Compound> compounds) {
    List<SelectItem> items = row.stream().<SelectItem>map(e -> new SelectItem.Column(e, null)).toList();
    return new QuerySpec(false, null, items, null, null, List.of(), null, List.of(), null, null, compounds);
  }

  /** {@code (a, b, …)}: names given to a derived table's or a common table expression's columns. */
  List<String> columnNames() {
    in.expectSymbol("(");
    List<String> names = new ArrayList<>();
    do {
      names.add(in.identifier());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return names;
  }

  /**
   * Runs {@code body} with common table expressions in scope: a one-part name in FROM that is one of
   * them reads its query (a later one may read an earlier one).
   */
  <T> T withCommonTables(java.util.function.Supplier<T> body) {
    commonTables.push(new java.util.LinkedHashMap<>());
    try {
      return body.get();
    } finally {
      commonTables.pop();
    }
  }

  /**
   * After WITH: {@code name [(columns)] AS (query) [, …]}, each defined in the innermost scope as
   * it ends (a recursive one sharing {@code recursion}). Returns whether one is recursive.
   */
  boolean commonTableList(dev.quern.engine.ast.RecursionLimit recursion) {
    boolean any = false;
    do {
      String name = in.identifier();
      List<String> columns = in.atSymbol("(") ? columnNames() : List.of();
      in.expect("AS");
      in.expectSymbol("(");
      defining(name);
      QuerySpec q;
      boolean recursive;
      try {
        q = query();
      } finally {
        recursive = defining(null);
      }
      in.expectSymbol(")");
      defineCommonTable(name, q, columns, recursive ? recursion : null);
      any |= recursive;
    } while (in.acceptSymbol(","));
    return any;
  }

  /** Defines common table expression {@code name} in the innermost scope (after its query). */
  private void defineCommonTable(String name, QuerySpec query, List<String> columns, dev.quern.engine.ast.RecursionLimit recursion) {
    String key = name.toLowerCase(java.util.Locale.ROOT);
    if (commonTables.peek().containsKey(key)) {
      throw dev.quern.engine.error.SqlErrors.DUPLICATE_CTE_NAME.raise(name);
    }
    commonTables.peek().put(key, new CommonTable(name, query, columns, recursion));
  }

  /**
   * Marks {@code name} as being defined (null: none): a reference to it now is a recursive one.
   * Returns whether the definition just ended referred to itself.
   */
  private boolean defining(String name) {
    boolean recursive = definingReferenced;
    defining = name;
    definingReferenced = false;
    return recursive;
  }

  /** The common table expression a one-part name refers to, if one is in scope. */
  java.util.Optional<CommonTable> commonTable(List<String> parts) {
    if (parts.size() != 1) {
      return java.util.Optional.empty();
    }
    String name = parts.getFirst();
    if (defining != null && defining.equalsIgnoreCase(name)) {
      definingReferenced = true;
      return java.util.Optional.of(new CommonTable(defining, null, List.of(), null));
    }
    String key = name.toLowerCase(java.util.Locale.ROOT);
    for (var scope : commonTables) {
      CommonTable c = scope.get(key);
      if (c != null) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A common table expression: {@code name [(columns)] AS (query)}; {@code recursion} is set for a
   * recursive one. A null query stands for the expression being defined, referred to by itself.
   */
  record CommonTable(String name, QuerySpec query, List<String> columns, dev.quern.engine.ast.RecursionLimit recursion) {}

  /** A table or table variable with its alias and table hints ({@code t AS a WITH (NOLOCK)}). */
  private TableSource.Named named(List<String> parts) {
    // FOR SYSTEM_TIME goes between the name and the alias.
    var systemTime = SystemTimeParser.atSystemTime(in) ? SystemTimeParser.systemTime(in, expr) : null;
    AccessHintsReader access = new AccessHintsReader();
    Set<String> hints = new HashSet<>(TableHintParser.inFrom(in, access)); // t (NOLOCK) AS a
    String alias = tableAlias();
    hints.addAll(TableHintParser.inFrom(in, access));
    return new TableSource.Named(parts, alias, TableHintParser.readLocks(hints), systemTime,
        access.hints().withNoExpand(hints.contains("NOEXPAND")));
  }

  /** Table-valued function arguments, where DEFAULT stands for a parameter's default. */
  private List<Expr> functionArguments() {
    List<Expr> args = new ArrayList<>();
    do {
      if (in.accept("DEFAULT")) {
        args.add(new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.DEFAULT, "DEFAULT"));
      } else {
        args.add(expr.parse());
      }
    } while (in.acceptSymbol(","));
    return List.copyOf(args);
  }

  private String tableAlias() {
    if (NamedWindows.clauseStarts(in)) {
      return null; // FROM t WINDOW w AS (…): the clause, not an alias
    }
    boolean as = in.accept("AS");
    if (in.peek().isIdentifier()) {
      return in.next().value();
    }
    if (as) {
      throw in.unexpected();
    }
    return null;
  }
}
