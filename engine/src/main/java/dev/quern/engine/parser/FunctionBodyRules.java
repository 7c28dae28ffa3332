package dev.quern.engine.parser;

import dev.quern.engine.ast.*;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import java.util.List;

/**
 * What SQL Server refuses in the body of a scalar or multi-statement table-valued function when it
 * is created: a RETURN without a value in a scalar one (1075, checked first, as SQL Server's parser
 * does), statements with side effects outside the function's own table variables (443), a SELECT
 * that would send rows to the client (444), the built-ins that change state (NEWID, RAND,
 * NEWSEQUENTIALID: 443), and a last statement other than RETURN (455). The whole body is checked,
 * reachable or not.
 */
final class FunctionBodyRules {
  private final boolean scalar;

  private FunctionBodyRules(boolean scalar) {
    this.scalar = scalar;
  }

  /** The built-ins a function may not call, as 443 names them. */
  private static final java.util.Set<String> SIDE_EFFECTING_BUILTINS = java.util.Set.of("newid", "rand", "newsequentialid");

  /** Raises the first rule {@code block} (the body's BEGIN … END, made of {@code tokens}) breaks. */
  static void check(BlockStatement block, boolean scalar, List<dev.quern.engine.lexer.Token> tokens) {
    FunctionBodyRules rules = new FunctionBodyRules(scalar);
    if (scalar) {
      rules.bareReturns(block);
    }
    rules.shape(block);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      var t = tokens.get(i);
      String word = t.value().toLowerCase(java.util.Locale.ROOT);
      if (t.type() == dev.quern.engine.lexer.TokenType.WORD && SIDE_EFFECTING_BUILTINS.contains(word)
          && tokens.get(i + 1).isSymbol("(")) {
        throw SqlErrors.SIDE_EFFECTING_IN_FUNCTION.raiseWithState(1, word).at(t.line(), null);
      }
    }
    Statement last = block;
    while (last instanceof BlockStatement b && !b.body().isEmpty()) {
      last = b.body().getLast(); // a trailing BEGIN … END is transparent
    }
    if (!(last instanceof ReturnStatement)) {
      throw at(SqlErrors.FUNCTION_LAST_NOT_RETURN.raise(), last);
    }
  }

  private static SqlException at(SqlException e, Statement s) {
    return e.at(s.line(), null);
  }

  private void bareReturns(Statement s) {
    switch (s) {
      case ReturnStatement r when r.value() == null -> throw at(SqlErrors.SCALAR_RETURN_WITHOUT_VALUE.raise(), s);
      case BlockStatement b -> b.body().forEach(this::bareReturns);
      case IfStatement i -> {
        bareReturns(i.then());
        if (i.otherwise() != null) {
          bareReturns(i.otherwise());
        }
      }
      case WhileStatement w -> bareReturns(w.body());
      default -> {}
    }
  }

  private void shape(Statement s) {
    switch (s) {
      case BlockStatement b -> b.body().forEach(this::shape);
      case IfStatement i -> {
        shape(i.then());
        if (i.otherwise() != null) {
          shape(i.otherwise());
        }
      }
      case WhileStatement w -> shape(w.body());
      case ReturnStatement r -> {
        if (r.value() != null && !scalar) {
          throw at(SqlErrors.RETURN_VALUE_NOT_ALLOWED.raise(), s); // a table-valued function's RETURN is bare
        }
      }
      case SelectStatement sel -> select(sel);
      case InsertStatement i -> writes(i.table(), "INSERT", s);
      case UpdateStatement u -> writes(u.table(), "UPDATE", s);
      case DeleteStatement d -> writes(d.table(), "DELETE", s);
      case TruncateTableStatement t -> throw sideEffect("TRUNCATE TABLE", 15, s);
      case SelectIntoStatement t -> throw sideEffect("SELECT INTO", 15, s);
      case TransactionStatement t -> throw sideEffect(transaction(t.kind()), 15, s);
      case SetOptionStatement o -> throw sideEffect(setOption(o), 15, s);
      case PrintStatement p -> throw sideEffect("PRINT", 14, s);
      case RaiserrorStatement r -> throw sideEffect("RAISERROR", 14, s);
      case ThrowStatement t -> throw sideEffect("THROW", 14, s);
      case WaitForStatement w -> throw sideEffect("WAITFOR", 14, s);
      case ExecuteStringStatement e -> throw sideEffect("EXECUTE STRING", 14, s);
      case TryCatchStatement t -> throw sideEffect("BEGIN TRY", 14, s);
      case DeclareTableStatement d -> {}
      case StorageStatement st -> throw sideEffect(command(st), 15, s);
      default -> {}
    }
  }

  /** A SELECT that assigns variables only is allowed; one that returns rows is 444. */
  private static void select(SelectStatement sel) {
    QuerySpec q = sel.query();
    if (!q.items().isEmpty() && q.items().stream().allMatch(i -> i instanceof SelectItem.Assign)) {
      return;
    }
    boolean readsRows = q.from() != null || !q.compounds().isEmpty();
    throw at(SqlErrors.SELECT_IN_FUNCTION.raiseWithState(readsRows ? 2 : 3), sel);
  }

  /** Writing the function's own table variables is allowed; any other table is 443. */
  private static void writes(List<String> table, String operator, Statement s) {
    if (table.size() == 1 && table.getFirst().startsWith("@")) {
      return;
    }
    throw sideEffect(operator, 15, s);
  }

  private static SqlException sideEffect(String operator, int state, Statement s) {
    return at(SqlErrors.SIDE_EFFECTING_IN_FUNCTION.raiseWithState(state, operator), s);
  }

  /** A DDL statement's first two words (CREATE TABLE, DROP VIEW …), as 443 names it. */
  private static String command(StorageStatement st) {
    String[] words = st.toSql().split("\\s+", 3);
    return (words[0] + (words.length > 1 ? " " + words[1] : "")).toUpperCase(java.util.Locale.ROOT);
  }

  private static String transaction(TransactionStatement.Kind kind) {
    return switch (kind) {
      case BEGIN -> "BEGIN TRANSACTION";
      case COMMIT -> "COMMIT TRANSACTION";
      case ROLLBACK -> "ROLLBACK TRANSACTION";
      case SAVE -> "SAVEPOINT";
    };
  }

  /** How SQL Server names a SET statement in 443. */
  private static String setOption(SetOptionStatement o) {
    String name = o.names().getFirst();
    if (name.equals("TRANSACTION ISOLATION LEVEL") || name.equals("TEXTSIZE")) {
      return "SET " + name;
    }
    if (name.equals("ROWCOUNT")) {
      return "SET ROW COUNT";
    }
    if (o.word() != null && (o.word().equalsIgnoreCase("ON") || o.word().equalsIgnoreCase("OFF"))) {
      return (name.startsWith("STATISTICS") ? "SET STATISTICS " : "SET OPTION ") + o.word().toUpperCase(java.util.Locale.ROOT);
    }
    return "SET COMMAND";
  }
}
