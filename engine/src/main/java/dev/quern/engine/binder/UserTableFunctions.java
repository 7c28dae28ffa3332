package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.proc.UserFunctions;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Locale;

/**
 * A table-valued user-defined function in FROM or APPLY, {@code schema.name(args) [AS alias]}. An
 * inline one is expanded like a parameterised view, as SQL Server does: its query, each parameter
 * replaced by the argument converted to the parameter's type, bound as a derived table (under
 * APPLY, the arguments may name the left side's columns). 208 for a name that is not one.
 */
final class UserTableFunctions {
  private UserTableFunctions() {}

  static SourceBinder.Bound bind(BindContext bind, TableSource.Function f) {
    List<String> parts = List.of(f.name().split("\\.", -1));
    UserFunctions.Found found = find(bind, parts, f.name());
    List<ProcedureParameter> params = found.parameters();
    UserFunctions.checkArity(f.args().size(), params.size(), f.name());
    String alias = TableFunctions.qualifier(f);
    return found.function().typeCode().equals("IF") ? inline(bind, found, f, alias) : multiStatement(bind, found, f, parts, alias);
  }

  /**
   * A multi-statement function: a node that runs it when opened. Its arguments are bound here,
   * against the columns of an APPLY's left side when there is one, and converted to the
   * parameters' types.
   */
  private static SourceBinder.Bound multiStatement(
      BindContext bind, UserFunctions.Found found, TableSource.Function f, List<String> parts, String alias) {
    if (!((SessionState) bind.session()).store().inStatement()) {
      // Its body writes a table: as a table read, it is bound again inside the statement that runs it.
      throw SqlErrors.INVALID_OBJECT.raise(f.name());
    }
    List<SqlType> types = found.parameterTypes();
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "FROM");
    List<dev.quern.engine.expr.BoundExpr> args = new java.util.ArrayList<>();
    var tables = found.tableTypes();
    for (int i = 0; i < types.size(); i++) {
      Expr a = f.args().get(i);
      args.add(UserFunctionCalls.isDefault(a) ? null
          : tables.get(i) != null ? TableArguments.bind(a, tables.get(i), exprs)
          : exprs.implicit(exprs.value(a), types.get(i)));
    }
    var columns = found.tableColumns();
    String written = f.name();
    var site = new dev.quern.engine.proc.FunctionCallSite(); // per call site, as a scalar call's
    var node = new dev.quern.engine.plan.TableFunctionNode(
        f.toSql(), args, columns,
        (values, defaulted, ctx) ->
            UserFunctions.invokeTable((SessionState) ctx.functions, parts, written, values, defaulted, types, site));
    return new SourceBinder.Bound(node, new ColumnScope(alias, columns), true);
  }

  /**
   * The names of the columns {@code f} returns, if it is a table-valued user function bindable
   * now: a multi-statement one's as its table declares them; an inline one's from its query bound
   * with NULLs for the arguments (they may name an APPLY's left side), once per batch.
   */
  static java.util.Optional<List<String>> columnNames(BindContext bind, TableSource.Function f) {
    try {
      List<String> parts = List.of(f.name().split("\\.", -1));
      UserFunctions.Found found = find(bind, parts, f.name());
      if (found.function().typeCode().equals("TF")) {
        return java.util.Optional.of(found.tableColumns().stream().map(c -> c.name()).toList());
      }
      List<Expr> nulls = found.parameters().stream()
          .map(p -> (Expr) new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NULL, "NULL"))
          .toList();
      var probe = new TableSource.Function(f.name(), nulls, f.alias());
      // Its names do not depend on the arguments: learned once per function and database, not
      // once per reference (an inline function over another, SELECT * at each of n levels, was
      // expanded 2^n times).
      Object key = List.of(found.function(), String.valueOf(bind.session().databaseName()));
      return java.util.Optional.of(bind.learned().names(key,
          () -> bind(bind, probe).scope().columns().stream().map(c -> c.name()).toList()));
    } catch (dev.quern.engine.error.SqlException e) {
      return java.util.Optional.empty();
    }
  }

  private static UserFunctions.Found find(BindContext bind, List<String> parts, String written) {
    if (parts.size() >= 2 && parts.size() <= 3 && bind.session() instanceof SessionState state) {
      var found = UserFunctions.find(state, parts);
      if (found.isPresent() && !found.get().function().typeCode().equals("FN")) {
        return found.get();
      }
    }
    throw SqlErrors.INVALID_OBJECT.raise(written);
  }

  private static SourceBinder.Bound inline(BindContext bind, UserFunctions.Found found, TableSource.Function f, String alias) {
    SessionState state = (SessionState) bind.session();
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    String text = substituted(found, f.args(), quoted);
    var query = Parser.parseQuery(text, quoted);
    return bind.expandingInline(() -> DerivedTables.bind(bind, new TableSource.Derived(query, alias, List.of())));
  }

  /**
   * The function's query with each parameter, wherever it is read, replaced by {@code
   * (CAST((argument) AS type))} (its default for DEFAULT).
   */
  static String substituted(UserFunctions.Found found, List<Expr> args, boolean quoted) {
    List<ProcedureParameter> params = found.parameters();
    List<SqlType> types = found.parameterTypes();
    var tables = found.tableTypes();
    String body = found.definition().body();
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (Token t : Lexer.tokenize(body, quoted)) {
      if (t.type() != TokenType.VARIABLE) {
        continue;
      }
      int i = indexOf(params, t.value());
      if (i < 0) {
        continue;
      }
      Expr value = UserFunctionCalls.isDefault(args.get(i)) ? params.get(i).defaultValue() : args.get(i);
      if (value == null) {
        throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(found.function().name(), params.get(i).name());
      }
      out.append(body, copied, t.offset());
      if (tables.get(i) != null) {
        out.append(TableArguments.inlineText(args.get(i), tables.get(i)));
        copied = t.offset() + t.raw().length();
        continue;
      }
      out.append("(CAST((").append(value.toSql()).append(") AS ").append(dev.quern.catalog.type.SqlTypes.sqlName(types.get(i))).append("))");
      copied = t.offset() + t.raw().length();
    }
    return out.append(body.substring(copied)).toString();
  }

  private static int indexOf(List<ProcedureParameter> params, String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }
}
