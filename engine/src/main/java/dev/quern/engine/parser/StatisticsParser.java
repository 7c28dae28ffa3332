package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.StatisticsStatement;
import dev.quern.engine.ast.StatisticsStatement.Kind;
import dev.quern.engine.ast.StatisticsStatement.Scope;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * UPDATE STATISTICS, CREATE STATISTICS and DROP STATISTICS ("UPDATE STATISTICS (Transact-SQL)"
 * and its siblings). The sampling options are accepted and noted nowhere: every update reads the
 * whole table (rows_sampled says so).
 */
final class StatisticsParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  StatisticsParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /**
   * {@code UPDATE STATISTICS table [name | (name, …)] [WITH FULLSCAN | SAMPLE n {PERCENT | ROWS} |
   * RESAMPLE, ALL | COLUMNS | INDEX, NORECOMPUTE, option = value …]}.
   */
  Statement update() {
    int line = in.line();
    in.expect("UPDATE");
    in.expect("STATISTICS");
    List<String> table = NameParser.objectName(in);
    List<String> names = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      do {
        names.add(in.identifier());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
    } else if (in.peek().type() == TokenType.QUOTED_IDENT || in.peek().isIdentifier() && !in.at("WITH")) {
      names.add(in.identifier());
    }
    Options o = options();
    return new StatisticsStatement(line, Kind.UPDATE, table, names, List.of(), null, o.scope, o.noRecompute, List.of());
  }

  /** {@code CREATE STATISTICS name ON table (column, …) [WHERE filter] [WITH …]}. */
  Statement create() {
    int line = in.line();
    in.expect("CREATE");
    in.expect("STATISTICS");
    String name = in.identifier();
    in.expect("ON");
    List<String> table = NameParser.objectName(in);
    in.expectSymbol("(");
    List<String> columns = new ArrayList<>();
    do {
      columns.add(in.identifier());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    Expr filter = in.accept("WHERE") ? expr.parse() : null;
    Options o = options();
    return new StatisticsStatement(line, Kind.CREATE, table, List.of(name), columns, filter, Scope.ALL, o.noRecompute,
        List.of());
  }

  /** {@code DROP STATISTICS [schema.]table.name [, …]}. */
  Statement drop() {
    int line = in.line();
    in.expect("DROP");
    in.expect("STATISTICS");
    List<List<String>> drops = new ArrayList<>();
    do {
      drops.add(NameParser.objectName(in));
    } while (in.acceptSymbol(","));
    return new StatisticsStatement(line, Kind.DROP, null, List.of(), List.of(), null, Scope.ALL, false, drops);
  }

  /** The WITH options; sampling ones are checked and read nothing more (a full scan is always made). */
  private static final class Options {
    Scope scope = Scope.ALL;
    boolean noRecompute;
  }

  private Options options() {
    Options o = new Options();
    if (!in.accept("WITH")) {
      return o;
    }
    do {
      Token option = in.next();
      if (option.is("SAMPLE")) {
        StorageClauses.number(in.next());
        if (!in.accept("PERCENT") && !in.accept("ROWS")) {
          throw in.unexpected();
        }
      } else if (option.is("RESAMPLE")) {
        if (in.at("ON") && in.peek(1).is("PARTITIONS")) {
          in.next();
          in.next();
          StorageClauses.skipParenthesized(in);
        }
      } else if (option.is("PERSIST_SAMPLE_PERCENT") || option.is("INCREMENTAL") || option.is("AUTO_DROP")) {
        in.expectSymbol("=");
        StorageClauses.onOff(in.next());
      } else if (option.is("MAXDOP")) {
        in.expectSymbol("=");
        StorageClauses.number(in.next());
      } else if (option.is("NORECOMPUTE")) {
        o.noRecompute = true;
      } else if (option.is("COLUMNS")) {
        o.scope = Scope.COLUMNS;
      } else if (option.is("INDEX")) {
        o.scope = Scope.INDEX;
      } else if (!option.is("FULLSCAN") && !option.is("ALL")) {
        throw TokenStream.errorNear(option);
      }
    } while (in.acceptSymbol(","));
    return o;
  }
}
