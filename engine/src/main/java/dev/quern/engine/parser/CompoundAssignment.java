package dev.quern.engine.parser;

import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.Expr;
import java.util.Set;

/**
 * The assignment operators of SET @v, SELECT @v and UPDATE's SET: {@code =} and the compound ones
 * ({@code +=} … {@code ^=}, SQL Server 2025's {@code ||=}), which combine the target's current
 * value with the new one.
 */
final class CompoundAssignment {
  static final Set<String> OPERATORS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "||=");

  private CompoundAssignment() {}

  /** Reads {@code =} or a compound assignment operator (102 near anything else). */
  static String operator(TokenStream in) {
    dev.quern.engine.lexer.Token op = in.next();
    if (op.type() != dev.quern.engine.lexer.TokenType.SYMBOL || !OPERATORS.contains(op.value())) {
      throw TokenStream.errorNear(op);
    }
    return op.value();
  }

  /** {@code target op= value} as the expression {@code target op value} ({@code op} not "="). */
  static Expr combined(String op, Expr target, Expr value) {
    char c = op.equals("||=") ? BinaryExpr.PIPES : op.charAt(0);
    return new BinaryExpr(c, target, value);
  }
}
