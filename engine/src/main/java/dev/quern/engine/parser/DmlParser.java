package dev.quern.engine.parser;

import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.DmlTarget;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.UpdateStatement;
import java.util.ArrayList;
import java.util.List;

/** Parses INSERT, UPDATE and DELETE. */
final class DmlParser {
  /** INSERT … VALUES takes at most this many rows (10738); a VALUES table in FROM has no such limit. */
  private static final int MAX_VALUES_ROWS = 1000;

  private final TokenStream in;
  private final ExpressionParser expr;
  private final SelectParser select;
  private final ExecParser exec;

  DmlParser(TokenStream in, ExpressionParser expr, SelectParser select, ExecParser exec) {
    this.in = in;
    this.expr = expr;
    this.select = select;
    this.exec = exec;
  }

  Statement insert() {
    int line = in.line();
    in.expect("INSERT");
    in.accept("INTO");
    List<String> table = NameParser.objectName(in);
    dev.quern.engine.ast.TableSource.Derived cte = commonTable(table);
    boolean tableLock = TableHintParser.asksTableLock(in);
    TableHintParser.onTarget(in, false);
    List<String> columns = new ArrayList<>();
    if (in.atSymbol("(") && !in.peek(1).is("SELECT")) {
      in.next();
      do {
        columns.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    dev.quern.engine.ast.OutputClause output = select.output();
    Statement body = insertBody(line, table, columns);
    if (tableLock && body instanceof InsertStatement i) {
      body = new InsertStatement(i.line(), i.table(), i.columns(), i.rows(), i.query(), i.exec(), true);
    }
    if (cte != null && body instanceof InsertStatement i) {
      body = i.into(cte);
    }
    return withOutput(line, body, output);
  }

  private Statement insertBody(int line, List<String> table, List<String> columns) {
    if (in.accept("DEFAULT")) {
      in.expect("VALUES");
      return new InsertStatement(line, table, columns, List.of(), null, null);
    }
    if (in.at("EXEC") || in.at("EXECUTE")) {
      return new InsertStatement(line, table, columns, List.of(), null, exec.exec());
    }
    if (in.accept("VALUES")) {
      List<List<Expr>> rows = new ArrayList<>();
      do {
        in.expectSymbol("(");
        List<Expr> row = new ArrayList<>();
        do {
          row.add(in.accept("DEFAULT") ? null : expr.parse());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        rows.add(row);
      } while (in.acceptSymbol(","));
      if (rows.size() > MAX_VALUES_ROWS) {
        throw dev.quern.engine.error.SqlErrors.INSERT_VALUES_ROWS.raise(MAX_VALUES_ROWS);
      }
      return new InsertStatement(line, table, columns, rows, null, null);
    }
    boolean paren = in.acceptSymbol("(");
    QuerySpec q = select.query();
    var forClause = select.forClause();
    if (forClause != null) {
      throw (forClause instanceof dev.quern.engine.ast.ForXml
              ? dev.quern.engine.error.SqlErrors.FOR_XML_NOT_ALLOWED
              : dev.quern.engine.error.SqlErrors.FOR_JSON_NOT_ALLOWED)
          .raise("INSERT");
    }
    if (paren) {
      in.expectSymbol(")");
    }
    return new InsertStatement(line, table, columns, List.of(), q, null);
  }

  Statement update() {
    int line = in.line();
    in.expect("UPDATE");
    Expr top = dmlTop();
    boolean percent = top != null && in.accept("PERCENT");
    List<String> table = NameParser.objectName(in);
    DmlTarget target = TableHintParser.dmlTarget(in, top, percent);
    in.expect("SET");
    List<UpdateStatement.Assignment> sets = new ArrayList<>();
    List<UpdateStatement.VariableSet> variables = new ArrayList<>();
    do {
      if (in.peek().type() == dev.quern.engine.lexer.TokenType.VARIABLE) {
        variableSet(sets, variables);
        continue;
      }
      List<String> col = NameParser.objectName(in);
      if (col.size() == 2 && col.get(1).equals("STSrid") && in.atSymbol("=")) { // SET col.STSrid = n (geometry, geography)
        var column = new dev.quern.engine.ast.ColumnRef(List.of(table.getLast(), col.get(0)));
        sets.add(new UpdateStatement.Assignment(col.get(0), expr.mutatorCall(column, col.get(1))));
        continue;
      }
      if (in.atSymbol("(")) { // SET col.modify('…'): the target's xml column changed in place
        if (col.size() != 2) { // SQL Server takes no qualifier on the column here
          throw TokenStream.errorNear(in.previous());
        }
        var column = new dev.quern.engine.ast.ColumnRef(List.of(table.getLast(), col.get(0)));
        sets.add(new UpdateStatement.Assignment(col.get(0), expr.mutatorCall(column, col.get(1))));
        continue;
      }
      String op = CompoundAssignment.operator(in);
      if (op.equals("=")) {
        sets.add(new UpdateStatement.Assignment(col.getLast(), in.accept("DEFAULT") ? null : expr.parse()));
      } else { // col += value is col = col + value, the target's column
        var column = new dev.quern.engine.ast.ColumnRef(List.of(table.getLast(), col.getLast()));
        sets.add(new UpdateStatement.Assignment(col.getLast(), CompoundAssignment.combined(op, column, expr.parse())));
      }
    } while (in.acceptSymbol(","));
    dev.quern.engine.ast.OutputClause output = select.output();
    dev.quern.engine.ast.TableSource from = commonTarget(table, in.accept("FROM") ? select.sources() : null);
    dev.quern.engine.ast.CursorStatement.Ref current = in.at("WHERE") && in.peek(1).is("CURRENT") && in.peek(2).is("OF") ? whereCurrentOf() : null;
    Expr where = current == null && in.accept("WHERE") ? expr.parse() : null;
    return positioned(current, withOutput(line, new UpdateStatement(line, table, sets, from, where, target, variables), output));
  }

  /**
   * A variable in UPDATE's SET list: {@code @v = value}, {@code @v op= value}, or {@code @v =
   * column = value} (also adding the column's assignment to {@code sets}).
   */
  private void variableSet(List<UpdateStatement.Assignment> sets, List<UpdateStatement.VariableSet> variables) {
    String variable = in.next().value();
    String op = CompoundAssignment.operator(in);
    dev.quern.engine.lexer.TokenType next = in.peek().type();
    if (op.equals("=") && (next == dev.quern.engine.lexer.TokenType.WORD || next == dev.quern.engine.lexer.TokenType.QUOTED_IDENT)
        && in.peek(1).isSymbol("=")) {
      String column = in.next().value();
      in.next();
      sets.add(new UpdateStatement.Assignment(column, in.accept("DEFAULT") ? null : expr.parse()));
      variables.add(new UpdateStatement.VariableSet(variable, column, null, sets.size()));
      return;
    }
    Expr value = expr.parse();
    if (!op.equals("=")) {
      value = CompoundAssignment.combined(op, new dev.quern.engine.ast.VariableRef(variable), value);
    }
    variables.add(new UpdateStatement.VariableSet(variable, null, value, sets.size()));
  }

  Statement delete() {
    int line = in.line();
    in.expect("DELETE");
    Expr top = dmlTop();
    boolean percent = top != null && in.accept("PERCENT");
    in.accept("FROM");
    List<String> table = NameParser.objectName(in);
    DmlTarget target = TableHintParser.dmlTarget(in, top, percent);
    dev.quern.engine.ast.OutputClause output = select.output();
    dev.quern.engine.ast.TableSource from = commonTarget(table, in.accept("FROM") ? select.sources() : null);
    dev.quern.engine.ast.CursorStatement.Ref current = in.at("WHERE") && in.peek(1).is("CURRENT") && in.peek(2).is("OF") ? whereCurrentOf() : null;
    Expr where = current == null && in.accept("WHERE") ? expr.parse() : null;
    return positioned(current, withOutput(line, new DeleteStatement(line, table, from, where, target), output));
  }

  /**
   * The FROM of an UPDATE or DELETE whose target {@code table} is a common table expression: the
   * expression as a derived table named like it (the binder changes its one base table), joined to
   * the statement's own FROM unless that already reads it; {@code from} as given otherwise.
   */
  private dev.quern.engine.ast.TableSource commonTarget(List<String> table, dev.quern.engine.ast.TableSource from) {
    dev.quern.engine.ast.TableSource.Derived cte = commonTable(table);
    if (cte == null) {
      return from;
    }
    if (from == null) {
      return cte;
    }
    return reads(from, cte.alias())
        ? from
        : new dev.quern.engine.ast.TableSource.Join(cte, from, dev.quern.engine.ast.TableSource.Join.JoinType.CROSS, null);
  }

  /** The common table expression {@code table} names, as a derived table, or null when it names none. */
  private dev.quern.engine.ast.TableSource.Derived commonTable(List<String> table) {
    var common = select.commonTable(table);
    if (common.isEmpty()) {
      return null;
    }
    if (common.get().query() == null || common.get().recursion() != null) {
      throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("recursive common table expression as the target");
    }
    return new dev.quern.engine.ast.TableSource.Derived(common.get().query(), common.get().name(), common.get().columns());
  }

  /** Whether {@code s} has a derived table aliased {@code alias} (a common table expression read there). */
  private static boolean reads(dev.quern.engine.ast.TableSource s, String alias) {
    return switch (s) {
      case dev.quern.engine.ast.TableSource.Derived d -> alias.equalsIgnoreCase(d.alias());
      case dev.quern.engine.ast.TableSource.Join j -> reads(j.left(), alias) || reads(j.right(), alias);
      default -> false;
    };
  }

  /** {@code TOP (count)} after UPDATE or DELETE (the parentheses are required there), or null. */
  private Expr dmlTop() {
    if (!in.accept("TOP")) {
      return null;
    }
    in.expectSymbol("(");
    Expr count = expr.parse();
    in.expectSymbol(")");
    return count;
  }

  /** {@code WHERE CURRENT OF cursor}: the statement changes the row the cursor is on. */
  private dev.quern.engine.ast.CursorStatement.Ref whereCurrentOf() {
    in.expect("WHERE");
    return CursorParser.currentOf(in);
  }

  private static Statement positioned(dev.quern.engine.ast.CursorStatement.Ref current, Statement dml) {
    return current == null
        ? dml
        : new dev.quern.engine.ast.PositionedStatement(dml.line(), current, (dev.quern.engine.ast.StorageStatement) dml);
  }

  private static Statement withOutput(int line, Statement dml, dev.quern.engine.ast.OutputClause output) {
    return output == null
        ? dml
        : new dev.quern.engine.ast.OutputStatement(line, (dev.quern.engine.ast.StorageStatement) dml, output);
  }
}
