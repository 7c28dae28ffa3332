package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.PartitionStatement;
import dev.quern.engine.ast.PartitionStatement.AlterFunction;
import dev.quern.engine.ast.PartitionStatement.Command;
import dev.quern.engine.ast.PartitionStatement.CreateFunction;
import dev.quern.engine.ast.PartitionStatement.CreateScheme;
import dev.quern.engine.ast.PartitionStatement.Drop;
import dev.quern.engine.ast.PartitionStatement.NextUsed;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The partition function and scheme statements:
 *
 * <pre>
 * CREATE PARTITION FUNCTION name (type) AS RANGE [LEFT | RIGHT] FOR VALUES ([value [, …]])
 * ALTER PARTITION FUNCTION name () {SPLIT | MERGE} RANGE (value)
 * DROP PARTITION FUNCTION name
 * CREATE PARTITION SCHEME name AS PARTITION function [ALL] TO ({filegroup | [PRIMARY]} [, …])
 * ALTER PARTITION SCHEME name NEXT USED [filegroup]
 * DROP PARTITION SCHEME name
 * </pre>
 */
final class PartitionParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  PartitionParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  /** Whether the statement at the cursor is one of these. */
  static boolean starts(TokenStream in) {
    return (in.peek().is("CREATE") || in.peek().is("ALTER") || in.peek().is("DROP"))
        && in.peek(1).is("PARTITION") && (in.peek(2).is("FUNCTION") || in.peek(2).is("SCHEME"));
  }

  PartitionStatement statement() {
    int line = in.line();
    String verb = in.next().upper();
    in.expect("PARTITION");
    boolean scheme = in.next().is("SCHEME");
    String name = in.identifier();
    Command command = switch (verb) {
      case "CREATE" -> scheme ? createScheme(name) : createFunction(name);
      case "ALTER" -> scheme ? nextUsed(name) : alterFunction(name);
      default -> new Drop(name, scheme);
    };
    return new PartitionStatement(line, command);
  }

  private CreateFunction createFunction(String name) {
    in.expectSymbol("(");
    if (in.atSymbol(")")) {
      throw dev.quern.engine.error.PartitionErrors.NO_PARAMETER.raise();
    }
    List<TypeName> types = new ArrayList<>();
    do {
      types.add(TypeNameParser.parse(in));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    in.expect("AS");
    in.expect("RANGE");
    boolean right = in.accept("RIGHT");
    if (!right) {
      in.accept("LEFT");
    }
    in.expect("FOR");
    in.expect("VALUES");
    in.expectSymbol("(");
    List<Expr> values = new ArrayList<>();
    if (!in.atSymbol(")")) {
      do {
        values.add(expr.parse());
      } while (in.acceptSymbol(","));
    }
    in.expectSymbol(")");
    return new CreateFunction(name, types, right, values);
  }

  private AlterFunction alterFunction(String name) {
    in.expectSymbol("(");
    in.expectSymbol(")");
    boolean split = in.accept("SPLIT");
    if (!split) {
      in.expect("MERGE");
    }
    in.expect("RANGE");
    in.expectSymbol("(");
    Expr value = expr.parse();
    in.expectSymbol(")");
    return new AlterFunction(name, split, value);
  }

  private CreateScheme createScheme(String name) {
    in.expect("AS");
    in.expect("PARTITION");
    String function = in.identifier();
    boolean all = in.accept("ALL");
    in.expect("TO");
    in.expectSymbol("(");
    List<String> filegroups = new ArrayList<>();
    do {
      filegroups.add(filegroup());
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new CreateScheme(name, function, all, filegroups);
  }

  private NextUsed nextUsed(String name) {
    in.expect("NEXT");
    in.expect("USED");
    boolean named = in.peek().type() == TokenType.WORD || in.peek().type() == TokenType.QUOTED_IDENT;
    return new NextUsed(name, named ? filegroup() : null);
  }

  /** A filegroup name: PRIMARY is a keyword, so it is read as any word ([PRIMARY] quoted or not). */
  private String filegroup() {
    Token t = in.next();
    if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENT) {
      throw TokenStream.errorNear(t);
    }
    return t.value();
  }
}
