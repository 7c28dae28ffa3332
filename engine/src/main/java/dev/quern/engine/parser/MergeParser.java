package dev.quern.engine.parser;

import dev.quern.engine.ast.DmlTarget;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.MergeStatement;
import dev.quern.engine.ast.MergeStatement.Match;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Parses MERGE ("MERGE (Transact-SQL)"): the target, USING, ON, the WHEN clauses and OUTPUT. The
 * statement must end with a semicolon (10713). The limits on the clauses (at most two WHEN
 * MATCHED and two WHEN NOT MATCHED BY SOURCE, an UPDATE and a DELETE, the first with AND; one
 * WHEN NOT MATCHED BY TARGET) are reported as syntax errors at the clause that breaks them.
 */
final class MergeParser {
  private final TokenStream in;
  private final ExpressionParser expr;
  private final SelectParser select;
  /** The name SET may qualify the target's columns with: its alias, else its table name. */
  private String targetName;

  MergeParser(TokenStream in, ExpressionParser expr, SelectParser select) {
    this.in = in;
    this.expr = expr;
    this.select = select;
  }

  /** Parses MERGE; {@code queryHints} parses a trailing OPTION (…), which comes before the semicolon. */
  MergeStatement merge(Runnable queryHints) {
    int line = in.line();
    in.expect("MERGE");
    Expr top = null;
    boolean percent = false;
    if (in.accept("TOP")) {
      in.expectSymbol("(");
      top = expr.parse();
      in.expectSymbol(")");
      percent = in.accept("PERCENT");
    }
    in.accept("INTO");
    List<String> table = NameParser.objectName(in);
    dev.quern.engine.ast.TableSource.Derived cte = null;
    var common = select.commonTable(table);
    if (common.isPresent()) {
      if (common.get().query() == null || common.get().recursion() != null) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("recursive common table expression as the target");
      }
      cte = new dev.quern.engine.ast.TableSource.Derived(common.get().query(), common.get().name(), common.get().columns());
    }
    DmlTarget target = TableHintParser.dmlTarget(in, top, percent);
    String alias = targetAlias();
    targetName = alias != null ? alias : table.getLast();
    in.expect("USING");
    dev.quern.engine.ast.TableSource source = select.sources();
    in.expect("ON");
    Expr on = expr.parse();
    List<MergeStatement.When> clauses = clauses();
    dev.quern.engine.ast.OutputClause output = select.output();
    queryHints.run();
    if (!in.atSymbol(";")) {
      throw SqlErrors.MERGE_SEMICOLON.raise();
    }
    return new MergeStatement(line, table, cte, alias, target, source, on, clauses, output);
  }

  /** {@code [AS] alias} before USING (USING is not reserved, so it is no alias). */
  private String targetAlias() {
    boolean as = in.accept("AS");
    if (in.peek().isIdentifier() && !in.at("USING")) {
      return in.next().value();
    }
    if (as) {
      throw in.unexpected();
    }
    return null;
  }

  private List<MergeStatement.When> clauses() {
    List<MergeStatement.When> out = new ArrayList<>();
    Map<Match, List<MergeStatement.When>> byMatch = new EnumMap<>(Match.class);
    do {
      if (!in.at("WHEN")) {
        throw in.unexpected();
      }
      dev.quern.engine.lexer.Token when = in.peek();
      MergeStatement.When clause = clause();
      List<MergeStatement.When> same = byMatch.computeIfAbsent(clause.match(), m -> new ArrayList<>());
      if (!allowedAfter(same, clause)) {
        throw TokenStream.errorNear(when);
      }
      same.add(clause);
      out.add(clause);
    } while (in.at("WHEN"));
    return List.copyOf(out);
  }

  /**
   * Whether {@code clause} may follow {@code same} (the earlier clauses of its kind): one WHEN NOT
   * MATCHED BY TARGET; else at most two, the first with AND, one updating and one deleting.
   */
  private static boolean allowedAfter(List<MergeStatement.When> same, MergeStatement.When clause) {
    if (same.isEmpty()) {
      return true;
    }
    if (clause.match() == Match.NOT_MATCHED_BY_TARGET || same.size() > 1) {
      return false;
    }
    MergeStatement.When first = same.getFirst();
    return first.condition() != null && first.action().getClass() != clause.action().getClass();
  }

  private MergeStatement.When clause() {
    in.expect("WHEN");
    Match match;
    if (in.accept("NOT")) {
      in.expect("MATCHED");
      match = Match.NOT_MATCHED_BY_TARGET;
      if (in.accept("BY")) {
        if (in.accept("SOURCE")) {
          match = Match.NOT_MATCHED_BY_SOURCE;
        } else {
          in.expect("TARGET");
        }
      }
    } else {
      in.expect("MATCHED");
      match = Match.MATCHED;
    }
    Expr condition = in.accept("AND") ? expr.parse() : null;
    in.expect("THEN");
    MergeStatement.Action action = match == Match.NOT_MATCHED_BY_TARGET ? insert() : updateOrDelete();
    return new MergeStatement.When(match, condition, action);
  }

  private MergeStatement.Action updateOrDelete() {
    if (in.accept("DELETE")) {
      return new MergeStatement.Delete();
    }
    in.expect("UPDATE");
    in.expect("SET");
    List<UpdateStatement.Assignment> sets = new ArrayList<>();
    do {
      List<String> col = NameParser.objectName(in);
      if (in.atSymbol("(")) { // SET col.modify('…'): the target's xml column changed in place
        if (col.size() != 2) {
          throw TokenStream.errorNear(in.previous());
        }
        var column = new dev.quern.engine.ast.ColumnRef(List.of(targetName, col.get(0)));
        sets.add(new UpdateStatement.Assignment(col.get(0), expr.mutatorCall(column, col.get(1))));
        continue;
      }
      if (col.size() > 1 && !col.get(col.size() - 2).equalsIgnoreCase(targetName)) {
        // SET changes the target's columns only: a source's is not one to assign.
        throw SqlErrors.MULTIPART_NOT_BOUND.raise(String.join(".", col));
      }
      String op = CompoundAssignment.operator(in);
      if (op.equals("=")) {
        sets.add(new UpdateStatement.Assignment(col.getLast(), in.accept("DEFAULT") ? null : expr.parse()));
      } else { // col += value is col = col + value, the target's column
        var column = new dev.quern.engine.ast.ColumnRef(List.of(targetName, col.getLast()));
        sets.add(new UpdateStatement.Assignment(col.getLast(), CompoundAssignment.combined(op, column, expr.parse())));
      }
    } while (in.acceptSymbol(","));
    return new MergeStatement.Update(sets);
  }

  private MergeStatement.Action insert() {
    in.expect("INSERT");
    if (in.accept("DEFAULT")) {
      in.expect("VALUES");
      return new MergeStatement.Insert(List.of(), null);
    }
    List<String> columns = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      do {
        columns.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    }
    in.expect("VALUES");
    in.expectSymbol("(");
    List<Expr> values = new ArrayList<>();
    do {
      values.add(in.accept("DEFAULT") ? null : expr.parse());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new MergeStatement.Insert(columns, values);
  }
}
