package dev.quern.engine.cursor;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.CursorStatement;
import dev.quern.engine.error.CursorErrors;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.BindingScope;
import java.util.List;

/**
 * One declared cursor: its definition, the variables' values its query reads (taken when it was
 * declared: "cursor variable values do not change after a cursor is declared"), and, while it is
 * open, its rows and columns. Closing keeps the declaration; deallocating drops it.
 */
public final class ServerCursor {
  private final String name;
  private final CursorStatement.Definition definition;
  private final CursorKind kind;
  private final BindingScope scope;
  private final EvalContext context;
  private CursorRows rows;
  private List<ResultColumn> columns;
  /** Whether the rows are copies although another kind was asked for (positioned changes refused). */
  private boolean converted;

  public ServerCursor(
      String name, CursorStatement.Definition definition, CursorKind kind, BindingScope scope, EvalContext context) {
    this.name = name;
    this.definition = definition;
    this.kind = kind;
    this.scope = scope;
    this.context = context;
  }

  public String name() {
    return name;
  }

  public CursorStatement.Definition definition() {
    return definition;
  }

  public CursorKind kind() {
    return kind;
  }

  /** Where the query is bound (the declaring batch's names and variables). */
  public BindingScope scope() {
    return scope;
  }

  /** What the query's expressions are evaluated in (the variables as they were at DECLARE). */
  public EvalContext context() {
    return context;
  }

  public boolean isOpen() {
    return rows != null;
  }

  /** FETCH INTO's conversions of the columns to its variables' types, by FETCH statement. */
  private final java.util.Map<Object, List<dev.quern.engine.expr.BoundExpr>> converters = new java.util.IdentityHashMap<>();

  /** The conversions {@code fetch} assigns its variables with, made once per opening. */
  public List<dev.quern.engine.expr.BoundExpr> converters(
      Object fetch, java.util.function.Supplier<List<dev.quern.engine.expr.BoundExpr>> make) {
    List<dev.quern.engine.expr.BoundExpr> c = converters.get(fetch);
    if (c == null) {
      c = make.get();
      converters.put(fetch, c);
    }
    return c;
  }

  public void opened(CursorRows rows, List<ResultColumn> columns, boolean converted) {
    converters.clear();
    this.rows = rows;
    this.columns = List.copyOf(columns);
    this.converted = converted;
  }

  public void close() {
    rows = null;
  }

  /** The open cursor's rows; 16917 when it is not open ({@code state}: 1 CLOSE, 2 FETCH). */
  public CursorRows rows(int state) {
    if (rows == null) {
      throw CursorErrors.NOT_OPEN.raiseWithState(state);
    }
    return rows;
  }

  public List<ResultColumn> columns() {
    return columns;
  }

  /** Whether its rows were copied although another kind was asked for. */
  public boolean converted() {
    return converted;
  }

  /** Whether positioned UPDATE and DELETE may change rows through it. */
  public boolean updatable() {
    return !kind.readOnly() && !converted && rows != null && rows.table() != null;
  }

  /** CURSOR_STATUS: 1 open with rows (or dynamic), 0 open and empty, -1 closed. */
  public int status() {
    if (rows == null) {
      return -1;
    }
    long n = rows.count();
    return n != 0 ? 1 : 0;
  }
}
